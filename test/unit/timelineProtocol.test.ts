// What the timeline webview may send and show: messages are shape-checked, the page's CSP allows
// only the nonce'd script, its code never parses text as HTML, and what it gets is inert and small.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { buildTimeline } from '../../src/core/timeline';
import type { ArticleView, DatedEvent, Entity } from '../../src/core/types';
import { TimelineHost } from '../../media/timeline/host';
import { jsonBytes } from '../../src/core/timelineWindow';
import { syntheticTimelineModel } from './timelineSynthetic';
import { timelineContentSecurityPolicy, timelinePageHtml } from '../../media/timeline/page';
import { MAX_FILTER_ACTORS, parseTimelineState, parseWebviewMessage, TIMELINE_STRINGS } from '../../media/timeline/protocol';

describe('messages from the webview', () => {
  test('only the known shapes pass, with nothing but their own fields', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready', extra: 'x' }), { type: 'ready' });
    assert.deepEqual(parseWebviewMessage({ type: 'openItem', path: 'a.txt', offset: 3, command: 'workbench.action.terminal.new' }), { type: 'openItem', path: 'a.txt', offset: 3 });
    assert.deepEqual(parseWebviewMessage({ type: 'filterActors', actorIds: [] }), { type: 'filterActors', actorIds: [] });
    assert.deepEqual(parseWebviewMessage({ type: 'filterActors', actorIds: ['a', 'b', 'a'] }), { type: 'filterActors', actorIds: ['a', 'b'] });
    assert.deepEqual(
      parseWebviewMessage({ type: 'window', request: 3, filter: { actorIds: ['a'], from: '2020-01', extra: 1 }, view: { start: 1, end: 2, x: 0 }, framing: 'keep', width: 800, articleLaneHeight: 120, command: 'x' }),
      { type: 'window', request: 3, filter: { actorIds: ['a'], from: '2020-01' }, view: { start: 1, end: 2 }, framing: 'keep', width: 800, articleLaneHeight: 120 },
    );
    assert.deepEqual(
      parseWebviewMessage({ type: 'step', request: 0, filter: {}, from: { id: 'a:x', position: 4, extra: 1 }, move: 'next', view: null }),
      { type: 'step', request: 0, filter: { actorIds: [] }, from: { id: 'a:x', position: 4 }, move: 'next', view: null },
    );
  });

  for (const hostile of [
    null, 'openItem', 42, [], {}, { type: 'runCommand', command: 'x' }, { type: '__proto__' },
    { type: 'openItem', path: 'a.txt' }, { type: 'openItem', path: 7, offset: 0 }, { type: 'openItem', path: 'a.txt', offset: -1 },
    { type: 'openItem', path: 'a.txt', offset: 1.5 }, { type: 'openItem', path: 'a.txt', offset: Number.NaN },
    { type: 'openItem', path: 'a.txt', offset: 2 ** 60 }, { type: 'openItem', path: 'a.txt', offset: '3' },
    { type: 'filterActor', actorId: null }, { type: 'filterActors' }, { type: 'filterActors', actorIds: 'x' },
    { type: 'filterActors', actorIds: [{ id: 'x' }] }, { type: 'filterActors', actorIds: Array.from({ length: MAX_FILTER_ACTORS + 1 }, (_, n) => `a${n}`) },
    ...[
      { view: { start: 2, end: 1 } }, { view: { start: 0, end: Infinity } }, { view: { start: 0, end: 1e9 } }, { view: 'all' }, { framing: 'all' },
      { width: 0 }, { width: 1e6 }, { width: 1.5 }, { articleLaneHeight: -1 }, { request: -1 }, { filter: null }, { filter: { from: '2020-13' } },
      { filter: { actorIds: 'x' } },
    ].map((change) => ({ type: 'window', request: 1, filter: {}, view: null, framing: 'first', width: 800, articleLaneHeight: 100, ...change })),
    ...[{ move: 'jump' }, { move: 'constructor' }, { from: { id: 7, position: 0 } }, { from: { id: 'x', position: -1 } }, { from: { id: 'x'.repeat(5000), position: 0 } }]
      .map((change) => ({ type: 'step', request: 1, filter: {}, from: null, move: 'next', view: null, ...change })),
  ]) {
    test(`rejects ${JSON.stringify(hostile)}`, () => {
      assert.equal(parseWebviewMessage(hostile), undefined);
    });
  }
});

describe('the saved state (it comes back from disk)', () => {
  test('keeps the actors, the months and the view; reads the single actor of earlier versions', () => {
    assert.deepEqual(
      parseTimelineState({ view: { start: 1, end: 2 }, actorIds: ['p', 'q'], from: '2020-01', to: '2020-12', focusedId: 'a:x' }),
      { view: { start: 1, end: 2 }, actorIds: ['p', 'q'], from: '2020-01', to: '2020-12', focusedId: 'a:x' },
    );
    assert.deepEqual(parseTimelineState({ actorId: 'p' }), { actorIds: ['p'] });
  });

  test('drops what is not a month, a list of ids or a span', () => {
    assert.deepEqual(parseTimelineState({ from: '2020-13', to: '2020', actorIds: [1], view: { start: 3, end: 2 } }), {});
    assert.deepEqual(parseTimelineState('x'), {});
  });
});

