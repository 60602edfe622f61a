// Measures what holds the heap after indexing the synthetic archive, step by step: the analyses,
// the corpus that keeps them, the first full view, the search index, the timeline model. Each
// figure is the live heap after a full garbage collection, per article.
//   node --expose-gc --import tsx scripts/measureHeap.ts <articles> [--snapshot FILE [--after STEP]]
// --snapshot writes a heap snapshot after the step named (the last by default), for
// scripts/heapSnapshotSummary.ts.

import { writeHeapSnapshot } from 'node:v8';
import { analyseFile, knownSpellingsMatcher, type FileAnalysis } from '../src/core/analysis';
import { Corpus } from '../src/core/corpus';
import { loadKnowledgeBase } from '../src/core/knowledgeBase';
import { buildTimeline } from '../src/core/timeline';
import { syntheticArchive } from './syntheticArchive';

const size = Number(process.argv[2]);
const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const snapshotFile = option('--snapshot');
const snapshotAfter = option('--after') ?? 'timeline model';
const gc = (globalThis as { gc?: () => void }).gc;
if (!(size > 0) || !gc) throw new Error('usage: node --expose-gc --import tsx scripts/measureHeap.ts <articles> [--snapshot FILE]');

const liveHeap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const encoder = new TextEncoder();
let files: { path: string; bytes: Uint8Array }[] | undefined = syntheticArchive(size).map((file) => ({ path: file.path, bytes: encoder.encode(file.text) }));
const textBytes = files.reduce((sum, file) => sum + file.bytes.length, 0);
const matcher = knownSpellingsMatcher(loadKnowledgeBase());
const corpus = new Corpus();
let before = liveHeap();
const step = (name: string) => {
  const now = liveHeap();
  console.log(`${name.padEnd(28)} ${((now - before) / size / 1024).toFixed(1).padStart(7)} KB per article   (heap ${(now / 1024 / 1024).toFixed(0)} MB)`);
  before = now;
  if (snapshotFile && name === snapshotAfter) console.log(`heap snapshot: ${writeHeapSnapshot(snapshotFile)}`);
};
console.log(`${size} articles, ${(textBytes / size / 1024).toFixed(1)} KB of text per article`);

let analyses: FileAnalysis[] | undefined = files.map((file) => analyseFile(file.path, file.bytes, matcher));
files = undefined;
step('analyses');
for (const analysis of analyses) corpus.addAnalysis(analysis, corpus.userEntitiesText);
analyses = undefined;
step('added to the corpus');
const snapshot = corpus.snapshot();
step('first full view');
while (corpus.indexForSearch(1000));
step('search index');
snapshot.search('overleg');
step('first search');
const timeline = buildTimeline(snapshot.articles, snapshot.events, snapshot.entities);
step('timeline model');
console.log(`total ${(liveHeap() / size / 1024).toFixed(1)} KB per article; ${snapshot.entities.length} entities, ${snapshot.events.length} events, ${timeline.items.length} timeline items`);
