import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ActorLookup, spellingWords } from '../../src/core/actorLookup';
import type { Entity, EntityType } from '../../src/core/types';

function entity(id: string, type: EntityType, spellings: string[], articles: number): Entity {
  const paths = Array.from({ length: articles }, (_, i) => `${id}/${i}.txt`);
  return {
    id, name: spellings[0], type, aliases: spellings, articles: paths, roles: [], origin: 'discovered',
    mentions: paths.flatMap((path) => [{ path, start: 30, end: 36, surface: spellings[0] }, { path, start: 3, end: 9, surface: spellings[0] }]),
  };
}

// Chilean politics, not the seeds; sorted by articles, as the snapshot lists them.
const entities = [
  entity('gabriel-boric', 'person', ['Gabriel Boric', 'Boric Font'], 9),
  entity('jose-antonio-kast', 'person', ['José Antonio Kast'], 5),
  entity('felipe-kast', 'person', ['Felipe Kast'], 2),
  entity('santiago', 'place', ['Santiago', 'Santiago de Chile'], 4),
];
const lookup = new ActorLookup(entities);

test('actor: by id, by any spelling (case and accents folded), by words, the last as a prefix', () => {
  const found = (name: string) => lookup.find(name)?.id;
  assert.equal(found('felipe-kast'), 'felipe-kast');
  assert.equal(found('jose antonio KAST'), 'jose-antonio-kast');
  assert.equal(found('Boric'), 'gabriel-boric'); // a surname alone
  assert.equal(found('antonio'), 'jose-antonio-kast'); // a word of the name
  assert.equal(found('Kast'), 'jose-antonio-kast'); // shared: the one with most articles
  assert.equal(found('felipe ka'), 'felipe-kast'); // while typing
  assert.equal(found('santiago chile'), 'santiago');
  assert.equal(found('Bachelet'), undefined);
  assert.equal(found('   '), undefined);
});

test('close spellings for an actor nobody is called', () => {
  assert.deepEqual(lookup.closeSpellings('Borik'), ['Gabriel Boric']);
  assert.deepEqual(lookup.closeSpellings('Felipe Kas'), ['Felipe Kast', 'José Antonio Kast']);
  assert.deepEqual(lookup.closeSpellings('Nobody'), []);
});

test('spellings in a query: the longest run naming one entity; shared surnames and short words expand nothing', () => {
  const runs = (query: string) => lookup.spelledIn(spellingWords(query)).map(({ from, to, entity }) => [from, to, entity.id]);
  assert.deepEqual(runs('protest Boric Font Santiago de Chile'), [[1, 3, 'gabriel-boric'], [3, 6, 'santiago']]);
  assert.deepEqual(runs('Kast'), []);
  assert.deepEqual(runs('Felipe Kast'), [[0, 2, 'felipe-kast']]);
  assert.deepEqual(runs('de'), []);
});

test('mentions by article, sorted, kept once per entity', () => {
  const mentions = lookup.mentionsOf(entities[2]!);
  assert.deepEqual([...mentions.keys()], ['felipe-kast/0.txt', 'felipe-kast/1.txt']);
  assert.deepEqual(mentions.get('felipe-kast/0.txt'), [{ start: 3, end: 9 }, { start: 30, end: 36 }]);
  assert.equal(lookup.mentionsOf(entities[2]!), mentions);
});
