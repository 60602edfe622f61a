import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { Corpus } from '../../src/core/corpus';
import { buildTimeline, dayNumber, filterTimeline, isoDate, itemExtent, parsePartialDate } from '../../src/core/timeline';
import type { ArticleView, DatedEvent, Entity, EntityType } from '../../src/core/types';

// A small hand-built corpus on another topic (a Chilean fisheries dispute), with the offsets
// computed from the texts themselves, so the sentence/mention arithmetic is exercised for real.
const texts: Record<string, string> = {
  'chile/a.txt':
    ' date 2021-03 Visserijconflict in Valparaíso.\n\nMinister Camila Rojas sprak op 12 maart met de vissersbond Sindpesca. ' +
    'Daarna bleef het stil. In 2020 had Rojas al gewaarschuwd.\n',
  'chile/b.txt':
    ' date 2021-05 Staking in de haven.\n\nVan 3 tot 5 mei legde Sindpesca de haven van Valparaíso plat. ' +
    'In mei 2021 volgde overleg met minister Rójas en burgemeester Tomás Vidal. Vidal noemde 3 mei een zwarte dag voor 3 mei.\n',
  'chile/c.txt': 'Een bericht zonder datum waarin het jaar 2019 en Vidal voorkomen.\n',
  'chile/d.txt': 'Een bericht waarvan de maand uit de tekst is afgeleid: in april 2021 sprak Camila Rojas.\n',
};

function mentionsOf(surfaces: string[]): Entity['mentions'] {
  const mentions: Entity['mentions'] = [];
  for (const [path, text] of Object.entries(texts)) {
    for (const surface of surfaces) {
      for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
        mentions.push({ path, start: at, end: at + surface.length, surface });
      }
    }
  }
  return mentions;
}

function entity(id: string, name: string, type: EntityType, surfaces: string[]): Entity {
  const mentions = mentionsOf(surfaces);
  const articles = [...new Set(mentions.map((m) => m.path))].sort();
  return { id, name, type, aliases: surfaces, articles, mentions, roles: [], origin: 'discovered' };
}

const entities: Entity[] = [
  entity('person:rojas', 'Camila Rojas', 'person', ['Camila Rojas', 'Rojas', 'Rójas']),
  entity('org:sindpesca', 'Sindpesca', 'organization', ['Sindpesca']),
  entity('place:valparaiso', 'Valparaíso', 'place', ['Valparaíso']),
  entity('person:vidal', 'Tomás Vidal', 'person', ['Tomás Vidal', 'Vidal']),
];

function article(path: string, month: string | null, monthSource: ArticleView['monthSource'], ids: string[]): ArticleView {
  const text = texts[path];
  const bodyStart = text.startsWith(' date ') ? 14 : 0;
  const title = text.slice(bodyStart, text.indexOf('\n'));
  return { path, month, monthSource, title, summary: `Samenvatting van ${path}`, bodyStart, entities: ids, warnings: [] };
}

const articles: ArticleView[] = [
  article('chile/a.txt', '2021-03', 'header', ['person:rojas', 'org:sindpesca', 'place:valparaiso']),
  article('chile/d.txt', '2021-04', 'inferred', ['person:rojas', 'person:unknown-id']),
  article('chile/b.txt', '2021-05', 'header', ['place:valparaiso', 'org:sindpesca', 'person:vidal', 'person:rojas']),
  article('chile/c.txt', null, null, ['person:vidal']),
];

/** An event on the sentence containing `expression` (its `nth` occurrence in the file). */
function event(path: string, sentence: string, expression: string, date: string, extra: Partial<DatedEvent> = {}, nth = 0): DatedEvent {
  const text = texts[path];
  const sentenceStart = text.indexOf(sentence);
  assert.ok(sentenceStart >= 0, `sentence not in ${path}`);
  let start = text.indexOf(expression, sentenceStart);
  for (let i = 0; i < nth; i++) start = text.indexOf(expression, start + 1);
  const precision = date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
  return { date, precision, text: sentence, expression, path, start, ...extra };
}

const events: DatedEvent[] = [
  event('chile/a.txt', 'Minister Camila Rojas sprak op 12 maart met de vissersbond Sindpesca.', '12 maart', '2021-03-12'),
  event('chile/a.txt', 'In 2020 had Rojas al gewaarschuwd.', '2020', '2020'),
  event('chile/b.txt', 'Van 3 tot 5 mei legde Sindpesca de haven van Valparaíso plat.', 'Van 3 tot 5 mei', '2021-05-03', { endDate: '2021-05-05' }),
  event('chile/b.txt', 'In mei 2021 volgde overleg met minister Rójas en burgemeester Tomás Vidal.', 'mei 2021', '2021-05'),
  // the expression occurs twice in its sentence: the actor list must stay inside the sentence
  event('chile/b.txt', 'Vidal noemde 3 mei een zwarte dag voor 3 mei.', '3 mei', '2021-05-03', {}, 1),
  event('chile/a.txt', 'Daarna bleef het stil.', 'onzin', '2021-02-30'), // impossible date: dropped
];

