// End-to-end: a correction made where the mistake is seen. Two spellings of one person that Dossier
// keeps apart are merged from the hover card ("Merge with…", then the other actor in the quick
// pick): the entities file is written with the merge, the tree shows one actor with the articles
// of both, and so it stays after a window reload.
// Run: node --import tsx --test --test-reporter=spec test/e2e/corrections.e2e.ts (after `npm run package`)
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'node:test';
import {
  clickMenuItem, closeAllEditors, commandTitle, expandRow, hoverWord, openDossierView, runFromPalette, screenshot,
  stepsWithFailureScreenshots, treeRow, treeRows, waitForWorkbench,
} from './workbench';
import { suiteWorkbench } from './suiteWorkbench';

/** A harbour story of our own: "Lotte" and "Charlotte" Brandsma are one alderman, written two ways. */
const articles: [string, string][] = [
  ['havenraad-1.txt', ' date 2021-04\nDe havenraad van Harlingen vergaderde dinsdag. Wethouder Lotte Brandsma zei dat de kade wordt vernieuwd. Brandsma wil voor de zomer beginnen.\n'],
  ['havenraad-2.txt', ' date 2021-05\nLotte Brandsma opende woensdag de nieuwe kade in Harlingen. De bewoners waren tevreden over het werk.\n'],
  ['havenraad-3.txt', ' date 2021-06\nCharlotte Brandsma sprak over de drukte op de nieuwe kade. Zij verwacht meer schepen.\n'],
];

/**
 * The entities file as JSON, or undefined while it is missing or being written: a save rewrites it
 * in place, so a read in between may find it empty or half written.
 */
function readEntities(file: string): { entities?: unknown[]; merges?: unknown[] } | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

