// The JSON schema the editor checks the entities file with (schemas/entities.schema.json, through
// package.json's jsonValidation) must say what parseUserEntities accepts: the same keys, id
// pattern, types and merge forms, for the file the setting points to by default.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isEntityId, isEntityType } from '../../src/core/knowledgeBase';
import { parseUserEntities } from '../../src/core/userEntities';
import { globToRegExp } from '../../src/vscode/glob';

const schema = JSON.parse(readFileSync('schemas/entities.schema.json', 'utf8'));
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

test('the schema applies to the default entities file, and the package ships it', () => {
  const defaultFile: string = manifest.contributes.configuration.properties['dossier.entitiesFile'].default;
  const validation: { fileMatch: string; url: string }[] = manifest.contributes.jsonValidation;
  assert.equal(validation.length, 1);
  assert.equal(validation[0].url, './schemas/entities.schema.json');
  const fileMatch = globToRegExp(validation[0].fileMatch);
  assert.ok(fileMatch.test(`some/workspace/${defaultFile}`) && fileMatch.test(defaultFile), validation[0].fileMatch);
  assert.ok(!fileMatch.test('some/workspace/entities.json'));
  assert.match(readFileSync('.vscodeignore', 'utf8'), /^!schemas\/entities\.schema\.json$/m);
});

test('the schema knows the keys the parser knows, at the top and in an entity', () => {
  const rootKeys = Object.keys(schema.properties);
  const everyKey = Object.fromEntries(rootKeys.map((key) => [key, key === '$schema' || key === 'comment' ? 'x' : []]));
  assert.deepEqual(parseUserEntities(JSON.stringify(everyKey)).errors, []);
  assert.equal(schema.additionalProperties, false);
  assert.match(parseUserEntities('{"entity": []}').errors[0], /^entity: unknown key/);

  const entity = schema.definitions.entity;
  assert.deepEqual(entity.required, ['id', 'name', 'type']);
  assert.equal(entity.additionalProperties, false);
  const full = Object.fromEntries(Object.keys(entity.properties).map((key) => [key, key === 'aliases' ? ['A'] : key === 'type' ? 'person' : 'jan-de-vries']));
  assert.deepEqual(parseUserEntities(JSON.stringify({ entities: [full] })).errors, []);
  assert.match(parseUserEntities(JSON.stringify({ entities: [{ ...full, alias: [] }] })).errors[0], /^entities\[0\]\.alias: unknown key/);
});

test('the id pattern and the types are the parser\'s', () => {
  const pattern = new RegExp(schema.definitions.entity.properties.id.pattern);
  for (const id of ['jan-de-vries', 'g20', 'a', 'Jan', 'jan--de', '-jan', 'jan-', 'jan de vries', 'émile', '']) assert.equal(pattern.test(id), isEntityId(id), id);
  const types: string[] = schema.definitions.entity.properties.type.enum;
  assert.deepEqual(types, ['person', 'organization', 'place']);
  assert.ok(types.every(isEntityType));
  assert.equal(schema.definitions.entity.properties.type.enumDescriptions.length, types.length);
});

test('both merge forms of the schema are read: a list of names, and { "name", "spellings" }', () => {
  assert.deepEqual(schema.definitions.namedMerge.required, ['name', 'spellings']);
  const { value, errors } = parseUserEntities(JSON.stringify({ merges: [['GNA', 'eenheidsregering'], { name: 'Anna de Wit', spellings: ['Zakenvrouw Anna de Wit'] }] }));
  assert.deepEqual(errors, []);
  assert.deepEqual(value.mergeNames, [undefined, 'Anna de Wit']);
});
