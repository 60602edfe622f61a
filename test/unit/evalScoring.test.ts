import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Annotation, score, type ScoredEntity } from '../eval/scoring';

const annotation = (persons: [string, ...string[]][], organizations: [string, ...string[]][] = [], places: [string, ...string[]][] = []): Annotation => {
  const entries = (list: [string, ...string[]][]) => list.map(([name, ...spellings]) => ({ name, spellings }));
  return { persons: entries(persons), organizations: entries(organizations), places: entries(places) };
};

const entity = (id: string, type: ScoredEntity['type'], mentions: [path: string, surface: string][]): ScoredEntity => ({
  id, name: mentions[0][1], type, mentions: mentions.map(([path, surface]) => ({ path, surface })),
});

// a.txt: Rutte whole, Anna de Wit split, a credit taken for a person, Den Haag typed organisation.
// b.txt: two different Salehs joined. c.txt: Rutte again on a second entity and on an organisation,
// NOS missed, Libië found.
const annotations = new Map<string, Annotation>([
  ['a.txt', annotation([['Mark Rutte', 'Mark Rutte', 'Rutte'], ['Anna de Wit', 'Anna de Wit', 'De Wit']], [['VVD', 'VVD']], [['Den Haag', 'Den Haag']])],
  ['b.txt', annotation([['Aguila Saleh', 'Aguila Saleh', 'Saleh'], ['Ali Abdullah Saleh', 'Ali Abdullah Saleh']])],
  ['c.txt', annotation([['Mark Rutte', 'Mark Rutte']], [['NOS', 'NOS']], [['Libië', 'Libië']])],
]);
const entities = [
  entity('rutte', 'person', [['a.txt', 'Mark Rutte'], ['a.txt', 'Rutte']]),
  entity('anna', 'person', [['a.txt', 'Anna de Wit'], ['a.txt', 'Den Haag']]),
  entity('de-wit', 'person', [['a.txt', 'De Wit']]),
  entity('credit', 'person', [['a.txt', 'Beeld ANP']]),
  entity('vvd', 'organization', [['a.txt', 'VVD']]),
  entity('den-haag', 'organization', [['a.txt', 'Den Haag']]),
  entity('saleh', 'person', [['b.txt', 'Aguila Saleh'], ['b.txt', 'Saleh'], ['b.txt', 'Ali Abdullah Saleh']]),
  entity('rutte-2', 'person', [['c.txt', 'mark rutte']]),
  entity('libie', 'place', [['c.txt', 'Libie']]),
  entity('rutte-organization', 'organization', [['c.txt', 'Mark Rutte']]),
];

test('person figures: recall needs every spelling on one person entity, precision counts article-entity pairs', () => {
  const { person } = score(annotations, entities);
  assert.deepEqual(
    { pairs: person.pairs, found: person.found, foundTyped: person.foundTyped, predicted: person.predicted, correct: person.correct },
    { pairs: 5, found: 4, foundTyped: 4, predicted: 6, correct: 5 },
  );
  assert.deepEqual(person.misses, ['a.txt: Anna de Wit (split over Anna de Wit [person] / De Wit [person])']);
  assert.deepEqual(person.falsePositives, ['a.txt: Beeld ANP [person] (beeld anp)']);
});

test('variant groups, wrong merges and stray spellings', () => {
  const report = score(annotations, entities);
  // Mark Rutte is split over two entities, Anna de Wit split within an article; Aguila Saleh is whole.
  assert.equal(report.variantGroups, 3);
  assert.equal(report.variantGroupsMerged, 1);
  assert.deepEqual(report.wrongMerges, ['saleh: Aguila Saleh + Ali Abdullah Saleh']);
  assert.deepEqual(report.straySpellings, ['Anna de Wit: "den haag" (place Den Haag)']);
});

test('organisations and places: recall counts any type, typed right only the annotated type', () => {
  const { organization, place } = score(annotations, entities);
  assert.deepEqual(
    { pairs: organization.pairs, found: organization.found, foundTyped: organization.foundTyped, predicted: organization.predicted, correct: organization.correct },
    { pairs: 2, found: 1, foundTyped: 1, predicted: 3, correct: 1 },
  );
  assert.deepEqual(organization.misses, ['c.txt: NOS']);
  // A person's name on an organisation entity is no organisation.
  assert.deepEqual(organization.falsePositives, ['a.txt: Den Haag [organization] (den haag)', 'c.txt: Mark Rutte [organization] (mark rutte)']);
  assert.deepEqual(
    { pairs: place.pairs, found: place.found, foundTyped: place.foundTyped, predicted: place.predicted, correct: place.correct },
    { pairs: 2, found: 2, foundTyped: 1, predicted: 1, correct: 1 },
  );
  assert.deepEqual(place.mistyped, ['a.txt: Den Haag as Anna de Wit [person] / Den Haag [organization]']);
});

test('an entity named in two articles counts once per article for precision', () => {
  const report = score(
    new Map([['a.txt', annotation([['Mark Rutte', 'Rutte']])], ['b.txt', annotation([])]]),
    [entity('rutte', 'person', [['a.txt', 'Rutte'], ['b.txt', 'Rutte']])],
  );
  assert.deepEqual({ predicted: report.person.predicted, correct: report.person.correct }, { predicted: 2, correct: 1 });
  assert.equal(report.articles, 2);
});
