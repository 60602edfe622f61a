// One shard of the analysis cache as bytes: a JSON header line (format, versions, the body's length)
// and a body of V8-serialized values (node:v8, the structured-clone format): the entities file
// texts, the number of entries, then each entry. Decoding it costs about two thirds of what JSON
// did (no UTF-8 to string step, no JSON parse of 8 KB per article), and the entries are read one
// by one, yielding to other work between them once the thread has been held for a slice (see
// ThreadSlices), so a shard of a large archive does not hold up the extension host. The caller
// gzips the shard, whose CRC-32 and length check the bytes: no checksum of our own is needed.
import { DefaultDeserializer, DefaultSerializer } from 'node:v8';
import type { FileAnalysis } from '../core/analysis';
import { decodeAnalysis, encodeAnalysis, type CompactAnalysis } from './analysisCacheCodec';
import type { ThreadSlices } from './threadSlices';

/** Bumped when the layout of a shard changes. */
const CACHE_FORMAT_VERSION = 2;
const FORMAT_NAME = 'dossier-analysis-cache';
const NEWLINE = 0x0a;

/** One analysis as a shard keeps it: the file's stamp and the entities file text it was made with. */
export interface ShardEntry {
  size: number;
  mtime: number;
  analysis: FileAnalysis;
  userEntitiesText: string | null;
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
  /** the body's length in bytes */
  length: number;
}

/** An entry of the body; `text` indexes the shard's entities file texts. */
type StoredEntry = [path: string, size: number, mtime: number, text: number, analysis: CompactAnalysis];

export async function shardBytes(entries: [string, ShardEntry][], version: string, slices: ThreadSlices): Promise<Uint8Array> {
  const texts: (string | null)[] = [];
  const textIndex = new Map<string | null, number>();
  const stored: StoredEntry[] = [];
  for (const [path, entry] of entries) {
    let index = textIndex.get(entry.userEntitiesText);
    if (index === undefined) {
      index = texts.push(entry.userEntitiesText) - 1;
      textIndex.set(entry.userEntitiesText, index);
    }
    stored.push([path, entry.size, entry.mtime, index, encodeAnalysis(entry.analysis)]);
  }
  const serializer = new DefaultSerializer();
  serializer.writeHeader();
  serializer.writeValue(texts);
  serializer.writeValue(stored.length);
  for (const entry of stored) {
    serializer.writeValue(entry);
    await slices.yieldIfLong();
  }
  const body = serializer.releaseBuffer();
  const header: ShardHeader = { format: FORMAT_NAME, formatVersion: CACHE_FORMAT_VERSION, version, length: body.length };
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body]);
}

/** The shard's analyses, or why none of them can be used. */
export async function parseShard(bytes: Uint8Array, version: string, slices: ThreadSlices): Promise<Map<string, ShardEntry> | ShardProblem> {
  const newline = bytes.indexOf(NEWLINE);
  let header: Partial<ShardHeader>;
  try {
    header = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, newline < 0 ? bytes.length : newline).toString('utf8')) as Partial<ShardHeader>;
  } catch {
    return { kind: 'corrupt', detail: 'no header' };
  }
  if (header?.format !== FORMAT_NAME) return { kind: 'corrupt', detail: 'no header' };
  if (header.formatVersion !== CACHE_FORMAT_VERSION || header.version !== version) {
    return { kind: 'version', detail: `written by ${String(header.version)} (format ${String(header.formatVersion)})` };
  }
  const body = bytes.subarray(newline + 1);
  if (newline < 0 || body.length !== header.length) return { kind: 'corrupt', detail: 'cut short' };
  try {
    const deserializer = new DefaultDeserializer(Buffer.from(body.buffer, body.byteOffset, body.length));
    deserializer.readHeader();
    const texts = deserializer.readValue() as (string | null)[];
    const count = deserializer.readValue() as number;
    if (!Array.isArray(texts) || !Number.isInteger(count)) throw new Error('no entries');
    const entries = new Map<string, ShardEntry>();
    for (let i = 0; i < count; i++) {
      const [path, size, mtime, text, stored] = deserializer.readValue() as StoredEntry;
      const analysis = decodeAnalysis(stored);
      const userEntitiesText = texts[text];
      if (!isCorpusPath(path) || analysis.path !== path || (analysis.article && analysis.article.parsed.path !== path)) throw new Error(`not a corpus path: ${path}`);
      if (typeof size !== 'number' || typeof mtime !== 'number' || userEntitiesText === undefined) throw new Error('no stamp');
      entries.set(path, { size, mtime, analysis, userEntitiesText });
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
