// Evaluates person extraction and resolution on the annotated corpus in test/eval/corpus: each
// article NN_name.txt has NN_name.json listing the persons it names ({ name, spellings }), with
// canonical names shared across articles. Runs the real pipeline (parseArticle -> extractCandidates
// -> EntityResolver) and prints recall (a person counts as found in an article when one entity typed
// person holds every spelling the article uses for them), precision (entities typed person that are
// an annotated person), variant groups merged across articles, and wrong merges.
// Usage: npm run eval [-- <corpus folder>...] [--verbose]; by default test/eval/corpus (used while
// developing the rules) and test/eval/holdout (written to check them).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AliasMatcher } from '../../src/core/aliasMatcher';
import { parseArticle } from '../../src/core/article';
import { extractCandidates } from '../../src/core/entityCandidates';
import { EntityResolver } from '../../src/core/entityResolver';
import { aliasEntries, loadKnowledgeBase } from '../../src/core/knowledgeBase';
import { foldText } from '../../src/core/text';
import type { Entity } from '../../src/core/types';

interface AnnotatedPerson {
  name: string;
  spellings: string[];
}

export interface EvalReport {
  pairs: number;
  found: number;
  predicted: number;
  correct: number;
  variantGroups: number;
  variantGroupsMerged: number;
  wrongMerges: string[];
  misses: string[];
  falsePositives: string[];
  unmergedGroups: string[];
}

export function evaluate(folder: string): EvalReport {
  const knowledgeBase = loadKnowledgeBase();
  const matcher = new AliasMatcher(aliasEntries(knowledgeBase));
  const resolver = new EntityResolver(knowledgeBase);
  const annotations = new Map<string, AnnotatedPerson[]>();
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.txt')).sort()) {
    resolver.set(extractCandidates(parseArticle(file, readFileSync(join(folder, file), 'utf8')), matcher));
    const annotation = JSON.parse(readFileSync(join(folder, file.replace(/\.txt$/, '.json')), 'utf8')) as { persons: AnnotatedPerson[] };
    annotations.set(file, annotation.persons);
  }
  const persons = resolver.resolve().filter((entity) => entity.type === 'person');

  /** per article: entity -> the folded spellings it was seen with there */
  const seen = new Map<string, Map<Entity, Set<string>>>();
  for (const entity of persons) {
    for (const mention of entity.mentions) {
      let byEntity = seen.get(mention.path);
      if (!byEntity) seen.set(mention.path, (byEntity = new Map()));
      let spellings = byEntity.get(entity);
      if (!spellings) byEntity.set(entity, (spellings = new Set()));
      spellings.add(foldText(mention.surface));
    }
  }

  const report: EvalReport = { pairs: 0, found: 0, predicted: 0, correct: 0, variantGroups: 0, variantGroupsMerged: 0, wrongMerges: [], misses: [], falsePositives: [], unmergedGroups: [] };
  /** canonical person -> entity ids it was found as, and its spellings across the corpus */
  const foundAs = new Map<string, { ids: Set<string>; spellings: Set<string>; missed: boolean }>();
  /** entity id -> canonical persons matched to it */
  const personsOf = new Map<string, Set<string>>();
  for (const [path, annotated] of annotations) {
    const here = seen.get(path) ?? new Map<Entity, Set<string>>();
    for (const person of annotated) {
      report.pairs++;
      const wanted = new Set(person.spellings.map(foldText));
      const matches = [...here].filter(([, spellings]) => [...spellings].some((spelling) => wanted.has(spelling))).map(([entity]) => entity);
      // Found only when one person entity holds every spelling the article uses for them.
      const complete = [...here].some(([, spellings]) => [...wanted].every((spelling) => spellings.has(spelling)));
      let record = foundAs.get(person.name);
      if (!record) foundAs.set(person.name, (record = { ids: new Set(), spellings: new Set(), missed: false }));
      person.spellings.forEach((spelling) => record!.spellings.add(spelling));
      if (!complete) {
        record.missed = true;
        const partly = matches.length > 0 ? ` (split over ${matches.map((entity) => entity.name).join(' / ')})` : '';
        report.misses.push(`${path}: ${person.name}${partly}`);
      } else {
        report.found++;
      }
      for (const entity of matches) {
        record.ids.add(entity.id);
        let names = personsOf.get(entity.id);
        if (!names) personsOf.set(entity.id, (names = new Set()));
        names.add(person.name);
      }
    }
    for (const [entity, spellings] of here) {
      report.predicted++;
      const matched = annotated.some((person) => person.spellings.some((spelling) => spellings.has(foldText(spelling))));
      if (matched) report.correct++;
      else report.falsePositives.push(`${path}: ${entity.name} (${[...spellings].join(', ')})`);
    }
  }
  for (const [name, record] of foundAs) {
    if (record.spellings.size < 2) continue;
    report.variantGroups++;
    if (!record.missed && record.ids.size === 1) report.variantGroupsMerged++;
    else report.unmergedGroups.push(`${name}: ${record.missed ? 'partly missed, ' : ''}found as ${[...record.ids].join(', ') || 'nothing'}`);
  }
  for (const [id, names] of personsOf) if (names.size > 1) report.wrongMerges.push(`${id}: ${[...names].join(' + ')}`);
  return report;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`;
}

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const folders = args.filter((arg) => !arg.startsWith('--'));
  // The corpus was used while developing the rules; the held-out set only to check them.
  for (const folder of folders.length > 0 ? folders : ['test/eval/corpus', 'test/eval/holdout']) print(folder, evaluate(folder), verbose);
}

function print(folder: string, report: EvalReport, verbose: boolean): void {
  console.log(`Dossier entity evaluation on ${folder}`);
  console.log(`person recall     ${percent(report.found, report.pairs)} (${report.found}/${report.pairs} article-person pairs with all their spellings on one entity)`);
  console.log(`person precision  ${percent(report.correct, report.predicted)} (${report.correct}/${report.predicted} article-entity pairs typed person)`);
  console.log(`variant groups    ${report.variantGroupsMerged}/${report.variantGroups} merged into one entity`);
  console.log(`wrong merges      ${report.wrongMerges.length}${report.wrongMerges.length ? ': ' + report.wrongMerges.join('; ') : ''}`);
  if (verbose) {
    for (const line of report.misses) console.log(`  missed          ${line}`);
    for (const line of report.falsePositives) console.log(`  false positive  ${line}`);
    for (const line of report.unmergedGroups) console.log(`  not merged      ${line}`);
  }
}

main();
