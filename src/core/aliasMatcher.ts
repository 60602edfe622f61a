// Finds known spellings in text, ignoring case and accents, in one left-to-right pass.
// Words are split into parts at inner hyphens and apostrophes, so "al-Sarraj", "Al Sarraj" and
// "AL-SARRAJ" are the same spelling, and a known name at the start of a compound is found
// ("VN-gezant" mentions the VN). Lookup is keyed on the first folded part: cost is linear in the text
// and independent of the number of names (no regex alternation).

import { STOP_CAPITALS } from './entityWordLists';
import { foldText, visibleText } from './text';
import type { EntityType } from './types';

export interface AliasMatch {
  id: string;
  start: number;
  end: number;
  /** the spelling as written */
  surface: string;
  /** what the entry names, when the entry says */
  type?: EntityType;
}

export interface AliasEntry {
  id: string;
  alias: string;
  /** also match the Dutch possessive "Haftars" for "Haftar" (default: when the last word has 4+ letters and no final s) */
  possessive?: boolean;
  /** what the entry names: a place's name or an organisation's reads differently beside other names */
  type?: EntityType;
}

/** A word part with its folded form and offsets. */
export interface WordPart {
  folded: string;
  start: number;
  end: number;
  /** first part of a whitespace-separated word */
  wordStart: boolean;
  /** starts with an upper-case letter */
  capital: boolean;
}

interface CompiledAlias {
  id: string;
  /** the alias as listed: a match written the same way shares this string instead of a copy per mention */
  spelling: string;
  parts: string[];
  /** the alias holds a capital, so the text must too ("VS" is not "vs", "Chili" not "chili") */
  needsCapital: boolean;
  /** bit k: the alias capitalises its part k after the first, which a sentence start cannot explain ("De Lijn" is not "De lijn is dun") */
  laterCapitals: number;
  /** short all-capital acronyms ("IS", "VN") must match exactly in case */
  exactCase: string | undefined;
  possessive: boolean;
  type: EntityType | undefined;
}