test('parsePartialDate reads years, months and days and rejects impossible dates', () => {
  assert.deepEqual(parsePartialDate('2021'), { start: '2021-01-01', precision: 'year' });
  assert.deepEqual(parsePartialDate('2021-05'), { start: '2021-05-01', precision: 'month' });
  assert.deepEqual(parsePartialDate('2020-02-29'), { start: '2020-02-29', precision: 'day' });
  for (const bad of ['2021-02-29', '2021-13', '21-05', '2021-5-1', '', 'mei 2021', '2021-05-01T00:00']) {
    assert.equal(parsePartialDate(bad), null, bad);
  }
});

test('day numbers round-trip and extents follow the precision', () => {
  assert.equal(isoDate(dayNumber('1999-12-31')), '1999-12-31');
  assert.equal(dayNumber('1970-01-02'), 1);
  const extent = (start: string, precision: 'day' | 'month' | 'year', end?: string) => {
    const { first, last } = itemExtent({ start, precision, end });
    return [isoDate(first), isoDate(last)];
  };
  assert.deepEqual(extent('2024-02-01', 'month'), ['2024-02-01', '2024-02-29']);
  assert.deepEqual(extent('2023-01-01', 'year'), ['2023-01-01', '2023-12-31']);
  assert.deepEqual(extent('2023-06-07', 'day'), ['2023-06-07', '2023-06-07']);
  assert.deepEqual(extent('2023-06-07', 'day', '2023-06-09'), ['2023-06-07', '2023-06-09']);
});

test('articles are placed at their month, inferred months flagged, undated ones counted', () => {
  const model = buildTimeline(articles, [], entities);
  assert.deepEqual(
    model.items.map((item) => [item.kind, item.start, item.precision, item.path, item.inferred ?? false]),
    [
      ['article', '2021-03-01', 'month', 'chile/a.txt', false],
      ['article', '2021-04-01', 'month', 'chile/d.txt', true],
      ['article', '2021-05-01', 'month', 'chile/b.txt', false],
    ],
  );
  assert.equal(model.undatedArticles, 1);
  assert.deepEqual(model.range, { start: '2021-03-01', end: '2021-05-31' });
  const inferred = model.items[1];
  assert.deepEqual(inferred.actors, ['person:rojas'], 'ids of unknown entities are dropped');
  assert.equal(inferred.offset, 0);
  assert.equal(model.items[0].offset, 14);
  assert.equal(model.items[0].label, 'Visserijconflict in Valparaíso.');
});

test('events at day, month and year precision, with ranges, in time order', () => {
  const model = buildTimeline(articles, events, entities);
  const eventItems = model.items.filter((item) => item.kind === 'event');
  assert.deepEqual(
    eventItems.map((item) => [item.start, item.end ?? null, item.precision]),
    [
      ['2020-01-01', null, 'year'],
      ['2021-03-12', null, 'day'],
      ['2021-05-01', null, 'month'],
      ['2021-05-03', '2021-05-05', 'day'], // same day, same file: by offset
      ['2021-05-03', null, 'day'],
    ],
  );
  // articles of a month come before that month's events; all sorted by start
  const starts = model.items.map((item) => item.start);
  assert.deepEqual(starts, [...starts].sort());
  assert.deepEqual(model.range, { start: '2020-01-01', end: '2021-05-31' });
  const may = model.items.filter((item) => item.start === '2021-05-01').map((item) => item.kind);
  assert.deepEqual(may, ['article', 'event']);
  for (const item of eventItems) {
    assert.equal(texts[item.path].slice(item.offset, item.offset + 1).length, 1);
    assert.equal(item.detail, articles.find((a) => a.path === item.path)!.title);
  }
});

test("an event's actors are the entities named in its own sentence, and only those", () => {
  const model = buildTimeline(articles, events, entities);
  const actorsAt = (start: string, end?: string) =>
    model.items.find((item) => item.kind === 'event' && item.start === start && item.end === end)!.actors;
  assert.deepEqual(actorsAt('2021-03-12'), ['person:rojas', 'org:sindpesca']);
  assert.deepEqual(actorsAt('2020-01-01'), ['person:rojas']);
  assert.deepEqual(actorsAt('2021-05-03', '2021-05-05'), ['org:sindpesca', 'place:valparaiso']);
  // the spelling "Rójas" is a mention of the same entity, so it counts once
  assert.deepEqual(actorsAt('2021-05-01'), ['person:rojas', 'person:vidal']);
  // the expression occurs twice in the sentence: Vidal at its start is still found
  assert.deepEqual(actorsAt('2021-05-03'), ['person:vidal']);
});