describe('the webview page', () => {
  test('the CSP allows no inline script or style and no eval; scripts need the nonce', () => {
    const csp = timelineContentSecurityPolicy('https://webview.example', 'N0nce');
    assert.match(csp, /^default-src 'none';/);
    assert.match(csp, /script-src 'nonce-N0nce'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
  });

  test('the page has one script, carrying the nonce; its strings cannot break out of the attribute', () => {
    const strings = { ...TIMELINE_STRINGS, title: '"><script>alert(1)</script>' };
    const html = timelinePageHtml({ cspSource: 'https://webview.example', nonce: 'N0nce', scriptUri: 'https://webview.example/t.js', styleUris: [], language: 'nl', strings });
    assert.deepEqual([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]), ['<script nonce="N0nce" src="https://webview.example/t.js">']);
  });

  test('the webview code never turns text into HTML or code', () => {
    const dir = 'media/timeline';
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
      const source = readFileSync(`${dir}/${file}`, 'utf8');
      assert.doesNotMatch(source, /\.(innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write|\beval\(|new Function\b|createContextualFragment/, file);
    }
  });
});

describe('what the extension posts', () => {
  const hostile = 'Overleg\u202Etxt.exe \u001b[2J $(zap) <img src=x>\u0000';
  const entities: Entity[] = [{ id: 'p', name: `Mr \u202EX\u0007`, type: 'person', aliases: [], articles: ['a\u202E.txt'], mentions: [], roles: [], origin: 'user' }];
  const articles: ArticleView[] = [{ path: 'a\u202E.txt', month: '2020-02', monthSource: 'header', title: hostile, summary: `${hostile} summary`, bodyStart: 0, entities: ['p'], warnings: [] }];
  const events: DatedEvent[] = [{ date: '2020-02-03', precision: 'day', text: `Op 3 februari ${hostile}`, expression: '3 februari', path: 'unlisted\u202E.txt', start: 5 }];
  const raw = buildTimeline(articles, events, entities);
  const host = new TimelineHost();
  host.setModel(raw);
  const overview = host.overview();
  const reply = host.answer({ type: 'window', request: 1, filter: {}, view: null, framing: 'first', width: 1000, articleLaneHeight: 200 });
  if (overview.type !== 'overview' || reply.type !== 'window' || !reply.window) throw new Error('unexpected replies');
  const items = [...reply.window.articles, ...reply.window.events];

  test('labels, details and actor names hold no control or bidi characters', () => {
    const shown = [...items.flatMap((item) => [item.label, item.detail]), ...overview.overview.actors.map((actor) => actor.name)];
    assert.equal(shown.length, 5);
    for (const text of shown) assert.doesNotMatch(text, /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e]/, JSON.stringify(text));
    assert.equal(reply.window!.articles[0]!.label, 'Overlegtxt.exe ␛[2J $(zap) <img src=x>␀');
    assert.equal(overview.overview.actors[0]!.name, 'Mr X␇');
  });

  test('ids, paths, offsets and dates stay as they are, so the extension can check them', () => {
    assert.deepEqual(items.map(({ id, path, offset, start }) => ({ id, path, offset, start })), raw.items.map(({ id, path, offset, start }) => ({ id, path, offset, start })));
    assert.deepEqual(overview.overview.actors.map((a) => a.id), ['p']);
  });

  test('at 100,000 articles no message is over 1 MB: the overview, a window per zoom, a step', () => {
    const large = new TimelineHost();
    const model = syntheticTimelineModel(100_000, 4);
    large.setModel(model);
    const sizes = [jsonBytes(large.overview())];
    let view = null;
    for (const [framing, width] of [['first', 1400], ['keep', 1400], ['keep', 3000]] as const) {
      const answer = large.answer({ type: 'window', request: 1, filter: {}, view, framing, width, articleLaneHeight: 400 });
      if (answer.type !== 'window' || !answer.window) throw new Error('no window');
      view = answer.view ?? view;
      sizes.push(jsonBytes(answer));
    }
    for (const days of [2000, 365, 31, 7, 1]) {
      sizes.push(jsonBytes(large.answer({ type: 'window', request: 2, filter: {}, view: { start: view!.start, end: view!.start + days }, framing: 'keep', width: 1400, articleLaneHeight: 400 })));
    }
    sizes.push(jsonBytes(large.answer({ type: 'step', request: 1, filter: {}, from: null, move: 'last', view })));
    assert.ok(Math.max(...sizes) < 1_000_000, sizes.join(', '));
    // what the panel posted before: the whole model, hundreds of megabytes
    assert.ok(jsonBytes(model.items.slice(0, 10_000)) * (model.items.length / 10_000) > 100 * Math.max(...sizes));
  });

  test('steps walk the filtered items in time order; the first in view when nothing is focused', () => {
    const model = syntheticTimelineModel(200, 2);
    const walker = new TimelineHost();
    walker.setModel(model);
    const walk = (from: { id: string; position: number } | null, move: 'next' | 'previous' | 'first' | 'last' | 'inView' | 'same', view = null as { start: number; end: number } | null) => {
      const answer = walker.answer({ type: 'step', request: 1, filter: {}, from, move, view });
      if (answer.type !== 'step' || !answer.item) throw new Error('no step');
      return answer;
    };
    const first = walk(null, 'first');
    assert.deepEqual([first.item!.id, first.position, first.total], [model.items[0].id, 0, model.items.length]);
    const second = walk({ id: first.item!.id, position: first.position }, 'next');
    assert.equal(second.item!.id, model.items[1].id);
    // a stale position is not trusted
    assert.equal(walk({ id: model.items[5].id, position: 2 }, 'previous').item!.id, model.items[4].id);
    assert.equal(walk({ id: model.items[5].id, position: 5 }, 'same').position, 5);
    assert.equal(walk(null, 'last').position, model.items.length - 1);
    const middle = model.items[100];
    const inView = walk(null, 'inView', { start: Date.parse(middle.start) / 86_400_000, end: Date.parse(middle.start) / 86_400_000 + 1 });
    assert.ok(inView.position <= 100 && inView.item!.start <= middle.start, `${inView.position}`);
  });
});
