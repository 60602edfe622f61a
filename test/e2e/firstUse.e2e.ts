// End-to-end: the first minutes with Dossier, as a person sees them in a real VS Code. No folder
// open: the view offers Open Folder. A code repository (CMakeLists.txt, robots.txt, requirements,
// a licence, developer notes): no articles, the view says so, no status-bar item. Articles in a
// year/month layout appear with their count in the status bar; "Add Articles Folder" from the
// Explorer's context menu narrows what is read to that folder.
// Run: node --import tsx --test --test-reporter=spec test/e2e/firstUse.e2e.ts (after `npm run package`)
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  launchWorkbenchBrowser, makeTempDir, startCodeServer, stopSuite, vsixPath, type RunningCodeServer,
} from './codeServer';
import { clickMenuItem, screenshot, treeRow, treeRows, waitForWorkbench, stepsWithFailureScreenshots } from './workbench';

const CODE_REPOSITORY: Record<string, string> = {
  'CMakeLists.txt': 'cmake_minimum_required(VERSION 3.16)\nproject(Foo LANGUAGES CXX)\nadd_executable(foo src/main.cpp)\n',
  'robots.txt': 'User-agent: *\nDisallow: /admin/\n',
  'dev-requirements.txt': 'pytest==8.0.1\nblack==24.2.0\n',
  'ThirdPartyNotices.txt': 'This project incorporates components from the projects listed below. Microsoft licenses these components to you under their own terms.\n',
  'LICENSE': 'Permission is hereby granted to any person obtaining a copy of this software to deal in it without restriction.\n',
  'src/main.cpp': 'int main() { return 0; }\n',
  'src/notes.txt': 'TODO\n- fix the parser for nested braces\n- check the flags on Windows\nowner: platform team\n',
};

const pressRelease = ' date 2020-02 Gemeente opent fietsbrug\n\nDe gemeente Zwolle heeft dinsdag de nieuwe fietsbrug over het Zwarte Water geopend. Wethouder Anouk Bakker knipte het lint door.\n';
const meetingNotes = ' date 2021-05 Verslag van de bewonersavond\n\nOp de bewonersavond in Kampen spraken omwonenden over de overlast van de bouw. De gemeente belooft betere afspraken.\n';

function write(folder: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
}

describe('first use of Dossier in a real VS Code', () => {
  let root: string;
  let workspace: string;
  let server: RunningCodeServer;
  let browser: Browser;
  let page: Page;

  before(async () => {
    root = makeTempDir('dossier-first-use-');
    workspace = join(root, 'repo');
    write(workspace, CODE_REPOSITORY);
    server = await startCodeServer({ runDir: join(root, 'run'), workspace, vsix: vsixPath });
    ({ browser, page } = await launchWorkbenchBrowser());
  }, { timeout: 120_000 });

  after(async () => {
    await stopSuite(browser, server, root);
  });

  const step = stepsWithFailureScreenshots(() => page, 180_000);

  /** Opens the Dossier view from the activity bar (without waiting for tree rows: there may be none). */
  async function showDossierView(): Promise<void> {
    await waitForWorkbench(page);
    const title = page.locator('.sidebar .composite.title', { hasText: 'Dossier' });
    if (!(await title.isVisible())) await page.locator('.activitybar a.action-label[aria-label^="Dossier"]').click();
    await title.waitFor();
  }

  const welcome = () => page.locator('.sidebar .welcome-view-content');
  const statusItem = () => page.locator('.statusbar-item').filter({ hasText: /\b\d+ articles?\b/ });

  step('first-use-1', 'with no folder open, the view offers Open Folder', async () => {
    await page.goto(`${server.origin}/?ew=true`);
    await showDossierView();
    await welcome().getByText('No folder is open', { exact: false }).waitFor({ timeout: 60_000 });
    await screenshot(page, 'first-use-no-folder');
    assert.equal(await welcome().getByRole('button', { name: 'Open Folder' }).count(), 1);
    assert.equal(await welcome().getByText('No articles found').count(), 0);
  });

  step('first-use-2', 'a code repository gives no articles: the view says so, explains the rule, and no status-bar item appears', async () => {
    await page.goto(server.folderUrl());
    await showDossierView();
    await welcome().getByText('No articles found in this workspace', { exact: false }).waitFor({ timeout: 60_000 });
    await screenshot(page, 'first-use-code-repository');
    const text = await welcome().innerText();
    assert.match(text, /CMakeLists\.txt, robots\.txt/);
    for (const button of ['Add Articles Folder', 'Change Settings', 'Show Skipped Files']) {
      assert.equal(await welcome().getByRole('button', { name: button }).count(), 1, button);
    }
    assert.equal(await page.locator('.sidebar').getByRole('treeitem').count(), 0);
    assert.equal(await statusItem().count(), 0);
  });

  step('first-use-3', 'articles in a year/month layout appear, counted in the status bar', async () => {
    write(workspace, { 'press/2020/feb/fietsbrug.txt': pressRelease, 'docs/bewonersavond.txt': meetingNotes });
    await treeRow(page, 'February 2020').first().waitFor({ timeout: 60_000 });
    await treeRow(page, 'May 2021').first().waitFor({ timeout: 60_000 });
    await statusItem().filter({ hasText: '2 articles' }).waitFor({ timeout: 30_000 });
    await screenshot(page, 'first-use-nested-articles');
    // The code repository's own files stay out; the notes that were read are counted as skipped.
    assert.match(await statusItem().innerText(), /1 skipped/);
  });

  step('first-use-4', 'Add Articles Folder from the Explorer reads that folder only', async () => {
    await page.keyboard.press('Control+Shift+E');
    const folderRow = page.locator('.explorer-folders-view .monaco-list-row[aria-label="press"]');
    await folderRow.waitFor({ timeout: 30_000 });
    await folderRow.click({ button: 'right' });
    await clickMenuItem(page, 'Add Articles Folder');
    await page.locator('.notifications-toasts').getByText('Dossier now reads the articles', { exact: false }).waitFor({ timeout: 30_000 });
    await statusItem().filter({ hasText: '1 article' }).waitFor({ timeout: 30_000 });
    await showDossierView();
    await treeRow(page, 'February 2020').first().waitFor();
    for (let waited = 0; (await treeRow(page, 'May 2021').count()) > 0 && waited < 30_000; waited += 250) await page.waitForTimeout(250);
    await screenshot(page, 'first-use-add-articles-folder');
    assert.deepEqual((await treeRows(page)).filter((row) => row.level === 1).map((row) => row.label), ['February 2020']);
    const settings = JSON.parse(readFileSync(join(workspace, '.vscode', 'settings.json'), 'utf8')) as Record<string, unknown>;
    assert.deepEqual(settings['dossier.articles.include'], ['press/**/*.{txt,text}']);
  });
});
