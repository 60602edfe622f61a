// The timeline's windows (src/core/timelineWindow.ts): what the webview gets for a view is what
// a scan of the whole model would give, capped so a reply stays small, at a cost set by the reply.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dayNumber, filterTimeline, itemExtent, type TimelineItem, type TimelineModel } from '../../src/core/timeline';
import { articleLane, countOutside, type DaySpan } from '../../src/core/timelineView';
import {
  bucketUnit, jsonBytes, MAX_WINDOW_ARTICLES, MAX_WINDOW_EVENTS, TimelineIndex, unitStart, windowItem, type WindowRequest,
} from '../../src/core/timelineWindow';
import { seededRandom } from '../seededRandom';
import { syntheticTimelineModel } from './timelineSynthetic';
import { LINEAR_RATIO, timeRatio } from './scaling';

const LANE_HEIGHT = 160;
const request = (view: DaySpan, width = 1200): WindowRequest => ({ view, width, articleLaneHeight: LANE_HEIGHT });
const overlaps = (item: TimelineItem, span: DaySpan) => {
  const { first, last } = itemExtent(item);
  return last + 1 > span.start && first < span.end;
};

describe('a window is what a scan of the model gives', () => {
  const model = syntheticTimelineModel(400, 4);
  const index = new TimelineIndex(model);
  const next = seededRandom(7);
  const views: DaySpan[] = [index.summary.firstView!, index.summary.fullView!];
  for (let n = 0; n < 40; n++) {
    const start = dayNumber('2014-01-01') + next() * 4000;
    views.push({ start, end: start + 2 + next() * (n % 2 ? 40 : 900) });
  }

  test('months, articles, events, buckets, what lies outside and the first item in view', () => {
    let individual = 0;
    let bucketed = 0;
    for (const view of views) {
      const window = index.window(request(view));
      const { span } = window;
      assert.deepEqual(span, { start: view.start - (view.end - view.start) / 2, end: view.end + (view.end - view.start) / 2 });

      const articles = model.items.filter((item) => item.kind === 'article' && overlaps(item, span));
      const months = new Map<number, TimelineItem[]>();
      for (const article of articles) {
        const day = dayNumber(article.start);
        months.set(day, [...(months.get(day) ?? []), article]);
      }
      const expectedMonths = [...months].flatMap(([day, list]) => [day, list.length, list.filter((item) => item.inferred).length]);
      assert.deepEqual(window.articleMonths, expectedMonths);

      const lane = articleLane((30.44 * 1200) / (view.end - view.start), index.summary.busiestMonth, LANE_HEIGHT);
      const rows = lane.mode === 'bars' ? 0 : lane.rows;
      const expectedArticles = [...months.values()].flatMap((list) => list.slice(0, list.length > rows ? rows - 1 : list.length));
      if (expectedArticles.length <= MAX_WINDOW_ARTICLES) assert.deepEqual(window.articles.map((item) => item.id), expectedArticles.map((item) => item.id));

      const events = model.items.filter((item) => item.kind === 'event' && overlaps(item, span));
      assert.equal(window.eventCount, events.length);
      const sent = new Set(window.events.map((item) => item.id));
      const unit = bucketUnit(1200 / (view.end - view.start));
      if (window.events.length > 0) {
        individual++;
        assert.ok(window.events.length <= MAX_WINDOW_EVENTS);
        // the shortest events are sent, in time order; the longer ones counted by their extent
        const length = (item: TimelineItem) => itemExtent(item).last - itemExtent(item).first + 1;
        const longestSent = Math.max(...window.events.map(length));
        assert.deepEqual(window.events.map((item) => item.id), events.filter((item) => sent.has(item.id)).map((item) => item.id));
        const unsent = events.filter((item) => !sent.has(item.id));
        assert.ok(unsent.every((item) => length(item) > longestSent), 'no shorter event is left out');
        const groups = new Map<string, number>();
        for (const item of unsent) {
          const { first, last } = itemExtent(item);
          groups.set(`${first},${last + 1}`, (groups.get(`${first},${last + 1}`) ?? 0) + 1);
        }
        const expected = [...groups].map(([key, count]) => [...key.split(',').map(Number), count]).sort((a, b) => a[0] - b[0] || a[1] - b[1]).flat();
        assert.deepEqual(window.eventBuckets, expected);
      } else if (events.length > 0) {
        bucketed++;
        assert.ok(events.filter((item) => item.precision === 'day' && !item.end).length > MAX_WINDOW_EVENTS || jsonBytes(events) > 800_000);
        const counts = new Map<number, number>();
        for (const event of model.items) {
          const first = dayNumber(event.start);
          if (event.kind === 'event' && first >= span.start && first < span.end) counts.set(unitStart(first, unit), (counts.get(unitStart(first, unit)) ?? 0) + 1);
        }
        assert.deepEqual(window.eventBuckets, [...counts].sort((a, b) => a[0] - b[0]).flatMap(([start, count]) => [start, unitStart(start, unit, 1), count]));
      }

      const first = model.items.map((item) => itemExtent(item).first);
      const last = model.items.map((item) => itemExtent(item).last).sort((a, b) => a - b);
      assert.deepEqual({ before: window.before, after: window.after }, countOutside(first, last, view));
      assert.equal(index.firstIn(view), model.items.findIndex((item) => overlaps(item, view)));
      assert.equal(index.intersects(view), model.items.some((item) => overlaps(item, view)));
    }
    assert.ok(individual > 5 && bucketed > 0, `${individual} windows with events, ${bucketed} with buckets`);
  });

  test('an actor filter keeps its items, positions follow the filtered order', () => {
    const actor = model.items[0].actors[0];
    const filtered = filterTimeline(model, { actorIds: [actor] });
    const actorIndex = new TimelineIndex(model, { actorIds: [actor] });
    assert.equal(actorIndex.summary.items, filtered.items.length);
    assert.deepEqual(actorIndex.summary.range, filtered.range);
    const item = filtered.items[3];
    assert.equal(actorIndex.positionOf(item.id), 3);
    assert.equal(actorIndex.positionOf(item.id, 3), 3);
    assert.equal(actorIndex.positionOf(item.id, 4), 3, 'a wrong hint is not trusted');
    assert.equal(actorIndex.item(3), item);
    const other = model.items.find((entry) => !entry.actors.includes(actor))!;
    assert.equal(actorIndex.positionOf(other.id), -1);
  });
});

