// End-to-end: hover cards and search as a person sees them in a real VS Code (code-server in
// headless chromium): the card's actions visible without scrolling, "… and N more", the card of a
// shared surname, the result count, the no-results row, and a chosen result selecting the phrase.
// The workspace is a temp copy of seeds/ plus test/namesakeArticles.ts.
// Run: node --import tsx --test test/e2e/searchAndCards.e2e.ts (after `npm run package`)
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'node:test';
import type { Locator } from 'playwright-core';
import { closeAllEditors, commandTitle, hoverWord, runFromPalette, screenshot, waitForTabOf, stepsWithFailureScreenshots } from './workbench';
import { suiteWorkbench } from './suiteWorkbench';
import { filesMentioning } from '../integration/articleFacts';
import { FREQUENT, NAMESAKES, namesakeArticles, SHARED_SURNAME } from '../namesakeArticles';

describe('hover cards and search in a real VS Code', () => {

  const workbench = suiteWorkbench({
    prefix: 'dossier-e2e-search-', settings: { 'editor.hover.delay': 100 },
    prepare: (workspace) => {
      for (const [name, text] of namesakeArticles) writeFileSync(join(workspace, name), text);
    },
  });

  const step = stepsWithFailureScreenshots(() => workbench.page);

  /** Types `text` into a new untitled file and hovers `word` until a card matching `expected` shows. */
  async function cardFor(text: string, word: string, expected: RegExp): Promise<Locator> {
    await closeAllEditors(workbench.page);
    await runFromPalette(workbench.page, 'File', 'New Untitled Text File');
    await workbench.page.locator('.editor-instance .monaco-editor textarea').first().waitFor();
    await workbench.page.keyboard.type(text);
    await workbench.page.locator('.editor-instance .view-lines', { hasText: word }).waitFor();
    const hover = workbench.page.locator('.monaco-hover-content', { hasText: expected }).first();
    // The first hover of a session can race the extension's indexing; point again if needed.
    for (let attempt = 0; attempt < 6 && !(await hover.isVisible()); attempt++) {
      await workbench.page.mouse.move(5, 5);
      await hoverWord(workbench.page, word);
      await hover.waitFor({ timeout: 3_000 }).catch(() => undefined);
    }
    assert.ok(await hover.isVisible(), `a card matching ${expected}; shown: ${JSON.stringify(await workbench.page.locator('.monaco-hover-content').allInnerTexts())}`);
    return hover;
  }

  /** Whether `inner` lies within the visible (unscrolled) box of the hover widget. */
  async function visibleInHover(inner: Locator): Promise<boolean> {
    const box = await inner.boundingBox();
    const widget = await workbench.page.locator('.monaco-hover').filter({ has: inner }).first().boundingBox();
    return !!box && !!widget && box.y >= widget.y && box.y + box.height <= widget.y + widget.height;
  }

  step('s1', 'a card of a person in 8 articles: actions visible without scrolling, five articles and "… and 3 more"', async () => {
    const card = await cardFor(`Notitie over ${FREQUENT} en de begroting.`, FREQUENT, /Vanderstraeten/);
    const text = (await card.innerText()).replace(/\s+/g, ' ');
    assert.match(text, /in 8 articles/);
    assert.match(text, /… and 3 more · All 8 articles/);
    const timeline = card.locator('a', { hasText: 'Show on Timeline' });
    assert.ok(await visibleInHover(timeline), 'Show on Timeline is visible without scrolling the card');
    assert.ok(await visibleInHover(card.locator('a', { hasText: 'Search 8 articles' })));
    await screenshot(workbench.page, 's1-card-actions-and-more');
    await workbench.page.mouse.move(5, 5);
  });

  step('s2', 'the seeds\' longest card (Haftar) shows its actions without scrolling', async () => {
    const card = await cardFor('Overleg met Khalifa Haftar in Moskou.', 'Khalifa Haftar', /Haftar/);
    assert.ok(await visibleInHover(card.locator('a', { hasText: 'Show on Timeline' })), 'Show on Timeline is visible without scrolling the card');
    await screenshot(workbench.page, 's2-card-haftar');
    await workbench.page.mouse.move(5, 5);
  });

  step('s3', 'a surname two people share shows a short card listing both', async () => {
    const card = await cardFor(`Gesprek met ${SHARED_SURNAME} over de haven.`, SHARED_SURNAME, /people with this name/);
    const text = (await card.innerText()).replace(/\s+/g, ' ');
    assert.match(text, /Okonkwo · 2 people with this name/);
    for (const name of NAMESAKES) {
      assert.match(text, new RegExp(`${name} · person · [^·]+ · 1 article`), text);
      assert.equal(await card.locator('a', { hasText: name }).count(), 1, `a link to ${name}'s articles`);
    }
    await screenshot(workbench.page, 's3-shared-surname-card');
    await workbench.page.mouse.move(5, 5);
  });

  async function search(query: string): Promise<Locator> {
    await runFromPalette(workbench.page, 'Dossier', commandTitle('dossier.search'));
    const input = workbench.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(query);
    return workbench.page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
  }

  step('s4', 'the search counts its results and says when nothing matches', async () => {
    await closeAllEditors(workbench.page);
    const expected = filesMentioning(workspaceTexts(), 'Ghadames');
    const rows = await search('Ghadames');
    const title = workbench.page.locator('.quick-input-widget .quick-input-title');
    await title.filter({ hasText: `· ${expected.length} articles` }).waitFor({ timeout: 30_000 });
    assert.equal(await rows.count(), expected.length);
    await screenshot(workbench.page, 's4-search-count');
    await workbench.page.locator('.quick-input-widget input').fill('xyzzyq');
    await rows.filter({ hasText: 'No articles match "xyzzyq"' }).waitFor({ timeout: 30_000 });
    assert.equal(await rows.count(), 1);
    await screenshot(workbench.page, 's5-search-no-results');
    await workbench.page.locator('.quick-input-widget input').fill('actor:Nobody');
    await rows.filter({ hasText: 'No actor called "Nobody"' }).waitFor({ timeout: 30_000 });
    await screenshot(workbench.page, 's6-search-unknown-actor');
    await workbench.page.keyboard.press('Escape');
  });

  step('s7', 'choosing the result for "staakt het vuren" selects the phrase in the editor', async () => {
    const texts = workspaceTexts();
    const rows = await search('staakt het vuren');
    await rows.filter({ hasText: /staakt-het-vuren/i }).first().waitFor({ timeout: 30_000 });
    await workbench.page.keyboard.press('Enter');
    const opened = await waitForTabOf(workbench.page, [...texts.keys()]);
    assert.ok(opened, 'an article opened');
    const text = texts.get(opened)!;
    const at = text.search(/staakt-het-vuren/i);
    assert.ok(at >= 0, `${opened} holds the phrase`);
    const line = text.slice(0, at).split('\n').length;
    // The status bar reads "Ln 3, Col 12 (16 selected)": the cursor's line and the selection's length.
    const status = workbench.page.locator('.statusbar-item', { hasText: /Ln \d+, Col \d+/ }).first();
    await status.filter({ hasText: `(${'staakt-het-vuren'.length} selected)` }).waitFor({ timeout: 30_000 });
    assert.match(await status.innerText(), new RegExp(`^Ln ${line}, Col \\d+ \\(16 selected\\)`));
    await screenshot(workbench.page, 's7-search-phrase-selected');
  });

  /** The workspace's articles and their text, read without the extension. */
  function workspaceTexts(): Map<string, string> {
    return new Map(readdirSync(workbench.workspace).filter((name) => name.endsWith('.txt')).map((name) => [name, readFileSync(join(workbench.workspace, name), 'utf8')]));
  }
});
