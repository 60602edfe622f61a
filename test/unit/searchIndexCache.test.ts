// The search index kept with the analysis cache: a start whose every file matched its stamp loads
// it and indexes no article; any other start, or a damaged or foreign file, builds it as before.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyseFile, knownSpellingsMatcher, type FileAnalysis } from '../../src/core/analysis';
import { Corpus } from '../../src/core/corpus';
import { loadKnowledgeBase } from '../../src/core/knowledgeBase';
import { PostingStore } from '../../src/core/searchPostings';
import { AnalysisCache, addToCorpus } from '../../src/node/analysisCache';
import { syntheticArchive } from '../../scripts/syntheticArchive';
import { countCalls } from './callCounts';

const knowledgeBase = loadKnowledgeBase();
const matcher = knownSpellingsMatcher(knowledgeBase);
const analyses: FileAnalysis[] = syntheticArchive(80).map((file) => analyseFile(file.path, new TextEncoder().encode(file.text), matcher));
const stampOf = (index: number) => ({ size: 1000 + index, mtime: 1_700_000_000_000 + index });
const QUERIES = ['Tripoli', 'minister overleg', 'actor:Haftar', 'regering month:2020'];
const VERSION = '1.0.0+test';
const SEARCH_FILE = 'search-index.bin';

/** One start: the cache loaded, every file looked up (or recorded when it is not there as it is now), as the CLI does. */
async function start(folder: string, stamp = stampOf, version = VERSION) {
  const cache = new AnalysisCache(folder, version);
  await cache.load();
  const corpus = new Corpus({ knowledgeBase });
  analyses.forEach((analysis, i) => {
    const cached = cache.lookup(analysis.path, stamp(i));
    addToCorpus(corpus, cache, stamp(i), cached ?? { analysis, userEntitiesText: null }, cached !== undefined);
  });
  return { cache, corpus };
}

/** The searches' hits, and how many articles the search index took from their text meanwhile. */
function searched(corpus: Corpus) {
  const snapshot = corpus.snapshot();
  let hits: unknown;
  const indexed = countCalls(PostingStore.prototype, 'add', () => { hits = QUERIES.map((query) => snapshot.searchResults(query, 20)); });
  return { hits, indexed };
}

async function coldStart() {
  const folder = mkdtempSync(join(tmpdir(), 'dossier-search-cache-'));
  const { cache, corpus } = await start(folder);
  const cold = searched(corpus);
  cache.keepSearchIndex(() => corpus.searchIndexState());
  assert.deepEqual((await cache.save()).failures, []);
  return { folder, cold };
}

test('a start whose every file matched its stamp loads the saved search index and indexes no article; the hits are the same', async () => {
  const { folder, cold } = await coldStart();
  assert.equal(cold.indexed, analyses.length, 'the cold start built the index');
  assert.ok(existsSync(join(folder, SEARCH_FILE)));

  const { cache, corpus } = await start(folder);
  const state = await cache.loadSearchIndex();
  assert.ok(state, 'the saved index is given back');
  assert.equal(corpus.loadSearchIndex(state), true);
  const warm = searched(corpus);
  assert.equal(warm.indexed, 0, 'no article indexed again');
  assert.deepEqual(warm.hits, cold.hits);

  let exported = 0;
  cache.keepSearchIndex(() => { exported++; return corpus.searchIndexState(); });
  assert.equal(exported, 0, 'the index on disk was made from these analyses: not exported again');
});

test('after a changed file, a vanished one or another entities file, the saved index is not used', async () => {
  const { folder } = await coldStart();
  const changed = await start(folder, (i) => (i === 5 ? { ...stampOf(i), mtime: 1 } : stampOf(i)));
  assert.equal(await changed.cache.loadSearchIndex(), undefined, 'a changed file');

  const fewer = new AnalysisCache(folder, VERSION);
  await fewer.load();
  analyses.slice(1).forEach((analysis, i) => fewer.lookup(analysis.path, stampOf(i + 1)));
  assert.equal(await fewer.loadSearchIndex(), undefined, 'a vanished file');

  const { cache, corpus } = await start(folder);
  corpus.setUserEntities('{"ignore": ["Haftar"]}');
  analyses.forEach((analysis, i) => cache.record(analysis.path, stampOf(i), corpus.analyse(analysis.path, new Uint8Array()), corpus.userEntitiesText));
  assert.equal(await cache.loadSearchIndex(), undefined, 'another entities file');
});

test('a corpus takes a saved index only when it holds exactly its articles', async () => {
  const { folder } = await coldStart();
  const { cache, corpus } = await start(folder);
  const state = (await cache.loadSearchIndex())!;
  corpus.removeFile(analyses[0].path);
  assert.equal(corpus.loadSearchIndex(state), false);
  assert.equal(searched(corpus).indexed, analyses.length - 1, 'built instead');
});

test('a damaged or foreign search index file is not used, and the next save writes it again', async () => {
  const damages: [string, (bytes: Buffer) => Uint8Array | string][] = [
    ['cut short', (bytes) => bytes.subarray(0, Math.floor(bytes.length * 0.7))],
    ['garbage', () => '\u0000\u00ff garbage \n{{{'],
    ['a byte changed', (bytes) => { const copy = Buffer.from(bytes); copy[copy.length - 20] ^= 0xff; return copy; }],
    ['empty', () => ''],
  ];
  for (const [name, damage] of damages) {
    const { folder } = await coldStart();
    const file = join(folder, SEARCH_FILE);
    writeFileSync(file, damage(readFileSync(file)));
    const { cache, corpus } = await start(folder);
    assert.equal(await cache.loadSearchIndex(), undefined, name);
    assert.equal(searched(corpus).indexed, analyses.length, name);
    cache.keepSearchIndex(() => corpus.searchIndexState());
    await cache.save();
    assert.ok(await (await start(folder)).cache.loadSearchIndex(), `${name}: saved again`);
  }
  const { folder } = await coldStart();
  assert.equal(await (await start(folder, stampOf, '1.0.0+other')).cache.loadSearchIndex(), undefined, 'another version');
});

test('an index still being built is not exported for the cache, and clear removes the saved one', async () => {
  const { folder } = await coldStart();
  const { cache, corpus } = await start(folder);
  assert.equal(corpus.searchIndexState(), undefined, 'no index yet: none is built for the cache');
  corpus.indexForSearch(0);
  assert.equal(corpus.searchIndexState(), undefined, 'articles still queued');
  await cache.clear();
  assert.deepEqual(readdirSync(folder), []);
});