test('actors are counted by their articles, as the tree counts them, and listed most articles first', () => {
  const full = buildTimeline(articles, events, entities);
  // entity.articles: distinct articles whose text names the entity, whatever its items
  assert.deepEqual(
    full.actors.map((actor) => [actor.id, actor.articles]),
    [
      ['person:rojas', 3],
      ['org:sindpesca', 2], // ties by name
      ['person:vidal', 2],
      ['place:valparaiso', 2],
    ],
  );
  for (const actor of full.actors) assert.equal(actor.articles, entities.find((e) => e.id === actor.id)!.articles.length);
  assert.equal(full.actors[0].name, 'Camila Rojas');
  assert.equal(full.actors[0].type, 'person');
});

test('filtering keeps the items of any of the actors, and of the months asked for', () => {
  const full = buildTimeline(articles, events, entities);
  const vidal = buildTimeline(articles, events, entities, { actorId: 'person:vidal' });
  assert.deepEqual(vidal.items.map((item) => item.start), ['2021-05-01', '2021-05-01', '2021-05-03']);
  assert.deepEqual(vidal.range, { start: '2021-05-01', end: '2021-05-31' });
  assert.deepEqual(vidal.actors, full.actors, 'the actor list does not shrink with the filter');
  assert.deepEqual(filterTimeline(full, { actorIds: ['person:vidal'] }), vidal);
  assert.equal(filterTimeline(full, {}), full);
  assert.equal(filterTimeline(full, { actorIds: [] }), full);
  assert.deepEqual(filterTimeline(full, { actorIds: ['nobody'] }).range, null);

  // several actors: an item of either
  const either = filterTimeline(full, { actorIds: ['person:vidal', 'org:sindpesca'] });
  const expected = full.items.filter((item) => item.actors.includes('person:vidal') || item.actors.includes('org:sindpesca'));
  assert.ok(expected.length > vidal.items.length);
  assert.deepEqual(either.items, expected);

  // a month range keeps what overlaps it: the year 2020 is out, March 2021's article and day in
  const march = filterTimeline(full, { from: '2021-03', to: '2021-03' });
  assert.deepEqual(march.items.map((item) => [item.kind, item.start]), [['article', '2021-03-01'], ['event', '2021-03-12']]);
  // an open end; a year-long item reaches into a range that starts inside its year
  assert.deepEqual(filterTimeline(full, { from: '2021-05' }).items.map((item) => item.start), ['2021-05-01', '2021-05-01', '2021-05-03', '2021-05-03']);
  assert.deepEqual(filterTimeline(full, { to: '2020-06' }).items.map((item) => item.start), ['2020-01-01']);
  assert.deepEqual(filterTimeline(full, { from: '2020-06', to: '2020-07' }).items.map((item) => item.precision), ['year']);
  // actors and months together
  assert.deepEqual(filterTimeline(full, { actorIds: ['person:rojas'], to: '2021-03' }).items.map((item) => item.start), ['2020-01-01', '2021-03-01', '2021-03-12']);
});

test('the actor list is capped but always holds the selected actor', () => {
  const capped = buildTimeline(articles, events, entities, { maxActors: 1, actorId: 'place:valparaiso' });
  assert.deepEqual(capped.actors.map((actor) => actor.id), ['person:rojas', 'place:valparaiso']);
});

test('empty, undated and hostile input gives a valid plain-JSON model', () => {
  assert.deepEqual(buildTimeline([], [], []), { items: [], actors: [], range: null, undatedArticles: 0 });
  const hostile: ArticleView = {
    path: 'x/<script>.txt', month: '2021-99', monthSource: 'header', title: '<img src=x onerror=alert(1)>',
    summary: '', bodyStart: 0, entities: [], warnings: [],
  };
  const weirdEvents: DatedEvent[] = [
    { date: 'gisteren', precision: 'day', text: 'x', expression: 'x', path: 'x', start: 0 },
    { date: '2021-01-05', precision: 'day', text: '', expression: '', path: 'nowhere.txt', start: -5 },
    { date: '2021-01-05', endDate: '2021-01-01', precision: 'day', text: 'y'.repeat(5000), expression: 'zz', path: 'x', start: 3 },
  ];
  const model = buildTimeline([hostile], weirdEvents, entities);
  assert.equal(model.undatedArticles, 1);
  assert.equal(model.items.length, 2);
  assert.ok(model.items.every((item) => item.actors.length === 0 && item.end === undefined));
  assert.ok(model.items[1].label.length <= 200 && model.items[1].label.endsWith('…'));
  assert.deepEqual(JSON.parse(JSON.stringify(model)), model);
});

