// Where the CPU time of a cold start goes, per article: every step from a file's bytes to a
// searchable corpus, each run on its own over the synthetic archive (scripts/syntheticArchive.ts)
// on one thread, timed in CPU time (user + system), the median of several runs, with its share of
// the whole. The steps are those of the CLI: decoding, the prose check, parsing, date expressions,
// entity candidates (and, inside them, the word parts and the alias matching), what month inference
// is given, the trip from a worker to the main thread (the text form against a structured clone),
// adding to the corpus, the search index, and the first resolution. Run it bundled, as dist/ runs
// the code (under tsx every call into another module goes through a getter):
//   npx esbuild scripts/profileArticle.ts --bundle --platform=node --outfile=/tmp/profileArticle.js
//   node /tmp/profileArticle.js [articles=2000] [runs=3]

import { deserialize, serialize } from 'node:v8';
import { parseArticle } from '../src/core/article';
import { knownSpellingsMatcher, withCandidates, type FileAnalysis } from '../src/core/analysis';
import { wordParts } from '../src/core/aliasMatcher';
import { Corpus } from '../src/core/corpus';
import { findDateExpressions } from '../src/core/dates';
import { decodeArticleBytes } from '../src/core/decode';
import { extractCandidates } from '../src/core/entityCandidates';
import { loadKnowledgeBase } from '../src/core/knowledgeBase';
import { proseProblem } from '../src/core/prose';
import { analysisFromText, analysisText } from '../src/node/analysisText';
import { cpuTime, median } from './measure';
import { syntheticArchive } from './syntheticArchive';

const size = Number(process.argv[2] ?? 2000);
const runs = Number(process.argv[3] ?? 3);

const knowledgeBase = loadKnowledgeBase();
const matcher = knownSpellingsMatcher(knowledgeBase);
const files = syntheticArchive(size).map((file) => ({ path: file.path, bytes: new TextEncoder().encode(file.text) }));
// Each step reads what the one before made, made once up front, as the pipeline would give it.
const texts = files.map((file) => {
  const decoded = decodeArticleBytes(file.bytes, Infinity);
  if (!decoded.ok) throw new Error(`${file.path}: ${decoded.reason}`);
  return decoded.text;
});
const parsed = files.map((file, i) => parseArticle(file.path, texts[i]));
const expressions = parsed.map((article) => findDateExpressions(article));
const analyses: FileAnalysis[] = parsed.map((article, i) => ({ path: article.path, article: withCandidates(article, expressions[i], matcher) }));
const asText = analyses.map(analysisText);
const cloned = analyses.map((analysis) => serialize(analysis));

function corpusOf(searchable: boolean): Corpus {
  const corpus = new Corpus({ knowledgeBase });
  if (searchable) corpus.indexForSearch(0); // indexes each article as it is added, as the CLI does
  for (const analysis of analyses) corpus.addAnalysis(analysis, null);
  return corpus;
}

/** The steps of a cold start; those marked `inside` are part of the step before and not added to the whole. */
const steps: { name: string; inside?: boolean; run: () => void }[] = [
  { name: 'decoding', run: () => files.forEach((file) => decodeArticleBytes(file.bytes, Infinity)) },
  { name: 'prose check', run: () => texts.forEach((text) => proseProblem(text)) },
  { name: 'parsing', run: () => files.forEach((file, i) => parseArticle(file.path, texts[i])) },
  { name: 'date expressions', run: () => parsed.forEach((article) => findDateExpressions(article)) },
  { name: 'entity candidates', run: () => parsed.forEach((article) => extractCandidates(article, matcher)) },
  { name: '  word parts', inside: true, run: () => parsed.forEach((article) => article.sentences.forEach((sentence) => wordParts(sentence.text))) },
  { name: '  alias matching', inside: true, run: () => parsed.forEach((article) => article.sentences.forEach((sentence) => matcher.findAll(sentence.text))) },
  { name: 'candidates + inference', inside: true, run: () => parsed.forEach((article, i) => withCandidates(article, expressions[i], matcher)) },
  { name: 'to text (worker)', run: () => analyses.forEach(analysisText) },
  { name: 'from text (main)', run: () => asText.forEach(analysisFromText) },
  { name: 'clone: serialise', inside: true, run: () => analyses.forEach((analysis) => serialize(analysis)) },
  { name: 'clone: deserialise', inside: true, run: () => cloned.forEach((bytes) => deserialize(bytes)) },
  { name: 'adding to the corpus', run: () => corpusOf(false) },
  { name: 'search index', run: () => corpusOf(true) }, // less the adding, below
  { name: 'first resolution', run: () => {} }, // timed apart, below: it needs a corpus of its own each run
];

const times = new Map<string, number[]>(steps.map((step) => [step.name, []]));
for (const step of steps) step.run(); // warm-up: the first run pays for compilation
for (let run = 0; run < runs; run++) {
  // The steps alternate, so a burst of load on the machine slows all of them alike.
  for (const step of steps) times.get(step.name)!.push(cpuTime(step.run));
  const corpus = corpusOf(false);
  times.get('first resolution')!.push(cpuTime(() => corpus.snapshot()));
}
const perArticle = new Map([...times].map(([name, values]) => [name, median(values) / size]));
perArticle.set('search index', perArticle.get('search index')! - perArticle.get('adding to the corpus')!);
const whole = steps.filter((step) => !step.inside).reduce((sum, step) => sum + perArticle.get(step.name)!, 0);

console.log(`${size} articles, CPU ms per article (median of ${runs} runs; one thread; ${process.version})`);
for (const step of steps) {
  const ms = perArticle.get(step.name)!;
  const share = step.inside ? '' : `${((ms / whole) * 100).toFixed(0).padStart(3)}%`;
  console.log(`  ${step.name.padEnd(24)} ${ms.toFixed(3).padStart(7)} ms  ${share}`);
}
console.log(`  ${'whole'.padEnd(24)} ${whole.toFixed(3).padStart(7)} ms`);
