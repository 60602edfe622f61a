// The actor and timeline exports: CSV escaped for spreadsheets, JSON with spellings and roles.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Corpus } from '../../src/core/corpus';
import { actorsCsv, actorsJson, csvCell, csvText, exportedActors, timelineCsv } from '../../src/core/exportTables';
import type { ArticleView, DatedEvent } from '../../src/core/types';

/** A minimal RFC 4180 reader, to check that what is written reads back as the cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

test('CSV cells: quotes, commas and line breaks are quoted; formula triggers get an apostrophe', () => {
  assert.equal(csvCell('plain'), 'plain');
  assert.equal(csvCell(12), '12');
  assert.equal(csvCell(-3), '-3', 'numbers are numbers, not formulas');
  assert.equal(csvCell(undefined), '');
  assert.equal(csvCell('a, b'), '"a, b"');
  assert.equal(csvCell('zei "nee"'), '"zei ""nee"""');
  assert.equal(csvCell('two\nlines'), '"two\nlines"');
  assert.equal(csvCell(' edge'), '" edge"');
  for (const formula of ['=HYPERLINK("http://x","klik")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
    const cell = parseCsv(csvText(['x'], [[formula]]))[1][0];
    assert.equal(cell, `'${formula}`, JSON.stringify(formula));
  }
});

test('what is written reads back as the same cells', () => {
  const rows = [['a,b', 'c"d', 'e\r\nf'], ['=1', '', 'x']];
  assert.deepEqual(parseCsv(csvText(['one', 'two', 'three'], rows)), [['one', 'two', 'three'], ['a,b', 'c"d', 'e\r\nf'], ["'=1", '', 'x']]);
});

function corpus() {
  const c = new Corpus();
  c.upsertText('a.txt', ' date 2020-02 Generaal Khalifa Haftar trok op naar Tripoli. Premier Fayez al-Sarraj riep op 3 februari 2020 om hulp.');
  c.upsertText('b.txt', ' date 2020-04 In Benghazi sprak Haftar opnieuw.');
  c.upsertText('c.txt', 'Zonder datum: =cmd| sprak Fayez al-Sarraj in Tripoli.');
  return c.snapshot();
}

test('actors: names, spellings with counts, type, counts and roles with their source, as JSON and CSV', () => {
  const snapshot = corpus();
  const actors = exportedActors(snapshot.entities, snapshot);
  const haftar = actors.find((actor) => actor.name === 'Khalifa Haftar')!;
  assert.equal(haftar.type, 'person');
  assert.equal(haftar.articles, 2);
  assert.equal(haftar.months, 2);
  assert.deepEqual(haftar.spellings.map((s) => s.spelling).sort(), ['Haftar', 'Khalifa Haftar']);
  assert.deepEqual(haftar.roles.map(({ role, path }) => [role, path]), [['generaal', 'a.txt']]);
  assert.match(haftar.roles[0].sentence, /Generaal Khalifa Haftar/);

  const json = JSON.parse(actorsJson(actors));
  assert.equal(json.format, 'dossier-actors');
  assert.deepEqual(json.actors, actors);

  const rows = parseCsv(actorsCsv(actors));
  assert.deepEqual(rows[0], ['id', 'name', 'type', 'description', 'origin', 'articles', 'mentions', 'months', 'spellings', 'roles', 'role sources']);
  assert.equal(rows.length, actors.length + 1);
  const row = rows.find((r) => r[1] === 'Khalifa Haftar')!;
  assert.equal(row[5], '2');
  assert.equal(row[9], 'generaal');
  assert.match(row[10], /^a\.txt: Generaal Khalifa Haftar/);
});

test('timeline: dated events and articles in date order, undated articles last', () => {
  const articles: ArticleView[] = [
    { path: 'a.txt', month: '2020-02', monthSource: 'header', title: '@evil title', summary: '', bodyStart: 14, entities: [], warnings: [] },
    { path: 'u.txt', month: null, monthSource: null, title: 'Undated', summary: '', bodyStart: 0, entities: [], warnings: [] },
  ];
  const events: DatedEvent[] = [
    { date: '2019-05', precision: 'month', text: 'In mei 2019, zei hij "nee".', expression: 'mei 2019', path: 'a.txt', start: 40 },
    { date: '2020-02-03', endDate: '2020-02-05', precision: 'day', text: 'Van 3 tot 5 februari.', expression: '3 tot 5 februari', path: 'a.txt', start: 80 },
  ];
  const rows = parseCsv(timelineCsv(articles, events));
  assert.deepEqual(rows.map((r) => [r[0], r[1], r[2]]), [['kind', 'date', 'end date'], ['event', '2019-05', ''], ['article', '2020-02', ''], ['event', '2020-02-03', '2020-02-05'], ['article', '', '']]);
  assert.equal(rows[1][5], 'In mei 2019, zei hij "nee".');
  assert.equal(rows[2][5], "'@evil title");
  assert.equal(rows[2][4], 'header');
});

test('on a real snapshot, the timeline export holds every article and event', () => {
  const snapshot = corpus();
  const rows = parseCsv(timelineCsv(snapshot.articles, snapshot.events));
  assert.equal(rows.filter((r) => r[0] === 'article').length, snapshot.articles.length);
  assert.equal(rows.filter((r) => r[0] === 'event').length, snapshot.events.length);
  assert.ok(snapshot.events.length > 0);
});
