import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseUserEntities, unknownSplitNames } from '../../src/core/userEntities';

test('a complete file is read', () => {
  const { value, errors } = parseUserEntities(JSON.stringify({
    entities: [{ id: 'jan-de-vries', name: ' Jan de Vries ', type: 'person', aliases: ['J. de Vries', 'Jan de Vries', 'De Vries'], description: 'Mayor of Utrecht' }],
    merges: [['Fayez al-Sarraj', 'Sarraj']],
    splits: [['Juan López', 'Carlos López']],
    ignore: ['Lees'],
  }));
  assert.deepEqual(errors, []);
  assert.deepEqual(value, {
    entities: [{ id: 'jan-de-vries', name: 'Jan de Vries', type: 'person', aliases: ['J. de Vries', 'De Vries'], description: 'Mayor of Utrecht' }],
    merges: [['Fayez al-Sarraj', 'Sarraj']],
    mergeNames: [undefined],
    splits: [['Juan López', 'Carlos López']],
    splitPaths: [['splits[0][0]', 'splits[0][1]']],
    ignore: ['Lees'],
  });
});

test('every key is optional; a BOM is accepted', () => {
  assert.deepEqual(parseUserEntities('\uFEFF{}'), { value: { entities: [], merges: [], mergeNames: [], splits: [], splitPaths: [], ignore: [] }, errors: [] });
});

test('invalid JSON gives one clear error and an empty value', () => {
  const { value, errors } = parseUserEntities('{ "entities": [ }');
  assert.equal(errors.length, 1);
  assert.match(errors[0], /not valid JSON/);
  assert.deepEqual(value.entities, []);
});

test('errors name the JSON path; the valid parts still apply', () => {
  const { value, errors } = parseUserEntities(JSON.stringify({
    entities: [
      { id: 'Jan de Vries', name: 'Jan de Vries', type: 'person' },
      { id: 'ok-entity', name: 'Ok', type: 'place', aliases: ['Okay', 5] },
      { id: 'ok-entity', name: 'Twice', type: 'place' },
      { id: 'bad-type', name: '', type: 'ship' },
      'not an object',
    ],
    merges: [['only one'], 'x', ['a', 'b']],
    splits: {},
    ignore: ['fine', 3],
    extra: true,
  }));
  assert.deepEqual(value.entities.map((e) => e.id), ['ok-entity']);
  assert.deepEqual(value.entities[0].aliases, ['Okay']);
  assert.deepEqual(value.merges, [['a', 'b']]);
  assert.deepEqual(value.splits, []);
  assert.deepEqual(value.ignore, ['fine']);
  for (const expected of [
    'extra: unknown key',
    'entities[0].id:',
    'entities[1].aliases[1]:',
    'entities[2].id: "ok-entity" is used twice',
    'entities[3].name:',
    'entities[3].type:',
    'entities[4]: expected an object',
    'merges[0]: a group needs at least two names',
    'merges[1]: expected an array of names',
    'splits: expected an array of groups',
    'ignore[1]: expected a non-empty string',
  ]) {
    assert.ok(errors.some((error) => error.startsWith(expected)), `missing error "${expected}" in ${JSON.stringify(errors)}`);
  }
});

test('a missing or malformed id says so and suggests a slug made from the name', () => {
  const { value, errors } = parseUserEntities(JSON.stringify({
    entities: [
      { name: 'Anna de Wit', type: 'person' },
      { id: 'Jan de Vries', name: 'Jan de Vries', type: 'person' },
      { id: 7, name: 'Émile Zola', type: 'person' },
      { type: 'place' },
    ],
  }));
  assert.deepEqual(value.entities, []);
  assert.deepEqual(errors, [
    'entities[0].id: the id is missing; add one such as "anna-de-wit" (made from the name)',
    'entities[1].id: "Jan de Vries" is not a slug; write it in lower-case letters, digits and hyphens, such as "jan-de-vries"',
    'entities[2].id: the id must be a string, such as "emile-zola" (made from the name)',
    'entities[3].id: the id is missing; add one such as "jan-de-vries" (lower-case letters, digits and hyphens)',
    'entities[3].name: expected a non-empty string',
  ]);
});

