// How the analysis cache keeps the search index (ArticleSearchIndex.exportState): a keyed file
// (keyedCacheFile.ts: a header line naming the analyses it was made from, then the gzipped state).
// In the state, the strings are one JSON line and the typed arrays follow as raw bytes, in this
// machine's byte order (the header says which).
import type { SearchIndexState } from '../core/search';
import type { KeyedFileFormat } from './keyedCacheFile';

export const SEARCH_INDEX_FORMAT: KeyedFileFormat = { name: 'dossier-search-index', version: 1 };

/** The strings of a state and the sizes of its typed arrays. */
interface StateStrings extends Omit<SearchIndexState, 'fieldLengths' | 'listLengths' | 'postings'> {
  arrays: [fieldLengths: number, listLengths: number, postings: number];
}

/** The state as the file's body, not yet compressed (the caller gzips it off the thread). */
export function encodeSearchIndex(state: SearchIndexState): Uint8Array {
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
  return body;
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
