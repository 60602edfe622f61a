// Turns a file's bytes into article text, or says in plain words why it is not an article.
// UTF-8 first (strict); bytes that are not valid UTF-8 are read as Windows-1252, the usual encoding
// of older Dutch and other Western European text files.

import { isLetterAt, isWhiteSpaceAt } from './characters';

export type DecodeResult =
  | { ok: true; text: string; encoding: 'utf-8' | 'windows-1252' }
  | { ok: false; reason: string };

/** How much of the file's start is inspected for signs of a binary file. */
const SNIFF_BYTES = 8192;
/** Above this share of control bytes in the sniffed part the file is not text. */
const MAX_CONTROL_RATIO = 0.1;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');
/**
 * Windows-1252 characters at 0x80-0x9F. Node 20's TextDecoder decodes this label as ISO-8859-1 and
 * leaves C1 controls there (browsers do map them), so they are mapped here; 0x81, 0x8D, 0x8F, 0x90
 * and 0x9D are unassigned and stay as they are.
 */
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const C1_PATTERN = /[\u0080-\u009f]/g;
/** Besides letters, the non-ASCII characters of ordinary Western text: typographic quotes and dashes, currency, common signs. */
const ORDINARY_SYMBOLS = new Set('€‚„…†‡‰‹›‘’“”•–—™\u00a0¡¢£¥§©«®°±²³µ·¹»¼½¾¿×÷');
/** Above this share of improbable characters, bytes read as Windows-1252 are not text. */
const MAX_IMPROBABLE_RATIO = 0.01;
/** Fewer improbable characters than this never reject a file: a stray symbol in a real article. */
const MIN_IMPROBABLE = 3;

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 10 ? mb.toFixed(0) : mb >= 0.1 ? mb.toFixed(1) : mb.toFixed(2);
}

/** Tab, line feed, form feed and carriage return are ordinary in text; other C0 bytes are not. */
function isControlByte(byte: number): boolean {
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d;
}

/**
 * True when the sniffed bytes look like mostly-ASCII UTF-16 without a byte-order mark: NUL in (almost)
 * every byte at `zeroParity` (1 for little-endian, 0 for big-endian), hardly any in the other
 * position, and the other bytes ordinary text.
 */
function looksLikeUtf16(bytes: Uint8Array, end: number, zeroParity: 0 | 1): boolean {
  const units = Math.floor(end / 2);
  if (units < 2) return false;
  let zeroHigh = 0;
  let zeroLow = 0;
  let textLow = 0;
  for (let i = 0; i + 1 < end; i += 2) {
    const high = bytes[i + zeroParity];
    const low = bytes[i + 1 - zeroParity];
    if (low === 0) zeroLow++;
    if (high !== 0) continue;
    zeroHigh++;
    if (!isControlByte(low) && low !== 0) textLow++;
  }
  return zeroHigh >= units * 0.6 && zeroLow <= units * 0.05 && textLow >= zeroHigh * 0.9;
}

/** A reason when the file looks binary or UTF-16, else null. */
function binaryReason(bytes: Uint8Array): string | null {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return 'the file is UTF-16 encoded; save it as UTF-8 to include it';
  }
  // A native scan of the whole file: a NUL after the sniffed part makes it binary just the same.
  if (bytes.indexOf(0) >= 0) {
    if (looksLikeUtf16(bytes, end, 1) || looksLikeUtf16(bytes, end, 0)) {
      return 'the file is UTF-16 without a byte-order mark; save it as UTF-8 to include it';
    }
    return 'binary file (contains NUL bytes)';
  }
  let control = 0;
  for (let i = 0; i < end; i++) if (isControlByte(bytes[i])) control++;
  if (end > 0 && control / end > MAX_CONTROL_RATIO) return 'binary file (mostly control characters)';
  return null;
}

/** Neither a letter nor white space (nor the text's edge): what random bytes put beside a letter. */
function isOddNeighbour(text: string, i: number): boolean {
  return i >= 0 && i < text.length && !isLetterAt(text, i) && !isWhiteSpaceAt(text, i);
}

/**
 * True when text decoded as Windows-1252 reads like bytes rather than writing: control bytes,
 * the unassigned bytes 0x81/0x8D/0x8F/0x90/0x9D, uncommon symbols (¤, ¦, ¨, soft hyphen, ´, ¸ …)
 * and accented letters wedged between symbols make up more than 1% of it. Dutch, French or German
 * text has its accented letters inside words and its symbols among the ordinary ones.
 */
function isImprobableWindows1252(text: string): boolean {
  let improbable = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (isControlByte(code)) improbable++;
    } else if (isLetterAt(text, i)) {
      if (isOddNeighbour(text, i - 1) && isOddNeighbour(text, i + 1)) improbable++;
    } else if (!ORDINARY_SYMBOLS.has(text[i])) {
      improbable++;
    }
  }
  return improbable >= MIN_IMPROBABLE && improbable > text.length * MAX_IMPROBABLE_RATIO;
}

/** Why a file of `size` bytes is skipped under a `maxBytes` limit. */
export function tooLargeReason(size: number, maxBytes: number): string {
  return `file is too large (${megabytes(size)} MB; the limit is ${megabytes(maxBytes)} MB)`;
}

export function decodeArticleBytes(bytes: Uint8Array, maxBytes: number): DecodeResult {
  if (bytes.length > maxBytes) return { ok: false, reason: tooLargeReason(bytes.length, maxBytes) };
  const binary = binaryReason(bytes);
  if (binary) return { ok: false, reason: binary };

  let text: string;
  let encoding: 'utf-8' | 'windows-1252';
  try {
    text = utf8.decode(bytes); // strips a UTF-8 BOM
    encoding = 'utf-8';
  } catch {
    text = windows1252.decode(bytes).replace(C1_PATTERN, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]);
    encoding = 'windows-1252';
    if (isImprobableWindows1252(text)) return { ok: false, reason: 'binary file (neither UTF-8 nor Windows-1252 text)' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { ok: false, reason: 'empty file' };
  return { ok: true, text, encoding };
}
