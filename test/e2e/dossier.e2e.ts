// End-to-end: the packaged extension (dist/dossier.vsix) installed in a real VS Code (code-server),
// driven in headless chromium as a person would. The workspace is a temp copy of seeds/; the
// expected values are read from those files (their date lines, which files name whom), not typed in.
// Run: node --import tsx --test --test-reporter=spec test/e2e/dossier.e2e.ts (after `npm run package`)
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'node:test';
import type { Locator } from 'playwright-core';
import {
  clickViewAction, closeAllEditors, commandTitle, expandRow, hoverWord, openDossierView, runFromPalette,
  screenshot, treeRow, treeRows, waitForTabOf, stepsWithFailureScreenshots } from './workbench';
import { suiteWorkbench } from './suiteWorkbench';
import { datedMonth, filesMentioning } from '../integration/articleFacts';

/** What the workspace's files say, independently of the extension. */
class WorkspaceFacts {
  readonly texts: ReadonlyMap<string, string>;
  constructor(readonly folder: string) {
    const files = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort();
    this.texts = new Map(files.map((file) => [file, readFileSync(join(folder, file), 'utf8')]));
  }
  get files(): string[] {
    return [...this.texts.keys()];
  }
  filesDatedIn(month: string): string[] {
    return this.files.filter((file) => datedMonth(this.texts.get(file)!) === month);
  }
  undatedFiles(): string[] {
    return this.files.filter((file) => datedMonth(this.texts.get(file)!) === null);
  }
  datedMonths(): string[] {
    return [...new Set([...this.texts.values()].map(datedMonth).filter((m): m is string => m !== null))].sort();
  }
  filesMentioning(...spellings: string[]): string[] {
    return filesMentioning(this.texts, ...spellings);
  }
}

/** Points (CSS pixels, relative to the canvas) where the canvas shows chart colours. */
async function colouredMarks(canvas: Locator): Promise<{ x: number; y: number }[]> {
  return canvas.evaluate((element: HTMLCanvasElement) => {
    const { width, height } = element;
    const pixels = element.getContext('2d')!.getImageData(0, 0, width, height).data;
    const scale = width / element.getBoundingClientRect().width;
    const marks: { x: number; y: number }[] = [];
    for (let y = 0; y < height; y += 3) {
      for (let x = 0; x < width; x += 3) {
        const i = (y * width + x) * 4;
        const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
        // Items are drawn in chart colours; text, grid lines and background are grey.
        if (Math.max(r, g, b) - Math.min(r, g, b) > 60) marks.push({ x: x / scale, y: y / scale });
      }
    }
    return marks;
  });
}

/** "February 2020": the month as the tree labels it in an English VS Code. */
function monthLabel(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  return new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', timeZone: 'UTC' })
    .format(Date.UTC(year!, monthNumber! - 1, 1));
}

