// End-to-end: the analysis cache across a window reload in a real VS Code (code-server, the
// packaged .vsix, headless chromium). The first start reads every article and saves the cache in
// the extension's storage folder; after a reload the "Dossier" output says the scan read none;
// "Dossier: Clear Index Cache" removes it.
// Run: node --import tsx --test --test-reporter=spec test/e2e/indexCache.e2e.ts (after `npm run package`)
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  copySeedsWorkspace, makeTempDir, stopSuite, type RunningCodeServer,
} from './codeServer';
import { commandTitle, openDossierView, runFromPalette, screenshot, stepsWithFailureScreenshots, waitForWorkbench, openWorkbench } from './workbench';

describe('the index cache across a reload', () => {
  let root: string;
  let server: RunningCodeServer;
  let browser: Browser;
  let page: Page;
  let articles: number;

  before(async () => {
    root = makeTempDir('dossier-cache-e2e-');
    const workspace = copySeedsWorkspace(root);
    articles = readdirSync(workspace).filter((name) => name.endsWith('.txt')).length;
    ({ server, browser, page } = await openWorkbench(root, workspace));
  }, { timeout: 120_000 });

  after(async () => {
    await stopSuite(browser, server, root);
  });

  const step = stepsWithFailureScreenshots(() => page, 120_000, 'cache-');

  /** The cache's shard files in the extension's storage folder for the workspace (context.storageUri). */
  const shardFiles = () => {
    const storage = join(root, 'run', 'user-data', 'User', 'workspaceStorage');
    if (!existsSync(storage)) return [];
    return readdirSync(storage).flatMap((workspace) => {
      const folder = join(storage, workspace, 'dossier-dev.dossier', 'analyses');
      return existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.json.gz')) : [];
    });
  };

  async function waitFor(condition: () => boolean, what: string, timeout = 60_000): Promise<void> {
    for (let waited = 0; !condition(); waited += 250) {
      if (waited > timeout) assert.fail(`${what} within ${timeout / 1000} s`);
      await page.waitForTimeout(250);
    }
  }

  /** The text of the "Dossier" output once it holds a line matching `pattern`. */
  async function outputMatching(pattern: RegExp): Promise<string> {
    await runFromPalette(page, 'Dossier', commandTitle('dossier.showOutput'));
    const lines = page.locator('.part.panel .monaco-editor .view-lines');
    let text = '';
    for (let waited = 0; !pattern.test(text) && waited < 60_000; waited += 250) {
      await page.waitForTimeout(250);
      // the editor renders spaces as no-break spaces
      text = ((await lines.first().textContent().catch(() => '')) ?? '').replace(/\u00a0/g, ' ');
    }
    return text;
  }

  step('c1', 'the first start reads every article and saves the cache in the storage folder', async () => {
    await openDossierView(page);
    const text = await outputMatching(/Scan at startup: .* read/);
    assert.match(text, new RegExp(`Scan at startup: ${articles} articles, \\d+ skipped; ${articles} files looked at, ${articles} read`), text);
    await waitFor(() => shardFiles().length > 0, 'the cache is saved');
  });

  step('c2', 'after a reload the scan reads no article, and the tree is complete', async () => {
    await page.reload();
    await waitForWorkbench(page);
    await openDossierView(page);
    const text = await outputMatching(/Scan at startup: .* read/);
    await screenshot(page, 'cache-after-reload-output');
    assert.match(text, new RegExp(`Index cache: ${articles} file analyses loaded`), text);
    assert.match(text, new RegExp(`Scan at startup: ${articles} articles, \\d+ skipped; ${articles} files looked at, 0 read`), text);
  });

  step('c3', 'Dossier: Clear Index Cache removes it', async () => {
    await runFromPalette(page, 'Dossier', commandTitle('dossier.clearIndexCache'));
    await page.locator('.notifications-toasts').getByText(/index cache cleared/).waitFor({ timeout: 30_000 });
    await waitFor(() => shardFiles().length === 0, 'the shards are removed', 10_000);
  });
});
