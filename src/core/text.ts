// Text primitives shared by parsing, entity matching and search. Linear in the input, no regex
// alternations with the `iu` flags (they are very slow on large inputs).

import { boundedMemo } from './boundedMemo';

/** Letters that NFKD does not decompose into a base letter plus marks. */
const UNDECOMPOSED: Record<string, string> = {
  ø: 'o', Ø: 'O', ß: 'ss', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ı: 'i',
};
const UNDECOMPOSED_PATTERN = /[øØßłŁđĐæÆœŒı]/g;
const MARKS = /\p{M}/gu;

const ASCII = /^[\x00-\x7f]*$/;
const NON_ASCII_RUN = /[^\x00-\x7f]+/g;

function stripRun(run: string): string {
  return run.normalize('NFKD').replace(MARKS, '').replace(UNDECOMPOSED_PATTERN, (c) => UNDECOMPOSED[c]);
}

/** Slices this short are copies in V8 (see ownCopy): remembering one keeps no article text alive. */
const MAX_REMEMBERED_RUN = 12;
const rememberedRun = boundedMemo(stripRun, 10_000);
/** Most runs are one character ("ü", "é", "“"): those by code unit, without hashing a string. */
const strippedCharacters: (string | undefined)[] = [];

function strippedRun(run: string): string {
  if (run.length === 1) return (strippedCharacters[run.charCodeAt(0)] ??= stripRun(run));
  return run.length <= MAX_REMEMBERED_RUN ? rememberedRun(run) : stripRun(run);
}

/** Removes accents but keeps case: "Salamé" -> "Salame", "Genève" -> "Geneve". */
export function stripAccents(text: string): string {
  // Most text is ASCII, which has no accents; the test is far cheaper than Unicode normalisation.
  if (ASCII.test(text)) return text;
  // ASCII characters decompose to themselves and no mark is reordered across them, so each run of
  // other characters decomposes on its own: the few distinct runs ("ü", "é", "“") are worked out once.
  return text.replace(NON_ASCII_RUN, strippedRun);
}

/** White space that collapsing to one space changes: one other than a space, or a space followed by more. */
const UNCOLLAPSED_SPACE = /[^\S ]| \s/;

/** Each run of white space as one space; most text has single spaces only, and is then given back as it is (no copy). */
export function collapseSpaces(text: string): string {
  return UNCOLLAPSED_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/** Case- and accent-insensitive form used as a lookup key: "Salamé" -> "salame", "Sala\u00ADmé" too. */
export function foldText(text: string): string {
  // ASCII text holds neither invisible characters nor accents: one scan instead of two.
  if (ASCII.test(text)) return text.toLowerCase();
  return stripAccents(withoutInvisibles(text)).toLowerCase();
}

/**
 * Invisible characters that can stand inside a word without ending it, which text from the web and
 * word processors holds: soft hyphen, Arabic letter mark, Mongolian vowel separator, zero-width
 * space, non-joiner and joiner, LRM/RLM, word joiner, invisible operators, a BOM in mid-text.
 * (inertText removes these and more for display; this is what analysis reads through.)
 */
export const INVISIBLE_IN_WORDS = '\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2060-\\u2064\\ufeff';
const INVISIBLE = new RegExp(`[${INVISIBLE_IN_WORDS}]`);
const INVISIBLES = new RegExp(`[${INVISIBLE_IN_WORDS}]`, 'g');
/** The non-breaking hyphen U+2011, which analysis reads as an ordinary hyphen. */
const NON_BREAKING_HYPHEN = /\u2011/g;
const HAS_INVISIBLE_OR_HYPHEN = new RegExp(`[${INVISIBLE_IN_WORDS}\\u2011]`);

/** The text as a reader sees it: invisible characters removed, U+2011 as "-". */
export function withoutInvisibles(text: string): string {
  if (!HAS_INVISIBLE_OR_HYPHEN.test(text)) return text;
  return text.replace(INVISIBLES, '').replace(NON_BREAKING_HYPHEN, '-');
}

/** Text for analysis (see withoutInvisibles) with the way back to offsets in the text as written. */
export interface VisibleText {
  text: string;
  /** offset in the written text of the character at `offset` in `text` (its length past the end) */
  writtenStart(offset: number): number;
  /** offset in the written text just past the character before `offset` in `text` */
  writtenEnd(offset: number): number;
}

const same = (offset: number) => offset;

/**
 * `written` as analysis reads it, so "Ghas\u200Bsan" is one word; a range [start, end) found in
 * `text` maps back to [writtenStart(start), writtenEnd(end)), which holds the invisible characters
 * inside it, so the editor selects exactly the name.
 */
export function visibleText(written: string): VisibleText {
  const text = withoutInvisibles(written);
  if (text.length === written.length) return { text, writtenStart: same, writtenEnd: same };
  const offsets = new Uint32Array(text.length);
  let next = 0;
  for (let i = 0; i < written.length; i++) if (!INVISIBLE.test(written[i])) offsets[next++] = i;
  return {
    text,
    writtenStart: (offset) => (offset < offsets.length ? offsets[offset] : written.length),
    writtenEnd: (offset) => (offset > 0 ? offsets[offset - 1] + 1 : 0),
  };
}

/**
 * The text as a string of its own. A slice of 13 or more characters is, in V8, a view of the string
 * it came from and keeps all of it alive: text kept for long (a memo, a surface) is copied.
 */
export function ownCopy(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
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
