import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/corpus';
import { applyCorrection, ownSpellings, type EntityCorrection } from '../../src/core/entityCorrections';
import type { Entity } from '../../src/core/types';
import { parseUserEntities } from '../../src/core/userEntities';

const ARTICLES: Record<string, string> = {
  'a.txt': ' date 2020-02\nPieter Bakker sprak in Libië met Moammar Khadafi. Volgens Bakker is de zaak rond. Anna Vos van Groen Licht zei niets.\n',
  'b.txt': ' date 2020-03\nP. Bakker ontmoette Moammar Kadhafi opnieuw in Tripoli. Anna Vos kwam later. Bakker lachte.\n',
  'c.txt': ' date 2020-03\nKees Bakker ontmoette Moammar Kadafi en Jan Smit in Libië. Bakker lachte.\n',
};

function corpus(entitiesText: string | null = null): Corpus {
  const result = new Corpus();
  for (const [path, text] of Object.entries(ARTICLES)) result.upsertText(path, text);
  result.setUserEntities(entitiesText);
  return result;
}

function entityNamed(corpus: Corpus, name: string): Entity {
  const found = corpus.snapshot().entities.find((entity) => entity.name === name);
  assert.ok(found, `no entity named ${name}: ${corpus.snapshot().entities.map((e) => e.name).join(', ')}`);
  return found;
}

function entityWithSpelling(corpus: Corpus, spelling: string): Entity {
  const found = corpus.snapshot().entities.find((entity) => entity.aliases.includes(spelling));
  assert.ok(found, `no entity spelled ${spelling}`);
  return found;
}

/** The new text; fails when the correction was refused. */
function corrected(text: string | null, correction: EntityCorrection): string {
  const outcome = applyCorrection(text, correction);
  assert.ok(outcome.ok, JSON.stringify(outcome));
  return outcome.text;
}

/** The text after the correction, checked to be valid for Dossier and unchanged by a second application. */
function correctedOnce(text: string | null, correction: EntityCorrection): string {
  const once = corrected(text, correction);
  assert.deepEqual(parseUserEntities(once).errors, []);
  const twice = applyCorrection(once, correction);
  assert.deepEqual(twice, { ok: true, text: once, changed: false }, 'applying it again changes nothing');
  return once;
}

test('a merge joins two discovered entities in a new file, and the corpus then has one', () => {
  const before = corpus();
  const text = correctedOnce(null, { kind: 'merge', entity: entityNamed(before, 'Jan Smit'), other: entityNamed(before, 'Anna Vos') });
  assert.equal(text, '{\n  "merges": [\n    ["Jan Smit", "Anna Vos"]\n  ]\n}\n');
  const after = corpus(text).snapshot();
  const merged = after.entities.filter((entity) => entity.aliases.includes('Jan Smit') || entity.aliases.includes('Anna Vos'));
  assert.equal(merged.length, 1);
  assert.deepEqual(merged[0].articles, ['a.txt', 'b.txt', 'c.txt']);
});

test('a merge names a known entity by its id and extends a group that already names one of them', () => {
  const before = corpus();
  const libya = entityNamed(before, 'Libië');
  const file = '{\n    "comment": "mine",\n    "merges": [\n        ["Anna Vos", "A. Vos"]\n    ]\n}\n';
  const text = correctedOnce(file, { kind: 'merge', entity: entityNamed(before, 'Anna Vos'), other: libya });
  assert.equal(text, '{\n    "comment": "mine",\n    "merges": [\n        ["Anna Vos", "A. Vos", "libya"]\n    ]\n}\n');
  assert.equal(corpus(text).snapshot().entity('libya')?.aliases.includes('Anna Vos'), true);
});

test('a merge drops the split that kept the two apart, or it would not apply', () => {
  const before = corpus();
  const kadafi = entityWithSpelling(before, 'Moammar Kadafi');
  const split = corrected(null, { kind: 'split', entity: kadafi, spelling: 'Moammar Kadhafi' });
  const apart = corpus(split);
  const text = correctedOnce(split, { kind: 'merge', entity: entityWithSpelling(apart, 'Moammar Kadhafi'), other: entityWithSpelling(apart, 'Moammar Khadafi') });
  assert.deepEqual(JSON.parse(text).splits, []);
  assert.equal(entityWithSpelling(corpus(text), 'Moammar Kadhafi').articles.length, 3);
});

