// Text primitives shared by parsing, entity matching and search. Linear in the input, no regex
// alternations with the `iu` flags (they are very slow on large inputs).

/** Letters that NFKD does not decompose into a base letter plus marks. */
const UNDECOMPOSED: Record<string, string> = {
  ø: 'o', Ø: 'O', ß: 'ss', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ı: 'i',
};
const UNDECOMPOSED_PATTERN = /[øØßłŁđĐæÆœŒı]/g;
const MARKS = /\p{M}/gu;

/** Removes accents but keeps case: "Salamé" -> "Salame", "Genève" -> "Geneve". */
export function stripAccents(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').replace(UNDECOMPOSED_PATTERN, (c) => UNDECOMPOSED[c]);
}

/** Case- and accent-insensitive form used as a lookup key: "Salamé" -> "salame". */
export function foldText(text: string): string {
  return stripAccents(text).toLowerCase();
}

/** A word: letters and digits, joined by inner hyphens or apostrophes ("al-Sarraj", "VN-gezant", "d'Estaing"). */
export const WORD_PATTERN = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Splits text into words with their offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD_PATTERN)) {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** True when the word starts with an upper-case letter ("Haftar", "VN-gezant", "Ëlla"). */
export function isCapitalized(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** Escapes text for safe use inside HTML or Markdown-rendered HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}
