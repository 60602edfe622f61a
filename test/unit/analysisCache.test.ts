// The persistent analysis cache: what goes in comes out, and whatever is stale, damaged or planted
// in its folder is dropped, never half used.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { analyseFile, knownSpellingsMatcher, type FileAnalysis } from '../../src/core/analysis';
import { Corpus } from '../../src/core/corpus';
import { loadKnowledgeBase } from '../../src/core/knowledgeBase';
import { AnalysisCache, shardOf, type CacheProblem } from '../../src/node/analysisCache';
import { parseShard, shardText as encodeShard, type ShardEntry } from '../../src/node/analysisCacheShard';
import { decodeAnalysis, encodeAnalysis } from '../../src/node/analysisCacheCodec';
import type { ThreadSlices } from '../../src/node/threadSlices';
import { syntheticArchive } from '../../scripts/syntheticArchive';

const encode = (text: string) => new TextEncoder().encode(text);
const matcher = knownSpellingsMatcher(loadKnowledgeBase());
const VERSION = '1.0.0+test';

/** Seeds and synthetic articles (with roles, known names, dates, repeats), plus a skipped file. */
const analyses: FileAnalysis[] = [
  ...readdirSync('seeds').filter((name) => name.endsWith('.txt')).map((name) => analyseFile(`seeds/${name}`, readFileSync(`seeds/${name}`), matcher)),
  ...syntheticArchive(60).map((file) => analyseFile(file.path, encode(file.text), matcher)),
  analyseFile('binary.txt', new Uint8Array([1, 0, 2]), matcher),
];
/** What JSON keeps of an analysis (keys whose value is undefined are dropped). */
const asStored = (analysis: FileAnalysis) => JSON.parse(JSON.stringify(analysis)) as FileAnalysis;
const stampOf = (index: number) => ({ size: 1000 + index, mtime: 1_700_000_000_000 + index });

function freshFolder(): string {
  return mkdtempSync(join(tmpdir(), 'dossier-cache-'));
}

async function savedCache(folder = freshFolder(), version = VERSION): Promise<AnalysisCache> {
  const cache = new AnalysisCache(folder, version);
  analyses.forEach((analysis, i) => cache.record(analysis.path, stampOf(i), analysis, null));
  const saved = await cache.save();
  assert.deepEqual(saved.failures, []);
  return cache;
}

async function loaded(folder: string, version = VERSION) {
  const cache = new AnalysisCache(folder, version);
  const report = await cache.load();
  return { cache, report };
}

/** An analysis that shares its shard with another. */
const sharingAShard = () => analyses.find((analysis) => analyses.some((other) => other !== analysis && shardOf(other.path) === shardOf(analysis.path)))!;
const shardFiles = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.json.gz')).sort();
const shardText = (file: string) => gunzipSync(readFileSync(file)).toString('utf8');
const writeShardText = (file: string, text: string) => writeFileSync(file, gzipSync(text));

test('the compact form gives back every analysis exactly, and keeps one of an unknown shape as it is', () => {
  for (const analysis of analyses) assert.deepEqual(decodeAnalysis(JSON.parse(JSON.stringify(encodeAnalysis(analysis)))), asStored(analysis), analysis.path);
  const article = analyses.find((analysis) => analysis.article?.candidates.mentions.length)!.article!;
  const unknownKey = { path: article.parsed.path, article: { ...article, candidates: { ...article.candidates, mentions: article.candidates.mentions.map((mention) => ({ ...mention, extra: 1 })) } } };
  assert.deepEqual(decodeAnalysis(JSON.parse(JSON.stringify(encodeAnalysis(unknownKey)))), asStored(unknownKey));
});

test('a saved cache loads again: each analysis under its path, for a file of the same size and mtime only', async () => {
  const folder = freshFolder();
  await savedCache(folder);
  const { cache, report } = await loaded(folder);
  assert.deepEqual(report.problems, []);
  assert.equal(report.analyses, analyses.length);
  analyses.forEach((analysis, i) => {
    const hit = cache.lookup(analysis.path, stampOf(i));
    assert.deepEqual(hit?.analysis, asStored(analysis), analysis.path);
    assert.equal(hit?.userEntitiesText, null);
  });
  assert.equal(cache.lookup(analyses[0].path, { ...stampOf(0), mtime: stampOf(0).mtime + 1 }), undefined, 'touched since');
  assert.equal(cache.lookup(analyses[0].path, { ...stampOf(0), size: 1 }), undefined, 'other size');
  assert.equal(cache.lookup('never-seen.txt', stampOf(0)), undefined);
});