test('splitting a spelling off keeps it apart from another spelling of the entity', () => {
  const before = corpus();
  const kadafi = entityWithSpelling(before, 'Moammar Kadhafi');
  assert.equal(kadafi.articles.length, 3);
  const text = correctedOnce(null, { kind: 'split', entity: kadafi, spelling: 'Moammar Kadhafi' });
  const other = kadafi.aliases.find((alias) => alias !== 'Moammar Kadhafi')!;
  assert.deepEqual(JSON.parse(text), { splits: [['Moammar Kadhafi', kadafi.name === 'Moammar Kadhafi' ? other : kadafi.name]] });
  const after = corpus(text);
  assert.deepEqual(entityWithSpelling(after, 'Moammar Kadhafi').articles, ['b.txt']);
  assert.equal(entityWithSpelling(after, 'Moammar Khadafi').aliases.includes('Moammar Kadhafi'), false);
});

test('a split takes the spelling out of the merges that held it; a group left with one name goes', () => {
  const before = corpus();
  const file = '{ "merges": [["Moammar Kadhafi", "Moammar Khadafi", "Moammar Kadafi"], ["Anna Vos", "Moammar Kadhafi"]] }';
  const text = correctedOnce(file, { kind: 'split', entity: entityWithSpelling(before, 'Moammar Kadhafi'), spelling: 'Moammar Kadhafi' });
  assert.match(text, /^\{ "merges": \[\["Moammar Khadafi", "Moammar Kadafi"\]\], "splits": \[\["Moammar Kadhafi", "Moammar Ka?h?dh?afi"\]\] \}$/);
});

test('an entity with one spelling has nothing to split', () => {
  const before = corpus();
  assert.deepEqual(applyCorrection(null, { kind: 'split', entity: entityNamed(before, 'Tripoli'), spelling: 'Tripoli' }), { ok: false, problem: 'nothing-to-split' });
});

test('renaming a discovered entity gives it a chosen name; a merge list that holds it becomes a named merge', () => {
  const before = corpus();
  const smit = entityNamed(before, 'Jan Smit');
  const fresh = correctedOnce(null, { kind: 'rename', entity: smit, name: ' Johannes Smit ' });
  assert.equal(fresh, '{\n  "merges": [\n    { "name": "Johannes Smit", "spellings": ["Jan Smit"] }\n  ]\n}\n');
  const renamed = corpus(fresh).snapshot().entities.find((entity) => entity.aliases.includes('Jan Smit'));
  assert.equal(renamed?.name, 'Johannes Smit');
  assert.deepEqual(renamed?.articles, ['c.txt']);

  const listed = correctedOnce('{"merges":[["Jan Smit","J. Smit"]]}', { kind: 'rename', entity: smit, name: 'Johannes Smit' });
  assert.equal(listed, '{"merges":[{ "name": "Johannes Smit", "spellings": ["Jan Smit", "J. Smit"] }]}');
  const named = correctedOnce(listed, { kind: 'rename', entity: smit, name: 'Jan Smit jr.' });
  assert.equal(named, '{"merges":[{ "name": "Jan Smit jr.", "spellings": ["Jan Smit", "J. Smit"] }]}');
});

test('renaming a known entity writes its entry, keeping the old name as a spelling', () => {
  const before = corpus();
  const libya = entityNamed(before, 'Libië');
  const text = correctedOnce(null, { kind: 'rename', entity: libya, name: 'Libya' });
  assert.deepEqual(JSON.parse(text), { entities: [{ id: 'libya', name: 'Libya', type: 'place', aliases: ['Libië'] }] });
  const after = corpus(text).snapshot().entity('libya');
  assert.equal(after?.name, 'Libya');
  assert.deepEqual(after?.articles, libya.articles);
  // an entry the user wrote keeps its keys; its aliases are added to
  const own = correctedOnce('{"entities": [{"id": "libya", "name": "Libië", "type": "place", "aliases": ["Libyen"], "description": "land"}]}', { kind: 'rename', entity: libya, name: 'Libya' });
  assert.equal(own, '{"entities": [{"id": "libya", "name": "Libya", "type": "place", "aliases": ["Libyen", "Libië"], "description": "land"}]}');
});

test('changing the type writes an entry with the id, name and type, or changes the entry there is', () => {
  const before = corpus();
  const bakker = entityNamed(before, 'Pieter Bakker');
  const text = correctedOnce(null, { kind: 'changeType', entity: bakker, type: 'organization' });
  assert.deepEqual(JSON.parse(text), { entities: [{ id: 'pieter-bakker', name: 'Pieter Bakker', type: 'organization' }] });
  const after = corpus(text).snapshot().entity('pieter-bakker');
  assert.equal(after?.type, 'organization');
  // the same articles and mentions: its surname is not made an alias found in Kees Bakker's article
  assert.deepEqual(after?.articles, bakker.articles);
  assert.equal(after?.mentions.length, bakker.mentions.length);
  const existing = correctedOnce(text, { kind: 'changeType', entity: after!, type: 'place' });
  assert.equal(existing, text.replace('"organization"', '"place"'));
  assert.deepEqual(applyCorrection(text, { kind: 'changeType', entity: after!, type: 'organization' }), { ok: true, text, changed: false });
});

