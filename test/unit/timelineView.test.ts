// The timeline's framing and stacking (src/core/timelineView.ts): the span it opens on, what lies
// outside a view, and how tall the Articles lane is for what it shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { Corpus } from '../../src/core/corpus';
import { buildTimeline, dayNumber, isoDate, itemExtent, type TimelineModel } from '../../src/core/timeline';
import { articleLane, countOutside, firstViewSpan, fullSpan, type DaySpan } from '../../src/core/timelineView';
import { seededRandom } from '../seededRandom';

function extents(model: TimelineModel) {
  const first = model.items.map((item) => itemExtent(item).first);
  const last = model.items.map((item) => itemExtent(item).last);
  return { first, last, isArticle: (i: number) => model.items[i].kind === 'article' };
}

function firstView(model: TimelineModel): DaySpan {
  const { first, last, isArticle } = extents(model);
  return firstViewSpan(first, last, isArticle)!;
}

/** Items as [kind, 'YYYY-MM'] months, sorted. */
function monthsModel(items: [('article' | 'event'), string][]): { first: number[]; last: number[]; isArticle: (i: number) => boolean } {
  const sorted = [...items].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const first = sorted.map(([, month]) => dayNumber(`${month}-01`));
  const last = sorted.map(([, month]) => itemExtent({ start: `${month}-01`, precision: 'month' }).last);
  return { first, last, isArticle: (i) => sorted[i][0] === 'article' };
}

const span = (view: DaySpan) => [isoDate(view.start), isoDate(view.end)];

test('the seeds open on their articles, April 2019 to February 2020; the events of 2011 lie outside, announced', () => {
  const corpus = new Corpus();
  for (const name of readdirSync('seeds')) corpus.upsertFile(`seeds/${name}`, readFileSync(`seeds/${name}`));
  const snapshot = corpus.snapshot();
  const model = buildTimeline(snapshot.articles, snapshot.events, snapshot.entities);
  const view = firstView(model);
  const articleMonths = model.items.filter((item) => item.kind === 'article').map((item) => item.start).sort();
  assert.ok(isoDate(view.start) <= articleMonths[0]!, span(view).join());
  assert.ok(isoDate(view.end) > articleMonths.at(-1)!, span(view).join());
  // padded by about a month at each end, no more: the articles fill the width
  assert.deepEqual(span(view), ['2019-03-01', '2020-04-01']);

  const { first, last } = extents(model);
  const outside = countOutside([...first].sort((a, b) => a - b), [...last].sort((a, b) => a - b), view);
  const before = model.items.filter((item) => itemExtent(item).last < view.start);
  assert.ok(before.some((item) => item.start.startsWith('2011')));
  assert.deepEqual(outside, { before: before.length, after: 0 });

  // "show everything" reaches back to 2011
  assert.ok(isoDate(fullSpan(first, last)!.start) < '2011-01-01');
});

test('a single article far from the others is left out of the first view; a spread of articles is not', () => {
  const months = ['2020-01', '2020-02', '2020-03', '2020-05', '2020-06', '2020-08'];
  const outlier = monthsModel([['article', '1998-06'], ...months.map((m): ['article', string] => ['article', m])]);
  assert.deepEqual(span(firstViewSpan(outlier.first, outlier.last, outlier.isArticle)!), ['2019-12-01', '2020-10-01']);
  const late = monthsModel([...months.map((m): ['article', string] => ['article', m]), ['article', '2031-01']]);
  assert.deepEqual(span(firstViewSpan(late.first, late.last, late.isArticle)!), ['2019-12-01', '2020-10-01']);
  // three articles: too few to call one an outlier
  const few = monthsModel([['article', '1998-06'], ['article', '2020-01'], ['article', '2020-02']]);
  assert.ok(isoDate(firstViewSpan(few.first, few.last, few.isArticle)!.start) < '1998-06-01');
  // evenly spread over ten years: all of it (no gap is wider than the rest)
  const even = monthsModel(Array.from({ length: 40 }, (_, n): ['article', string] => ['article', `${2010 + (n >> 2)}-${String(1 + 3 * (n % 4)).padStart(2, '0')}`]));
  const evenView = span(firstViewSpan(even.first, even.last, even.isArticle)!);
  assert.ok(evenView[0]! <= '2010-01-01' && evenView[1]! >= '2019-11-01', evenView.join());
});

