// Character classes of the UTF-16 code unit at an offset, as the regexes `\s`, `\p{L}` and `\p{Ll}`
// read it, with the answer for ASCII (most characters of any text) found without a regex, and the
// punctuation that ends a sentence. Parsing asks these for every character, where a regex test per
// character is the slow part.

const WHITESPACE = /\s/;
const LETTER = /\p{L}/u;
const LOWERCASE = /\p{Ll}/u;

/** `/\s/.test(text[i])`: false past the end. */
export function isWhiteSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return WHITESPACE.test(text.charAt(i)); // '' past the end
}

/** `/\p{L}/u.test(text[i])`: false past the end and for half of a surrogate pair. */
export function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  return LETTER.test(text.charAt(i));
}

/** `/\p{Ll}/u.test(text[i])`: false past the end and for half of a surrogate pair. */
export function isLowercaseAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return LOWERCASE.test(text.charAt(i));
}

/** Sentence-ending punctuation: . ! ? … */
export function isTerminator(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
}

/** What may close a sentence after its punctuation: " ' ” ’ » ) ] */
export function isCloser(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x201d || code === 0x2019 || code === 0xbb || code === 0x29 || code === 0x5d;
}
