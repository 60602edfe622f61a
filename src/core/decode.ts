// Turns a file's bytes into article text, or says in plain words why it is not an article.
// UTF-8 first (strict); bytes that are not valid UTF-8 are read as Windows-1252, the usual encoding
// of older Dutch and other Western European text files.

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

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 10 ? mb.toFixed(0) : mb >= 0.1 ? mb.toFixed(1) : mb.toFixed(2);
}

/** A reason when the start of the file looks binary, else null. */
function binaryReason(bytes: Uint8Array): string | null {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return 'the file is UTF-16 encoded; save it as UTF-8 to include it';
  }
  let control = 0;
  for (let i = 0; i < end; i++) {
    const byte = bytes[i];
    if (byte === 0) return 'binary file (contains NUL bytes)';
    // Tab, line feed, form feed and carriage return are ordinary in text; other C0 bytes are not.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) control++;
  }
  if (end > 0 && control / end > MAX_CONTROL_RATIO) return 'binary file (mostly control characters)';
  return null;
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
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { ok: false, reason: 'empty file' };
  return { ok: true, text, encoding };
}
