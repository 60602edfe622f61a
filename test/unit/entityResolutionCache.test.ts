// The entities kept with the analysis cache: a start whose every file matched its stamp takes them
// and neither counts nor groups a form; the first change after it resolves as a cold start would.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyseFile, knownSpellingsMatcher, type FileAnalysis } from '../../src/core/analysis';
import { Corpus } from '../../src/core/corpus';
import { FormIndex } from '../../src/core/entities/formIndex';
import { EntityResolver } from '../../src/core/entityResolver';
import { loadKnowledgeBase } from '../../src/core/knowledgeBase';
import { AnalysisCache, addToCorpus } from '../../src/node/analysisCache';
import { ENTITIES_FILE, SavedEntities } from '../../src/node/entityResolutionFile';
import { syntheticArchive } from '../../scripts/syntheticArchive';
import { countCalls } from './callCounts';

const loadEntities = (cache: AnalysisCache) => new SavedEntities(cache).load();

const knowledgeBase = loadKnowledgeBase();
const matcher = knownSpellingsMatcher(knowledgeBase);
const encode = (text: string) => new TextEncoder().encode(text);
const files = [
  ...readdirSync('seeds').filter((name) => name.endsWith('.txt')).map((name) => ({ path: `seeds/${name}`, text: readFileSync(`seeds/${name}`, 'utf8') })),
  ...syntheticArchive(120).map((file) => ({ path: file.path, text: file.text })),
];
const analyses: FileAnalysis[] = files.map((file) => analyseFile(file.path, encode(file.text), matcher));
const stampOf = (index: number) => ({ size: 1000 + index, mtime: 1_700_000_000_000 + index });
const VERSION = '1.0.0+test';
const USER_ENTITIES = JSON.stringify({ merges: [['Haftar', 'Khalifa Haftar']], ignore: ['Tripoli'] });

/** One start with the entities file `userEntities`: the cache loaded, every file looked up or recorded, as the CLI does. */
async function start(folder: string, userEntities: string | null = null, stamp = stampOf) {
  const cache = new AnalysisCache(folder, VERSION);
  await cache.load();
  const corpus = new Corpus({ knowledgeBase });
  corpus.setUserEntities(userEntities);
  analyses.forEach((analysis, i) => {
    const cached = cache.lookup(analysis.path, stamp(i));
    addToCorpus(corpus, cache, stamp(i), cached ?? { analysis, userEntitiesText: null }, cached !== undefined);
  });
  return { cache, corpus };
}

async function coldStart(userEntities: string | null = null) {
  const folder = mkdtempSync(join(tmpdir(), 'dossier-entities-cache-'));
  const { cache, corpus } = await start(folder, userEntities);
  const entities = corpus.snapshot().entities;
  await cache.save();
  assert.equal(await new SavedEntities(cache).save(() => corpus.entityResolution()), undefined);
  return { folder, entities };
}

test('a start whose every file matched its stamp takes the saved entities: no form counted, no grouping; the entities are the same', async () => {
  for (const userEntities of [null, USER_ENTITIES]) {
    const { folder, entities } = await coldStart(userEntities);
    const { cache, corpus } = await start(folder, userEntities);
    const savedEntities = new SavedEntities(cache);
    const saved = await savedEntities.load();
    assert.ok(saved, 'the saved entities are given back');
    const work = countCalls(FormIndex.prototype, 'set', () => {
      const prototype = EntityResolver.prototype as unknown as Record<string, () => unknown>;
      assert.equal(countCalls(prototype, 'cluster', () => {
        assert.equal(corpus.loadEntityResolution(saved), true);
        assert.deepEqual(corpus.snapshot().entities, entities, `${userEntities}: the same entities, ids and order`);
      }), 0, 'no full grouping');
    });
    assert.equal(work, 0, 'no article counted into the form index');
    let resolved = 0;
    await savedEntities.save(() => { resolved++; return corpus.entityResolution(); });
    assert.equal(resolved, 0, 'the entities on disk were made from these analyses: not saved again');
  }
});

