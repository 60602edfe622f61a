// End-to-end: the analysis cache across a window reload in a real VS Code (code-server, the
// packaged .vsix, headless chromium). The first start reads every article and saves the cache in
// the extension's storage folder, with the view it shows (view.bin); after a reload it shows that
// view before it loads an analysis, and the "Dossier" output says the scan read none;
// "Dossier: Clear Index Cache" removes it all.
// Run: node --import tsx --test --test-reporter=spec test/e2e/indexCache.e2e.ts (after `npm run package`)
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'node:test';
import { commandTitle, openDossierView, runFromPalette, screenshot, stepsWithFailureScreenshots, waitForWorkbench } from './workbench';
import { suiteWorkbench } from './suiteWorkbench';

describe('the index cache across a reload', () => {
  let articles: number;

  const workbench = suiteWorkbench({
    prefix: 'dossier-cache-e2e-',
    prepare: (workspace) => {
      articles = readdirSync(workspace).filter((name) => name.endsWith('.txt')).length;
    },
  });

  const step = stepsWithFailureScreenshots(() => workbench.page, 120_000, 'cache-');

  /** The cache's folders in the extension's storage folder of each workspace id (context.storageUri), with their files. */
  const cacheFolders = () => {
    const storage = join(workbench.root, 'run', 'user-data', 'User', 'workspaceStorage');
    if (!existsSync(storage)) return [];
    return readdirSync(storage).map((workspace) => {
      const folder = join(storage, workspace, 'dossier-dev.dossier', 'analyses');
      return { workspace, files: existsSync(folder) ? readdirSync(folder) : [] };
    });
  };
  const cacheFiles = () => cacheFolders().flatMap(({ files }) => files);
  /** For a failure's message: which workspace storage folders hold which of the cache's files. */
  const storageListing = () => cacheFolders().map(({ workspace, files }) => `${workspace}: ${files.join(', ') || '(no cache)'}`).join('\n');
  const shardFiles = () => cacheFiles().filter((name) => name.endsWith('.json.gz'));

  async function waitFor(condition: () => boolean, what: string, timeout = 60_000): Promise<void> {
    for (let waited = 0; !condition(); waited += 250) {
      if (waited > timeout) assert.fail(`${what} within ${timeout / 1000} s; workspace storage:\n${storageListing()}`);
      await workbench.page.waitForTimeout(250);
    }
  }

  /** The text of the "Dossier" output once it holds a line matching `pattern`. */
  async function outputMatching(pattern: RegExp): Promise<string> {
    await runFromPalette(workbench.page, 'Dossier', commandTitle('dossier.showOutput'));
    const lines = workbench.page.locator('.part.panel .monaco-editor .view-lines');
    let text = '';
    for (let waited = 0; !pattern.test(text) && waited < 60_000; waited += 250) {
      await workbench.page.waitForTimeout(250);
      // the editor renders spaces as no-break spaces
      text = ((await lines.first().textContent().catch(() => '')) ?? '').replace(/\u00a0/g, ' ');
    }
    return text;
  }

  step('c1', 'the first start reads every article and saves the cache in the storage folder', async () => {
    await openDossierView(workbench.page);
    const text = await outputMatching(/Scan at startup: .* read/);
    assert.match(text, new RegExp(`Scan at startup: ${articles} articles, \\d+ skipped; ${articles} files looked at, ${articles} read`), text);
    await waitFor(() => shardFiles().length > 0 && cacheFiles().includes('view.bin'), 'the cache and its view are saved');
  });

  step('c2', 'after a reload the saved view is shown before an analysis is loaded, the scan reads no article, and the tree is complete', async () => {
    const beforeReload = storageListing();
    await workbench.page.reload();
    await waitForWorkbench(workbench.page);
    await openDossierView(workbench.page);
    const text = await outputMatching(/Scan at startup: .* read/);
    await screenshot(workbench.page, 'cache-after-reload-output');
    assert.match(text, new RegExp(`Index cache: ${articles} file analyses loaded`), `${text}\nworkspace storage before the reload:\n${beforeReload}\nafter it:\n${storageListing()}`);
    assert.match(text, new RegExp(`Scan at startup: ${articles} articles, \\d+ skipped; ${articles} files looked at, 0 read`), text);
    const shown = text.search(new RegExp(`Saved view shown: ${articles} articles`));
    assert.ok(shown >= 0 && shown < text.search(/Index cache: \d+ file analyses loaded/), text);
  });

  step('c3', 'Dossier: Clear Index Cache removes it', async () => {
    await runFromPalette(workbench.page, 'Dossier', commandTitle('dossier.clearIndexCache'));
    await workbench.page.locator('.notifications-toasts').getByText(/index cache cleared/).waitFor({ timeout: 30_000 });
    await waitFor(() => shardFiles().length === 0 && !cacheFiles().includes('view.bin'), 'the shards and the view are removed', 10_000);
  });
});
