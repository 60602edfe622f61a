// Measures the analysis cache on a folder of articles (e.g. one written by scripts/writeArchive.ts):
// the cold run that fills it, the save, what it weighs, and a warm start phase by phase: loading
// it, adding the analyses to a corpus, the first full view (tree complete), the first search.
//   node --import tsx scripts/measureAnalysisCache.ts <folder> <cache folder> [--copies N] [--no-search]
// --copies N files each article under N paths, to measure a cache N times larger without
// analysing N times as many files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { FileAnalysis } from '../src/core/analysis';
import { Corpus } from '../src/core/corpus';
import { AnalysisCache } from '../src/node/analysisCache';

const [folder, cacheFolder] = process.argv.slice(2);
const copiesAt = process.argv.indexOf('--copies');
const copies = copiesAt > 0 ? Number(process.argv[copiesAt + 1]) : 1;
const search = !process.argv.includes('--no-search');
if (!folder || !cacheFolder || !(copies >= 1)) throw new Error('usage: measureAnalysisCache.ts <folder> <cache folder> [--copies N] [--no-search]');

const files: string[] = [];
const walk = (dir: string) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) (entry.isDirectory() ? walk : (path: string) => files.push(path))(join(dir, entry.name));
};
walk(folder);

/** Wall and CPU milliseconds of `work`. */
async function measured<T>(name: string, work: () => T | Promise<T>): Promise<T> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await work();
  const used = process.cpuUsage(cpu);
  console.log(`${name.padEnd(34)} ${(performance.now() - start).toFixed(0).padStart(7)} ms wall ${((used.user + used.system) / 1000).toFixed(0).padStart(7)} ms cpu`);
  return result;
}

const stampOf = (file: string) => {
  const info = statSync(file);
  return { size: info.size, mtime: info.mtimeMs };
};
/** The same analysis as if made from a file at `path`. */
function underPath(analysis: FileAnalysis, path: string): FileAnalysis {
  const { article } = analysis;
  if (!article) return { ...analysis, path };
  const candidates = { ...article.candidates, path, roles: article.candidates.roles.map((role) => ({ ...role, path })) };
  return { path, article: { ...article, parsed: { ...article.parsed, path }, candidates, inference: { ...article.inference, path } } };
}
const pathOf = (file: string, copy: number) => `${copy === 0 ? '' : `copy-${copy}/`}${relative(folder, file).split(sep).join('/')}`;

async function main(): Promise<void> {
  const filling = new AnalysisCache(cacheFolder, 'measure');
  await filling.clear();
  const cold = new Corpus();
  await measured(`cold: read and analyse ${files.length}`, () => {
    for (const file of files) {
      const analysis = cold.analyse(pathOf(file, 0), readFileSync(file));
      for (let copy = 0; copy < copies; copy++) {
        const path = pathOf(file, copy);
        filling.record(path, stampOf(file), underPath(analysis, path), null);
      }
    }
  });
  const saved = await measured(`save ${filling.size} analyses`, () => filling.save());
  console.log(`  ${saved.shards} shards, ${(saved.bytes / 1e6).toFixed(1)} MB of JSON, ${(saved.compressedBytes / 1e6).toFixed(1)} MB on disk (${(saved.compressedBytes / filling.size / 1024).toFixed(1)} KB per article), longest block ${saved.longestBlockMs.toFixed(0)} ms`);

  const cache = new AnalysisCache(cacheFolder, 'measure');
  const loaded = await measured('warm: load the cache', () => cache.load());
  console.log(`  ${loaded.analyses} analyses, longest block ${loaded.longestBlockMs.toFixed(0)} ms, problems ${loaded.problems.length}`);
  const warm = new Corpus();
  await measured('warm: add the analyses to a corpus', () => {
    for (let copy = 0; copy < copies; copy++) {
      for (const file of files) {
        const path = pathOf(file, copy);
        const cached = cache.lookup(path, stampOf(file))!;
        warm.addAnalysis(cached.analysis, cached.userEntitiesText);
      }
    }
  });
  const snapshot = await measured('warm: first full view (resolve)', () => warm.snapshot());
  console.log(`  ${snapshot.articles.length} articles, ${snapshot.entities.length} entities`);
  if (search) {
    await measured('warm: first search (builds the index)', () => snapshot.search('Tripoli'));
    await measured('warm: second search', () => snapshot.search('Tripoli'));
  }
}

void main();
