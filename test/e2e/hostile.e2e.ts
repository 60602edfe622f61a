// End-to-end with hostile input: a workspace whose entities file has keys written as command and
// web links, and an article (and a file name) with theme-icon syntax and a bidi override. In the
// real workbench nothing of it may become a link or an icon: the notification, the Problems panel,
// the tree, the quick pick and the hover card show it as text.
// Run: node --import tsx --test --test-reporter=spec test/e2e/hostile.e2e.ts (after `npm run package`)
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'node:test';
import type { Page } from 'playwright-core';
import { CARD_COMMANDS } from '../../src/vscode/entityCard';
import {
  closeAllEditors, commandTitle, expandRow, hoverWord, openDossierView, runFromPalette, screenshot, treeRow, stepsWithFailureScreenshots } from './workbench';
import { suiteWorkbench } from './suiteWorkbench';

/** One unknown top-level key (one problem: the case the notification once quoted) with two links. */
const hostileKey = '[Repair the entities file](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22echo%20pwned%5Cn%22%7D) or [sign in again](https://evil.example/login)';
const webLink = '[Sign in again](https://evil.example/login)';
const name = 'Zorba Quintana';
const fileName = '$(zap)-bericht.txt';
/** What the article's title must look like wherever it is shown (the bidi override dropped). */
const title = `$(zap) Overleg met ${name} $(loading~spin) in Tripoli.`;

function writeHostileWorkspace(folder: string): void {
  mkdirSync(join(folder, '.dossier'), { recursive: true });
  writeFileSync(join(folder, '.dossier', 'entities.json'), JSON.stringify({
    [hostileKey]: true,
    entities: [{ id: 'zorba-quintana', name, type: 'person', description: `$(zap) [Open](command:workbench.action.terminal.new) ${webLink}` }],
  }, null, 2));
  writeFileSync(join(folder, fileName),
    ` date 2020-02 $(zap) Overleg met ${name} $(loading~spin) in\u202E Tripoli.\n\n${name} sprak in Tripoli met de pers over het overleg.\n`);
}

/** Class names of the icons inside `selector` that the files' `$(zap)` and `$(loading~spin)` would make. */
async function iconsFromText(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((elements) => elements
    .flatMap((element) => [...element.querySelectorAll('.codicon')].map((icon) => icon.className))
    .filter((className) => /\bcodicon-(zap|loading)\b/.test(className)));
}

