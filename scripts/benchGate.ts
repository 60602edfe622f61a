// The CI scaling gate (run by `npm test`): indexes 1,000 and 10,000 articles of the benchmark's
// synthetic archive in this process and fails when an article costs more than 1.5 times as much
// CPU time at 10,000 as at 1,000 (issue 10). A ratio within one run, so a slow machine passes and
// work that grows with the corpus (a quadratic step) fails.
//   node --import tsx scripts/benchGate.ts [--runs 4]

import { Corpus } from '../src/core/corpus';
import { costPerItemRatio, type Indexing } from './benchScaling';
import { syntheticArchive } from './syntheticArchive';

const SMALL = 1000;
const LARGE = 10_000;
const LIMIT = 1.5;

const runsIndex = process.argv.indexOf('--runs');
const runs = runsIndex > 0 ? Number(process.argv[runsIndex + 1]) : 4;

const encoder = new TextEncoder();
const archives = new Map([SMALL, LARGE].map((size) => [size, syntheticArchive(size).map((file) => ({ path: file.path, bytes: encoder.encode(file.text) }))]));

function indexing(size: number): Indexing {
  const files = archives.get(size)!;
  const corpus = new Corpus();
  return {
    add: (from, to) => { for (let i = from; i < to; i++) corpus.upsertFile(files[i].path, files[i].bytes); },
    finish: () => corpus.snapshot(),
  };
}

const started = performance.now();
const { small, large, ratio } = costPerItemRatio(indexing, SMALL, LARGE, runs);
const verdict = ratio <= LIMIT ? 'passed' : 'FAILED';
console.log(`scaling gate: ${small.toFixed(3)} ms CPU per article at ${SMALL}, ${large.toFixed(3)} ms at ${LARGE}: ratio ${ratio.toFixed(2)} (limit ${LIMIT}) ${verdict} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
if (ratio > LIMIT) process.exitCode = 1;