/** What may stand between two parts of one name: spaces, a line break, hyphens, apostrophes, an ampersand ("CD&V"), the dot of a web name ("NU.nl"). */
const NAME_GAP = /^(?:[\s\-'’&]{1,4}|\.)$/;
/** Context read around a hover offset; names are far shorter. */
const HOVER_WINDOW = 200;

/** Folded forms of non-ASCII words, which repeat ("Libië"); Unicode normalisation is the slow part. */
const foldedWords = new Map<string, string>();
const MAX_FOLDED_WORDS = 50_000;

function foldPart(part: string, ascii: boolean): string {
  if (ascii) return part.toLowerCase();
  let folded = foldedWords.get(part);
  if (folded === undefined) {
    if (foldedWords.size >= MAX_FOLDED_WORDS) foldedWords.clear();
    foldedWords.set(part, (folded = foldText(part)));
  }
  return folded;
}

function startsUpper(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code >= 65 && code <= 90;
  const first = text.charAt(at);
  return first !== first.toLowerCase();
}

// Words are read with a scanner over character classes rather than a `\p{..}` regex: this runs on
// every word of every article. The classes are those of the regex
//   [\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*
// (a word as in text.ts's WORD_PATTERN, but keeping combining marks inside it: text saved in NFD,
// "Salame\u0301", must give the same words, and offsets that cover the accent).
const OTHER = 1;
const LETTER_OR_DIGIT = 2;
const MARK = 3;
/** Added to the class of a character written as a surrogate pair (two code units). */
const ASTRAL = 4;
const LETTER_OR_DIGIT_PATTERN = /^[\p{L}\p{N}]$/u;
const MARK_PATTERN = /^\p{M}$/u;
/** Class of each BMP code unit, filled in on first use (0: not yet known). */
const bmpClasses = new Uint8Array(0x10000);

function classOf(char: string): number {
  return LETTER_OR_DIGIT_PATTERN.test(char) ? LETTER_OR_DIGIT : MARK_PATTERN.test(char) ? MARK : OTHER;
}

/** Class of the character at `at`, plus ASTRAL when it takes two code units. A lone surrogate is OTHER. */
function classAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code >= 0xd800 && code <= 0xdbff && at + 1 < text.length) {
    const low = text.charCodeAt(at + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return classOf(text.slice(at, at + 2)) + ASTRAL;
  }
  let known = bmpClasses[code];
  if (known === 0) bmpClasses[code] = known = classOf(String.fromCharCode(code));
  return known;
}

/** Hyphen or apostrophe: joins two parts of one word. */
function isSeparator(code: number): boolean {
  return code === 45 || code === 39 || code === 0x2019;
}

/** Splits text into word parts: "VN-gezant Salamé" -> vn, gezant, salame. */
export function wordParts(text: string): WordPart[] {
  const parts: WordPart[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const first = classAt(text, i);
    if ((first & 3) !== LETTER_OR_DIGIT) {
      i += first & ASTRAL ? 2 : 1;
      continue;
    }
    // One word: parts of letters, marks and digits, each joined to the next by a separator that a letter or digit follows.
    let start = i;
    let wordStart = true;
    let width = first & ASTRAL ? 2 : 1;
    for (;;) {
      let end = start + width;
      let ascii = text.charCodeAt(start) < 128;
      while (end < length) {
        const code = text.charCodeAt(end);
        if (code < 128) {
          // ASCII letters and digits, inline: most characters of most text.
          if (!((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57))) break;
          end++;
          continue;
        }
        const next = classAt(text, end);
        if ((next & 3) === OTHER) break;
        ascii = false;
        end += next & ASTRAL ? 2 : 1;
      }
      parts.push({ folded: foldPart(text.slice(start, end), ascii), start, end, wordStart, capital: startsUpper(text, start) });
      if (end + 1 < length && isSeparator(text.charCodeAt(end))) {
        const next = classAt(text, end + 1);
        if ((next & 3) === LETTER_OR_DIGIT) {
          start = end + 1;
          wordStart = false;
          width = next & ASTRAL ? 2 : 1;
          continue;
        }
      }
      i = end;
      break;
    }
  }
  return parts;
}

/** Bits of a filter over first parts: a few hundred of them among the tens of thousands of words read. */
const FILTER_BITS = 1 << 20;

/**
 * A word's place in the filter, by its first and last letter and its length (the first `length`
 * characters of `folded`), so a possessive ("haftars") is looked up without a new string.
 */
function filterBit(folded: string, length: number): number {
  return (((folded.charCodeAt(0) & 127) << 13) | ((folded.charCodeAt(length - 1) & 127) << 6) | Math.min(length, 63)) & (FILTER_BITS - 1);
}

export class AliasMatcher {
  private readonly byFirstPart = new Map<string, CompiledAlias[]>();
  /**
   * Set bits where a first part may be: most words are no name's first part, and this tells so
   * without the map, whose first lookup of each new word string has to hash it.
   */
  private readonly firstPartFilter = new Uint32Array(FILTER_BITS / 32);

  /** When two entries share a spelling, the later one wins (user entries listed last override). */
  constructor(entries: Iterable<AliasEntry>) {
    const byKey = new Map<string, CompiledAlias>();
    for (const entry of entries) {
      const alias = entry.alias.trim();
      const parts = wordParts(alias).map((part) => part.folded);
      if (parts.length === 0) continue;
      const letters = alias.replace(/[^\p{L}\p{N}]/gu, '');
      const acronym = letters.length <= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
      byKey.set(parts.join(' '), {
        id: entry.id,
        spelling: alias,
        parts,
        needsCapital: alias !== alias.toLowerCase(),
        laterCapitals: laterCapitalBits(wordParts(alias)),
        exactCase: acronym ? letters : undefined,
        possessive: entry.possessive ?? (parts[parts.length - 1].length >= 4 && !parts[parts.length - 1].endsWith('s')),
        type: entry.type,
      });
    }
    for (const compiled of byKey.values()) {
      const list = this.byFirstPart.get(compiled.parts[0]);
      if (list) list.push(compiled);
      else this.byFirstPart.set(compiled.parts[0], [compiled]);
    }
    for (const [first, list] of this.byFirstPart) {
      list.sort((a, b) => b.parts.length - a.parts.length);
      const bit = filterBit(first, first.length);
      this.firstPartFilter[bit >>> 5] |= 1 << (bit & 31);
    }
  }

  get size(): number {
    let count = 0;
    for (const list of this.byFirstPart.values()) count += list.length;
    return count;
  }

  /** All known spellings in `text`, left to right; the longest wins where several start at one word, none overlap. */
  findAll(text: string): AliasMatch[] {
    return this.matchParts(text, wordParts(text));
  }

  /** Matches over parts already computed for `text` (callers that tokenise once). */
  matchParts(text: string, parts: readonly WordPart[]): AliasMatch[] {
    const matches: AliasMatch[] = [];
    for (let i = 0; i < parts.length; i++) {
      if (!parts[i].wordStart) continue;
      const candidates = this.aliasesFrom(parts[i].folded);
      if (!candidates) continue;
      for (const candidate of candidates) {
        const length = this.matchLength(text, parts, i, candidate);
        if (length === 0) continue;
        const start = parts[i].start;
        const end = parts[i + length - 1].end;
        const spelledAsListed = end - start === candidate.spelling.length && text.startsWith(candidate.spelling, start);
        const surface = spelledAsListed ? candidate.spelling : text.slice(start, end);
        matches.push(candidate.type ? { id: candidate.id, start, end, surface, type: candidate.type } : { id: candidate.id, start, end, surface });
        i += length - 1;
        break;
      }
    }
    return matches;
  }

  /** The match covering `offset` (for hover), reading only a window of text around it. */
  findAt(text: string, offset: number): AliasMatch | undefined {
    if (offset < 0 || offset > text.length) return undefined;
    let from = Math.max(0, offset - HOVER_WINDOW);
    let to = Math.min(text.length, offset + HOVER_WINDOW);
    // Start and end the window at whitespace so no word is cut in two.
    while (from > 0 && !/\s/.test(text[from - 1]) && offset - from < HOVER_WINDOW * 2) from--;
    while (to < text.length && !/\s/.test(text[to]) && to - offset < HOVER_WINDOW * 2) to++;
    const window = visibleText(text.slice(from, to));
    for (const match of this.findAll(window.text)) {
      const start = from + window.writtenStart(match.start);
      const end = from + window.writtenEnd(match.end);
      if (start <= offset && offset < end) return { ...match, start, end };
      if (start > offset) break;
    }
    return undefined;
  }

  /** The aliases whose first part is `folded`, or (as a possessive) `folded` without its final s. */
  private aliasesFrom(folded: string): CompiledAlias[] | undefined {
    const length = folded.length;
    if (this.mayBeFirstPart(folded, length)) {
      const aliases = this.byFirstPart.get(folded);
      if (aliases) return aliases;
    }
    // "Namens" is a word of its own, no possessive of the town Namen.
    const possessive = length > 3 && folded.charCodeAt(length - 1) === 115 && this.mayBeFirstPart(folded, length - 1) && !STOP_CAPITALS.has(folded);
    return possessive ? this.byFirstPart.get(folded.slice(0, -1)) : undefined;
  }

  private mayBeFirstPart(folded: string, length: number): boolean {
    const bit = filterBit(folded, length);
    return (this.firstPartFilter[bit >>> 5] & (1 << (bit & 31))) !== 0;
  }

  /** Number of parts matched from parts[i], or 0. */
  /** Whether parts[k] begins a capitalised word, after white space only, that no known name begins with. */
  private beforeUnknownName(text: string, parts: readonly WordPart[], k: number): boolean {
    const next = parts[k];
    return next !== undefined && next.wordStart && next.capital && /^\s+$/.test(text.slice(parts[k - 1].end, next.start)) && this.aliasesFrom(next.folded) === undefined;
  }

  private matchLength(text: string, parts: readonly WordPart[], i: number, alias: CompiledAlias): number {
    const n = alias.parts.length;
    if (i + n > parts.length) return 0;
    let capital = false;
    for (let k = 0; k < n; k++) {
      const part = parts[i + k];
      const last = k === n - 1;
      if (part.folded !== alias.parts[k] && !(last && alias.possessive && stripPossessive(part.folded) === alias.parts[k])) return 0;
      if (k > 0 && !NAME_GAP.test(text.slice(parts[i + k - 1].end, part.start))) return 0;
      if (k > 0 && !part.capital && (alias.laterCapitals & (1 << k)) !== 0) return 0;
      capital ||= part.capital;
    }
    if (alias.needsCapital && !capital) return 0;
    // "Frances Tiafoe": before a name of its own, a final s is no possessive ("Poetins Rusland" still is).
    if (parts[i + n - 1].folded !== alias.parts[n - 1] && this.beforeUnknownName(text, parts, i + n)) return 0;
    if (alias.exactCase !== undefined) {
      const written = text.slice(parts[i].start, parts[i + n - 1].end).replace(/[^\p{L}\p{N}]/gu, '');
      if (written !== alias.exactCase) return 0;
    }
    return n;
  }
}

/** Bit k set for each capitalised part k after the first (parts past 31 are not checked). */
function laterCapitalBits(parts: readonly WordPart[]): number {
  let bits = 0;
  for (let k = 1; k < Math.min(parts.length, 32); k++) if (parts[k].capital) bits |= 1 << k;
  return bits;
}

/** "haftars" -> "haftar"; other words unchanged. */
function stripPossessive(folded: string): string {
  return folded.length > 3 && folded.endsWith('s') ? folded.slice(0, -1) : folded;
}
