// Which files of a workspace become articles, as the extension sees them: a year/month layout is
// read, the files of a code repository are not, "Dossier: Add Articles Folder" narrows what is
// read, the status bar counts what was read and skipped, and each run is logged with its time.
import * as assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/extension';
import { Corpus } from '../../src/core/corpus';
import { NOT_PROSE_REASON } from '../../src/core/prose';
import { WorkspaceIndex } from '../../src/vscode/workspaceIndex';
import { activatedApi, extensionId, waitForModel, workspaceFolder } from './dossierApi';

/** The files a code repository holds next to its sources, none of them an article. */
const CODE_REPOSITORY: Record<string, string> = {
  'CMakeLists.txt': 'cmake_minimum_required(VERSION 3.16)\nproject(Foo LANGUAGES CXX)\nadd_executable(foo src/main.cpp)\n',
  'robots.txt': 'User-agent: *\nDisallow: /admin/\nDisallow: /private/\n',
  'dev-requirements.txt': 'pytest==8.0.1\nblack==24.2.0\n',
  'ThirdPartyNotices.txt': 'This project incorporates components from the projects listed below. Microsoft licenses these components to you under the terms of their own licences.\n',
  'LICENSE.txt': 'Permission is hereby granted to any person obtaining a copy of this software to deal in it without restriction. The software is provided as is.\n',
  'build/CMakeFiles/notes.txt': 'De build schreef dit bestand tijdens een gewone nachtelijke run van de server.\n',
  'src/notes.txt': 'TODO\n- fix the parser for nested braces\n- check the flags on Windows\nowner: platform team\n',
  'logs/server.txt': '2024-03-01 12:00:01 INFO Server starting on port 8080.\n2024-03-01 12:00:02 WARN Connection pool is nearly exhausted.\n',
};

function article(title: string): string {
  return `${title}\n\nDe gemeente Zwolle meldde dinsdag dat ${title} is besproken met Jan de Vries.\n`;
}

suite('article files', () => {
  let api: DossierApi;
  let root: string;
  const made: string[] = [];

  function write(relative: string, text: string): void {
    const path = join(root, relative);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    made.push(join(root, relative.split('/')[0]!));
  }

  suiteSetup(async () => {
    api = await activatedApi();
    root = workspaceFolder().fsPath;
  });

  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('dossier.articles').update('include', undefined, vscode.ConfigurationTarget.Workspace);
    for (const path of new Set(made)) rmSync(path, { recursive: true, force: true });
    await vscode.commands.executeCommand('dossier.refresh');
    await api.model.whenIndexed();
  });

  test('the extension does not activate on startup in every workspace', () => {
    const events = (vscode.extensions.getExtension(extensionId)!.packageJSON as { activationEvents: string[] }).activationEvents;
    assert.deepEqual(events.filter((event) => event === '*' || event === 'onStartupFinished'), []);
    assert.ok(events.includes('workspaceContains:**/*.txt'), events.join(', '));
  });

  test('a year/month layout is read at any depth', async () => {
    write('nested/2020/feb/x.txt', article('Brug over het Zwarte Water'));
    const view = await waitForModel(api, () => api.model.snapshot().article('nested/2020/feb/x.txt'));
    assert.equal(view.title, 'Brug over het Zwarte Water');
  });

  test('the files of a code repository are never articles; the ones that were read are listed with the reason', async () => {
    for (const [path, text] of Object.entries(CODE_REPOSITORY)) write(path, text);
    await vscode.commands.executeCommand('dossier.refresh');
    const snapshot = await api.model.whenIndexed();
    const paths = Object.keys(CODE_REPOSITORY);
    assert.deepEqual(snapshot.articles.map((a) => a.path).filter((path) => paths.includes(path)), []);
    // robots.txt, the requirements, the licence and notices are excluded by name and never read; the others are read and refused
    for (const path of ['src/notes.txt', 'logs/server.txt']) {
      assert.deepEqual(snapshot.skipped.find((s) => s.path === path), { path, reason: NOT_PROSE_REASON }, path);
    }
    const names = snapshot.entities.map((entity) => entity.name);
    for (const name of ['Disallow', 'LICENSE', 'Microsoft', 'Foo']) assert.ok(!names.includes(name), name);
  });

  test('the status bar shows the article count and, in its tooltip, what was skipped where', async () => {
    const snapshot = await api.model.whenIndexed();
    const { statusBar } = api;
    assert.match(statusBar.text, new RegExp(`\\b${snapshot.articles.length} articles\\b`));
    assert.match(statusBar.text, new RegExp(`\\b${snapshot.skipped.length} skipped\\b`));
    assert.equal(typeof statusBar.tooltip, 'string', 'plain text, never markdown');
    assert.match(String(statusBar.tooltip), /^src\/notes\.txt: does not read as an article \(no running text\)$/m);
    assert.deepEqual(statusBar.command, { title: 'Show the Dossier view', command: 'workbench.view.extension.dossier' });
  });

  test('Dossier: Add Articles Folder (as from the Explorer) reads that folder only, and adds the next one', async () => {
    write('persberichten/2021/maart.txt', article('Persbericht over de fietsbrug'));
    await waitForModel(api, () => api.model.snapshot().article('persberichten/2021/maart.txt'));
    await vscode.commands.executeCommand('dossier.addArticlesFolder', vscode.Uri.file(join(root, 'nested')));
    const config = () => vscode.workspace.getConfiguration('dossier.articles').inspect<string[]>('include')?.workspaceValue;
    assert.deepEqual(config(), ['nested/**/*.{txt,text}']);
    let snapshot = await waitForModel(api, () => (api.model.snapshot().articles.length === 1 ? api.model.snapshot() : undefined));
    assert.deepEqual(snapshot.articles.map((a) => a.path), ['nested/2020/feb/x.txt']);

    await vscode.commands.executeCommand('dossier.addArticlesFolder', vscode.Uri.file(join(root, 'persberichten')));
    assert.deepEqual(config(), ['nested/**/*.{txt,text}', 'persberichten/**/*.{txt,text}']);
    snapshot = await waitForModel(api, () => (api.model.snapshot().articles.length === 2 ? api.model.snapshot() : undefined));
    assert.deepEqual(snapshot.articles.map((a) => a.path).sort(), ['nested/2020/feb/x.txt', 'persberichten/2021/maart.txt']);
    assert.match(api.statusBar.text, /\b2 articles\b/);
  });

  test('each run is logged with its time, cause and counts', async () => {
    const lines: string[] = [];
    const index = new WorkspaceIndex(new Corpus(), { appendLine: (line) => lines.push(line), show: () => undefined });
    try {
      await index.rescan();
      const snapshot = index.snapshot();
      const run = lines.filter((line) => line.includes('Refresh:'));
      assert.equal(run.length, 1, lines.join('\n'));
      assert.match(run[0]!, /^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\] Refresh: (\d+) articles, (\d+) skipped; \d+ files looked at, \d+ read, in \d+\.\d s; longest extension-host pause \d+ ms$/);
      const [, articles, skipped] = /: (\d+) articles, (\d+) skipped/.exec(run[0]!)!;
      assert.deepEqual([Number(articles), Number(skipped)], [snapshot.articles.length, snapshot.skipped.length]);
    } finally {
      index.dispose();
    }
  });
});