describe('Dossier in a real VS Code', () => {
  let facts: WorkspaceFacts;

  const workbench = suiteWorkbench({
    prefix: 'dossier-e2e-', settings: { 'editor.hover.delay': 100, 'workbench.view.alwaysShowHeaderActions': true },
    prepare: (workspace) => {
      facts = new WorkspaceFacts(workspace);
    },
  });

  /** A test whose failure leaves a screenshot, test-results/screenshots/<id>-failure.png. */
  const step = stepsWithFailureScreenshots(() => workbench.page);

  step('a', 'the activity-bar entry opens the tree: months with counts, then actors with counts', async () => {
    await openDossierView(workbench.page);
    const months = facts.datedMonths();
    assert.ok(months.length > 0, 'the workspace has dated articles');
    await treeRow(workbench.page, monthLabel(months[0]!)).first().waitFor({ timeout: 60_000 });
    const roots = (await treeRows(workbench.page)).filter((row) => row.level === 1);
    await screenshot(workbench.page, 'a1-tree-by-month');

    // Every article sits in exactly one month group (or "Undated").
    assert.equal(roots.reduce((sum, row) => sum + row.count, 0), facts.files.length, JSON.stringify(roots));
    const undated = facts.undatedFiles().length;
    for (const month of months) {
      const row = roots.find((r) => r.label === monthLabel(month));
      assert.ok(row, `a row for ${monthLabel(month)} in ${JSON.stringify(roots.map((r) => r.label))}`);
      const dated = facts.filesDatedIn(month).length;
      // An undated article may have been given this month by inference.
      assert.ok(row.count >= dated && row.count <= dated + undated, `${row.label}: ${row.count} articles, ${dated} dated`);
    }
    // Newest month first.
    const monthRows = roots.filter((r) => months.some((m) => monthLabel(m) === r.label)).map((r) => r.label);
    assert.deepEqual(monthRows, [...months].reverse().map(monthLabel));

    // Expanding a month lists its articles by file name.
    const busiest = [...months].sort((a, b) => facts.filesDatedIn(b).length - facts.filesDatedIn(a).length)[0]!;
    await expandRow(workbench.page, monthLabel(busiest));
    const afterExpand = await treeRows(workbench.page);
    const start = afterExpand.findIndex((r) => r.label === monthLabel(busiest));
    const next = afterExpand.findIndex((r, i) => i > start && r.level === 1);
    const children = afterExpand.slice(start + 1, next < 0 ? undefined : next);
    for (const file of facts.filesDatedIn(busiest)) {
      assert.ok(children.some((c) => c.description.includes(file)), `${file} under ${monthLabel(busiest)}: ${JSON.stringify(children)}`);
    }
    await screenshot(workbench.page, 'a2-month-expanded');

    // By actor: the view title button switches the grouping.
    await clickViewAction(workbench.page, commandTitle('dossier.groupByActor'));
    await treeRow(workbench.page, 'People').first().waitFor({ timeout: 30_000 });
    await expandRow(workbench.page, 'People');
    const haftarFiles = facts.filesMentioning('Haftar');
    assert.ok(haftarFiles.length > 0);
    const haftar = workbench.page.locator('.sidebar').getByRole('treeitem').filter({ hasText: 'Haftar' }).first();
    await haftar.waitFor({ timeout: 30_000 });
    const actorRows = (await treeRows(workbench.page)).filter((r) => r.level === 2);
    const haftarRow = actorRows.find((r) => r.label.includes('Haftar'));
    assert.ok(haftarRow, JSON.stringify(actorRows));
    assert.equal(haftarRow.count, haftarFiles.length, `Haftar is named in ${haftarFiles.join(', ')}`);
    // Most articles first.
    const counts = actorRows.map((r) => r.count);
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
    await screenshot(workbench.page, 'a3-tree-by-actor');

    await clickViewAction(workbench.page, commandTitle('dossier.groupByMonth'));
    await treeRow(workbench.page, monthLabel(months[0]!)).first().waitFor({ timeout: 30_000 });
  });

  step('b', 'hovering "am-Saaraj" in a new untitled file shows the al-Sarraj card', async () => {
    await closeAllEditors(workbench.page);
    await runFromPalette(workbench.page, 'File', 'New Untitled Text File');
    const editor = workbench.page.locator('.editor-instance .monaco-editor textarea').first();
    await editor.waitFor();
    await workbench.page.keyboard.type('Het overleg met am-Saaraj in Tripoli liep vast.');
    await workbench.page.locator('.editor-instance .view-lines', { hasText: 'am-Saaraj' }).waitFor();
    const hover = workbench.page.locator('.monaco-hover-content', { hasText: /Sarraj/ });
    // The first hover of a session can race the extension's indexing; point again if needed.
    for (let attempt = 0; attempt < 4 && !(await hover.isVisible()); attempt++) {
      await workbench.page.mouse.move(5, 5);
      await hoverWord(workbench.page, 'am-Saaraj');
      await hover.first().waitFor({ timeout: 3_000 }).catch(() => undefined);
    }
    await screenshot(workbench.page, 'b-hover-card');
    const shown = await workbench.page.locator('.monaco-hover-content').allInnerTexts();
    assert.ok(await hover.isVisible(), `a card about al-Sarraj; hovers shown: ${JSON.stringify(shown)}`);
    const card = await hover.first().innerText();
    assert.match(card, /al-Sarraj/);
    // The card counts the articles that name him, under each of his spellings.
    const naming = facts.filesMentioning('Sarraj', 'Saaraj');
    assert.match(card, new RegExp(`in ${naming.length} articles`), card);
    await workbench.page.mouse.move(5, 5);
  });

  step('c', '"Dossier: Search Articles" finds Ghadames and Enter opens the article', async () => {
    await closeAllEditors(workbench.page);
    const expected = facts.filesMentioning('Ghadames');
    assert.ok(expected.length > 0);
    await runFromPalette(workbench.page, 'Dossier', commandTitle('dossier.search'));
    const input = workbench.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill('Ghadames');
    const rows = workbench.page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
    await rows.filter({ hasText: 'Ghadames' }).first().waitFor({ timeout: 30_000 });
    await screenshot(workbench.page, 'c1-search-results');
    // One result per article that names Ghadames, each showing where.
    const texts = await rows.allInnerTexts();
    assert.equal(texts.length, expected.length, JSON.stringify(texts));
    for (const text of texts) assert.match(text, /Ghadames/);
    await workbench.page.keyboard.press('Enter');
    const opened = await waitForTabOf(workbench.page, facts.files);
    assert.ok(opened && expected.includes(opened), `opened ${opened}; Ghadames is in ${expected.join(', ')}`);
    await screenshot(workbench.page, 'c2-search-opened');
  });

  step('d', '"Dossier: Open Timeline" renders items and clicking one opens its article', async () => {
    await closeAllEditors(workbench.page);
    await runFromPalette(workbench.page, 'Dossier', commandTitle('dossier.openTimeline'));
    const frame = workbench.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    const canvas = frame.locator('canvas');
    await canvas.waitFor({ timeout: 30_000 });
    const countLabel = frame.locator('.toolbar .count');
    await countLabel.filter({ hasText: /[1-9]/ }).waitFor({ timeout: 30_000 });
    const itemCount = Number((await countLabel.innerText()).replace(/\D/g, ''));
    const dated = facts.files.length - facts.undatedFiles().length;
    assert.ok(itemCount >= dated, `${itemCount} items on the timeline, ${dated} dated articles`);
    await screenshot(workbench.page, 'd1-timeline');

    // The items are drawn on a canvas: point at coloured marks, as a person would, until the
    // pointer is over something clickable (the canvas then says so), and click. A crowded month is
    // drawn as a bar that zooms in when clicked (its tooltip names no kind); then look again.
    const box = (await canvas.boundingBox())!;
    let opened: string | undefined;
    for (let click = 1; click <= 4 && !opened; click++) {
      const marks = await colouredMarks(canvas);
      assert.ok(marks.length > 0, 'the timeline draws coloured items');
      let pointed = false;
      for (const mark of marks.filter((_, i) => i % Math.ceil(marks.length / 300) === 0)) {
        await workbench.page.mouse.move(box.x + mark.x, box.y + mark.y);
        if (await frame.locator('canvas.over-item').count()) { pointed = true; break; }
      }
      assert.ok(pointed, 'the pointer found an item on the timeline');
      const tooltip = frame.locator('.tooltip:not([hidden])');
      const onItem = (await tooltip.locator('.kind').count()) > 0;
      const pointedAt = (await tooltip.innerText().catch(() => '')).replace(/\s+/g, ' ');
      await screenshot(workbench.page, `d2-timeline-pointed-${click}`);
      await workbench.page.mouse.down();
      await workbench.page.mouse.up();
      opened = await waitForTabOf(workbench.page, facts.files, onItem ? 10_000 : 2_000);
      if (onItem) assert.ok(opened, `clicking the timeline item "${pointedAt}" opened no article`);
    }
    assert.ok(opened, 'clicking timeline items opened an article');
    await screenshot(workbench.page, 'd3-timeline-opened');
  });

  step('e', 'an article written into the workspace appears in the tree, and goes when deleted', async () => {
    await closeAllEditors(workbench.page);
    await openDossierView(workbench.page);
    const existing = facts.datedMonths();
    // A month no seed has, so its row can only come from the new file.
    const month = '2031-07';
    assert.ok(!existing.includes(month));
    assert.equal(await treeRow(workbench.page, monthLabel(month)).count(), 0);
    const file = '900_e2e_new_article.txt';
    writeFileSync(join(facts.folder, file),
      ` date ${month} Khalifa Haftar en Fayez al-Sarraj ontmoetten elkaar in Ghadames, meldt de VN-missie.\n\nHet overleg duurde twee dagen.\n`);
    const row = treeRow(workbench.page, monthLabel(month)).first();
    await row.waitFor({ timeout: 30_000 });
    const added = (await treeRows(workbench.page)).find((r) => r.label === monthLabel(month));
    assert.equal(added?.count, 1);
    await expandRow(workbench.page, monthLabel(month));
    await workbench.page.locator('.sidebar').getByRole('treeitem').filter({ hasText: file }).first().waitFor({ timeout: 10_000 });
    await screenshot(workbench.page, 'e1-new-article-in-tree');

    // Deleting it removes its month again.
    rmSync(join(facts.folder, file));
    await row.waitFor({ state: 'detached', timeout: 30_000 });
    await screenshot(workbench.page, 'e2-article-deleted');
  });
});
