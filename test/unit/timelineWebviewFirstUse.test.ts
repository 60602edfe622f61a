// The timeline webview on first use, in headless Chromium (the real bundle under the extension's
// CSP): it opens on the seeds' articles with the 2011 events announced outside, draws axis labels
// whole and article titles, filters by several actors and by months from the keyboard, keeps the
// filter across a reload, and shows its legend in every theme. Skipped without Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { Corpus } from '../../src/core/corpus';
import { buildTimeline, dayNumber, filterTimeline, itemExtent, type TimelineModel } from '../../src/core/timeline';
import type { TimelineState } from '../../media/timeline/protocol';
import { skipWithoutChromium, THEMES, useTimelineBrowser, type ThemeName, type TimelinePage } from './webviewHarness';

const skip = skipWithoutChromium;
const AXIS_HEIGHT = 30;
const SCREENSHOTS = 'test-results/screenshots';

function seedsModel(): TimelineModel {
  const corpus = new Corpus();
  for (const name of readdirSync('seeds')) corpus.upsertFile(`seeds/${name}`, readFileSync(`seeds/${name}`));
  const snapshot = corpus.snapshot();
  return buildTimeline(snapshot.articles, snapshot.events, snapshot.entities);
}

const timelineBrowser = useTimelineBrowser();

const viewOf = async (tab: TimelinePage) => ((await tab.savedState()) as TimelineState).view!;

async function assertAxisLabelsWhole(tab: TimelinePage, when: string): Promise<void> {
  const labels = (await tab.drawnText()).filter((text) => text.y < AXIS_HEIGHT);
  assert.ok(labels.length > 0, `${when}: the axis has labels`);
  for (const label of labels) {
    assert.ok(label.left >= 0 && label.right <= label.canvasWidth, `${when}: "${label.text}" drawn from ${label.left.toFixed(0)} to ${label.right.toFixed(0)} of ${label.canvasWidth}`);
  }
}

test('the seeds open on their articles; what lies outside is said, and reachable', { skip }, async () => {
  const model = seedsModel();
  const tab = await timelineBrowser.open({ width: 1200, height: 600, recordText: true });
  await tab.load(model);
  await tab.frame();
  const view = await viewOf(tab);
  const articles = model.items.filter((item) => item.kind === 'article');
  const articleStart = Math.min(...articles.map((item) => itemExtent(item).first));
  const articleEnd = Math.max(...articles.map((item) => itemExtent(item).last + 1));
  assert.ok(view.start <= articleStart && view.end >= articleEnd, 'every article is in view');
  assert.ok((articleEnd - articleStart) / (view.end - view.start) > 0.8, 'the articles take most of the width');

  // the 2011 events lie before the view: the note says how many, and a screen reader hears it
  const before = model.items.filter((item) => itemExtent(item).last + 1 <= view.start);
  assert.ok(before.some((item) => item.start.startsWith('2011')));
  const note = `${before.length} items outside the view, before maart 2019`;
  assert.equal(await tab.page.textContent('.footer .outside'), note);
  assert.match(await tab.page.textContent('[aria-live]') ?? '', new RegExp(`${model.items.length} items\\. ${note}`));

  // articles can be told apart without hovering: each shows its title (cut to its room)
  const drawn = (await tab.drawnText()).map((text) => text.text);
  for (const article of articles) assert.ok(drawn.some((text) => text.length > 6 && article.label.startsWith(text.replace(/…$/, ''))), `no title for ${article.label}`);
  // and the Articles lane is as tall as its two rows, not 40% of the height
  const eventsLane = (await tab.drawnText()).find((text) => text.text === 'Events')!;
  assert.ok(eventsLane.y < AXIS_HEIGHT + 18 + 2 * 20 + 30, `the Events lane starts at ${eventsLane.y}`);

  // zooming and panning never cut an axis label at an edge
  await assertAxisLabelsWhole(tab, 'first view');
  await tab.page.focus('.stage');
  for (const key of ['-', '-', '-', '+', '+', '+', '+', 'PageDown', 'PageDown', 'PageUp', '-', '-', '-', '-', '0']) {
    await tab.press(key);
    await tab.frame();
    await assertAxisLabelsWhole(tab, `after ${key}`);
  }

  // a click on the note shows everything, back to 2011; Home goes to the first item
  await tab.press('+');
  await tab.page.click('.footer .outside');
  // the counts of what lies outside come with the next window
  await tab.settle();
  assert.ok((await viewOf(tab)).start <= dayNumber('2011-01-01'));
  assert.equal(await tab.page.isVisible('.footer .outside'), false, 'nothing is outside any more');
  assert.deepEqual(tab.errors, []);
  await tab.page.context().close();
});