test('20k articles, 60k events, 200k mentions: every item placed, events keep their actors', () => {
  const bigEntities: Entity[] = [];
  const bigArticles: ArticleView[] = [];
  const bigEvents: DatedEvent[] = [];
  for (let e = 0; e < 1000; e++) {
    bigEntities.push({ id: `p${e}`, name: `Persoon ${e}`, type: 'person', aliases: [], articles: [], mentions: [], roles: [], origin: 'discovered' });
  }
  for (let a = 0; a < 20_000; a++) {
    const path = `big/${a}.txt`;
    const month = `${2000 + (a % 20)}-${String((a % 12) + 1).padStart(2, '0')}`;
    bigArticles.push({ path, month, monthSource: 'header', title: `Titel ${a}`, summary: '', bodyStart: 0, entities: [`p${a % 1000}`], warnings: [] });
    for (let s = 0; s < 3; s++) {
      bigEvents.push({ date: `${month}-1${s}`, precision: 'day', text: 'Op 1 mei sprak Persoon.', expression: '1 mei', path, start: 100 * s + 3 });
      for (let m = 0; m < 3; m++) {
        bigEntities[(a + m) % 1000].mentions.push({ path, start: 100 * s + 15, end: 100 * s + 22, surface: 'Persoon' });
      }
    }
  }
  const model = buildTimeline(bigArticles, bigEvents, bigEntities);
  assert.equal(model.items.length, 80_000);
  assert.equal(model.items.find((item) => item.kind === 'event')!.actors.length, 3);
});

test('the seeds: every article placed (the undated one at its inferred month), events with their actors', () => {
  const corpus = new Corpus();
  for (const name of readdirSync('seeds')) corpus.upsertFile(`seeds/${name}`, readFileSync(`seeds/${name}`));
  const snapshot = corpus.snapshot();
  const model = buildTimeline(snapshot.articles, snapshot.events, snapshot.entities);
  const names = (ids: string[]) => ids.map((id) => snapshot.entity(id)!.name);

  const articles = model.items.filter((item) => item.kind === 'article');
  assert.equal(articles.length + model.undatedArticles, snapshot.articles.length);
  const headerless = articles.find((item) => item.path.startsWith('seeds/001_'))!;
  assert.equal(headerless.inferred, true);
  assert.equal(headerless.start, `${snapshot.article(headerless.path)!.month}-01`);

  // "van 14 tot 16 april" (004) is a range with the UN and Ghadames in its sentence
  const ghadames = model.items.find((item) => item.path.startsWith('seeds/004_') && item.end)!;
  assert.deepEqual([ghadames.start, ghadames.end], ['2019-04-14', '2019-04-16']);
  assert.ok(names(ghadames.actors).includes('Ghadames'), names(ghadames.actors).join());
  // the revolution of 2011 is a year; Kadhafi, however spelled, is its actor in every article
  const revolution = model.items.filter((item) => item.start === '2011-01-01' && item.precision === 'year');
  assert.ok(revolution.length >= 2);
  const kadhafi = revolution.map((item) => item.actors).reduce((common, ids) => common.filter((id) => ids.includes(id)));
  assert.equal(kadhafi.length, 1, 'one entity shared by all 2011 sentences');
  // filtering on that entity keeps only items that name it
  const filtered = buildTimeline(snapshot.articles, snapshot.events, snapshot.entities, { actorId: kadhafi[0] });
  assert.ok(filtered.items.length >= revolution.length && filtered.items.every((item) => item.actors.includes(kadhafi[0])));
});

test('the items without actors share one list, and no list is changed by another item', () => {
  const quiet = ['Daarna', 'stil'].map((expression) => event('chile/a.txt', 'Daarna bleef het stil.', expression, '2021-03'));
  const model = buildTimeline(articles, [...events, ...quiet], entities);
  const withoutActors = model.items.filter((item) => item.actors.length === 0);
  assert.ok(withoutActors.length >= 2, 'the fixture has items without actors');
  for (const item of withoutActors) assert.equal(item.actors, withoutActors[0].actors, 'one shared empty list (a list each costs its spare room)');
  assert.ok(Object.isFrozen(withoutActors[0].actors), 'the shared list cannot be filled by one item for all');
});