test('after a warm start, a changed, new or removed article gives what a cold start with that change gives', async () => {
  const { folder } = await coldStart(USER_ENTITIES);
  const changes: [string, (corpus: Corpus) => void][] = [
    ['changed', (corpus) => corpus.upsertText(files[3].path, ' date 2021-04 Khalifa Haftar sprak in Benghazi met Fayez al-Sarraj en minister Anna Wit.')],
    ['new', (corpus) => corpus.upsertText('nieuw.txt', ' date 2021-05 Generaal Haftar en de nieuwe gezant Pieter Vos spraken in Tunis.')],
    ['removed', (corpus) => corpus.removeFile(files[7].path)],
  ];
  for (const [name, change] of changes) {
    const { cache, corpus } = await start(folder, USER_ENTITIES);
    assert.equal(corpus.loadEntityResolution((await loadEntities(cache))!), true);
    corpus.snapshot();
    change(corpus);
    const cold = new Corpus({ knowledgeBase });
    cold.setUserEntities(USER_ENTITIES);
    for (const analysis of analyses) cold.addAnalysis(analysis, null);
    change(cold);
    const view = (snapshot: ReturnType<Corpus['snapshot']>) => ({ entities: snapshot.entities, articles: snapshot.articles.map((article) => [article.path, article.month, article.entities]) });
    assert.deepEqual(view(corpus.snapshot()), view(cold.snapshot()), name);
  }
});

test('saved entities are not used after a changed or vanished file, with another entities file, or by a corpus of other articles', async () => {
  const { folder } = await coldStart();
  const changed = await start(folder, null, (i) => (i === 5 ? { ...stampOf(i), mtime: 1 } : stampOf(i)));
  assert.equal(await loadEntities(changed.cache), undefined, 'a changed file');

  const fewer = new AnalysisCache(folder, VERSION);
  await fewer.load();
  analyses.slice(1).forEach((analysis, i) => fewer.lookup(analysis.path, stampOf(i + 1)));
  assert.equal(await loadEntities(fewer), undefined, 'a vanished file');

  const other = await start(folder, USER_ENTITIES);
  assert.equal(await loadEntities(other.cache), undefined, 'another entities file');

  const { cache, corpus } = await start(folder);
  const saved = (await loadEntities(cache))!;
  assert.equal(corpus.loadEntityResolution({ ...saved, userEntitiesText: USER_ENTITIES }), false, 'made with another entities file');
  corpus.removeFile(analyses[0].path);
  assert.equal(corpus.loadEntityResolution(saved), false, 'made from other articles');
});

test('a damaged, foreign or other version\'s entities file is not used', async () => {
  const damages: [string, (bytes: Buffer) => Uint8Array | string][] = [
    ['cut short', (bytes) => bytes.subarray(0, Math.floor(bytes.length * 0.7))],
    ['garbage', () => '\u0000\u00ff garbage \n{{{'],
    ['a byte changed', (bytes) => { const copy = Buffer.from(bytes); copy[copy.length - 20] ^= 0xff; return copy; }],
    ['empty', () => ''],
  ];
  const { folder } = await coldStart();
  const file = join(folder, ENTITIES_FILE);
  const good = readFileSync(file);
  for (const [name, damage] of damages) {
    writeFileSync(file, damage(good));
    assert.equal(await loadEntities((await start(folder)).cache), undefined, name);
  }
  writeFileSync(file, good);
  assert.ok(await loadEntities((await start(folder)).cache), 'the file as written is used');
  const otherVersion = new AnalysisCache(folder, '1.0.0+other');
  await otherVersion.load();
  assert.equal(await loadEntities(otherVersion), undefined, 'another version');
});

test('clearing the cache removes the saved entities', async () => {
  const { folder } = await coldStart();
  const { cache } = await start(folder);
  await cache.clear();
  assert.deepEqual(readdirSync(folder), []);
});