test('an analysis made with another entities file is brought up to date by the corpus, and that one is kept', async () => {
  const entitiesText = JSON.stringify({ entities: [{ id: 'wit-huis', name: 'Het Witte Huis', type: 'organization', aliases: ['Oval Office'] }] });
  const path = 'a.txt';
  const stamp = { size: 10, mtime: 20 };
  const folder = freshFolder();
  const first = new AnalysisCache(folder, VERSION);
  first.record(path, stamp, analyseFile(path, encode(' date 2024-02 Vanuit het Oval Office sprak president Joe Biden.'), matcher), null);
  await first.save();

  const { cache } = await loaded(folder);
  const corpus = new Corpus();
  corpus.setUserEntities(entitiesText);
  const cached = cache.lookup(path, stamp)!;
  const taken = corpus.addAnalysis(cached.analysis, cached.userEntitiesText);
  assert.notEqual(taken, cached.analysis, 'stale: found again');
  assert.deepEqual(corpus.snapshot().entity('wit-huis')?.articles, [path]);
  cache.record(path, stamp, taken, corpus.userEntitiesText);
  await cache.save();

  const again = (await loaded(folder)).cache.lookup(path, stamp)!;
  assert.equal(again.userEntitiesText, entitiesText);
  assert.equal(new Corpus().addAnalysis(again.analysis, null), again.analysis, 'up to date: taken as it is');
});

test('a cache written by another version is dropped with one reason per shard, and its files are rewritten', async () => {
  const folder = freshFolder();
  await savedCache(folder, '1.0.0+old');
  const { cache, report } = await loaded(folder, '1.0.0+new');
  assert.equal(report.analyses, 0);
  assert.ok(report.problems.length > 0 && report.problems.every((problem) => problem.kind === 'version' && /1\.0\.0\+old/.test(problem.detail)), JSON.stringify(report.problems));
  await cache.save();
  assert.deepEqual(shardFiles(folder), [], 'the old shards are gone, with nothing to keep');
  assert.equal((await loaded(folder, '1.0.0+old')).report.analyses, 0);
});

test('a damaged shard is dropped whole, with why, and the others still load', async () => {
  const inText = (damage: (text: string) => string) => (file: string) => writeShardText(file, damage(shardText(file)));
  const inBytes = (damage: (bytes: Buffer) => Uint8Array | string) => (file: string) => writeFileSync(file, damage(readFileSync(file)));
  const damages: [string, (file: string) => void, CacheProblem['kind'], RegExp][] = [
    ['file cut short', inBytes((bytes) => bytes.subarray(0, Math.floor(bytes.length * 0.6))), 'corrupt', /not gzip data/],
    ['empty file', inBytes(() => ''), 'corrupt', /no header|not gzip data/],
    ['garbage', inBytes(() => '\u0000\u00ff garbage \n{{{'), 'corrupt', /not gzip data/],
    ['body cut short', inText((text) => text.slice(0, Math.floor(text.length * 0.6))), 'corrupt', /cut short/],
    ['wrong header', inText((text) => `{"format":"something-else"}${text.slice(text.indexOf('\n'))}`), 'corrupt', /no header/],
    ['garbage inside', inText(() => '\u0000\u00ff garbage \n{{{'), 'corrupt', /no header/],
    ['one byte of the file changed', inBytes((bytes) => bytes.map((byte, i) => (i === bytes.length >> 1 ? byte ^ 0x10 : byte))), 'corrupt', /not gzip data/],
  ];
  for (const [name, damage, kind, detail] of damages) {
    const folder = freshFolder();
    await savedCache(folder);
    const victim = shardFiles(folder)[0];
    damage(join(folder, victim));
    const { cache, report } = await loaded(folder);
    assert.equal(report.problems.length, 1, name);
    assert.equal(report.problems[0].kind, kind, name);
    assert.equal(report.problems[0].shard, victim, name);
    assert.match(report.problems[0].detail, detail, name);
    const inVictim = analyses.filter((analysis) => `analyses-${shardOf(analysis.path).toString(16).padStart(2, '0')}.json.gz` === victim);
    assert.ok(inVictim.length > 0);
    assert.equal(report.analyses, analyses.length - inVictim.length, name);
    for (const analysis of inVictim) assert.equal(cache.lookup(analysis.path, stampOf(analyses.indexOf(analysis))), undefined, name);
  }
});