test('buckets are the finest of day, month and year that leaves each a few pixels', () => {
  assert.equal(bucketUnit(10), 'day');
  assert.equal(bucketUnit(1), 'month');
  assert.equal(bucketUnit(0.05), 'year');
  assert.equal(unitStart(dayNumber('2020-02-17'), 'month'), dayNumber('2020-02-01'));
  assert.equal(unitStart(dayNumber('2020-12-17'), 'month', 1), dayNumber('2021-01-01'));
  assert.equal(unitStart(dayNumber('2020-12-17') + 0.5, 'year', 1), dayNumber('2021-01-01'));
  assert.equal(unitStart(dayNumber('2020-12-17') + 0.5, 'day', 1), dayNumber('2020-12-18'));
});

test('a posted item is inert and names at most five listed actors, counting the others', () => {
  const item: TimelineItem = {
    id: 'e:a.txt:1', kind: 'event', start: '2020-01-01', precision: 'day', label: 'Over\u202Eleg \u001b', detail: 'x\u0000', path: 'a.txt', offset: 1,
    actors: ['a', 'unlisted', 'b', 'c', 'd', 'e', 'f', 'g'],
  };
  const posted = windowItem(item, new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g']));
  assert.deepEqual(posted, { ...item, label: 'Overleg ␛', detail: 'x␀', actors: ['a', 'b', 'c', 'd', 'e'], moreActors: 2 });
  assert.deepEqual(windowItem({ ...item, actors: ['a', 'unlisted'] }, new Set(['a'])).actors, ['a']);
  assert.equal(jsonBytes('é€😀'), JSON.stringify('é€😀').length - 4 + 2 + 3 + 4);
});

describe('at 100,000 articles (400,000 events)', () => {
  const model = syntheticTimelineModel(100_000, 4);
  const index = new TimelineIndex(model);
  const smallModel = syntheticTimelineModel(12_500, 4);
  const listed = new Set(model.actors.map((actor) => actor.id));
  const present = (item: TimelineItem) => windowItem(item, listed);
  const { firstView, fullView } = index.summary;
  const monthView = { start: dayNumber('2019-03-01'), end: dayNumber('2019-04-01') };
  const views: [string, DaySpan][] = [
    ['first view', firstView!], ['everything', fullView!], ['a year', { start: dayNumber('2019-01-01'), end: dayNumber('2020-01-01') }],
    ['a month', monthView], ['a week', { start: dayNumber('2019-03-04'), end: dayNumber('2019-03-11') }],
    ['a day', { start: dayNumber('2019-03-04'), end: dayNumber('2019-03-05') }], ['before the articles', { start: dayNumber('1950-01-01'), end: dayNumber('1950-02-01') }],
  ];

  test('every reply stays under 1 MB of JSON, wide or narrow canvas', () => {
    for (const [name, view] of views) {
      for (const width of [400, 1400, 4000]) {
        for (const laneHeight of [60, 400, 2000]) {
          const window = index.window({ view, width, articleLaneHeight: laneHeight }, present);
          const bytes = jsonBytes(window);
          assert.ok(bytes < 1_000_000, `${name} at ${width} px, lane ${laneHeight} px: ${bytes} bytes`);
        }
      }
    }
    // the full model would be hundreds of megabytes
    assert.ok(jsonBytes(model.items.slice(0, 10_000)) * (model.items.length / 10_000) > 200_000_000);
  });

  test('zoomed out the events come as counts, zoomed in one by one', () => {
    const everything = index.window({ view: fullView!, width: 1400, articleLaneHeight: 160 }, present);
    assert.deepEqual(everything.events, []);
    assert.ok(everything.eventBuckets.length > 0);
    const day = index.window({ view: views[5][1], width: 1400, articleLaneHeight: 160 }, present);
    assert.ok(day.events.some((item) => item.precision === 'day'), `${day.events.length} of ${day.eventCount} events in a day posted`);
    // the month and the year around it are counted, not posted
    const counted = day.eventBuckets.filter((_, n) => n % 3 === 2).reduce((sum, n) => sum + n, 0);
    assert.equal(day.events.length + counted, day.eventCount);
  });

  test('a pan step reads only the items it posts', () => {
    let reads = 0;
    const counted = new Proxy(smallModel.items, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    const countedIndex = new TimelineIndex({ ...smallModel, items: counted } as TimelineModel);
    for (const [name, view] of views) {
      reads = 0;
      const window = countedIndex.window(request(view, 1400), present);
      const posted = window.articles.length + window.events.length;
      // an event list over the byte budget is read, then given up for buckets: at most the cap
      assert.ok(reads <= posted + MAX_WINDOW_ARTICLES + MAX_WINDOW_EVENTS && reads <= 2 * (MAX_WINDOW_ARTICLES + MAX_WINDOW_EVENTS), `${name}: ${reads} items read for ${posted} posted`);
      if (window.events.length > 0) assert.ok(reads <= posted + 1, `${name}: ${reads} items read for ${posted} posted`);
    }
  });

  test('the time of a pan step hardly grows with the archive (no scan of all events)', () => {
    const small = new TimelineIndex(smallModel);
    const pans = (target: TimelineIndex) => () => {
      for (let n = 0; n < 40; n++) {
        const shift = n * 3;
        target.window(request({ start: firstView!.start + shift, end: firstView!.end + shift }), present);
        target.window(request({ start: monthView.start + shift, end: monthView.end + shift }), present);
      }
    };
    // 8 times the events: a scan of them would take about 8 times as long
    const ratio = timeRatio(pans(small), pans(index), 5);
    assert.ok(ratio < LINEAR_RATIO, `pan steps at 100k take ${ratio.toFixed(2)} times those at 12.5k`);
  });
});
