// How the analysis cache keeps the search index (ArticleSearchIndex.exportState): one file, an
// uncompressed JSON header line, then the gzipped state. The header names the analyses the index
// was made from (a key over their paths, stamps and entities file text), so a start whose files
// do not all match tells from the header alone, without unpacking the rest. In the state, the
// strings are one JSON line and the typed arrays follow as raw bytes, in this machine's byte order
// (the header says which; a cache is not moved between machines, but a mismatch is refused).
import { endianness } from 'node:os';
import type { SearchIndexState } from '../core/search';

const FORMAT_NAME = 'dossier-search-index';
const FORMAT_VERSION = 1;

export interface SearchIndexHeader {
  format: string;
  formatVersion: number;
  /** the analysis cache's version */
  version: string;
  /** what the index was made from (see AnalysisCache) */
  key: string;
  endianness: string;
}

/** The strings of a state and the sizes of its typed arrays. */
interface StateStrings extends Omit<SearchIndexState, 'fieldLengths' | 'listLengths' | 'postings'> {
  arrays: [fieldLengths: number, listLengths: number, postings: number];
}

/** The file's header line and the state, not yet compressed (the caller gzips it off the thread). */
export function encodeSearchIndex(state: SearchIndexState, version: string, key: string): { header: Uint8Array; body: Uint8Array } {
  const { fieldLengths, listLengths, postings, ...strings } = state;
  const stateStrings: StateStrings = { ...strings, arrays: [fieldLengths.length, listLengths.length, postings.length] };
  const text = Buffer.from(`${JSON.stringify(stateStrings)}\n`);
  const body = new Uint8Array(text.length + 4 * (fieldLengths.length + listLengths.length + postings.length));
  body.set(text, 0);
  let offset = text.length;
  for (const array of [fieldLengths, listLengths, postings]) {
    body.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offset);
    offset += array.byteLength;
  }
  const header: SearchIndexHeader = { format: FORMAT_NAME, formatVersion: FORMAT_VERSION, version, key, endianness: endianness() };
  return { header: Buffer.from(`${JSON.stringify(header)}\n`), body };
}

/** The header and where the compressed state starts; undefined when the file is not one this code wrote. */
export function readSearchIndexHeader(file: Uint8Array): { header: SearchIndexHeader; bodyStart: number } | undefined {
  const newline = file.indexOf(0x0a);
  if (newline < 0) return undefined;
  try {
    const header = JSON.parse(Buffer.from(file.buffer, file.byteOffset, newline).toString('utf8')) as Partial<SearchIndexHeader>;
    if (header?.format !== FORMAT_NAME || header.formatVersion !== FORMAT_VERSION || header.endianness !== endianness()) return undefined;
    return { header: header as SearchIndexHeader, bodyStart: newline + 1 };
  } catch {
    return undefined;
  }
}

/** The state `encodeSearchIndex` wrote, unpacked; undefined for anything else (the index then checks it again on import). */
export function decodeSearchIndex(body: Uint8Array): SearchIndexState | undefined {
  const newline = body.indexOf(0x0a);
  if (newline < 0) return undefined;
  try {
    const { arrays, ...strings } = JSON.parse(Buffer.from(body.buffer, body.byteOffset, newline).toString('utf8')) as StateStrings;
    if (!Array.isArray(arrays) || arrays.length !== 3 || !arrays.every((length) => Number.isInteger(length) && length >= 0)) return undefined;
    let offset = body.byteOffset + newline + 1;
    if (offset - body.byteOffset + 4 * (arrays[0] + arrays[1] + arrays[2]) !== body.length) return undefined;
    // slice copies, so each array is aligned and owns its memory
    const [fieldLengths, listLengths, postings] = arrays.map((length) => {
      const array = new Uint32Array(body.buffer.slice(offset, offset + 4 * length));
      offset += 4 * length;
      return array;
    });
    return { ...strings, fieldLengths, listLengths, postings };
  } catch {
    return undefined;
  }
}
