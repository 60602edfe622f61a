// Scores resolved entities against the hand annotation of an evaluation folder. Pure: no files, no
// pipeline, so the scoring itself is unit-tested (test/unit/evalScoring.test.ts). The rules the
// annotation follows, and what each figure means, are in test/eval/README.md.

import { foldText } from '../../src/core/text';
import type { Entity, EntityType, Mention } from '../../src/core/types';

/** One entity an article names, with every spelling that article uses for it. */
export interface AnnotatedEntity {
  /** canonical name, shared by every article that names the entity */
  name: string;
  spellings: string[];
}

/** An article's NN_name.json. */
export interface Annotation {
  persons: AnnotatedEntity[];
  organizations: AnnotatedEntity[];
  places: AnnotatedEntity[];
}

/** What the scoring reads of an entity, so a test can build one by hand. */
export type ScoredEntity = Pick<Entity, 'id' | 'name' | 'type'> & { mentions: Pick<Mention, 'path' | 'surface'>[] };

export interface TypeScore {
  /** article-entity pairs annotated with this type */
  pairs: number;
  /** of those, found on one entity (of any type) holding every spelling the article uses */
  found: number;
  /** of the found, on one entity of this type holding every spelling */
  foundTyped: number;
  /** article-entity pairs the extraction typed this way */
  predicted: number;
  /** of those, holding a spelling of an entity annotated with this type in that article */
  correct: number;
  misses: string[];
  mistyped: string[];
  falsePositives: string[];
}

export interface EvalReport {
  articles: number;
  person: TypeScore;
  organization: TypeScore;
  place: TypeScore;
  /** annotated persons written more than one way in the folder */
  variantGroups: number;
  /** of those, found on every article and on one person entity throughout */
  variantGroupsMerged: number;
  unmergedGroups: string[];
  /** person entities holding spellings of two different annotated persons */
  wrongMerges: string[];
  /** spellings on a person entity that belong to none of the persons it was matched to */
  straySpellings: string[];
}

const TYPES: { type: EntityType; key: keyof Annotation }[] = [
  { type: 'person', key: 'persons' },
  { type: 'organization', key: 'organizations' },
  { type: 'place', key: 'places' },
];

function emptyScore(): TypeScore {
  return { pairs: 0, found: 0, foundTyped: 0, predicted: 0, correct: 0, misses: [], mistyped: [], falsePositives: [] };
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

/** per article: entity -> the folded spellings it was seen with there */
function spellingsByArticle(entities: ScoredEntity[]): Map<string, Map<ScoredEntity, Set<string>>> {
  const seen = new Map<string, Map<ScoredEntity, Set<string>>>();
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      let byEntity = seen.get(mention.path);
      if (!byEntity) seen.set(mention.path, (byEntity = new Map()));
      addTo(byEntity, entity, foldText(mention.surface));
    }
  }
  return seen;
}

function describe(entity: ScoredEntity, spellings: Set<string>): string {
  return `${entity.name} [${entity.type}] (${[...spellings].join(', ')})`;
}

/** Scores `entities` against `annotations` (article path -> its annotation). */
export function score(annotations: Map<string, Annotation>, entities: ScoredEntity[]): EvalReport {
  const seen = spellingsByArticle(entities);
  const report: EvalReport = {
    articles: annotations.size,
    person: emptyScore(), organization: emptyScore(), place: emptyScore(),
    variantGroups: 0, variantGroupsMerged: 0, unmergedGroups: [], wrongMerges: [], straySpellings: [],
  };
  /** canonical person -> person entity ids holding one of its spellings, and its spellings in the folder */
  const personRecords = new Map<string, { ids: Set<string>; spellings: Set<string>; missed: boolean }>();
  /** person entity id -> canonical persons it holds spellings of */
  const personsOf = new Map<string, Set<string>>();
  /** person entity id -> folded spellings of the persons it was matched to, anywhere in the folder */
  const matchedSpellings = new Map<string, Set<string>>();

  for (const [path, annotation] of annotations) {
    const here = seen.get(path) ?? new Map<ScoredEntity, Set<string>>();
    for (const { type, key } of TYPES) {
      const typeScore = report[type];
      for (const annotated of annotation[key]) {
        typeScore.pairs++;
        const wanted = annotated.spellings.map(foldText);
        const holders = [...here].filter(([, spellings]) => wanted.every((spelling) => spellings.has(spelling))).map(([entity]) => entity);
        const partial = [...here].filter(([, spellings]) => wanted.some((spelling) => spellings.has(spelling))).map(([entity]) => entity);
        if (holders.length > 0) typeScore.found++;
        if (holders.some((entity) => entity.type === type)) typeScore.foundTyped++;
        else if (holders.length > 0) typeScore.mistyped.push(`${path}: ${annotated.name} as ${holders.map((entity) => `${entity.name} [${entity.type}]`).join(' / ')}`);
        else typeScore.misses.push(`${path}: ${annotated.name}${partial.length > 0 ? ` (split over ${partial.map((entity) => `${entity.name} [${entity.type}]`).join(' / ')})` : ''}`);
        if (type !== 'person') continue;

        let record = personRecords.get(annotated.name);
        if (!record) personRecords.set(annotated.name, (record = { ids: new Set(), spellings: new Set(), missed: false }));
        annotated.spellings.forEach((spelling) => record!.spellings.add(spelling));
        if (!holders.some((entity) => entity.type === 'person')) record.missed = true;
        for (const entity of partial.filter((candidate) => candidate.type === 'person')) {
          record.ids.add(entity.id);
          addTo(personsOf, entity.id, annotated.name);
          wanted.forEach((spelling) => addTo(matchedSpellings, entity.id, spelling));
        }
      }
      for (const [entity, spellings] of here) {
        if (entity.type !== type) continue;
        typeScore.predicted++;
        if (annotation[key].some((annotated) => annotated.spellings.some((spelling) => spellings.has(foldText(spelling))))) typeScore.correct++;
        else typeScore.falsePositives.push(`${path}: ${describe(entity, spellings)}`);
      }
    }
  }

  for (const [name, record] of personRecords) {
    if (record.spellings.size < 2) continue;
    report.variantGroups++;
    if (!record.missed && record.ids.size === 1) report.variantGroupsMerged++;
    else report.unmergedGroups.push(`${name}: ${record.missed ? 'partly missed, ' : ''}found as ${[...record.ids].join(', ') || 'nothing'}`);
  }
  for (const [id, names] of personsOf) if (names.size > 1) report.wrongMerges.push(`${id}: ${[...names].join(' + ')}`);
  for (const entity of entities) {
    const own = matchedSpellings.get(entity.id);
    if (entity.type !== 'person' || !own) continue;
    const stray = new Set(entity.mentions.map((mention) => foldText(mention.surface)).filter((spelling) => !own.has(spelling)));
    for (const spelling of stray) report.straySpellings.push(`${entity.name}: "${spelling}"${belongsTo(annotations, spelling)}`);
  }
  return report;
}

/** What else in the folder's annotation a stray spelling names, for the verbose listing. */
function belongsTo(annotations: Map<string, Annotation>, spelling: string): string {
  for (const annotation of annotations.values()) {
    for (const { type, key } of TYPES) {
      const owner = annotation[key].find((annotated) => annotated.spellings.some((candidate) => foldText(candidate) === spelling));
      if (owner) return ` (${type} ${owner.name})`;
    }
  }
  return ' (nothing annotated)';
}
