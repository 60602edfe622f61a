// Evaluates entity extraction and resolution on the annotated folders: each article NN_name.txt has
// NN_name.json listing the persons, organisations and places it names ({ name, spellings }), with
// canonical names shared across articles (rules in test/eval/README.md). Runs the real pipeline
// (parseArticle -> extractCandidates -> EntityResolver over the whole folder), scores it with
// scoring.ts and prints one table, a column per folder.
// Usage: npm run eval [-- <folder>...] [--verbose]; by default test/eval/corpus (used while developing
// the rules), test/eval/holdout (written to check them) and test/eval/unseen (never tuned on).

import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AliasMatcher } from '../../src/core/aliasMatcher';
import { parseArticle } from '../../src/core/article';
import { extractCandidates } from '../../src/core/entityCandidates';
import { EntityResolver } from '../../src/core/entityResolver';
import { aliasEntries, loadKnowledgeBase } from '../../src/core/knowledgeBase';
import { type Annotation, type EvalReport, score, type TypeScore } from './scoring';

const FOLDERS: { folder: string; role: string; listErrors: boolean }[] = [
  { folder: 'test/eval/corpus', role: 'tuned on', listErrors: true },
  { folder: 'test/eval/holdout', role: 'checked on', listErrors: true },
  // Its errors are listed only when the folder is named, to check the annotation, never to tune.
  { folder: 'test/eval/unseen', role: 'never tuned on', listErrors: false },
];

export function evaluate(folder: string): EvalReport {
  const knowledgeBase = loadKnowledgeBase();
  const matcher = new AliasMatcher(aliasEntries(knowledgeBase));
  const resolver = new EntityResolver(knowledgeBase);
  const annotations = new Map<string, Annotation>();
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.txt')).sort()) {
    resolver.set(extractCandidates(parseArticle(file, readFileSync(join(folder, file), 'utf8')), matcher));
    annotations.set(file, JSON.parse(readFileSync(join(folder, file.replace(/\.txt$/, '.json')), 'utf8')) as Annotation);
  }
  return score(annotations, resolver.resolve());
}

function ratio(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : (part / whole).toFixed(3);
}

function counted(part: number, whole: number): string {
  return `${ratio(part, whole)} (${part}/${whole})`;
}

const precision = (typeScore: TypeScore) => counted(typeScore.correct, typeScore.predicted);
const recall = (typeScore: TypeScore) => counted(typeScore.found, typeScore.pairs);
const typedRight = (typeScore: TypeScore) => counted(typeScore.foundTyped, typeScore.found);

/** One row per figure of issue 9's table; the definitions are in test/eval/README.md. */
const ROWS: { label: string; target: string; value: (report: EvalReport) => string }[] = [
  { label: 'articles', target: '', value: (report) => String(report.articles) },
  { label: 'person recall (all spellings on one person entity)', target: '≥ 0.98', value: (report) => counted(report.person.foundTyped, report.person.pairs) },
  { label: 'person precision (person entities that are people)', target: '≥ 0.95', value: (report) => precision(report.person) },
  { label: 'people written several ways, kept as one entity', target: 'all', value: (report) => `${report.variantGroupsMerged} of ${report.variantGroups}` },
  { label: 'entities joining two different people', target: '0', value: (report) => String(report.wrongMerges.length) },
  { label: "spellings on a person's entity that belong to something else", target: '0', value: (report) => String(report.straySpellings.length) },
  { label: 'organisation precision', target: '≥ 0.90', value: (report) => precision(report.organization) },
  { label: 'organisations typed right (not a place or person)', target: '≥ 0.95', value: (report) => typedRight(report.organization) },
  { label: 'organisation recall (found, any type)', target: '≥ 0.90', value: (report) => recall(report.organization) },
  { label: 'place precision', target: '≥ 0.97', value: (report) => precision(report.place) },
  { label: 'places typed right', target: '', value: (report) => typedRight(report.place) },
  { label: 'place recall (found, any type)', target: '≥ 0.97', value: (report) => recall(report.place) },
];

function printTable(columns: { folder: string; role: string; report: EvalReport }[]): void {
  const header = ['', ...columns.map(({ folder, role }) => `${basename(folder)} (${role})`), 'target'];
  const lines = [header, header.map(() => '---'), ...ROWS.map((row) => [row.label, ...columns.map(({ report }) => row.value(report)), row.target])];
  for (const line of lines) console.log(`| ${line.join(' | ')} |`);
}

function printErrors(folder: string, report: EvalReport): void {
  console.log(`\nErrors in ${folder}`);
  const list = (label: string, lines: string[]) => lines.forEach((line) => console.log(`  ${label.padEnd(22)}${line}`));
  for (const type of ['person', 'organization', 'place'] as const) {
    list(`missed ${type}`, report[type].misses);
    list(`mistyped ${type}`, report[type].mistyped);
    list(`false ${type}`, report[type].falsePositives);
  }
  list('not merged', report.unmergedGroups);
  list('wrong merge', report.wrongMerges);
  list('stray spelling', report.straySpellings);
}

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const named = args.filter((arg) => !arg.startsWith('--'));
  const folders = named.length > 0 ? named.map((folder) => ({ folder, role: 'given', listErrors: true })) : FOLDERS;
  const columns = folders.map((column) => ({ ...column, report: evaluate(column.folder) }));
  console.log('Dossier entity evaluation. corpus: used while developing the rules; holdout: written to check them;');
  console.log('unseen: held out, never tuned on (read only its figures, never its errors, while changing the rules).\n');
  printTable(columns);
  if (!verbose) return;
  for (const { folder, report, listErrors } of columns) {
    if (listErrors) printErrors(folder, report);
    else console.log(`\nErrors in ${folder} are not listed: it is never tuned on (name the folder to check its annotation).`);
  }
}

main();