test('an unknown key in an entity is reported (a typo would silently do nothing); the entity still applies', () => {
  const { value, errors } = parseUserEntities(JSON.stringify({ entities: [{ id: 'anna-de-wit', name: 'Anna de Wit', type: 'person', alias: ['A. de Wit'] }] }));
  assert.deepEqual(value.entities.map((e) => e.id), ['anna-de-wit']);
  assert.deepEqual(errors, ['entities[0].alias: unknown key (expected "id", "name", "type", "aliases", "description")']);
});

test('a merge may name its entity: { "name", "spellings" }; the name is one of the merged spellings', () => {
  const { value, errors } = parseUserEntities(JSON.stringify({
    merges: [
      ['GNA', 'eenheidsregering'],
      { name: ' Anna de Wit ', spellings: ['Zakenvrouw Anna de Wit', 'A. de Wit'] },
      { name: '', spellings: ['X', 'Y'], note: 1 },
      { name: 'Alone' },
    ],
    splits: [['Anna de Wit', 'A. de Wit']],
  }));
  assert.deepEqual(value.merges, [['GNA', 'eenheidsregering'], ['Anna de Wit', 'Zakenvrouw Anna de Wit', 'A. de Wit'], ['X', 'Y']]);
  assert.deepEqual(value.mergeNames, [undefined, 'Anna de Wit', undefined]);
  assert.deepEqual(errors, [
    'merges[2].note: unknown key (expected "name" and "spellings")',
    'merges[2].name: expected the entity\'s name, a non-empty string',
    'merges[3].spellings: expected an array of the names or ids to merge',
    'merges[3]: a group needs at least two names',
    'splits[0][1]: "A. de Wit" is split from "Anna de Wit" but merged with it (merges[1].spellings[1]); the split applies',
  ]);
});

test('never throws, whatever the input', () => {
  for (const input of ['', 'null', '[]', '5', '"text"', '{"entities": null}', '{"entities": {}}', '{"ignore": "x"}', '\u0000\uFFFD', '{'.repeat(10_000), JSON.stringify({ entities: Array(1000).fill({}) })]) {
    const result = parseUserEntities(input);
    assert.ok(Array.isArray(result.errors));
    assert.ok(Array.isArray(result.value.entities));
  }
});

test('a split that contradicts a merge, directly or through a chain of merges, is reported with its JSON path', () => {
  const { value, errors } = parseUserEntities(JSON.stringify({
    merges: [['Jan Jansen', 'J. Jansen'], ['J. Jansen', 'Jan  Janssen'], ['Piet', 'Pieter']],
    splits: [['jan jansen', 7, 'JAN JANSSEN'], ['Piet', 'Klaas'], ['Pieter', 'PIET']],
  }));
  assert.deepEqual(value.splits, [['jan jansen', 'JAN JANSSEN'], ['Piet', 'Klaas'], ['Pieter', 'PIET']]);
  assert.deepEqual(errors, [
    'splits[0][1]: expected a non-empty string',
    'splits[0][2]: "JAN JANSSEN" is split from "jan jansen" but merged with it (merges[1][1]); the split applies',
    'splits[2][1]: "PIET" is split from "Pieter" but merged with it (merges[2][0]); the split applies',
  ]);
  assert.deepEqual(parseUserEntities(JSON.stringify({ merges: [['A', 'B']], splits: [['A', 'C']] })).errors, []);
});

test('split names the corpus does not know are reported with their JSON path; ids are named as ids', () => {
  const { value } = parseUserEntities(JSON.stringify({ splits: [['Jan Jansen', 3, 'Jan Jansenn'], ['jan-jansen', 'Jan Janssen']] }));
  const kinds: Record<string, 'spelling' | 'id'> = { 'jan jansen': 'spelling', 'jan janssen': 'spelling', 'jan-jansen': 'id' };
  assert.deepEqual(unknownSplitNames(value, (key) => kinds[key]), [
    'splits[0][2]: "Jan Jansenn" is not a name the articles or the known entities use; the split does nothing',
    'splits[1][0]: "jan-jansen" is an entity id, but splits take spellings as the articles write them; the split does nothing',
  ]);
});
