// The analysis pool with real worker threads: the same corpus as on one thread whatever order the
// results come back in, the entities file's text followed, workers that stop replaced, the calling
// thread used when no worker can start, and workers below the calling thread's priority.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { analyseFile, knownSpellingsMatcher } from '../../src/core/analysis';
import { Corpus } from '../../src/core/corpus';
import { loadKnowledgeBase } from '../../src/core/knowledgeBase';
import { AnalysisPool, type AnalysisResult } from '../../src/node/analysisPool';
import { fileAnalysis } from '../../src/node/articleFile';
import { syntheticArchive } from '../../scripts/syntheticArchive';
import { stoppedOnceMarker } from './fixtures/stoppingAnalysisWorker';

const encode = (text: string) => new TextEncoder().encode(text);
const STOPPING_WORKER = resolve('test/unit/fixtures/stoppingAnalysisWorker.ts');
const TEXT_REPLIES_ONLY_WORKER = resolve('test/unit/fixtures/textRepliesOnlyWorker.ts');
const ENTITIES = JSON.stringify({ entities: [{ id: 'wit-huis', name: 'Het Witte Huis', type: 'organization', aliases: ['Oval Office'] }] });
const OVAL_OFFICE = ' date 2024-02 Vanuit het Oval Office sprak president Joe Biden op 3 februari met premier Mark Rutte.';

const folder = mkdtempSync(join(tmpdir(), 'dossier-pool-'));
/** `bytes` written to a file of the test folder, given to the pool to read and analyse as `path`. */
function analyseBytes(workers: AnalysisPool, path: string, bytes: Uint8Array): Promise<AnalysisResult> {
  const file = join(folder, path.replaceAll('/', '_'));
  writeFileSync(file, bytes);
  return workers.readAndAnalyse(file, path, 1024 * 1024);
}

const pools: AnalysisPool[] = [];
/** A pool that is disposed after the tests; fails the test if its workers cannot start. */
function pool(options: ConstructorParameters<typeof AnalysisPool>[0] = {}): AnalysisPool {
  const made = new AnalysisPool({ onWorkersUnavailable: (reason) => assert.fail(`workers did not start: ${reason}`), ...options });
  pools.push(made);
  return made;
}
after(async () => {
  await Promise.all(pools.map((made) => made.dispose()));
  rmSync(stoppedOnceMarker, { force: true });
  rmSync(folder, { recursive: true, force: true });
});

/** A pool of one worker that has answered once, so files are sent to it as soon as they are given. */
async function readyPool(): Promise<AnalysisPool> {
  const made = pool({ workers: 1 });
  await analyseBytes(made, 'warm-up.txt', encode(OVAL_OFFICE));
  return made;
}

function analysed(result: AnalysisResult) {
  assert.equal(result.workerStopped, undefined);
  return result as Extract<AnalysisResult, { workerStopped?: undefined }>;
}

/** What a person sees of a corpus: every article, event and entity with its spellings and articles. */
function view(corpus: Corpus) {
  const snapshot = corpus.snapshot();
  return {
    articles: snapshot.articles.map((article) => ({ ...article, entities: article.entities })),
    events: snapshot.events,
    entities: snapshot.entities.map((entity) => ({ ...entity, mentions: entity.mentions.length })),
    skipped: snapshot.skipped,
  };
}

test('a corpus fed by two workers, in the order their results arrive, equals one analysed on one thread', async () => {
  const files = [
    ...readdirSync('seeds').map((name) => ({ path: `seeds/${name}`, bytes: new Uint8Array(readFileSync(`seeds/${name}`)) })),
    ...syntheticArchive(150).map((file) => ({ path: file.path, bytes: encode(file.text) })),
    { path: 'binary.bin', bytes: new Uint8Array([1, 0, 2, 0]) },
  ];
  const oneThread = new Corpus();
  for (const file of files) oneThread.upsertFile(file.path, file.bytes);

  const workers = pool({ workers: 2 });
  assert.equal(workers.workerCount, 0, 'no worker before the first file');
  const pooled = new Corpus();
  const arrival: string[] = [];
  const answers = files.map((file) => analyseBytes(workers, file.path, file.bytes).then((result) => {
    const { analysis, userEntitiesText } = analysed(result);
    arrival.push(analysis.path);
    pooled.addAnalysis(analysis, userEntitiesText);
  }));
  assert.equal(workers.workerCount, 2, 'both started with the first file');
  await Promise.all(answers);
  assert.notDeepEqual(arrival, files.map((file) => file.path), 'two workers answer out of order');
  assert.deepEqual(view(pooled), view(oneThread));
});

test('a worker posts each analysis as text, which reads back as the analysis made on this thread', async () => {
  const workers = pool({ workers: 1, workerScript: TEXT_REPLIES_ONLY_WORKER });
  const matcher = knownSpellingsMatcher(loadKnowledgeBase());
  for (const file of syntheticArchive(20)) {
    const { analysis } = analysed(await analyseBytes(workers, file.path, encode(file.text)));
    // What JSON keeps: keys whose value is undefined are dropped, as in the cache.
    assert.deepEqual(analysis, JSON.parse(JSON.stringify(analyseFile(file.path, encode(file.text), matcher))), file.path);
  }
});

