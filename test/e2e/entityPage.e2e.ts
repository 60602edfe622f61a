// End-to-end: the entity page and the exports in a real VS Code (code-server) with the packaged
// extension, on a temp copy of seeds/: the page opened from the palette's quick pick and from the
// tree's inline icon, its parts rendered (screenshots), the keyboard reaching every part and
// opening an article at the mention, and both exports written through the save dialog.
// Run: node --import tsx --test --test-reporter=spec test/e2e/entityPage.e2e.ts (after `npm run package`)
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'node:test';
import type { FrameLocator } from 'playwright-core';
import { Corpus } from '../../src/core/corpus';
import { entityProfile, type EntityProfile } from '../../src/core/entityProfile';
import {
  commandTitle, expandRow, openDossierView, runFromPalette, screenshot, stepsWithFailureScreenshots, treeRow, waitForTabOf, waitForWorkbench,
} from './workbench';
import { suiteWorkbench } from './suiteWorkbench';

/** The profile the workspace's files give the actor named most, by the same core the extension runs. */
function topProfile(folder: string): EntityProfile {
  const corpus = new Corpus();
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.txt'))) corpus.upsertFile(name, readFileSync(join(folder, name)));
  const snapshot = corpus.snapshot();
  return entityProfile(snapshot, snapshot.entities[0].id)!;
}