test('a long thin tail: the central 95% of many articles', () => {
  const items: ['article', string][] = [];
  for (let n = 0; n < 400; n++) items.push(['article', `2020-${String(1 + (n % 12)).padStart(2, '0')}`]);
  // 10 articles spread over the twenty years before: 2.5% of them, no single wide gap
  for (let n = 0; n < 10; n++) items.push(['article', `${2000 + 2 * n}-06`]);
  const model = monthsModel(items);
  assert.deepEqual(span(firstViewSpan(model.first, model.last, model.isArticle)!), ['2019-12-01', '2021-02-01']);
});

test('without articles the events are framed; without items there is no first view', () => {
  const events = monthsModel([['event', '1990-01'], ['event', '2020-01'], ['event', '2020-02'], ['event', '2020-03'], ['event', '2020-04']]);
  assert.deepEqual(span(firstViewSpan(events.first, events.last, events.isArticle)!), ['2019-12-01', '2020-06-01']);
  assert.equal(firstViewSpan([], [], () => true), null);
  assert.equal(fullSpan([], []), null);
  // a single month still gets a readable span
  const one = monthsModel([['article', '2020-02']]);
  const view = firstViewSpan(one.first, one.last, one.isArticle)!;
  assert.ok(view.end - view.start >= 28 + 20);
});

test('countOutside agrees with counting every item, for any view', () => {
  const random = seededRandom(7);
  const first: number[] = [];
  const last: number[] = [];
  for (let n = 0; n < 500; n++) {
    const start = Math.floor(random() * 3000);
    first.push(start);
    last.push(start + Math.floor(random() * (random() < 0.1 ? 400 : 30)));
  }
  const firstSorted = [...first].sort((a, b) => a - b);
  const lastSorted = [...last].sort((a, b) => a - b);
  for (let n = 0; n < 200; n++) {
    const start = random() * 3200 - 100;
    const view = { start, end: start + 1 + random() * 600 };
    const before = last.filter((day) => day + 1 <= view.start).length;
    const after = first.filter((day) => day >= view.end).length;
    assert.deepEqual(countOutside(firstSorted, lastSorted, view), { before, after }, JSON.stringify(view));
  }
  // edges: an item ending the day before the view is before it; one starting at its end is after
  assert.deepEqual(countOutside([10], [19], { start: 20, end: 30 }), { before: 1, after: 0 });
  assert.deepEqual(countOutside([30], [31], { start: 20, end: 30 }), { before: 0, after: 1 });
  assert.deepEqual(countOutside([10], [20], { start: 20, end: 30 }), { before: 0, after: 0 });
});

test('the Articles lane: titled rows when a month is wide, stacked blocks then bars with counts when zoomed out; as tall as its content', () => {
  // the seeds: two articles in the busiest month, 13 months across 1000 px: two titled rows, 40 px, not 40% of the height
  assert.deepEqual(articleLane(1000 / 13, 2, 200), { mode: 'titles', rowHeight: 20, rows: 2, countHeight: 0, height: 40 });
  // more articles than rows: the rows the room allows (the last one says "+N")
  assert.deepEqual(articleLane(120, 30, 200), { mode: 'titles', rowHeight: 20, rows: 10, countHeight: 0, height: 200 });
  // narrow months: one block per article, at most 14 px, with a row for the month counts
  assert.deepEqual(articleLane(40, 3, 200), { mode: 'blocks', rowHeight: 14, rows: 3, countHeight: 14, height: 14 + 42 });
  assert.deepEqual(articleLane(40, 40, 200), { mode: 'blocks', rowHeight: 4, rows: 40, countHeight: 14, height: 14 + 160 });
  // too many for blocks: one bar per month
  const bars = articleLane(8, 400, 200);
  assert.equal(bars.mode, 'bars');
  assert.ok(bars.height <= 200 && bars.countHeight > 0);
  // never taller than allowed
  for (const [width, busiest] of [[200, 1000], [40, 1000], [3, 1000], [3, 1]]) assert.ok(articleLane(width, busiest, 120).height <= 120);
  // an empty lane still has one row
  assert.equal(articleLane(200, 0, 120).height, 20);
});
