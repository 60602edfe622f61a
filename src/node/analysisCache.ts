// A persistent store of per-file analyses, so a second start does not read and analyse every
// article again. Each analysis is kept under its corpus path with the size and mtime of the file it
// was made from and the entities file text it was made with. The store is split into SHARD_COUNT
// files by a hash of the path, so a changed article rewrites one small file, not the whole store.
//
// Each shard is one JSON header line (format, versions, length of the body) and one JSON body,
// gzipped (level 1: a fifth of the size, 8.4 KB per article becomes 1.6 KB; compressing and
// decompressing run on libuv's threads, off the extension host's thread; gzip's CRC-32 catches a
// changed byte). A shard of another
// version, cut short, changed or unreadable is dropped whole and rebuilt:
// its files are read again. A shard is written to a new temporary file and renamed over the old
// one, so a reader never sees half a file; nothing in the folder is read or written through a
// symbolic link.
//
// Beside the shards, what was made from all the analyses in use (the search index,
// searchIndexFile.ts; the resolved entities, entityResolutionFile.ts) is kept in keyed files
// (keyedCacheFile.ts), so a start whose every file matched its stamp loads them instead of making them.
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { mkdir, open, readdir, rename, unlink, writeFile as writeFileOnDisk } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip as gunzipCallback, gzip as gzipCallback } from 'node:zlib';
import type { FileAnalysis } from '../core/analysis';
import type { Corpus } from '../core/corpus';
import type { SearchIndexState } from '../core/search';
import { parseShard, parseStoredShard, shardText, type ShardEntry, type StoredEntry } from './analysisCacheShard';
import { ENTITIES_FILE } from './entityResolutionFile';
import { keyedFileHeader, readKeyedFileHeader, type KeyedFileFormat } from './keyedCacheFile';
import { VIEW_FILE } from './savedView';
import { decodeSearchIndex, encodeSearchIndex, SEARCH_INDEX_FORMAT } from './searchIndexFile';
import { ThreadSlices } from './threadSlices';

/** Fixed, so a path always lives in the same shard: about 40 files a shard at 10k articles, 400 at 100k. */
export const SHARD_COUNT = 256;
const SHARD_FILE = /^analyses-[0-9a-f]{2}\.json\.gz$/;
const SEARCH_INDEX_FILE = 'search-index.bin';
const TEMPORARY_FILE = /^\.(analyses-|search-index|entities|view).*\.tmp$/;
/** No link is followed, and a FIFO planted in the folder does not block the open. */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** What a file looked like when it was analysed. */
export interface FileStamp {
  size: number;
  mtime: number;
}

export interface CachedAnalysis {
  analysis: FileAnalysis;
  /** the entities file text it was made with (Corpus.addAnalysis finds the names again when it differs) */
  userEntitiesText: string | null;
}

/** Why a shard was dropped: made by another version, damaged, or not a file that may be read. */
export interface CacheProblem {
  kind: 'version' | 'corrupt' | 'unreadable';
  shard: string;
  detail: string;
}

export interface CacheLoadReport {
  analyses: number;
  shards: number;
  problems: CacheProblem[];
  milliseconds: number;
  /** the longest stretch the load held the thread (it yields between a shard's analyses) */
  longestBlockMs: number;
}

export interface CacheSaveReport {
  shards: number;
  /** the shards' JSON, and what was written of it gzipped */
  bytes: number;
  compressedBytes: number;
  milliseconds: number;
  /** the longest stretch the save held the thread (it yields between a shard's analyses) */
  longestBlockMs: number;
  /** why a shard could not be written (it stays as it was and is tried again next time) */
  failures: string[];
}

export interface AnalysisCacheOptions {
  /** writes a new file, failing if anything is at `path` already (a test gives a failing one) */
  writeNewFile?: (path: string, data: Uint8Array) => Promise<void>;
}

/**
 * A file's entry. Its analysis is held only until the corpus takes it (lookup) or its shard is
 * written (save): the corpus keeps what it needs of it, and a shard written again reads the
 * unchanged entries back from its file. A warm start then keeps stamps here, not 10,000 analyses.
 */
