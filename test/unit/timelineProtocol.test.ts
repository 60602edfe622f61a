// What the timeline webview may send and show: messages are shape-checked, the page's CSP allows
// only the nonce'd script, its code never parses text as HTML, and the model it gets is inert.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { buildTimeline } from '../../src/core/timeline';
import type { ArticleView, DatedEvent, Entity } from '../../src/core/types';
import { inertTimelineModel } from '../../media/timeline/inertModel';
import { timelineContentSecurityPolicy, timelinePageHtml } from '../../media/timeline/page';
import { MAX_FILTER_ACTORS, parseTimelineState, parseWebviewMessage, TIMELINE_STRINGS } from '../../media/timeline/protocol';

describe('messages from the webview', () => {
  test('only the known shapes pass, with nothing but their own fields', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready', extra: 'x' }), { type: 'ready' });
    assert.deepEqual(parseWebviewMessage({ type: 'openItem', path: 'a.txt', offset: 3, command: 'workbench.action.terminal.new' }), { type: 'openItem', path: 'a.txt', offset: 3 });
    assert.deepEqual(parseWebviewMessage({ type: 'filterActors', actorIds: [] }), { type: 'filterActors', actorIds: [] });
    assert.deepEqual(parseWebviewMessage({ type: 'filterActors', actorIds: ['a', 'b', 'a'] }), { type: 'filterActors', actorIds: ['a', 'b'] });
  });

  for (const hostile of [
    null, 'openItem', 42, [], {}, { type: 'runCommand', command: 'x' }, { type: '__proto__' },
    { type: 'openItem', path: 'a.txt' }, { type: 'openItem', path: 7, offset: 0 }, { type: 'openItem', path: 'a.txt', offset: -1 },
    { type: 'openItem', path: 'a.txt', offset: 1.5 }, { type: 'openItem', path: 'a.txt', offset: Number.NaN },
    { type: 'openItem', path: 'a.txt', offset: 2 ** 60 }, { type: 'openItem', path: 'a.txt', offset: '3' },
    { type: 'filterActor', actorId: null }, { type: 'filterActors' }, { type: 'filterActors', actorIds: 'x' },
    { type: 'filterActors', actorIds: [{ id: 'x' }] }, { type: 'filterActors', actorIds: Array.from({ length: MAX_FILTER_ACTORS + 1 }, (_, n) => `a${n}`) },
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

describe('the posted model', () => {
  const hostile = 'Overleg\u202Etxt.exe \u001b[2J $(zap) <img src=x>\u0000';
  const entities: Entity[] = [{ id: 'p', name: `Mr \u202EX\u0007`, type: 'person', aliases: [], articles: ['a\u202E.txt'], mentions: [], roles: [], origin: 'user' }];
  const articles: ArticleView[] = [{ path: 'a\u202E.txt', month: '2020-02', monthSource: 'header', title: hostile, summary: `${hostile} summary`, bodyStart: 0, entities: ['p'], warnings: [] }];
  const events: DatedEvent[] = [{ date: '2020-02-03', precision: 'day', text: `Op 3 februari ${hostile}`, expression: '3 februari', path: 'unlisted\u202E.txt', start: 5 }];
  const raw = buildTimeline(articles, events, entities);
  const model = inertTimelineModel(raw);

  test('labels, details and actor names hold no control or bidi characters', () => {
    const shown = [...model.items.flatMap((item) => [item.label, item.detail]), ...model.actors.map((actor) => actor.name)];
    assert.equal(shown.length, 5);
    for (const text of shown) assert.doesNotMatch(text, /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e]/, JSON.stringify(text));
    assert.equal(model.items[0]!.label, 'Overlegtxt.exe ␛[2J $(zap) <img src=x>␀');
    assert.equal(model.actors[0]!.name, 'Mr X␇');
  });

  test('ids, paths, offsets and dates stay as they are, so the extension can check them', () => {
    assert.deepEqual(model.items.map(({ id, path, offset, start, actors }) => ({ id, path, offset, start, actors })),
      raw.items.map(({ id, path, offset, start, actors }) => ({ id, path, offset, start, actors })));
    assert.deepEqual(model.actors.map((a) => a.id), ['p']);
  });
});