describe('hostile input in a real VS Code', () => {

  const workbench = suiteWorkbench({
    prefix: 'dossier-e2e-hostile-', settings: { 'editor.hover.delay': 100 },
    makeWorkspace: (root) => {
      const workspace = join(root, 'hostile');
      mkdirSync(workspace);
      writeHostileWorkspace(workspace);
      return workspace;
    },
  });

  const step = stepsWithFailureScreenshots(() => workbench.page);

  step('h1', 'the entities-file notification quotes nothing and holds no link; the Problems panel shows the problem as text', async () => {
    await openDossierView(workbench.page);
    const notification = workbench.page.locator('.notification-list-item', { hasText: 'entities file' }).first();
    // A toast hides after a while; the notification centre keeps it.
    await notification.waitFor({ timeout: 30_000 }).catch(() => runFromPalette(workbench.page, 'Notifications', 'Show Notifications'));
    await notification.waitFor({ timeout: 30_000 });
    await screenshot(workbench.page, 'h1-entities-notification');
    const message = notification.locator('.notification-list-item-message');
    assert.equal(await message.locator('a').count(), 0, await message.innerHTML());
    const text = await message.innerText();
    assert.match(text, /has a problem/);
    assert.doesNotMatch(text, /Repair|sign in|evil|command:/i);

    await notification.getByRole('button', { name: 'Show Problems' }).click();
    const problems = workbench.page.locator('.markers-panel');
    const row = problems.locator('.monaco-list-row', { hasText: 'Repair the entities file' });
    await row.waitFor({ timeout: 30_000 });
    await screenshot(workbench.page, 'h2-entities-problems');
    // The Problems panel shows each key as written, as text: no link, no icon.
    const shown = (await row.innerText()).replace(/\u00a0/g, ' ').replace(/\n/g, ' ');
    assert.ok(shown.includes(`${hostileKey}: unknown key`), shown);
    assert.match(shown, /Dossier \[Ln 2, Col 3\]/, 'at the key, in the file');
    const problem = row.locator('.marker-message');
    assert.equal((await problem.innerText()).replace(/\u00a0/g, ' '), `${hostileKey}: unknown key (expected "entities", "merges", "splits" or "ignore")`);
    assert.equal(await problem.locator('a, .codicon').count(), 0, await problem.innerHTML());
  });

  step('h3', 'the tree shows the title and the file name as text, without icons', async () => {
    await openDossierView(workbench.page);
    await expandRow(workbench.page, 'February 2020');
    const row = treeRow(workbench.page, title).first();
    await row.waitFor({ timeout: 30_000 });
    await screenshot(workbench.page, 'h3-tree');
    assert.match(await row.locator('.label-description').innerText(), /^\$\(zap\)-bericht\.txt/);
    assert.deepEqual(await iconsFromText(workbench.page, '.sidebar .monaco-list-row'), []);
  });

  step('h4', 'a search result titled with $(zap) shows the literal text in the quick pick', async () => {
    await closeAllEditors(workbench.page);
    await runFromPalette(workbench.page, 'Dossier', commandTitle('dossier.search'));
    const input = workbench.page.locator('.quick-input-widget input');
    await input.waitFor();
    try {
      await input.fill('Tripoli');
      const rows = workbench.page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
      await rows.filter({ hasText: 'Overleg' }).first().waitFor({ timeout: 30_000 });
      await screenshot(workbench.page, 'h4-search-results');
      const label = (await rows.first().locator('.label-name').first().innerText()).replace(/\u00a0/g, ' ');
      assert.equal(label, title);
      assert.deepEqual(await iconsFromText(workbench.page, '.quick-input-widget .quick-input-list'), []);
      assert.match(await rows.first().innerText(), /\$\(loading~spin\) in Tripoli\.\s*$/, 'the snippet (detail) too');
    } finally {
      await workbench.page.keyboard.press('Escape');
    }
  });

  step('h5', 'the hover card shows $(zap), links and URLs from the files as text', async () => {
    await closeAllEditors(workbench.page);
    await runFromPalette(workbench.page, 'File', 'New Untitled Text File');
    await workbench.page.locator('.editor-instance .monaco-editor textarea').first().waitFor();
    await workbench.page.keyboard.type(`Gesprek met ${name} vandaag.`);
    await workbench.page.locator('.editor-instance .view-lines', { hasText: name }).waitFor();
    const hover = workbench.page.locator('.monaco-hover-content', { hasText: name });
    for (let attempt = 0; attempt < 4 && !(await hover.isVisible()); attempt++) {
      await workbench.page.mouse.move(5, 5);
      await hoverWord(workbench.page, 'Quintana');
      await hover.first().waitFor({ timeout: 3_000 }).catch(() => undefined);
    }
    await screenshot(workbench.page, 'h5-hover-card');
    assert.ok(await hover.isVisible(), 'a card for the entity');
    const card = hover.first();
    const text = (await card.innerText()).replace(/\u00a0/g, ' ');
    assert.match(text, /\$\(zap\) \[Open\]\(command:workbench\.action\.terminal\.new\) \[Sign in again\]\(https:\/\/evil\.example\/login\)/);
    assert.ok(text.includes(title), text);
    // no icon from the text (the card's own type icon is not one); its only links are Dossier's commands
    assert.deepEqual(await iconsFromText(workbench.page, '.monaco-hover-content'), []);
    const targets = await card.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('data-href') ?? a.getAttribute('href') ?? ''));
    assert.ok(targets.length > 0);
    for (const target of targets) assert.ok((CARD_COMMANDS as readonly string[]).includes(/^command:([\w.]+)\?/.exec(target)?.[1] ?? ''), target);
    await workbench.page.mouse.move(5, 5);
  });
});
