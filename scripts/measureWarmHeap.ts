// Measures what a warm start keeps on the heap, step by step, as the extension host makes it: a
// cache filled by the CLI (`node dist/cli.js <folder> --cache DIR`) loaded, every file looked up
// and added to a corpus, the saved entities and search index taken, the names grouped for the
// first change (prepareForChanges). Each figure is the live heap after a full garbage collection
// and the process's peak RSS so far, with the CPU time of the step.
//   node --expose-gc --import tsx scripts/measureWarmHeap.ts <folder> <cache folder>
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Corpus } from '../src/core/corpus';
import { runSteps } from '../src/core/steps';
import { addToCorpus, AnalysisCache } from '../src/node/analysisCache';
import { SavedEntities } from '../src/node/entityResolutionFile';

const [folder, cacheFolder, version] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;
if (!folder || !cacheFolder || !version || !gc) throw new Error('usage: node --expose-gc --import tsx scripts/measureWarmHeap.ts <folder> <cache folder> <cache version>');

const files: string[] = [];
const walk = (dir: string) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) (entry.isDirectory() ? walk : (path: string) => files.push(path))(join(dir, entry.name));
};
walk(folder);

async function step(name: string, work: () => unknown): Promise<void> {
  const cpu = process.cpuUsage();
  await work();
  const used = process.cpuUsage(cpu);
  gc!();
  gc!();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(`${name.padEnd(40)} ${((used.user + used.system) / 1000).toFixed(0).padStart(6)} ms cpu  heap ${(heapUsed / 2 ** 20).toFixed(0).padStart(4)} MB  buffers ${(arrayBuffers / 2 ** 20).toFixed(0).padStart(3)} MB  peak RSS ${peak.toFixed(0)} MB`);
}

async function main(): Promise<void> {
  const cache = new AnalysisCache(cacheFolder, version);
  const corpus = new Corpus();
  await step('a corpus (knowledge base)', () => undefined);
  await step('load the cache', async () => console.log(`  ${(await cache.load()).analyses} analyses`));
  await step('look up and add every file', () => {
    for (const file of files) {
      const info = statSync(file);
      const stamp = { size: info.size, mtime: info.mtimeMs };
      const cached = cache.lookup(relative(folder, file).split(sep).join('/'), stamp);
      if (!cached) throw new Error(`not in the cache: ${file}`);
      addToCorpus(corpus, cache, stamp, cached, true);
    }
  });
  const entities = new SavedEntities(cache);
  await step('take the saved entities and search index', async () => {
    const saved = await entities.load();
    const state = await cache.loadSearchIndex();
    if (!saved || !state || !corpus.loadEntityResolution(saved) || !corpus.loadSearchIndex(state)) throw new Error('no saved entities or search index for these analyses');
  });
  await step('the snapshot', () => corpus.snapshot());
  await step('group the names for the first change', () => runSteps(corpus.prepareForChanges()));
  await step('a search', () => corpus.snapshot().search('Tripoli'));
}

void main();
