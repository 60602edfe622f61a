// Per-file parsing on its own: CPU time per MB of decoding, the prose check, parsing and finding
// date expressions over the benchmark's synthetic archive, each step in a loop of its own so a CPU
// profile (`node --cpu-prof`) or the figures show which one is slow. CPU time (user + system) is
// less noisy than wall time on a shared machine; figures are medians of several runs. Run it bundled,
// as dist/ runs the code: under tsx every call into another module goes through a getter, which
// costs more than the work of helpers called once per character.
//   npx esbuild scripts/profileParsing.ts --bundle --platform=node --outfile=/tmp/profileParsing.js
//   node /tmp/profileParsing.js [articles=2000] [runs=5]

import { parseArticle } from '../src/core/article';
import { findDateExpressions } from '../src/core/dates';
import { decodeArticleBytes } from '../src/core/decode';
import { proseProblem } from '../src/core/prose';
import { median } from './measure';
import { syntheticArchive } from './syntheticArchive';

const articles = Number(process.argv[2] ?? 2000);
const runs = Number(process.argv[3] ?? 5);

const files = syntheticArchive(articles);
const bytes = files.map((file) => new TextEncoder().encode(file.text));
const megabytes = bytes.reduce((sum, file) => sum + file.length, 0) / (1024 * 1024);
// The steps read the text as decoded from the bytes, as the CLI and the extension do: a flat string.
// The generator's texts are joined by concatenation, and V8 reads such a string more slowly.
const texts = files.map((file, i) => ({ path: file.path, text: new TextDecoder().decode(bytes[i]) }));
const parsed = texts.map((file) => parseArticle(file.path, file.text));

/** CPU milliseconds (user + system) of one run of `action`. */
function cpuTime(action: () => void): number {
  const start = process.cpuUsage();
  action();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const steps: Record<string, () => void> = {
  decodeArticleBytes: () => bytes.forEach((file) => decodeArticleBytes(file, Infinity)),
  proseProblem: () => texts.forEach((file) => proseProblem(file.text)),
  parseArticle: () => texts.forEach((file) => parseArticle(file.path, file.text)),
  findDateExpressions: () => parsed.forEach((article) => findDateExpressions(article)),
};

console.log(`${articles} articles, ${megabytes.toFixed(1)} MB; CPU ms per MB, median of ${runs} runs`);
const times: Record<string, number[]> = Object.fromEntries(Object.keys(steps).map((name) => [name, []]));
for (const step of Object.values(steps)) step(); // warm-up: the first run pays for compilation
// Runs of the steps alternate, so a burst of load on the machine slows all of them alike.
for (let run = 0; run < runs; run++) for (const [name, step] of Object.entries(steps)) times[name].push(cpuTime(step));
for (const [name, values] of Object.entries(times)) console.log(`${name.padEnd(20)} ${(median(values) / megabytes).toFixed(1).padStart(7)} ms/MB`);
