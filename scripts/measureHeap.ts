// Measures what holds the heap after indexing the synthetic archive, step by step: the analyses,
// the corpus that keeps them, the first full view, the search index, the timeline model. Each
// figure is the live heap after a full garbage collection, per article, and beside it the typed
// arrays' stores, which V8 keeps outside the heap.
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

/** The heap after a full collection, and typed arrays' stores (outside the heap; the files' bytes until they are analysed). */
const live = () => {
  gc();
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return { heap: heapUsed, buffers: arrayBuffers };
};

const encoder = new TextEncoder();
let files: { path: string; bytes: Uint8Array }[] | undefined = syntheticArchive(size).map((file) => ({ path: file.path, bytes: encoder.encode(file.text) }));
const textBytes = files.reduce((sum, file) => sum + file.bytes.length, 0);
const matcher = knownSpellingsMatcher(loadKnowledgeBase());
const corpus = new Corpus();
let before = live();
const perArticle = (bytes: number) => `${(bytes / size / 1024).toFixed(1).padStart(7)} KB`;
const step = (name: string) => {
  const now = live();
  console.log(`${name.padEnd(28)} ${perArticle(now.heap - before.heap)} per article, typed arrays ${perArticle(now.buffers - before.buffers)}   (heap ${(now.heap / 1024 / 1024).toFixed(0)} MB)`);
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
const end = live();
console.log(`total ${perArticle(end.heap)} per article, typed arrays ${perArticle(end.buffers)}; ${snapshot.entities.length} entities, ${snapshot.events.length} events, ${timeline.items.length} timeline items`);
