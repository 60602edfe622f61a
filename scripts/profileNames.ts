// Times name extraction and resolver bookkeeping alone on the synthetic archive: the articles are
// parsed up front (not measured; nor is what month inference is given), then extractCandidates, EntityResolver.set, MonthInference.set and
// resolve() run in turn, each timed in CPU time, with the heap the candidates hold. For a CPU profile
// of just these steps: node --cpu-prof --import tsx scripts/profileNames.ts [articles] [runs]

import { AliasMatcher } from '../src/core/aliasMatcher';
import { parseArticle } from '../src/core/article';
import { withCandidates } from '../src/core/analysis';
import { findDateExpressions } from '../src/core/dates';
import { extractCandidates, type ArticleCandidates } from '../src/core/entityCandidates';
import { EntityResolver } from '../src/core/entityResolver';
import { aliasEntries, loadKnowledgeBase } from '../src/core/knowledgeBase';
import { MonthInference } from '../src/core/monthInference';
import { median } from './measure';
import { syntheticArchive } from './syntheticArchive';

const size = Number(process.argv[2] ?? 2000);
const runs = Number(process.argv[3] ?? 5);

const knowledgeBase = loadKnowledgeBase();
const matcher = new AliasMatcher(aliasEntries(knowledgeBase));
const parsed = syntheticArchive(size).map((file) => parseArticle(file.path, file.text));
// What month inference is given does not depend on the timed steps: made once, up front.
const inputs = parsed.map((article) => withCandidates(article, findDateExpressions(article), matcher).inference);

/** CPU milliseconds (user + system) of `work`. */
function cpu<T>(work: () => T): [number, T] {
  const start = process.cpuUsage();
  const result = work();
  const used = process.cpuUsage(start);
  return [(used.user + used.system) / 1000, result];
}

function heapMB(): number {
  // Twice: the first collection may leave what the last run dropped for the next.
  globalThis.gc?.();
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

if (!globalThis.gc) console.warn('run with node --expose-gc for the heap figure');
const times: Record<string, number[]> = { extractCandidates: [], 'resolver.set': [], 'inference.set': [], resolve: [] };
let candidatesMB = 0;
/** One run in a function of its own, so nothing of the run before is still held when the heap is read. */
function run(): void {
  const before = heapMB();
  const [extractMs, candidates] = cpu(() => parsed.map((article) => extractCandidates(article, matcher)));
  candidatesMB = heapMB() - before;
  const resolver = new EntityResolver(knowledgeBase);
  const [setMs] = cpu(() => candidates.forEach((c: ArticleCandidates) => resolver.set(c)));
  const inference = new MonthInference();
  const [inferenceMs] = cpu(() => inputs.forEach((input) => inference.set(input)));
  const [resolveMs] = cpu(() => resolver.resolve());
  times.extractCandidates.push(extractMs);
  times['resolver.set'].push(setMs);
  times['inference.set'].push(inferenceMs);
  times.resolve.push(resolveMs);
}
for (let i = 0; i < runs; i++) run();
console.log(`${size} articles, ${runs} runs, CPU ms (median; per article), candidates heap ${candidatesMB.toFixed(1)} MB (${((candidatesMB * 1024) / size).toFixed(2)} KB per article)`);
for (const [step, values] of Object.entries(times)) {
  const ms = median(values);
  console.log(`  ${step.padEnd(18)} ${ms.toFixed(0).padStart(7)} ms  ${(ms / size).toFixed(3)} ms/article  [${values.map((v) => v.toFixed(0)).join(' ')}]`);
}