test('ignoring a discovered entity ignores the spellings only it has; a known one is ignored by id', () => {
  const before = corpus();
  const snapshot = before.snapshot();
  const pieter = entityNamed(before, 'Pieter Bakker');
  const spellings = ownSpellings(pieter, snapshot.entities);
  // "P. Bakker" is his initialled name (Kees Bakker's initial is another).
  assert.deepEqual(spellings, ['P. Bakker', 'Pieter Bakker'], 'the surname Kees Bakker shares is not his alone');
  const text = correctedOnce(null, { kind: 'ignore', entity: pieter, spellings });
  assert.deepEqual(JSON.parse(text), { ignore: ['Pieter Bakker', 'P. Bakker'] });
  const after = corpus(text).snapshot();
  assert.equal(after.entities.some((entity) => entity.aliases.includes('Pieter Bakker')), false);
  assert.equal(after.entities.some((entity) => entity.aliases.includes('Kees Bakker')), true);

  const libya = entityNamed(before, 'Libië');
  const known = correctedOnce('{\n  "ignore": ["Facebook"]\n}', { kind: 'ignore', entity: libya, spellings: ownSpellings(libya, snapshot.entities) });
  assert.equal(known, '{\n  "ignore": ["Facebook", "libya"]\n}');
  assert.equal(corpus(known).snapshot().entity('libya'), undefined);
});

test('an empty file, or one with only a BOM or spaces, is written as a new file', () => {
  const smit = entityNamed(corpus(), 'Jan Smit');
  for (const text of ['', '  \n', '\uFEFF']) {
    assert.equal(corrected(text, { kind: 'ignore', entity: smit, spellings: ['Jan Smit'] }), '{\n  "ignore": [\n    "Jan Smit"\n  ]\n}\n');
  }
  assert.equal(corrected('{}', { kind: 'ignore', entity: smit, spellings: [] }), '{\n  "ignore": [\n    "Jan Smit"\n  ]\n}');
});

test('a file that is not valid JSON, or whose keys hold no array, is left alone with the reason', () => {
  const smit = entityNamed(corpus(), 'Jan Smit');
  const ignore: EntityCorrection = { kind: 'ignore', entity: smit, spellings: ['Jan Smit'] };
  assert.deepEqual(applyCorrection('{ "ignore": [ }', ignore), { ok: false, problem: 'invalid-json' });
  assert.deepEqual(applyCorrection('["Jan Smit"]', ignore), { ok: false, problem: 'not-an-object' });
  assert.deepEqual(applyCorrection('{ "ignore": "Jan Smit" }', ignore), { ok: false, problem: 'not-an-array', key: 'ignore' });
  // mistakes Dossier reports but reads past stay as they are
  const flawed = '{\n  "entities": [{ "id": "Bad Id", "name": "X", "type": "ship" }],\n  "extra": 1,\n  "ignore": ["Lees", 5]\n}';
  assert.equal(corrected(flawed, ignore), flawed.replace('5]', '5, "Jan Smit"]'));
});

test('the layout of the file is kept: line endings, indentation, key order, other entries', () => {
  const smit = entityNamed(corpus(), 'Jan Smit');
  const crlf = '{\r\n\t"comment": "x",\r\n\t"merges": []\r\n}\r\n';
  assert.equal(corrected(crlf, { kind: 'rename', entity: smit, name: 'J. Smit' }), '{\r\n\t"comment": "x",\r\n\t"merges": [\r\n\t\t{ "name": "J. Smit", "spellings": ["Jan Smit"] }\r\n\t]\r\n}\r\n');
  const lines = '{\n  "ignore": [\n    "Lees",\n    "Manul"\n  ],\n  "comment": "last"\n}\n';
  assert.equal(corrected(lines, { kind: 'ignore', entity: smit, spellings: [] }), '{\n  "ignore": [\n    "Lees",\n    "Manul",\n    "Jan Smit"\n  ],\n  "comment": "last"\n}\n');
  const inline = '{"entities": [{"id": "libya", "name": "Libië", "type": "place", "aliases": []}]}';
  const libya = entityNamed(corpus(), 'Libië');
  assert.equal(corrected(inline, { kind: 'rename', entity: libya, name: 'Libya' }), '{"entities": [{"id": "libya", "name": "Libya", "type": "place", "aliases": ["Libië"]}]}');
});
