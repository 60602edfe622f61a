// End-to-end: the articles tree in a 300 px sidebar and the jumps it makes, in a real VS Code
// (code-server) driven in headless chromium. The workspace is a temp copy of seeds/ plus one dated
// article for each month of 2001 and 2002, so that the tree has a year level.
// Run: node --import tsx --test --test-reporter=spec test/e2e/tree.e2e.ts (after `npm run package`)
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'node:test';
import { closeAllEditors, expandRow, openDossierView, screenshot, treeRow, treeRows, waitForWorkbench, stepsWithFailureScreenshots } from './workbench';
import { suiteWorkbench } from './suiteWorkbench';
import { filesMentioning } from '../integration/articleFacts';

const SIDEBAR_WIDTH = 300;

describe('the articles tree in a real VS Code', () => {

  const workbench = suiteWorkbench({
    prefix: 'dossier-tree-e2e-', settings: { 'workbench.view.alwaysShowHeaderActions': true },
    prepare: (workspace) => {
      for (let i = 0; i < 24; i++) {
        const month = `${2001 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
        writeFileSync(join(workspace, `800_${month}.txt`), ` date ${month}\nDe raad vergadert\n\nDe raad vergaderde over de begroting van ${month}.\n`);
      }
    },
  });

  const step = stepsWithFailureScreenshots(() => workbench.page);

  const sidebar = () => workbench.page.locator('.part.sidebar');
  const row = (label: string) => treeRow(workbench.page, label).first();

  step('t1', 'in a 300 px sidebar: years, then months with their inferred count, the marker on the article', async () => {
    await openDossierView(workbench.page);
    // drag the sash between sidebar and editor until the sidebar is 300 px wide
    const box = (await sidebar().boundingBox())!;
    await workbench.page.mouse.move(box.x + box.width + 1, box.y + box.height / 2);
    await workbench.page.mouse.down();
    await workbench.page.mouse.move(box.x + SIDEBAR_WIDTH, box.y + box.height / 2, { steps: 5 });
    await workbench.page.mouse.up();
    const width = (await sidebar().boundingBox())!.width;
    assert.ok(Math.abs(width - SIDEBAR_WIDTH) <= 4, `sidebar ${width} px wide`);

    await row('2020').waitFor({ timeout: 60_000 });
    const roots = (await treeRows(workbench.page)).filter((r) => r.level === 1).map((r) => r.label);
    assert.deepEqual(roots, ['2020', '2019', '2002', '2001'], 'one row per year, newest first');
    await expandRow(workbench.page, '2020');
    const february = row('February 2020');
    await february.waitFor();
    // the seeds' 001 article got February 2020 by inference; 002 is dated February 2020
    assert.equal(await february.getAttribute('aria-label'), 'February 2020, 2 articles, 1 with an inferred month');
    assert.equal((await treeRows(workbench.page)).find((r) => r.label === 'February 2020')?.description, '2 · 1 inferred');
    await expandRow(workbench.page, 'February 2020');
    const inferred = workbench.page.locator('.sidebar').getByRole('treeitem').filter({ has: workbench.page.locator('.label-description', { hasText: /^month inferred · 001_/ }) }).first();
    await inferred.waitFor();
    const icon = inferred.locator('.custom-view-tree-node-item-icon, .codicon').first();
    assert.match((await icon.getAttribute('class')) ?? '', /codicon-question/);
    const sidebarBox = (await sidebar().boundingBox())!;
    const iconBox = (await icon.boundingBox())!;
    assert.ok(iconBox.x >= sidebarBox.x && iconBox.x + iconBox.width <= sidebarBox.x + sidebarBox.width, 'the marker is inside the sidebar');
    assert.match((await inferred.getAttribute('aria-label')) ?? '', /, month inferred, 001_/);
    await screenshot(workbench.page, 't1-tree-300px-years-inferred');
  });

  step('t2', 'right-click on an article: Open to the Side, Reveal in Explorer, Copy Path, Show on Timeline', async () => {
    const article = workbench.page.locator('.sidebar').getByRole('treeitem', { level: 3 }).first();
    await article.click({ button: 'right' });
    const menu = workbench.page.locator('.context-view .monaco-menu');
    await menu.waitFor();
    const entries = (await menu.locator('.action-label').allInnerTexts()).map((s) => s.trim()).filter(Boolean);
    assert.deepEqual(entries, ['Open to the Side', 'Reveal in Explorer', 'Copy Path', 'Show on Timeline']);
    await screenshot(workbench.page, 't2-article-context-menu');
    await workbench.page.keyboard.press('Escape');
  });

  step('t3', 'an article under an actor opens at that actor, selected, with its lines wrapped', async () => {
    await closeAllEditors(workbench.page);
    await workbench.page.locator('.sidebar').hover();
    await workbench.page.locator('.sidebar .pane-header .actions a.action-label[aria-label="Group by Actor"], .sidebar .title-actions a.action-label[aria-label="Group by Actor"]').first().click();
    await expandRow(workbench.page, 'People');
    await expandRow(workbench.page, 'Khalifa Haftar');
    const articles = workbench.page.locator('.sidebar').getByRole('treeitem', { level: 3 });
    await articles.first().waitFor();
    const first = (await treeRows(workbench.page)).find((r) => r.level === 3)!;
    // under an actor an article row gives its month
    assert.match(first.description, /^(January|February|April) 20(19|20)( \(inferred\))? · \d{3}_/);
    const file = /\d{3}_[0-9a-f]+\.txt/.exec(first.description)![0];
    assert.ok(filesMentioning(new Map([[file, readFileSync(join(workbench.workspace, file), 'utf8')]]), 'Haftar').length === 1);
    await articles.first().click();

    // the first mention, as the file has it: "Khalifa Haftar" or "Haftar", whichever comes first
    const text = readFileSync(join(workbench.workspace, file), 'utf8');
    const at = text.search(/(Khalifa )?Haftar/);
    const mention = /(Khalifa )?Haftar/.exec(text.slice(at))![0];
    const line = text.slice(0, at).split('\n').length;
    const column = at - text.lastIndexOf('\n', at - 1);
    // the status bar gives the cursor, which is at the end of the selected name
    const status = workbench.page.locator('.statusbar-item', { hasText: /^Ln \d+, Col \d+/ }).first();
    await status.filter({ hasText: `Ln ${line}, Col ${column + mention.length} (${mention.length} selected)` }).waitFor({ timeout: 30_000 });
    // the selection is on screen: the editor shows it highlighted
    await workbench.page.locator('.editor-instance .monaco-editor .selected-text').first().waitFor({ timeout: 10_000 });
    // word wrap: no line of the article is wider than the editor
    const editor = workbench.page.locator('.editor-instance .monaco-editor').first();
    await workbench.page.waitForFunction((el) => {
      const width = el!.getBoundingClientRect().width;
      const lines = [...el!.querySelectorAll('.view-line > span')];
      return lines.length > 0 && lines.every((span) => span.getBoundingClientRect().width <= width);
    }, await editor.elementHandle(), { timeout: 10_000 });
    await screenshot(workbench.page, 't3-opened-at-mention-wrapped');
  });

  step('t4', 'expanded rows are still expanded after a reload', async () => {
    await workbench.page.reload();
    await waitForWorkbench(workbench.page);
    // the restored workbench may start with the sidebar closed: open the view as a person would
    const title = workbench.page.locator('.sidebar .composite.title', { hasText: 'Dossier' });
    for (let attempt = 0; attempt < 5 && !(await title.isVisible()); attempt++) {
      await workbench.page.locator('.activitybar a.action-label[aria-label^="Dossier"]').click();
      await title.waitFor({ timeout: 3_000 }).catch(() => undefined);
    }
    await openDossierView(workbench.page);
    await row('Khalifa Haftar').waitFor({ timeout: 60_000 });
    assert.equal(await row('People').getAttribute('aria-expanded'), 'true');
    assert.equal(await row('Khalifa Haftar').getAttribute('aria-expanded'), 'true');
    await screenshot(workbench.page, 't4-after-reload');
  });
});
