// End-to-end: Dossier in VS Code's Restricted Mode. The workspace (a temp copy of seeds/) is left
// untrusted and its .vscode/settings.json points Dossier at other files; Dossier must still show
// the tree, from the user's settings and the defaults, and ignore the workspace's own.
// Run: node --import tsx --test --test-reporter=spec test/e2e/restrictedMode.e2e.ts (after `npm run package`)
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  copySeedsWorkspace, launchWorkbenchBrowser, makeTempDir, startCodeServer, stopSuite, vsixPath, type RunningCodeServer,
} from './codeServer';
import { openDossierView, screenshot, treeRows, waitForWorkbench } from './workbench';

describe('Dossier in Restricted Mode', () => {
  let root: string;
  let server: RunningCodeServer;
  let browser: Browser;
  let page: Page;
  let seedFiles: string[];

  before(async () => {
    root = makeTempDir('dossier-restricted-');
    const workspace = copySeedsWorkspace(root);
    seedFiles = readdirSync(workspace).filter((name) => name.endsWith('.txt'));
    // What a hostile workspace could set: which files Dossier reads.
    mkdirSync(join(workspace, '.vscode'));
    writeFileSync(join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'dossier.articles.include': ['private/*.txt'] }));
    mkdirSync(join(workspace, 'private'));
    writeFileSync(join(workspace, 'private', 'only-when-trusted.txt'), ' date 1999-01\nAlleen in een vertrouwde werkmap\n\nDe tekst.\n');
    server = await startCodeServer({ runDir: join(root, 'run'), workspace, vsix: vsixPath, restrictedMode: true });
    ({ browser, page } = await launchWorkbenchBrowser());
    await page.goto(server.folderUrl());
  }, { timeout: 120_000 });

  after(async () => {
    await stopSuite(browser, server, root);
  });

  test('the untrusted workspace shows the tree from the default settings, not its own', { timeout: 120_000 }, async () => {
    try {
      await page.locator('.statusbar').getByText('Restricted Mode').first().waitFor({ timeout: 60_000 });
      await waitForWorkbench(page);
      await openDossierView(page);
      // The months of the seed articles appear once the first indexing is done.
      let roots = (await treeRows(page)).filter((row) => row.level === 1);
      for (let waited = 0; roots.reduce((sum, row) => sum + row.count, 0) !== seedFiles.length && waited < 30_000; waited += 500) {
        await page.waitForTimeout(500);
        roots = (await treeRows(page)).filter((row) => row.level === 1);
      }
      await screenshot(page, 'restricted-mode-tree');
      assert.equal(roots.reduce((sum, row) => sum + row.count, 0), seedFiles.length, JSON.stringify(roots));
      assert.ok(!roots.some((row) => row.label.includes('1999')), 'the workspace setting dossier.articles.include is ignored');
    } catch (error) {
      await screenshot(page, 'restricted-mode-failure').catch(() => undefined);
      throw error;
    }
  });
});
