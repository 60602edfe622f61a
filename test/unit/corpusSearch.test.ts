import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Corpus } from '../../src/core/corpus';

const seedDir = new URL('../../seeds/', import.meta.url);
const seeds = readdirSync(seedDir).filter((file) => file.endsWith('.txt')).map((file) => [file, readFileSync(new URL(file, seedDir), 'utf8')] as const);
const corpus = new Corpus();
for (const [path, text] of seeds) corpus.upsertText(path, text);
const snapshot = corpus.snapshot();
const textOf = new Map(seeds);
/** The files whose text holds one of the spellings (read here, not by the corpus). */
const naming = (...spellings: string[]) => seeds.filter(([, text]) => spellings.some((spelling) => text.includes(spelling))).map(([path]) => path).sort();

test('a known spelling finds the articles of every spelling, each hit selecting the mention', () => {
  const kadhafi = snapshot.entities.find((entity) => entity.aliases.includes('Moammar al-Khadafi'));
  assert.ok(kadhafi && kadhafi.aliases.length >= 3, JSON.stringify(kadhafi?.aliases));
  const expected = naming(...kadhafi.aliases.map((alias) => alias.split(' ').pop()!));
  assert.ok(expected.length >= 3);
  for (const query of ['Khadafi', 'kadhafi', 'Moammar al-Khadafi']) {
    const { hits, total } = snapshot.searchResults(query);
    assert.deepEqual(hits.map((hit) => hit.path).sort(), expected, query);
    assert.equal(total, expected.length);
    for (const hit of hits) assert.ok(kadhafi.aliases.includes(textOf.get(hit.path)!.slice(hit.matchStart, hit.matchEnd)), `${query} in ${hit.path}`);
  }
});

test('unknown actors and months that are none are reported, with close spellings; nothing is found', () => {
  const haftar = snapshot.entities.find((entity) => /Haftar/.test(entity.name))!;
  assert.deepEqual(snapshot.searchResults('actor:Hafter vrede'), { hits: [], total: 0, problems: [{ kind: 'unknown-actor', value: 'Hafter', suggestions: [haftar.name] }] });
  assert.deepEqual(snapshot.searchResults('actor:Nobody').problems, [{ kind: 'unknown-actor', value: 'Nobody', suggestions: [] }]);
  assert.deepEqual(snapshot.searchResults('month:2020-13'), { hits: [], total: 0, problems: [{ kind: 'invalid-month', value: '2020-13' }] });
  assert.deepEqual(snapshot.searchResults('xyzzyq'), { hits: [], total: 0, problems: [] });
});

test('month names and ranges filter on the articles\' months', () => {
  const months = snapshot.articles.map((article) => article.month);
  const inMonths = (accept: (month: string) => boolean) => snapshot.articles.filter((article) => article.month && accept(article.month)).map((article) => article.path).sort();
  assert.ok(months.some((month) => month?.endsWith('-02')));
  assert.deepEqual(snapshot.search('month:februari').map((hit) => hit.path).sort(), inMonths((month) => month.endsWith('-02')));
  assert.deepEqual(snapshot.search('month:feb-2020').map((hit) => hit.path).sort(), inMonths((month) => month === '2020-02'));
  assert.deepEqual(snapshot.search('month:2019-04..2020-01').map((hit) => hit.path).sort(), inMonths((month) => month >= '2019-04' && month <= '2020-01'));
  assert.equal(snapshot.searchResults('Haftar month:2019..2020').total, inMonths((month) => month.startsWith('2019') || month.startsWith('2020')).length);
});
