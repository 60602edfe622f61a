// The files kept beside the analysis cache's shards that hold what was made from all the analyses
// in use (the search index, the resolved entities): an uncompressed JSON header line, then the
// gzipped body. The header names the format, the cache's version, the analyses the body was made
// from (AnalysisCache.usedAnalysesKey) and this machine's byte order (bodies hold raw typed arrays;
// a cache is not moved between machines, but a mismatch is refused), so a start whose files do not
// all match tells from the header alone, without unpacking the rest.
import { endianness } from 'node:os';

/** What a kind of keyed file is called in its header, and the version of its body's layout. */
export interface KeyedFileFormat {
  name: string;
  version: number;
}

interface KeyedFileHeader {
  format: string;
  formatVersion: number;
  /** the analysis cache's version */
  version: string;
  /** the analyses the body was made from */
  key: string;
  endianness: string;
}

/** The header line of a file of `format`, made from the analyses `key` names. */
export function keyedFileHeader(format: KeyedFileFormat, cacheVersion: string, key: string): Uint8Array {
  const header: KeyedFileHeader = { format: format.name, formatVersion: format.version, version: cacheVersion, key, endianness: endianness() };
  return Buffer.from(`${JSON.stringify(header)}\n`);
}

/**
 * The key a file was made under and where its compressed body starts; undefined unless this code
 * wrote it in `format`, for this cache version, on a machine of this byte order.
 */
export function readKeyedFileHeader(file: Uint8Array, format: KeyedFileFormat, cacheVersion: string): { key: string; bodyStart: number } | undefined {
  const newline = file.indexOf(0x0a);
  if (newline < 0) return undefined;
  try {
    const header = JSON.parse(Buffer.from(file.buffer, file.byteOffset, newline).toString('utf8')) as Partial<KeyedFileHeader>;
    if (header?.format !== format.name || header.formatVersion !== format.version || header.version !== cacheVersion || header.endianness !== endianness() || typeof header.key !== 'string') return undefined;
    return { key: header.key, bodyStart: newline + 1 };
  } catch {
    return undefined;
  }
}
