// One shard of the analysis cache as text: a JSON header line (format, versions, length of the body)
// and a JSON body holding the entries. The caller gzips it: gzip's CRC-32 and length catch a changed
// or missing byte, so no checksum of our own is computed (SHA-256 cost a tenth of a warm load). Encoding and decoding yield to other work
// between entries once the thread has been held for a slice (see ThreadSlices), so a shard of a
// large archive does not hold up the extension host.
import type { FileAnalysis } from '../core/analysis';
import { decodeAnalysis, encodeAnalysis, type CompactAnalysis } from './analysisCacheCodec';
import type { ThreadSlices } from './threadSlices';

/** Bumped when the layout of a shard changes. */
const CACHE_FORMAT_VERSION = 2;
const FORMAT_NAME = 'dossier-analysis-cache';

/** One analysis as a shard keeps it: the file's stamp and the entities file text it was made with. */
export interface ShardEntry {
  size: number;
  mtime: number;
  analysis: FileAnalysis;
  userEntitiesText: string | null;
}

/** An entry as its shard stores it, not decoded: what a shard written again keeps of an unchanged file. */
export interface StoredEntry extends Omit<ShardEntry, 'analysis'> {
  stored: CompactAnalysis;
}

/** Why a shard cannot be used: made by another version, or damaged. */
export interface ShardProblem {
  kind: 'version' | 'corrupt';
  detail: string;
}

interface ShardHeader {
  format: string;
  formatVersion: number;
  version: string;
  /** the body's length in characters */
  length: number;
}

interface ShardBody {
  /** the distinct entities file texts, which entries name by index */
  texts: (string | null)[];
  entries: [path: string, size: number, mtime: number, text: number, analysis: CompactAnalysis][];
}

export async function shardText(entries: [string, ShardEntry | StoredEntry][], version: string, slices: ThreadSlices): Promise<string> {
  const texts: (string | null)[] = [];
  const textIndex = new Map<string | null, number>();
  const body: ShardBody = { texts, entries: [] };
  for (const [path, entry] of entries) {
    let index = textIndex.get(entry.userEntitiesText);
    if (index === undefined) {
      index = texts.push(entry.userEntitiesText) - 1;
      textIndex.set(entry.userEntitiesText, index);
    }
    body.entries.push([path, entry.size, entry.mtime, index, 'stored' in entry ? entry.stored : encodeAnalysis(entry.analysis)]);
    await slices.yieldIfLong();
  }
  const bodyText = JSON.stringify(body);
  const header: ShardHeader = { format: FORMAT_NAME, formatVersion: CACHE_FORMAT_VERSION, version, length: bodyText.length };
  return `${JSON.stringify(header)}\n${bodyText}`;
}

/** The shard's analyses, or why none of them can be used. */
export async function parseShard(text: string, version: string, slices: ThreadSlices): Promise<Map<string, ShardEntry> | ShardProblem> {
  return readEntries(text, version, slices, (path, stored) => {
    const analysis = decodeAnalysis(stored);
    if (analysis.path !== path || (analysis.article && analysis.article.parsed.path !== path)) throw new Error(`not a corpus path: ${path}`);
    return { analysis };
  });
}

/** The shard's entries as stored, not decoded (parseShard checked them when the shard was loaded), or why none can be used. */
export function parseStoredShard(text: string, version: string, slices: ThreadSlices): Promise<Map<string, StoredEntry> | ShardProblem> {
  return readEntries(text, version, slices, (path, stored) => {
    if (stored?.path !== path) throw new Error(`not a corpus path: ${path}`);
    return { stored };
  });
}

async function readEntries<T extends object>(text: string, version: string, slices: ThreadSlices, take: (path: string, stored: CompactAnalysis) => T): Promise<Map<string, Omit<ShardEntry, 'analysis'> & T> | ShardProblem> {
  const newline = text.indexOf('\n');
  let header: Partial<ShardHeader>;
  try {
    header = JSON.parse(newline < 0 ? text : text.slice(0, newline)) as Partial<ShardHeader>;
  } catch {
    return { kind: 'corrupt', detail: 'no header' };
  }
  if (header?.format !== FORMAT_NAME) return { kind: 'corrupt', detail: 'no header' };
  if (header.formatVersion !== CACHE_FORMAT_VERSION || header.version !== version) {
    return { kind: 'version', detail: `written by ${String(header.version)} (format ${String(header.formatVersion)})` };
  }
  const bodyText = text.slice(newline + 1);
  if (newline < 0 || bodyText.length !== header.length) return { kind: 'corrupt', detail: 'cut short' };
  try {
    const body = JSON.parse(bodyText) as ShardBody;
    const entries = new Map<string, Omit<ShardEntry, 'analysis'> & T>();
    for (const [path, size, mtime, text, stored] of body.entries) {
      if (!isCorpusPath(path)) throw new Error(`not a corpus path: ${path}`);
      const taken = take(path, stored);
      const userEntitiesText = body.texts[text];
      if (typeof size !== 'number' || typeof mtime !== 'number' || userEntitiesText === undefined) throw new Error('no stamp');
      entries.set(path, { size, mtime, userEntitiesText, ...taken });
      await slices.yieldIfLong();
    }
    return entries;
  } catch (error) {
    return { kind: 'corrupt', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** A workspace-relative path: no absolute path, no step out of the workspace. */
function isCorpusPath(path: unknown): path is string {
  return typeof path === 'string' && path !== '' && !path.startsWith('/') && !/^[a-zA-Z]:/.test(path) && !path.includes('\0') && !path.split(/[/\\]/).includes('..');
}