describe('the entity page and the exports in a real VS Code', () => {
  let expected: EntityProfile;
  const step = stepsWithFailureScreenshots(() => workbench.page, 120_000, 'entity-');
  const webview = (): FrameLocator => workbench.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  const pageTabs = () => workbench.page.locator('.editor-group-container .tab').filter({ has: workbench.page.locator('.label-name', { hasText: expected.name }) });

  const workbench = suiteWorkbench({
    prefix: 'dossier-entity-', settings: { 'workbench.colorTheme': 'Default Dark Modern' },
    prepare: (workspace) => {
      expected = topProfile(workspace);
    },
    whenOpen: openDossierView,
  });

  step('e1', 'from the palette: a quick pick of the actors, most articles first, opens the page titled with the name', async () => {
    await runFromPalette(workbench.page, 'Dossier', commandTitle('dossier.showEntity'));
    const firstRow = workbench.page.locator('.quick-input-list .monaco-list-row').first();
    // the palette's own row shows until the actors are listed
    await workbench.page.locator('.quick-input-list .monaco-list-row', { hasText: / articles?$/ }).first().waitFor({ timeout: 30_000 });
    assert.match(await firstRow.innerText(), new RegExp(`${expected.name}[\\s\\S]*${expected.articleCount} articles`));
    await workbench.page.locator('.quick-input-widget input').press('Enter');
    await webview().locator('h1', { hasText: expected.name }).waitFor({ timeout: 30_000 });
    await pageTabs().first().waitFor();
  });

  step('e2', 'the page: roles with their source, spellings with counts, mentions per month, the network and its list, the articles', async () => {
    const frame = webview();
    assert.equal(await frame.locator('.roles li').count(), expected.roles.length);
    assert.equal((await frame.locator('.roles blockquote.source').first().innerText()).trim(), expected.roles[0].sentence);
    const spellingRows = await frame.locator('.spelling-table tbody tr').allInnerTexts();
    assert.equal(spellingRows.length, expected.spellings.length);
    assert.match(spellingRows[0], new RegExp(`${expected.spellings[0].spelling}\\s+${expected.spellings[0].mentions}\\s+${expected.spellings[0].articles}`));
    assert.equal(await frame.locator('.month-chart rect.bar').count(), expected.months.length);
    assert.equal(await frame.locator('.network-picture .node').count(), Math.min(12, expected.coActors.length) + 1);
    assert.ok((await frame.locator('.network-picture line.edge').count()) > Math.min(12, expected.coActors.length), 'lines between co-actors too');
    assert.equal(await frame.locator('.co-actor-list li').count(), expected.coActors.length);
    assert.equal(await frame.locator('.article-list li').count(), expected.articles.length);
    assert.equal((await frame.locator('.article-list button').first().innerText()).trim(), expected.articles[0].title);
    // the correction buttons (their commands come with the corrections feature)
    assert.deepEqual((await frame.locator('.actions button').allInnerTexts()).map((s) => s.trim()), ['Show on Timeline', 'Merge with…', 'Rename…', 'Change Type…', 'Ignore']);
    await screenshot(workbench.page, 'entity-e2-page-top');
    await frame.locator('.network-picture').scrollIntoViewIfNeeded();
    await screenshot(workbench.page, 'entity-e2-page-network');
  });

  step('e3', 'the keyboard reaches every part; Enter on an article opens it beside the page at the mention', async () => {
    const frame = webview();
    await frame.locator('.actions button').first().focus();
    const reached = new Set<string>();
    for (let n = 0; n < 120; n++) {
      const key = await frame.locator(':focus').getAttribute('data-key');
      if (key) reached.add(key.split(':')[0]);
      if (key?.startsWith('article:')) break;
      await frame.locator(':focus').press('Tab');
    }
    for (const part of ['timeline', 'dossier.mergeEntity', 'role', 'split', 'actor', 'article']) assert.ok(reached.has(part), `Tab reaches ${part} (${[...reached].join(', ')})`);
    await frame.locator(':focus').press('Enter');
    const file = expected.articles[0].path;
    assert.equal(await waitForTabOf(workbench.page, [file]), file);
    const selected = workbench.page.locator('.editor-instance .monaco-editor .selected-text');
    await selected.first().waitFor({ timeout: 30_000 });
    await pageTabs().first().waitFor();
    await screenshot(workbench.page, 'entity-e3-article-beside');
  });

  step('e4', 'from the tree: an actor row\'s inline icon opens the page for that actor, in the same panel', async () => {
    await workbench.page.locator('.sidebar').hover();
    await workbench.page.locator('.sidebar .pane-header .actions a.action-label[aria-label="Group by Actor"], .sidebar .title-actions a.action-label[aria-label="Group by Actor"]').first().click();
    const other = expected.coActors.find((actor) => actor.type === 'person')!;
    await expandRow(workbench.page, 'People');
    const row = treeRow(workbench.page, other.name).first();
    await row.hover();
    await row.locator(`a.action-label[aria-label="${commandTitle('dossier.showEntity')}"]`).click();
    await webview().locator('h1', { hasText: other.name }).waitFor({ timeout: 30_000 });
    const tabs = workbench.page.locator('.editor-group-container .tab').filter({ has: workbench.page.locator('.label-name', { hasText: other.name }) });
    await tabs.first().waitFor();
    assert.equal(await pageTabs().count(), 0, 'one panel, reused');
    await screenshot(workbench.page, 'entity-e4-from-tree');
  });

  step('e4b', 'the page follows the articles: a new article naming the actor is counted at once', async () => {
    const other = expected.coActors.find((actor) => actor.type === 'person')!;
    const meta = webview().locator('.meta');
    const before = Number(/(\d+) articles?/.exec(await meta.innerText())![1]);
    writeFileSync(join(workbench.workspace, 'zzz_new_article.txt'), ` date 2020-03 In Tripoli sprak ${other.name} woensdag met de pers over de gevechten.\n`);
    await webview().locator('.meta', { hasText: `${before + 1} articles` }).waitFor({ timeout: 60_000 });
    await webview().locator('.article-list button', { hasText: 'In Tripoli sprak' }).first().waitFor();
    await screenshot(workbench.page, 'entity-e4b-updated');
  });

  step('e4c', 'after a reload the page is back, for the same actor', async () => {
    const other = expected.coActors.find((actor) => actor.type === 'person')!;
    await runFromPalette(workbench.page, 'Developer', 'Reload Window');
    await workbench.page.waitForEvent('load', { timeout: 60_000 });
    await waitForWorkbench(workbench.page);
    await webview().locator('h1', { hasText: other.name }).waitFor({ timeout: 60_000 });
    await workbench.page.locator('.editor-group-container .tab .label-name', { hasText: other.name }).first().waitFor();
  });

  for (const [id, command, name, header] of [
    ['e5', 'dossier.exportActors', 'actors.csv', 'id,name,type,description,origin,articles,mentions,months,spellings,roles,role sources'],
    ['e6', 'dossier.exportActors', 'actors.json', '{'],
    ['e7', 'dossier.exportTimeline', 'timeline.csv', 'kind,date,end date,precision,month source,text,date as written,path,offset'],
  ] as const) {
    step(id, `${commandTitle(command)} writes ${name} where the save dialog points`, async () => {
      await runFromPalette(workbench.page, 'Dossier', commandTitle(command));
      const input = workbench.page.locator('.quick-input-widget input');
      await input.waitFor();
      // the save dialog (VS Code's own, in a browser) proposes a path in the workspace: type another
      const target = join(workbench.root, name);
      const inputValue = () => workbench.page.locator('.quick-input-widget input').evaluate((element) => (element as HTMLInputElement).value);
      // typed before the dialog has put in its own path, the text would be added to that path
      for (let waited = 0; !/\.(csv|json)$/.test(await inputValue()); waited += 100) {
        if (waited > 30_000) throw new Error(`the save dialog proposed no file: ${await inputValue()}`);
        await workbench.page.waitForTimeout(100);
      }
      await input.fill(target);
      await workbench.page.waitForFunction((expected) => (document.querySelector('.quick-input-widget input') as HTMLInputElement | null)?.value === expected, target);
      // Enter (or OK) is ignored while the dialog is still listing the folder typed: try again until it closes
      const dialog = workbench.page.locator('.quick-input-widget');
      for (let attempt = 1; await dialog.isVisible(); attempt++) {
        if (attempt > 10) throw new Error('the save dialog did not take the path');
        await workbench.page.waitForTimeout(500);
        if (await dialog.isVisible()) await input.press('Enter').catch(() => undefined);
      }
      await workbench.page.locator('.notifications-toasts .notification-list-item', { hasText: `exported to ${target}` }).first().waitFor({ timeout: 30_000 });
      assert.ok(existsSync(target), `${target} written`);
      const text = readFileSync(target, 'utf8');
      assert.equal(text.split(/\r?\n/)[0], header);
      if (name === 'actors.json') {
        const actors = JSON.parse(text).actors as { name: string; articles: number; roles: unknown[] }[];
        assert.equal(actors.find((actor) => actor.name === expected.name)?.roles.length, expected.roles.length);
        assert.deepEqual(actors.map((actor) => actor.articles), actors.map((actor) => actor.articles).sort((a, b) => b - a), 'most articles first');
      }
      else if (name === 'actors.csv') assert.ok(text.includes(`,${expected.name},`));
      await screenshot(workbench.page, `entity-${id}-exported`);
    });
  }
});