test('workers follow the entities file; each result says which text it was made with, and the corpus fixes stale ones', async () => {
  const workers = await readyPool();
  const before = analyseBytes(workers, 'before.txt', encode(OVAL_OFFICE));
  workers.setUserEntitiesText(ENTITIES);
  const afterChange = analysed(await analyseBytes(workers, 'after.txt', encode(OVAL_OFFICE)));
  const stale = analysed(await before);
  assert.equal(stale.userEntitiesText, null);
  assert.equal(afterChange.userEntitiesText, ENTITIES);
  const knownIds = (result: typeof stale) => result.analysis.article?.candidates.mentions.map((mention) => mention.knownId);
  assert.ok(knownIds(afterChange)?.includes('wit-huis'), 'the worker matched with the new entities file');
  assert.ok(!knownIds(stale)?.includes('wit-huis'));

  const corpus = new Corpus();
  corpus.setUserEntities(ENTITIES);
  corpus.addAnalysis(stale.analysis, stale.userEntitiesText);
  corpus.addAnalysis(afterChange.analysis, afterChange.userEntitiesText);
  assert.deepEqual(corpus.snapshot().entity('wit-huis')?.articles, ['after.txt', 'before.txt']);
});

test('a worker that stops is replaced; the file it stopped on is read and analysed once more, then skipped with the reason', async () => {
  const workers = pool({ workers: 1, workerScript: STOPPING_WORKER });
  const stopped = await analyseBytes(workers, 'stop-always.txt', encode(OVAL_OFFICE));
  assert.deepEqual(stopped, { workerStopped: 'the analysis worker stopped (exit code 7)', whileAnalysingIt: true });

  const names = ['a.txt', 'stop-always.txt', 'b.txt', 'stop-once.txt', 'c.txt', 'd.txt'];
  for (const name of names) writeFileSync(join(folder, name), OVAL_OFFICE);
  const analyses = await Promise.all(names.map((name) => fileAnalysis(join(folder, name), name, 1024 * 1024, workers)));
  assert.deepEqual(analyses.map(({ analysis }) => analysis.skipped ?? analysis.article.parsed.path), [
    'a.txt', 'could not be analysed: the analysis worker stopped (exit code 7)', 'b.txt', 'stop-once.txt', 'c.txt', 'd.txt',
  ], 'the files waiting behind a stopped worker are read again; stop-once.txt is analysed on its second try');
  assert.equal(workers.workerCount, 1, 'each stopped worker was replaced');
});

test('when no worker can start, files are analysed on the calling thread and the reason is told once', async () => {
  const reasons: string[] = [];
  const workers = pool({ workers: 2, workerScript: resolve('no-such-folder/analysisWorker.js'), onWorkersUnavailable: (reason) => reasons.push(reason) });
  const results = await Promise.all(['a.txt', 'b.txt'].map((path) => analyseBytes(workers, path, encode(OVAL_OFFICE))));
  assert.deepEqual(results.map((result) => analysed(result).analysis.article?.parsed.path), ['a.txt', 'b.txt']);
  assert.equal(reasons.length, 1);
  assert.match(reasons[0], /no-such-folder/);
  assert.equal(workers.workerCount, 0);
});

test('no workers: analysed on the calling thread, with the entities file text given', async () => {
  const onThisThread = pool({ workers: 0, userEntitiesText: ENTITIES });
  assert.equal(onThisThread.workerCount, 0);
  const { analysis, userEntitiesText } = analysed(await analyseBytes(onThisThread, 'a.txt', encode(OVAL_OFFICE)));
  assert.equal(userEntitiesText, ENTITIES);
  assert.ok(analysis.article?.candidates.mentions.some((mention) => mention.knownId === 'wit-huis'));
});

test('disposing the pool rejects the files not yet analysed', async () => {
  const workers = new AnalysisPool({ workers: 1 });
  const pending = assert.rejects(analyseBytes(workers, 'a.txt', encode(OVAL_OFFICE)), /disposed/);
  await workers.dispose();
  await pending;
  await assert.rejects(analyseBytes(workers, 'b.txt', encode(OVAL_OFFICE)), /disposed/);
});

/** The nice value of a thread of this process (Linux: /proc/self/task/<tid>/stat, field 19). */
function threadNice(tid: string | number): number {
  return Number(readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ')[16]);
}

/** The nice value of each thread of this process. */
function threadNiceValues(): number[] {
  return readdirSync('/proc/self/task').map(threadNice);
}

test('on Linux a worker runs below the calling thread\'s priority, so a worker per core leaves the calling thread first', { skip: process.platform !== 'linux' && 'a thread has no priority of its own here' }, async () => {
  const before = threadNiceValues().filter((nice) => nice > 0).length;
  await readyPool();
  assert.equal(threadNiceValues().filter((nice) => nice > 0).length, before + 1);
  // The main thread's id is the process id (the first thread listed only until thread ids wrap around).
  assert.equal(threadNice(process.pid), 0, 'the calling thread keeps its priority');
});
