// The webview's pure modules: how zoom, pan and focus move the view (viewport.ts), when a window
// still serves a view, and where the lanes put their marks and hits (layout.ts).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dayNumber } from '../../src/core/timeline';
import { articleLane } from '../../src/core/timelineView';
import { TimelineIndex } from '../../src/core/timelineWindow';
import { hitAt, itemRect, layoutArticles, layoutEvents, type Frame } from '../../media/timeline/layout';
import { dayToPixel, panView, revealInView, windowServes, zoomView } from '../../media/timeline/viewport';
import { syntheticTimelineModel } from './timelineSynthetic';

describe('the viewport', () => {
  const view = { start: 100, end: 200 };

  test('zoom keeps the anchor day in place, within the narrowest and widest spans', () => {
    assert.deepEqual(zoomView(view, 0.5, 0.25, 1000), { start: 112.5, end: 162.5 });
    assert.equal(zoomView(view, 0.001, 0.5, 1000).end - zoomView(view, 0.001, 0.5, 1000).start, 3);
    assert.equal(zoomView(view, 100, 0.5, 400).end - zoomView(view, 100, 0.5, 400).start, 400);
    assert.deepEqual(panView(view, 250, 1000), { start: 125, end: 225 });
  });

  test('revealing an item moves the view only when the item is near or past an edge', () => {
    assert.equal(revealInView(view, 150, 150), view);
    assert.deepEqual(revealInView(view, 300, 300), { start: 250.5, end: 350.5 });
  });

  test('a window serves pans inside its span at its zoom, not a zoom', () => {
    const fetched = { view, span: { start: 50, end: 250 } };
    assert.equal(windowServes(fetched, { start: 140, end: 240 }), true);
    assert.equal(windowServes(fetched, { start: 160, end: 260 }), false);
    assert.equal(windowServes(fetched, { start: 110, end: 190 }), false);
    assert.equal(windowServes(null, view), false);
  });
});

describe('the lanes', () => {
  const model = syntheticTimelineModel(1000, 3);
  const index = new TimelineIndex(model);
  const frameFor = (view: { start: number; end: number }): Frame => ({ toX: dayToPixel(view, 1000), width: 1000, measure: (text) => text.length * 7, formatNumber: String });

  test('zoomed in: one titled row per article of a month, "+N" where a month has more, each article a hit', () => {
    const view = { start: dayNumber('2019-03-01'), end: dayNumber('2019-07-01') };
    const window = index.window({ view, width: 1000, articleLaneHeight: 60 });
    const lane = articleLane((30.44 * 1000) / (view.end - view.start), index.summary.busiestMonth, 60);
    assert.equal(lane.mode, 'titles');
    const shapes = layoutArticles(window, lane, index.summary.busiestMonth, 48, frameFor(view));
    const itemHits = shapes.hits.filter((hit) => 'item' in hit);
    assert.equal(itemHits.length, shapes.titles.length);
    assert.ok(itemHits.length > 0 && itemHits.length <= window.articles.length);
    const monthHits = shapes.hits.filter((hit) => 'span' in hit);
    assert.ok(shapes.notes.some((note) => note.text.startsWith('+')) === monthHits.length > 0);
    const [x0, y0, x1, y1] = itemHits[0].rect;
    assert.equal(hitAt(shapes.hits, (x0 + x1) / 2, (y0 + y1) / 2), itemHits[0]);
    assert.deepEqual(itemRect(shapes.hits, 'item' in itemHits[0] ? itemHits[0].item.id : ''), itemHits[0].rect);
  });

  test('zoomed out: one bar per month, and the events as a histogram whose bars zoom in', () => {
    const view = index.summary.fullView!;
    // a lane too low for a block per article
    const window = index.window({ view, width: 1000, articleLaneHeight: 20 });
    const lane = articleLane((30.44 * 1000) / (view.end - view.start), index.summary.busiestMonth, 20);
    assert.equal(lane.mode, 'bars');
    const articles = layoutArticles(window, lane, index.summary.busiestMonth, 48, frameFor(view));
    assert.equal(articles.hits.length, window.articleMonths.length / 3);
    assert.ok(articles.hits.every((hit) => 'span' in hit && hit.kind === 'articles'));
    const events = layoutEvents(window, 200, 300, frameFor(view));
    assert.deepEqual(window.events, []);
    assert.ok(events.buckets.length > 0 && events.dots.length === 0);
    const counted = events.hits.reduce((sum, hit) => sum + ('span' in hit ? hit.count : 0), 0);
    assert.ok(counted > 0 && counted <= window.eventCount);
  });

  test('events of a few days are dots in rows, labelled where there is room', () => {
    const view = { start: dayNumber('2019-03-04'), end: dayNumber('2019-03-11') };
    const window = index.window({ view, width: 1000, articleLaneHeight: 60 });
    const shapes = layoutEvents(window, 200, 300, frameFor(view));
    assert.ok(window.events.length > 0);
    assert.equal(shapes.hits.filter((hit) => 'item' in hit).length, shapes.dots.length + shapes.bars.length + shapes.vague.length);
    assert.ok(shapes.labels.length > 0);
    // packed rows never overlap a label with the next mark in its row
    const rows = new Map<number, number[]>();
    for (const dot of shapes.dots) rows.set(dot.y, [...(rows.get(dot.y) ?? []), dot.x]);
    for (const xs of rows.values()) for (let n = 1; n < xs.length; n++) assert.ok(xs[n] >= xs[n - 1]);
  });
});
