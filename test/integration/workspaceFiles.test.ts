// What the index reads and what it reports, with odd workspaces built by the tests inside the
// workspace copy: symbolic links to outside and inside, a file replaced by a folder, a newline in a
// file name, a folder that cannot be listed and an invalid date header. Runs last: it adds files.
import * as assert from 'node:assert/strict';
import type { Dirent } from 'node:fs';
import { mkdirSync, mkdtempSync, readdir, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/extension';
import { Corpus } from '../../src/core/corpus';
import { WorkspaceIndex } from '../../src/vscode/workspaceIndex';
import { activatedApi, waitForModel, workspaceFolder } from './dossierApi';

const LINK_REASON = 'symbolic link (not followed)';
const listDirectory = (path: string): Promise<Dirent[]> => promisify(readdir)(path, { withFileTypes: true });

/** An index of the same workspace, apart from the extension's, with its own output lines. */
function separateIndex(list: (path: string) => Promise<Dirent[]> = listDirectory): { index: WorkspaceIndex; lines: string[] } {
  const lines: string[] = [];
  const output = { appendLine: (line: string) => lines.push(line), show: () => undefined };
  return { index: new WorkspaceIndex(new Corpus(), output, { listDirectory: list }), lines };
}

function article(title: string, header = ''): string {
  return `${header}${title}\n\nDe gemeente Zwolle meldde dinsdag dat ${title} is besproken met Jan de Vries.\n`;
}

suite('workspace files', () => {
  let api: DossierApi;
  let root: string;
  let outside: string;
  const made: string[] = [];

  /** A path inside the workspace that teardown removes. */
  function inWorkspace(relative: string): string {
    made.push(join(root, relative));
    return join(root, relative);
  }

  suiteSetup(async () => {
    api = await activatedApi();
    root = workspaceFolder().fsPath;
    outside = mkdtempSync(join(tmpdir(), 'dossier-outside-'));
    writeFileSync(join(outside, 'secret.txt'), article('Xylofoonkwartet buiten de werkmap', ' date 2020-03\n'));
    mkdirSync(inWorkspace('articles'));
  });

  suiteTeardown(async () => {
    for (const path of made.reverse()) rmSync(path, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
    await vscode.commands.executeCommand('dossier.refresh');
  });

  test('symbolic links are never followed, file or folder, outside or inside; each is listed as skipped', async () => {
    const inside = join(root, 'articles', 'inside.txt');
    writeFileSync(inside, article('Binnenartikel'));
    symlinkSync(join(outside, 'secret.txt'), inWorkspace('linked-secret.txt'));
    symlinkSync(outside, inWorkspace('articles/outside-folder'));
    symlinkSync(inside, inWorkspace('articles/inside-link.txt'));
    await vscode.commands.executeCommand('dossier.refresh');
    const snapshot = await api.model.whenIndexed();
    const paths = snapshot.articles.map((a) => a.path);
    assert.ok(paths.includes('articles/inside.txt'), 'the regular file is indexed');
    assert.deepEqual(paths.filter((p) => /linked|outside|link\.txt/.test(p)), [], 'nothing is read through a link');
    assert.deepEqual(snapshot.search('Xylofoonkwartet'), []);
    for (const path of ['linked-secret.txt', 'articles/outside-folder', 'articles/inside-link.txt']) {
      assert.deepEqual(snapshot.skipped.find((s) => s.path === path), { path, reason: LINK_REASON }, path);
    }

    // A link created later arrives as a file event: checked the same way.
    symlinkSync(join(outside, 'secret.txt'), inWorkspace('articles/late-link.txt'));
    const late = await waitForModel(api, () => api.model.snapshot().skipped.find((s) => s.path === 'articles/late-link.txt'));
    assert.equal(late.reason, LINK_REASON);
    assert.equal(api.model.snapshot().article('articles/late-link.txt'), undefined);
  });

  test('a file replaced by a folder of the same name is forgotten and the files inside it are indexed', async () => {
    const ghost = inWorkspace('articles/ghost.txt');
    writeFileSync(ghost, article('Spookhuis aan de gracht'));
    await waitForModel(api, () => api.model.snapshot().article('articles/ghost.txt'));
    rmSync(ghost);
    mkdirSync(ghost);
    writeFileSync(join(ghost, 'inner.txt'), article('Binnenkamer van het spookhuis'));
    const snapshot = await waitForModel(api, () => {
      const now = api.model.snapshot();
      return !now.article('articles/ghost.txt') && now.article('articles/ghost.txt/inner.txt') ? now : undefined;
    });
    assert.deepEqual(snapshot.search('Spookhuis').map((hit) => hit.path), ['articles/ghost.txt/inner.txt']);
  });

  test('a file replaced by a folder while the first indexing lists the workspace: its files are indexed', async () => {
    const swapped = join(inWorkspace('articles/swap.txt'));
    writeFileSync(swapped, article('Wisselbestand'));
    // The listing sees a file; by the time the index reads it, it is a folder with an article in it.
    const { index } = separateIndex(async (path) => {
      const entries = await listDirectory(path);
      if (path === join(root, 'articles') && entries.some((e) => e.name === 'swap.txt' && e.isFile())) {
        rmSync(swapped);
        mkdirSync(swapped);
        writeFileSync(join(swapped, 'inner.txt'), article('Binnen het wisselbestand'));
      }
      return entries;
    });
    try {
      await index.rescan();
      assert.equal(index.snapshot().article('articles/swap.txt'), undefined);
      assert.ok(index.snapshot().article('articles/swap.txt/inner.txt'));
    } finally {
      index.dispose();
    }
  });

  test('a file name with a newline is indexed, by the file event and by a scan', async () => {
    const path = 'articles/twee\nregels.txt';
    writeFileSync(inWorkspace(path), article('Naam over twee regels'));
    await waitForModel(api, () => api.model.snapshot().article(path));
    // A scan finds the files already there (as at startup): it must find this one too.
    await vscode.commands.executeCommand('dossier.refresh');
    const snapshot = await api.model.whenIndexed();
    assert.ok(snapshot.article(path), snapshot.articles.map((a) => JSON.stringify(a.path)).join(', '));
  });

  test('a folder that cannot be listed is listed as skipped, in the snapshot and the output', async () => {
    mkdirSync(inWorkspace('articles/locked'));
    writeFileSync(join(root, 'articles', 'locked', 'hidden.txt'), article('Achter slot'));
    // The tests run as root, for whom permissions do not stop a listing: the listing fails as it would.
    const locked = join(root, 'articles', 'locked');
    const { index, lines } = separateIndex((path) =>
      path === locked ? Promise.reject(Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' })) : listDirectory(path));
    try {
      await index.rescan();
      const skipped = index.snapshot().skipped.find((s) => s.path === 'articles/locked');
      assert.ok(skipped, JSON.stringify(index.snapshot().skipped));
      assert.match(skipped.reason, /could not be listed: EACCES/);
      assert.ok(lines.some((line) => line.startsWith('Skipped articles/locked: could not be listed')), lines.join('\n'));
    } finally {
      index.dispose();
    }
  });

  test('an invalid date header is reported once per file in the output and shown in the tree tooltip', async () => {
    const file = inWorkspace('articles/bad-date.txt');
    writeFileSync(file, article('Datum die niet bestaat', ' date 2020-13\n'));
    const view = await waitForModel(api, () => api.model.snapshot().article('articles/bad-date.txt'));
    assert.notEqual(view.monthSource, 'header');
    assert.equal(view.warnings.length, 1);

    await vscode.commands.executeCommand('dossier.groupByMonth');
    const { provider } = api.tree;
    const node = provider.findArticle('articles/bad-date.txt');
    assert.ok(node);
    const tooltip = provider.resolveTreeItem(provider.getTreeItem(node), node).tooltip;
    assert.ok(tooltip instanceof vscode.MarkdownString);
    assert.match(tooltip.value, /2020\\?-13/);
    assert.match(tooltip.value, /not a valid date/);

    const { index, lines } = separateIndex();
    try {
      await index.rescan();
      // A changed file is read again; the same warning is not printed again.
      utimesSync(file, new Date(), new Date(Date.now() + 5000));
      await index.rescan();
      const printed = lines.filter((line) => line.includes('articles/bad-date.txt'));
      assert.equal(printed.length, 1, lines.join('\n'));
      assert.match(printed[0]!, /2020-13.*not a valid date/);
    } finally {
      index.dispose();
    }
  });
});