test('a whole shard whose content is not what the cache writes is dropped, not half used', async () => {
  const folder = freshFolder();
  const cache = new AnalysisCache(folder, VERSION);
  cache.record('fine.txt', stampOf(0), analyses[0], null);
  await cache.save();
  const [shard] = shardFiles(folder);
  const text = shardText(join(folder, shard));
  const header = JSON.parse(text.slice(0, text.indexOf('\n')));
  const body = JSON.parse(text.slice(text.indexOf('\n') + 1));
  body.entries.push(['other.txt', 1, 2, 0, { path: 'other.txt', parsed: { sentences: [] }, mentions: [1, 2] }]);
  const bodyText = JSON.stringify(body);
  writeShardText(join(folder, shard), `${JSON.stringify({ ...header, length: bodyText.length })}\n${bodyText}`);
  const { cache: again, report } = await loaded(folder);
  assert.equal(report.problems[0]?.kind, 'corrupt');
  assert.equal(again.lookup('fine.txt', stampOf(0)), undefined);
});

test('an analysis under a path outside the workspace is never given back', async () => {
  for (const path of ['../outside.txt', '/etc/passwd', 'a/../../b.txt']) {
    const folder = freshFolder();
    const cache = new AnalysisCache(folder, VERSION);
    cache.record(path, stampOf(0), { ...analyses[0], path, article: { ...analyses[0].article!, parsed: { ...analyses[0].article!.parsed, path } } } as FileAnalysis, null);
    await cache.save();
    const { cache: again, report } = await loaded(folder);
    assert.equal(again.lookup(path, stampOf(0)), undefined, path);
    assert.match(report.problems[0]?.detail ?? '', /not a corpus path/, path);
  }
});

test('a symbolic link in the cache folder is not followed, to read or to write', async () => {
  const folder = freshFolder();
  await savedCache(folder);
  const [victim] = shardFiles(folder);
  const elsewhere = join(freshFolder(), 'elsewhere.json');
  writeFileSync(elsewhere, readFileSync(join(folder, victim)));
  const before = readFileSync(elsewhere, 'utf8');
  const { rmSync } = await import('node:fs');
  rmSync(join(folder, victim));
  symlinkSync(elsewhere, join(folder, victim));

  const { cache, report } = await loaded(folder);
  assert.deepEqual(report.problems.map((problem) => [problem.shard, problem.kind, problem.detail]), [[victim, 'unreadable', 'symbolic link (not followed)']]);
  analyses.forEach((analysis, i) => cache.record(analysis.path, stampOf(i), analysis, null));
  await cache.save();
  assert.equal(readFileSync(elsewhere, 'utf8'), before, 'the file the link pointed to is untouched');
  assert.equal((await loaded(folder)).report.analyses, analyses.length, 'the link was replaced by the shard itself');
});

test('a save that fails half-way leaves the previous shard whole and no temporary file', async () => {
  const folder = freshFolder();
  await savedCache(folder);
  const halfThenFail = async (path: string, data: Uint8Array) => {
    await writeFile(path, data.subarray(0, data.length / 2), { flag: 'wx' });
    throw new Error('disk full');
  };
  const failing = new AnalysisCache(folder, VERSION, { writeNewFile: halfThenFail });
  await failing.load();
  analyses.forEach((analysis, i) => failing.record(analysis.path, { ...stampOf(i), mtime: 1 }, analysis, null));
  const report = await failing.save();
  assert.ok(report.failures.length > 0 && report.failures.every((failure) => /disk full/.test(failure)));
  assert.deepEqual(readdirSync(folder).filter((name) => !name.endsWith('.json.gz')), [], 'no temporary file left');
  const { cache, report: loadedReport } = await loaded(folder);
  assert.deepEqual(loadedReport.problems, []);
  assert.ok(cache.lookup(analyses[0].path, stampOf(0)), 'the shard as it was before');
});

