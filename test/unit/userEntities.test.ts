import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseUserEntities } from '../../src/core/userEntities';

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
    splits: [['Juan López', 'Carlos López']],
    ignore: ['Lees'],
  });
});

test('every key is optional; a BOM is accepted', () => {
  assert.deepEqual(parseUserEntities('\uFEFF{}'), { value: { entities: [], merges: [], splits: [], ignore: [] }, errors: [] });
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

test('never throws, whatever the input', () => {
  for (const input of ['', 'null', '[]', '5', '"text"', '{"entities": null}', '{"entities": {}}', '{"ignore": "x"}', '\u0000\uFFFD', '{'.repeat(10_000), JSON.stringify({ entities: Array(1000).fill({}) })]) {
    const result = parseUserEntities(input);
    assert.ok(Array.isArray(result.errors));
    assert.ok(Array.isArray(result.value.entities));
  }
});