describe('corrections from a hover card in a real VS Code', () => {

  const workbench = suiteWorkbench({
    prefix: 'dossier-e2e-corrections-', settings: { 'editor.hover.delay': 100 },
    prepare: (workspace) => {
      for (const [name, text] of articles) writeFileSync(join(workspace, name), text);
    },
  });

  const step = stepsWithFailureScreenshots(() => workbench.page);
  const entitiesFile = () => join(workbench.workspace, '.dossier', 'entities.json');
  const written = () => readEntities(entitiesFile());

  /** The People rows of the tree grouped by actor whose label holds "Brandsma", as label and count. */
  async function brandsmaRows(): Promise<string[]> {
    await openDossierView(workbench.page);
    if (await workbench.page.locator(`.sidebar a.action-label[aria-label="${commandTitle('dossier.groupByActor')}"]`).count()) {
      await workbench.page.locator('.sidebar').hover();
      await workbench.page.locator(`.sidebar a.action-label[aria-label="${commandTitle('dossier.groupByActor')}"]`).first().click();
    }
    await expandRow(workbench.page, 'People');
    return (await treeRows(workbench.page)).filter((row) => row.level === 2 && row.label.includes('Brandsma')).map((row) => `${row.label} ${row.count}`);
  }

  step('c1', 'before: the tree lists the two spellings as two people', async () => {
    let rows: string[] = [];
    for (let waited = 0; waited < 60_000 && rows.length < 2; waited += 1000) {
      rows = await brandsmaRows().catch(() => []);
      if (rows.length < 2) await workbench.page.waitForTimeout(1000);
    }
    assert.deepEqual(rows.sort(), ['Charlotte Brandsma 1', 'Lotte Brandsma 2']);
    assert.equal(existsSync(entitiesFile()), false);
    await screenshot(workbench.page, 'c1-tree-before-merge');
  });

  step('c2', '"Merge with…" on the card, then the other actor: the entities file holds the merge', async () => {
    await closeAllEditors(workbench.page);
    await runFromPalette(workbench.page, 'File', 'New Untitled Text File');
    await workbench.page.locator('.editor-instance .monaco-editor textarea').first().waitFor();
    await workbench.page.keyboard.type('Vraag aan Charlotte Brandsma over de kade.');
    await workbench.page.locator('.editor-instance .view-lines', { hasText: 'Charlotte Brandsma' }).waitFor();
    const card = workbench.page.locator('.monaco-hover-content', { hasText: /Charlotte Brandsma/ }).filter({ hasText: 'Merge with…' }).first();
    for (let attempt = 0; attempt < 6 && !(await card.isVisible()); attempt++) {
      await workbench.page.mouse.move(5, 5);
      await hoverWord(workbench.page, 'Charlotte Brandsma');
      await card.waitFor({ timeout: 3_000 }).catch(() => undefined);
    }
    await screenshot(workbench.page, 'c2-card-with-corrections');
    await card.locator('a', { hasText: 'Merge with…' }).click();
    const input = workbench.page.locator('.quick-input-widget input');
    await input.waitFor();
    assert.equal(await input.getAttribute('placeholder'), 'Merge Charlotte Brandsma with…');
    await input.fill('Lotte Brandsma');
    const row = workbench.page.locator('.quick-input-list .monaco-list-row').filter({ has: workbench.page.locator('.label-name', { hasText: /^\s*Lotte Brandsma\s*$/ }) }).first();
    await row.waitFor();
    await screenshot(workbench.page, 'c2-merge-quick-pick');
    await row.click();
    for (let waited = 0; !written() && waited < 30_000; waited += 250) await workbench.page.waitForTimeout(250);
    assert.deepEqual(written(), { merges: [['Charlotte Brandsma', 'Lotte Brandsma']] });
  });

  step('c3', 'the tree shows one actor with the articles of both', async () => {
    await closeAllEditors(workbench.page);
    let rows: string[] = [];
    for (let waited = 0; waited < 30_000; waited += 500) {
      rows = await brandsmaRows();
      if (rows.length === 1) break;
      await workbench.page.waitForTimeout(500);
    }
    assert.deepEqual(rows, ['Lotte Brandsma 3']);
    await screenshot(workbench.page, 'c3-tree-after-merge');
    // the actor's context menu offers the same corrections
    await treeRow(workbench.page, 'Lotte Brandsma').first().click({ button: 'right' });
    const menu = workbench.page.locator('.context-view .monaco-menu');
    await menu.waitFor();
    const entries = (await menu.locator('.action-label').allInnerTexts()).map((entry) => entry.trim()).filter(Boolean);
    const corrections = ['dossier.mergeEntity', 'dossier.splitSpelling', 'dossier.renameEntity', 'dossier.changeEntityType', 'dossier.ignoreEntity'].map(commandTitle);
    const first = entries.indexOf(corrections[0]);
    assert.deepEqual(entries.slice(first, first + corrections.length), corrections, JSON.stringify(entries));
    await screenshot(workbench.page, 'c3-actor-context-menu');
    await workbench.page.keyboard.press('Escape');
  });

  step('c4', 'after a window reload the merge still holds', async () => {
    await workbench.page.reload();
    await waitForWorkbench(workbench.page);
    let rows: string[] = [];
    for (let waited = 0; waited < 60_000; waited += 1000) {
      rows = await brandsmaRows().catch(() => []);
      if (rows.length === 1) break;
      await workbench.page.waitForTimeout(1000);
    }
    assert.deepEqual(rows, ['Lotte Brandsma 3']);
    await screenshot(workbench.page, 'c4-tree-after-reload');
  });

  step('c5', 'with the file open, "Change Type…" from the tree edits it in the editor; Undo takes it back', async () => {
    await runFromPalette(workbench.page, 'Dossier', commandTitle('dossier.editEntities'));
    const editor = workbench.page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.view-lines', { hasText: 'Charlotte Brandsma' }).waitFor({ timeout: 30_000 });
    await brandsmaRows();
    await treeRow(workbench.page, 'Lotte Brandsma').first().click({ button: 'right' });
    await clickMenuItem(workbench.page, commandTitle('dossier.changeEntityType'));
    const row = workbench.page.locator('.quick-input-list .monaco-list-row').filter({ has: workbench.page.locator('.label-name', { hasText: /organisation/ }) }).first();
    await row.waitFor();
    await screenshot(workbench.page, 'c5-change-type-quick-pick');
    await row.click();
    await editor.locator('.view-lines', { hasText: '"type": "organization"' }).waitFor({ timeout: 30_000 });
    for (let waited = 0; !written()?.entities && waited < 30_000; waited += 250) await workbench.page.waitForTimeout(250);
    assert.deepEqual(written(), {
      merges: [['Charlotte Brandsma', 'Lotte Brandsma']],
      entities: [{ id: 'lotte-brandsma', name: 'Lotte Brandsma', type: 'organization' }],
    });
    await expandRow(workbench.page, 'Organisations');
    await treeRow(workbench.page, 'Lotte Brandsma').first().waitFor({ timeout: 30_000 });
    await screenshot(workbench.page, 'c5-file-and-tree-after-change-type');

    await editor.click();
    await workbench.page.keyboard.press('Control+Z');
    await editor.locator('.view-lines', { hasText: '"type": "organization"' }).waitFor({ state: 'detached', timeout: 10_000 });
    // the editor shows spaces as non-breaking spaces
    assert.match((await editor.locator('.view-lines').innerText()).replace(/\u00a0/g, ' '), /\["Charlotte Brandsma", "Lotte Brandsma"\]/);
    await screenshot(workbench.page, 'c5-undone-in-editor');
  });
});