test('analyses not asked for since the load are dropped on save (their files are gone); clear removes everything', async () => {
  const folder = freshFolder();
  await savedCache(folder);
  const { cache } = await loaded(folder);
  const kept = analyses.slice(0, 3);
  kept.forEach((analysis, i) => assert.ok(cache.lookup(analysis.path, stampOf(i))));
  await cache.save();
  const { cache: again, report } = await loaded(folder);
  assert.equal(report.analyses, kept.length);
  kept.forEach((analysis, i) => assert.ok(again.lookup(analysis.path, stampOf(i))));
  await again.clear();
  assert.equal(again.size, 0);
  assert.deepEqual(readdirSync(folder), []);
  assert.equal(existsSync(folder), true);
});

test('a shard is encoded and decoded with a chance to yield to other work after each analysis, not only between shards', async () => {
  let offers = 0;
  const slices = { yieldIfLong: async () => { offers++; } } as ThreadSlices;
  const entries = analyses.map((analysis, i): [string, ShardEntry] => [analysis.path, { ...stampOf(i), analysis, userEntitiesText: null }]);
  const text = await encodeShard(entries, VERSION, slices);
  assert.equal(offers, analyses.length);
  offers = 0;
  const parsed = await parseShard(text, VERSION, slices);
  assert.ok(parsed instanceof Map && parsed.size === analyses.length);
  assert.equal(offers, analyses.length);
});

test('an analysis is held until the corpus takes it or its shard is written; a shard written again reads the unchanged ones back from its file', async () => {
  const folder = freshFolder();
  const written = await savedCache(folder);
  assert.equal(written.peek(analyses[0].path, stampOf(0)), undefined, 'written: let go');
  const { cache } = await loaded(folder);
  analyses.forEach((analysis, i) => assert.ok(cache.lookup(analysis.path, stampOf(i)), analysis.path));
  assert.equal(cache.peek(analyses[0].path, stampOf(0)), undefined, 'handed out: let go');
  assert.equal(cache.lookup(analyses[0].path, stampOf(0)), undefined, 'handed out once');
  // one file of a shard changes: the shard is written again with its other files as they were
  const changed = sharingAShard();
  const neighbours = analyses.filter((analysis) => analysis !== changed && shardOf(analysis.path) === shardOf(changed.path));
  assert.ok(neighbours.length > 0, 'the test needs a shard of two files or more');
  cache.record(changed.path, { size: 1, mtime: 2 }, changed, null);
  assert.deepEqual((await cache.save()).failures, []);
  const { cache: again, report } = await loaded(folder);
  assert.equal(report.analyses, analyses.length);
  for (const analysis of neighbours) assert.deepEqual(again.lookup(analysis.path, stampOf(analyses.indexOf(analysis)))?.analysis, asStored(analysis), analysis.path);
  assert.deepEqual(again.lookup(changed.path, { size: 1, mtime: 2 })?.analysis, asStored(changed));
});

test('a shard whose file was damaged since it was loaded is written again without the analyses it handed out (their files are read again)', async () => {
  const folder = freshFolder();
  await savedCache(folder);
  const { cache } = await loaded(folder);
  analyses.forEach((analysis, i) => cache.lookup(analysis.path, stampOf(i)));
  const changed = sharingAShard();
  const shardFile = shardFiles(folder).find((name) => name === `analyses-${shardOf(changed.path).toString(16).padStart(2, '0')}.json.gz`)!;
  writeFileSync(join(folder, shardFile), 'damaged');
  cache.record(changed.path, { size: 1, mtime: 2 }, changed, null);
  assert.deepEqual((await cache.save()).failures, []);
  const { cache: again, report } = await loaded(folder);
  assert.deepEqual(report.problems, []);
  const inShard = analyses.filter((analysis) => shardOf(analysis.path) === shardOf(changed.path));
  assert.equal(report.analyses, analyses.length - inShard.length + 1);
  assert.ok(again.lookup(changed.path, { size: 1, mtime: 2 }));
});