interface Entry extends Omit<ShardEntry, 'analysis'> {
  analysis?: FileAnalysis;
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  /** paths looked up or recorded since the load; the others are dropped on save (their files are gone) */
  private readonly used = new Set<string>();
  private readonly dirtyShards = new Set<number>();
  private readonly writeNewFile: (path: string, data: Uint8Array) => Promise<void>;
  private saving: Promise<unknown> = Promise.resolve();
  private temporaryFiles = 0;
  /** a search index to write on the next save, with the key of the analyses it was made from */
  private searchIndexToSave: { key: string; state: SearchIndexState } | undefined;
  /** the key of the search index on disk, when this cache loaded or wrote it */
  private searchIndexKeyOnDisk: string | undefined;

  /** `version` names the analysis code and Dossier's version: a shard written by another is dropped. */
  constructor(readonly folder: string, readonly version: string, options: AnalysisCacheOptions = {}) {
    this.writeNewFile = options.writeNewFile ?? ((path, data) => writeFileOnDisk(path, data, { flag: 'wx' }));
  }

  get size(): number {
    return this.entries.size;
  }

  /** Reads every shard; a shard that cannot be used is dropped whole and rewritten on the next save. */
  async load(): Promise<CacheLoadReport> {
    const startedAt = performance.now();
    const report: CacheLoadReport = { analyses: 0, shards: 0, problems: [], milliseconds: 0, longestBlockMs: 0 };
    let names: string[];
    try {
      names = (await readdir(this.folder)).filter((name) => SHARD_FILE.test(name)).sort();
    } catch {
      names = []; // no cache yet
    }
    const slices = new ThreadSlices();
    // The next shard is read and decompressed (libuv's threads) while this one is parsed.
    let reading = names.length > 0 ? this.readShard(names[0]) : undefined;
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      const shard = Number.parseInt(name.slice('analyses-'.length, 'analyses-'.length + 2), 16);
      const read = await slices.pause(reading!);
      reading = i + 1 < names.length ? this.readShard(names[i + 1]) : undefined;
      const result = typeof read === 'string' ? await parseShard(read, this.version, slices) : read;
      if ('kind' in result) {
        report.problems.push({ ...result, shard: name });
        this.dirtyShards.add(shard);
      } else {
        for (const [path, entry] of result) {
          if (shardOf(path) === shard) this.entries.set(path, entry);
          else this.dirtyShards.add(shard);
        }
        report.shards++;
      }
    }
    report.longestBlockMs = slices.end();
    report.analyses = this.entries.size;
    report.milliseconds = performance.now() - startedAt;
    return report;
  }

  /**
   * The analysis of `path` if it was made from a file of this size and mtime, for the corpus to
   * take: it is handed out once (asked again, the file is read again).
   */
  lookup(path: string, stamp: FileStamp): CachedAnalysis | undefined {
    const found = this.peek(path, stamp);
    if (!found) return undefined;
    this.used.add(path);
    this.entries.get(path)!.analysis = undefined;
    return found;
  }

  /** The analysis of `path` if it was made from a file of this size and mtime and not yet handed out, without counting it as in use. */
  peek(path: string, stamp: FileStamp): CachedAnalysis | undefined {
    const entry = this.entries.get(path);
    return entry?.analysis && entry.size === stamp.size && entry.mtime === stamp.mtime ? { analysis: entry.analysis, userEntitiesText: entry.userEntitiesText } : undefined;
  }

  record(path: string, stamp: FileStamp, analysis: FileAnalysis, userEntitiesText: string | null): void {
    this.entries.set(path, { size: stamp.size, mtime: stamp.mtime, analysis, userEntitiesText });
    this.used.add(path);
    this.dirtyShards.add(shardOf(path));
  }

  /**
   * Writes the shards that changed, one at a time, yielding between them. Analyses neither looked
   * up nor recorded since the load are dropped first: their files no longer exist or changed.
   */
  save(): Promise<CacheSaveReport> {
    const run = this.saving.then(() => this.saveNow());
    this.saving = run.catch(() => undefined);
    return run;
  }

  /**
   * Keeps the search index made from the analyses in use now (each looked up or recorded since the
   * load), to be written on the next save, unless the one on disk was made from the same: then
   * `exportState` is not called. It gives undefined when there is no index to keep.
   */
  keepSearchIndex(exportState: () => SearchIndexState | undefined): void {
    const key = this.usedAnalysesKey();
    if (key === this.searchIndexKeyOnDisk) return;
    const state = exportState();
    if (state) this.searchIndexToSave = { key, state };
  }

  /**
   * The saved search index, when it was made from exactly the analyses in use now: call it once
   * every file was looked up (or made from the analyses `key` names: a warm start's saved view).
   * Undefined when there is none, it is damaged, or anything changed.
   */
  async loadSearchIndex(key = this.usedAnalysesKey()): Promise<SearchIndexState | undefined> {
    return (await this.loadSearchIndexWithKey(key))?.value;
  }

  /** loadSearchIndex with the key it was made under; `key` null: whatever analyses it was made from (the caller checks). */
  async loadSearchIndexWithKey(key: string | null): Promise<{ value: SearchIndexState; key: string } | undefined> {
    const loaded = await this.loadKeyedFile(SEARCH_INDEX_FILE, SEARCH_INDEX_FORMAT, decodeSearchIndex, key);
    if (loaded) this.searchIndexKeyOnDisk = loaded.key;
    return loaded;
  }

  /**
   * A keyed file beside the shards (keyedCacheFile.ts), decoded, when it was made from exactly the
   * analyses in use now; undefined when there is none, it is damaged (it is then made and saved
   * again), or anything changed. With the key, for the caller to know what is on disk. `key` null:
   * whatever analyses the file was made from (a caller that checks them itself).
   */
  async loadKeyedFile<T>(name: string, format: KeyedFileFormat, decode: (body: Uint8Array) => T | undefined, key: string | null = this.usedAnalysesKey()): Promise<{ value: T; key: string } | undefined> {
    const file = await this.readFileInFolder(name);
    if (!(file instanceof Uint8Array)) return undefined;
    const found = readKeyedFileHeader(file, format, this.version);
    if (!found || (key !== null && found.key !== key)) return undefined;
    let value;
    try {
      value = decode(await gunzipWhole(file.subarray(found.bodyStart)));
    } catch {
      return undefined; // not gzip data
    }
    return value === undefined ? undefined : { value, key: found.key };
  }

  /**
   * Names the analyses in use and the entities file text each was made with: equal keys, the same
   * analyses (a file's analysis is taken for its path, size and mtime, as in `lookup`).
   */
  usedAnalysesKey(): string {
    const hash = createHash('sha256');
    const texts = new Map<string | null, number>();
    for (const path of [...this.used].sort()) {
      const entry = this.entries.get(path);
      if (!entry) continue;
      if (!texts.has(entry.userEntitiesText)) texts.set(entry.userEntitiesText, texts.size);
      hash.update(JSON.stringify([path, entry.size, entry.mtime, texts.get(entry.userEntitiesText)]));
    }
    return hash.update(JSON.stringify([...texts.keys()])).digest('hex');
  }

  /** Forgets every analysis and removes the shard files. */
  async clear(): Promise<void> {
    await this.saving;
    this.entries.clear();
    this.used.clear();
    this.dirtyShards.clear();
    this.searchIndexToSave = undefined;
    this.searchIndexKeyOnDisk = undefined;
    let names: string[] = [];
    try {
      names = await readdir(this.folder);
    } catch {
      return;
    }
    await Promise.all(names.filter((name) => SHARD_FILE.test(name) || name === SEARCH_INDEX_FILE || name === ENTITIES_FILE || name === VIEW_FILE || TEMPORARY_FILE.test(name)).map((name) => unlink(join(this.folder, name)).catch(() => undefined)));
  }

  private async saveNow(): Promise<CacheSaveReport> {
    const startedAt = performance.now();
    const report: CacheSaveReport = { shards: 0, bytes: 0, compressedBytes: 0, milliseconds: 0, longestBlockMs: 0, failures: [] };
    for (const path of this.entries.keys()) {
      if (this.used.has(path)) continue;
      this.entries.delete(path);
      this.dirtyShards.add(shardOf(path));
    }
    if (this.dirtyShards.size === 0 && !this.searchIndexToSave) return report;
    try {
      await mkdir(this.folder, { recursive: true });
    } catch (error) {
      report.failures.push(`${this.folder}: ${error instanceof Error ? error.message : String(error)}`);
      return report;
    }
    const byShard = new Map<number, [string, Entry][]>();
    for (const entry of this.entries) {
      const shard = shardOf(entry[0]);
      if (!this.dirtyShards.has(shard)) continue;
      const entries = byShard.get(shard);
      if (entries) entries.push(entry);
      else byShard.set(shard, [entry]);
    }
    const slices = new ThreadSlices();
    for (const shard of [...this.dirtyShards].sort((a, b) => a - b)) {
      this.dirtyShards.delete(shard);
      const held = byShard.get(shard) ?? [];
      const entries = await this.toWrite(shard, held, slices);
      const text = entries.length > 0 ? await shardText(entries, this.version, slices) : undefined;
      try {
        const compressed = text === undefined ? undefined : await slices.pause(gzip(text, { level: 1 }));
        const written = await slices.pause(this.replaceFile(shardName(shard), compressed));
        // on disk now, and the corpus holds what it needs of them
        for (const [, entry] of held) entry.analysis = undefined;
        report.shards++;
        report.bytes += text === undefined ? 0 : Buffer.byteLength(text);
        report.compressedBytes += written;
      } catch (error) {
        this.dirtyShards.add(shard);
        report.failures.push(`${shardName(shard)}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    await this.saveSearchIndex(report, slices);
    report.longestBlockMs = slices.end();
    report.milliseconds = performance.now() - startedAt;
    return report;
  }

  /**
   * The entries of a shard to write: the analyses held, and the others as the shard's file stores
   * them (unchanged since it was loaded or written). One the file no longer has as it was is
   * dropped: its file is read again on the next start.
   */
  private async toWrite(shard: number, entries: [string, Entry][], slices: ThreadSlices): Promise<[string, ShardEntry | StoredEntry][]> {
    const written: [string, ShardEntry | StoredEntry][] = [];
    let onDisk: Map<string, StoredEntry> | undefined;
    for (const [path, entry] of entries) {
      const { analysis } = entry;
      if (analysis) {
        written.push([path, { ...entry, analysis }]);
        continue;
      }
      onDisk ??= await this.readStoredShard(shard, slices);
      const stored = onDisk.get(path);
      if (stored && stored.size === entry.size && stored.mtime === entry.mtime && stored.userEntitiesText === entry.userEntitiesText) written.push([path, stored]);
      else if (this.entries.get(path) === entry) this.entries.delete(path);
    }
    return written;
  }

  /** A shard's file as stored (empty when it cannot be read or used). */
  private async readStoredShard(shard: number, slices: ThreadSlices): Promise<Map<string, StoredEntry>> {
    const read = await slices.pause(this.readShard(shardName(shard)));
    const parsed = typeof read === 'string' ? await parseStoredShard(read, this.version, slices) : undefined;
    return parsed instanceof Map ? parsed : new Map();
  }

  private async saveSearchIndex(report: CacheSaveReport, slices: ThreadSlices): Promise<void> {
    const toSave = this.searchIndexToSave;
    if (!toSave) return;
    this.searchIndexToSave = undefined;
    await slices.yieldIfLong();
    const header = keyedFileHeader(SEARCH_INDEX_FORMAT, this.version, toSave.key);
    const body = encodeSearchIndex(toSave.state);
    try {
      const compressed = await slices.pause(gzip(body, { level: 1 }));
      report.compressedBytes += await slices.pause(this.replaceFile(SEARCH_INDEX_FILE, Buffer.concat([header, compressed])));
      report.bytes += header.length + body.length;
      this.searchIndexKeyOnDisk = toSave.key;
    } catch (error) {
      report.failures.push(`${SEARCH_INDEX_FILE}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Writes the file to a new temporary file and renames it over the old one; undefined removes it. Returns the bytes written. */
  async replaceFile(name: string, compressed: Uint8Array | undefined): Promise<number> {
    const target = join(this.folder, name);
    if (compressed === undefined) {
      await unlink(target).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
      return 0;
    }
    const temporary = join(this.folder, `.${name}.${process.pid}.${++this.temporaryFiles}.tmp`);
    try {
      await this.writeNewFile(temporary, compressed);
      // rename replaces a link at the target itself, never the file it points to
      await rename(temporary, target);
      return compressed.length;
    } catch (error) {
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
  }

  /** The shard's text, or why it cannot be read: a link, not a regular file, an I/O error, not gzip data. */
  private async readShard(name: string): Promise<string | Omit<CacheProblem, 'shard'>> {
    const compressed = await this.readFileInFolder(name);
    if (!(compressed instanceof Uint8Array)) return compressed;
    try {
      return (await gunzipWhole(compressed)).toString('utf8');
    } catch (error) {
      return { kind: 'corrupt', detail: `not gzip data (${String((error as NodeJS.ErrnoException).code ?? error)})` };
    }
  }

  /** A file of the cache folder, or why it cannot be read: a link, not a regular file, an I/O error. */
  private async readFileInFolder(name: string): Promise<Uint8Array | Omit<CacheProblem, 'shard'>> {
    let handle;
    try {
      handle = await open(join(this.folder, name), READ_FLAGS);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return { kind: 'unreadable', detail: code === 'ELOOP' ? 'symbolic link (not followed)' : String(code ?? error) };
    }
    try {
      if (!(await handle.stat()).isFile()) return { kind: 'unreadable', detail: 'not a regular file' };
      return await handle.readFile();
    } catch (error) {
      return { kind: 'unreadable', detail: String((error as NodeJS.ErrnoException).code ?? error) };
    } finally {
      await handle.close();
    }
  }
}

/**
 * Gives the corpus a file's analysis, new or `fromCache`, and keeps in the cache the analysis the
 * corpus took (found again when the entities file changed), unless it came from there unchanged.
 */
export function addToCorpus(corpus: Corpus, cache: Pick<AnalysisCache, 'record'>, stamp: FileStamp, made: CachedAnalysis, fromCache: boolean): void {
  const taken = corpus.addAnalysis(made.analysis, made.userEntitiesText);
  if (!fromCache || taken !== made.analysis) cache.record(taken.path, stamp, taken, corpus.userEntitiesText);
}

function shardName(shard: number): string {
  return `analyses-${shard.toString(16).padStart(2, '0')}.json.gz`;
}

/** FNV-1a over the path's UTF-16 code units: stable across runs and platforms. */
export function shardOf(path: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % SHARD_COUNT;
}

const gzip = promisify(gzipCallback);
const gunzip = promisify(gunzipCallback);

/** The largest output chunk gunzipWhole asks for, whatever a damaged trailer says. */
const MAX_GUNZIP_CHUNK = 64 * 1024 * 1024;

/**
 * Decompresses in one output chunk sized from the gzip trailer (the data's length mod 2^32)
 * instead of zlib's 16 KB chunks: each of those is a round trip to libuv's threads and a copy on
 * this thread, about a quarter of a warm load's CPU time.
 */
function gunzipWhole(compressed: Uint8Array): Promise<Buffer> {
  const length = compressed.length >= 4 ? new DataView(compressed.buffer, compressed.byteOffset, compressed.byteLength).getUint32(compressed.length - 4, true) : 0;
  return gunzip(compressed, { chunkSize: Math.min(MAX_GUNZIP_CHUNK, Math.max(64 * 1024, length + 1)) });
}