test('several actors and a month range, from the keyboard; the filter survives a reload', { skip }, async () => {
  const model = seedsModel();
  const tab = await timelineBrowser.open({ width: 1200, height: 600 });
  const { page } = tab;
  await tab.load(model);
  const haftar = model.actors.find((actor) => actor.name === 'Khalifa Haftar')!;
  const kadhafi = model.actors.find((actor) => actor.name === 'Moammar Kadhafi')!;

  // Down opens the list at its search box; typing narrows it; Down and Space tick an actor
  await page.focus('#actors');
  await tab.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'actor-search');
  // the list counts actors, each by its articles (as the tree)
  assert.equal(await page.textContent('.actor-count'), `${model.actors.length} actors`);
  await page.keyboard.type('haft');
  assert.deepEqual(await page.locator('.actor-option:visible').allTextContents(), [`Khalifa Haftar (${haftar.articles})`]);
  await tab.press('ArrowDown');
  await tab.press('Space');
  await tab.press('Escape');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'actors');
  assert.equal(await page.isVisible('#actor-panel'), false);
  await tab.press('Enter');
  await page.keyboard.type('kadhafi');
  await tab.press('ArrowDown');
  await tab.press('Space');
  await tab.press('Escape');
  await tab.frame();

  const both = filterTimeline(model, { actorIds: [haftar.id, kadhafi.id] });
  assert.ok(both.items.length > filterTimeline(model, { actorIds: [haftar.id] }).items.length, 'the second actor adds items');
  assert.equal(await page.textContent('.actor-button .summary'), 'Khalifa Haftar and 1 more');
  assert.equal(await page.textContent('.count'), `${both.items.length} items`);
  assert.deepEqual((await tab.posted()).at(-1), { type: 'filterActors', actorIds: [haftar.id, kadhafi.id] });

  // months: January to February 2020
  await page.fill('#from', '2020-01');
  await page.fill('#to', '2020-02');
  await tab.frame();
  const months = filterTimeline(model, { actorIds: [haftar.id, kadhafi.id], from: '2020-01', to: '2020-02' });
  assert.ok(months.items.length > 0 && months.items.length < both.items.length);
  assert.equal(await page.textContent('.count'), `${months.items.length} items`);

  // a reload (the panel hidden and shown again) keeps actors and months
  await page.reload();
  await tab.load(model);
  assert.equal(await page.textContent('.actor-button .summary'), 'Khalifa Haftar and 1 more');
  assert.deepEqual([await page.inputValue('#from'), await page.inputValue('#to')], ['2020-01', '2020-02']);
  assert.equal(await page.textContent('.count'), `${months.items.length} items`);

  // clearing the dates and the actors shows everything again
  await page.click('.clear-dates');
  await page.click('#actors');
  await page.click('.clear-actors');
  await tab.frame();
  assert.equal(await page.textContent('.count'), `${model.items.length} items`);
  assert.equal(await page.textContent('.actor-button .summary'), 'All actors');
  assert.deepEqual(tab.errors, []);
  await page.context().close();
});

test('the legend and the marks are visible in dark, light and high-contrast themes', { skip }, async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const model = seedsModel();
  for (const theme of Object.keys(THEMES) as ThemeName[]) {
    const tab = await timelineBrowser.open({ theme, width: 1200, height: 600 });
    await tab.load(model);
    const swatch = await tab.page.locator('.legend .swatch.event').evaluate((element) => {
      const style = getComputedStyle(element);
      return { background: style.backgroundColor, border: style.borderTopColor };
    });
    // opaque: charts.orange is translucent in the default themes and missing in high contrast
    assert.match(swatch.background, /^rgb\(/, `${theme}: the Events dot is ${swatch.background}`);
    if (theme === 'highContrast') assert.equal(swatch.border, 'rgb(111, 195, 223)', 'high contrast outlines it with contrastBorder');
    await tab.page.screenshot({ path: `${SCREENSHOTS}/timeline-webview-${theme}.png` });
    assert.deepEqual(tab.errors, []);
    await tab.page.context().close();
  }
});
