// One article file as the CLI takes it: a file the cache holds as it is now is not opened at all;
// one it must analyse is read where it is analysed, in a worker, not on the calling thread; a link
// is never followed, also where the cache holds an analysis under its path.
import assert from 'node:assert/strict';
import fs, { mkdtempSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import fsPromises from 'node:fs/promises';
import { after, test } from 'node:test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileStamp } from '../../src/node/analysisCache';
import { AnalysisPool } from '../../src/node/analysisPool';
import { fileAnalysis } from '../../src/node/articleFile';
import { SYMBOLIC_LINK } from '../../src/node/articleFileReading';

const TEXT = ' date 2020-02 Minister Sigrid Kaag sprak in Den Haag over de begroting van het komende jaar.';

/** The cache as fileAnalysis uses it, holding one analysis for any path, at the given stamp. */
function cacheHolding(stamp: FileStamp) {
  const cached = { analysis: { path: 'cached.txt', skipped: 'from the cache' }, userEntitiesText: null };
  return { lookup: (_path: string, asked: FileStamp) => (asked.size === stamp.size && asked.mtime === stamp.mtime ? cached : undefined) };
}

const onThisThread = new AnalysisPool({ workers: 0 });
const inAWorker = new AnalysisPool({ workers: 1 });
after(() => inAWorker.dispose());

/** fileAnalysis, with the files it opened on this thread, either way. */
async function analysedOpening(file: string, cache?: ReturnType<typeof cacheHolding>, pool = onThisThread) {
  const opened: string[] = [];
  const { open } = fsPromises;
  const { openSync } = fs;
  fsPromises.open = ((path: string, ...rest: unknown[]) => { opened.push(path); return (open as (...args: unknown[]) => unknown)(path, ...rest); }) as typeof open;
  fs.openSync = ((path: string, ...rest: unknown[]) => { opened.push(path); return (openSync as (...args: unknown[]) => number)(path, ...rest); }) as typeof openSync;
  try {
    return { result: await fileAnalysis(file, 'a.txt', 1024 * 1024, pool, cache), opened };
  } finally {
    fsPromises.open = open;
    fs.openSync = openSync;
  }
}

test('a file the cache holds as it is now is taken from the cache without being opened; a changed one is read', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'dossier-article-file-'));
  const file = join(folder, 'a.txt');
  writeFileSync(file, TEXT);
  const info = statSync(file);
  const hit = await analysedOpening(file, cacheHolding({ size: info.size, mtime: info.mtimeMs }));
  assert.equal(hit.result.fromCache, true);
  assert.deepEqual(hit.opened, []);
  const miss = await analysedOpening(file, cacheHolding({ size: info.size, mtime: 1 }));
  assert.equal(miss.result.fromCache, false);
  assert.equal(miss.result.analysis.article?.parsed.path, 'a.txt');
  assert.deepEqual(miss.opened, [file]);
});

test('a link where the cache holds an analysis is skipped as a link, never followed', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'dossier-article-file-'));
  const target = join(folder, 'target.txt');
  writeFileSync(target, TEXT);
  const link = join(folder, 'a.txt');
  symlinkSync(target, link);
  const info = statSync(target);
  const { result } = await analysedOpening(link, cacheHolding({ size: info.size, mtime: info.mtimeMs }));
  assert.equal(result.fromCache, false);
  assert.equal(result.analysis.skipped, SYMBOLIC_LINK);
});

test('with a worker, a file to analyse is read by the worker: this thread opens nothing, and gets the file\'s stamp', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'dossier-article-file-'));
  const file = join(folder, 'a.txt');
  writeFileSync(file, TEXT);
  const info = statSync(file);
  const { result, opened } = await analysedOpening(file, undefined, inAWorker);
  assert.deepEqual(opened, []);
  assert.equal(result.analysis.article?.parsed.path, 'a.txt');
  assert.deepEqual(result.stamp, { size: info.size, mtime: info.mtimeMs });
});
