// Parses one article: the ` date YYYY-MM[-DD]` header, the sentences (with their file offsets) and
// the passages a scraper repeated. One left-to-right pass over the text; no look-back beyond a word.

import type { ParsedArticle, Sentence } from './types';
import { HEADER_YEARS } from './dates';
import { isCloser, isLetterAt, isLowercaseAt, isTerminator, isWhiteSpaceAt } from './characters';
import { collapseSpaces, foldText } from './text';

/** ` date 2020-01` or `date 2020-01-15` at the very start (after a BOM or spaces), then a space or the end. */
const HEADER_PATTERN = /^\uFEFF?[ \t]*[Dd]ate[ \t]+(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?=\s|$)/;
/** A blank line (possibly holding spaces) separates paragraphs. */
const PARAGRAPH_BREAK = /\r?\n[ \t\u00a0]*\r?\n\s*/g;
/** Sentences longer than this are split at a space (hostile or unpunctuated text stays workable). */
const MAX_SENTENCE = 1000;
/** Sentences with fewer words may repeat legitimately ("Lees ook:") and are always kept. */
const MIN_WORDS_FOR_REPEAT = 4;
const TITLE_LENGTH = 90;
const SUMMARY_LENGTH = 280;
const SUMMARY_SENTENCES = 3;

/**
 * Words that end with a full stop without ending the sentence, even before a capital:
 * titles ("dhr. Rutte"), "St. Maarten", "bijv. Rusland", "nr. 5", month abbreviations ("3 jan. 2020").
 */
const ABBREVIATIONS = new Set([
  'dhr', 'mevr', 'mw', 'mr', 'mrs', 'ms', 'dr', 'drs', 'ir', 'ing', 'prof', 'st', 'sr', 'jr', 'gen', 'lt', 'kol',
  'sgt', 'mgr', 'ds', 'nr', 'bijv', 'bv', 'vgl', 'ca', 'vs', 'jl', 'blz', 'art', 'zgn', 'zg', 'resp', 'evt',
  'incl', 'excl', 'max', 'min', 'mln', 'mld', 'mrd', 'tel', 'afd', 'ong',
  'jan', 'feb', 'febr', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'oct', 'nov', 'dec',
]);

interface Span {
  start: number;
  end: number;
  paragraph: number;
}

/** Why a header date is not accepted (month 13, 31 April, year 9999), or null when it is. */
function headerDateProblem(year: number, month: number, day: number | null): string | null {
  if (year < HEADER_YEARS.first || year > HEADER_YEARS.last) return `its year is outside ${HEADER_YEARS.first}-${HEADER_YEARS.last}`;
  if (month < 1 || month > 12) return 'it is not a valid date';
  if (day === null) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth ? null : 'it is not a valid date';
}

/** The word (letters and inner dots) that ends just before `dot`, e.g. "o.a" or "dhr". */
function wordBefore(text: string, dot: number): string {
  let start = dot;
  while (start > 0 && start > dot - 12 && (isLetterAt(text, start - 1) || (text[start - 1] === '.' && start - 1 < dot))) start--;
  return text.slice(start, dot);
}

/** True when the full stop at `dot` belongs to an abbreviation or an initial rather than ending a sentence. */
function isAbbreviationDot(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (word === '') return false;
  if (word.includes('.')) return true; // "o.a.", "i.p.v.", "J.P."
  if (word.length === 1 && word !== word.toLowerCase()) return true; // an initial: "J. Smit"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** The last whitespace in text(from, to]; looks no further back than `from`, so cutting stays linear. */
function lastSpaceIn(text: string, from: number, to: number): number | undefined {
  for (let i = to; i > from; i--) if (isWhiteSpaceAt(text, i)) return i;
  return undefined;
}

const FULL_STOP = 0x2e;

/** Where a run of sentence-ending punctuation may start: the regex finds it faster than a loop. */
const TERMINATOR_START = /[.!?…]/g;

/** Appends the sentences of text[start, end) to `out`, trimmed, split after a run of terminators and any closers. */
function splitSentences(text: string, start: number, end: number, paragraph: number, out: Span[]): void {
  let sentenceStart = start;
  const push = (from: number, to: number) => {
    while (from < to && isWhiteSpaceAt(text, from)) from++;
    while (to > from && isWhiteSpaceAt(text, to - 1)) to--;
    // Overlong runs without punctuation are cut at a space so no "sentence" becomes megabytes long.
    while (to - from > MAX_SENTENCE) {
      const cut = lastSpaceIn(text, from, from + MAX_SENTENCE) ?? from + MAX_SENTENCE;
      out.push({ start: from, end: cut, paragraph });
      from = cut;
      while (from < to && isWhiteSpaceAt(text, from)) from++;
    }
    if (to > from) out.push({ start: from, end: to, paragraph });
  };
  TERMINATOR_START.lastIndex = start;
  while (TERMINATOR_START.test(text)) {
    const stop = TERMINATOR_START.lastIndex - 1;
    if (stop >= end) break;
    let i = stop + 1;
    while (i < end && isTerminator(text.charCodeAt(i))) i++;
    while (i < end && isCloser(text.charCodeAt(i))) i++;
    TERMINATOR_START.lastIndex = i;
    const after = i;
    if (after < end && !isWhiteSpaceAt(text, after)) continue; // "3.5", "nos.nl", "(zaterdag)namiddag"
    let next = after;
    while (next < end && isWhiteSpaceAt(text, next)) next++;
    if (next < end && isLowercaseAt(text, next)) continue; // "(...) die", "bijv. de"
    if (after - stop === 1 && text.charCodeAt(stop) === FULL_STOP && isAbbreviationDot(text, stop)) continue;
    push(sentenceStart, after);
    sentenceStart = after;
  }
  push(sentenceStart, end);
}

/**
 * Splits a paragraph at each line break before a line that does not begin in lower case, then into
 * sentences: a headline, a caption or a byline on a line of its own ends there ("… van Belgische
 * koning\nFormateur Bart De Wever …"), where a line wrapped inside a sentence goes on in lower case
 * or, wrapped inside a name, after a capitalised word ("Khalifa\nHaftar").
 */
function splitLines(text: string, start: number, end: number, paragraph: number, out: Span[]): void {
  let lineStart = start;
  for (let newline = text.indexOf('\n', start); newline >= 0 && newline < end; newline = text.indexOf('\n', newline + 1)) {
    let next = newline + 1;
    while (next < end && isWhiteSpaceAt(text, next)) next++;
    if (next >= end || isLowercaseAt(text, next) || endsWithCapitalisedWord(text, lineStart, newline)) continue;
    splitSentences(text, lineStart, newline, paragraph, out);
    lineStart = next;
  }
  splitSentences(text, lineStart, end, paragraph, out);
}

/** Whether text[from, to) ends with a word that begins with a capital, with no punctuation after it. */
function endsWithCapitalisedWord(text: string, from: number, to: number): boolean {
  while (to > from && isWhiteSpaceAt(text, to - 1)) to--;
  let wordStart = to;
  while (wordStart > from && !isWhiteSpaceAt(text, wordStart - 1)) wordStart--;
  return wordStart < to && /^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(text.slice(wordStart, to));
}

/** Key under which two sentences count as the same passage: folded, whitespace collapsed. */
function repeatKey(sentence: string): string {
  return collapseSpaces(foldText(sentence));
}

/** True when `sentence` has at least `count` words (runs of non-space); stops counting there. */
function hasWords(sentence: string, count: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < sentence.length; i++) {
    const space = isWhiteSpaceAt(sentence, i);
    if (!space && !inWord && ++words >= count) return true;
    inWord = !space;
  }
  return false;
}

/** Cuts text at a word boundary to at most `max` characters, adding '…' when it was cut. */
export function cutAtWord(text: string, max: number): string {
  const flat = collapseSpaces(text).trim();
  if (flat.length <= max) return flat;
  const space = flat.lastIndexOf(' ', max - 1);
  const cut = space > max / 2 ? flat.slice(0, space) : flat.slice(0, max - 1);
  return cut.replace(/[\s,;:–-]+$/, '') + '…';
}

function fileTitle(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

function summarize(sentences: Sentence[]): string {
  let summary = '';
  for (const sentence of sentences.slice(0, SUMMARY_SENTENCES)) {
    const flat = collapseSpaces(sentence.text);
    const joined = summary === '' ? flat : `${summary} ${flat}`;
    if (joined.length > SUMMARY_LENGTH) return summary === '' ? cutAtWord(flat, SUMMARY_LENGTH) : summary;
    summary = joined;
  }
  return summary;
}

export function parseArticle(path: string, text: string): ParsedArticle {
  const warnings: string[] = [];
  let headerMonth: string | null = null;
  let headerDay: string | null = null;
  let bodyStart = 0;

  const header = HEADER_PATTERN.exec(text);
  if (header) {
    const [written, yearText, monthText, dayText] = header;
    const year = Number(yearText);
    const month = Number(monthText);
    const day = dayText === undefined ? null : Number(dayText);
    const iso = `${yearText}-${monthText.padStart(2, '0')}${day === null ? '' : `-${dayText.padStart(2, '0')}`}`;
    const problem = headerDateProblem(year, month, day);
    if (problem === null) {
      headerMonth = iso.slice(0, 7);
      headerDay = day === null ? null : iso;
    } else {
      warnings.push(`The date header "${written.replace(/^\uFEFF/, '').trim()}" is not used because ${problem}; the article is treated as undated.`);
    }
    bodyStart = written.length;
  } else if (text.charCodeAt(0) === 0xfeff) {
    bodyStart = 1;
  }
  while (bodyStart < text.length && isWhiteSpaceAt(text, bodyStart)) bodyStart++;

  const spans: Span[] = [];
  let paragraph = 0;
  let paragraphStart = bodyStart;
  PARAGRAPH_BREAK.lastIndex = bodyStart;
  for (let brk = PARAGRAPH_BREAK.exec(text); brk; brk = PARAGRAPH_BREAK.exec(text)) {
    if (brk.index > paragraphStart) splitLines(text, paragraphStart, brk.index, paragraph++, spans);
    paragraphStart = brk.index + brk[0].length;
  }
  if (paragraphStart < text.length) splitLines(text, paragraphStart, text.length, paragraph, spans);

  const seen = new Set<string>();
  const sentences: Sentence[] = [];
  let repeatedSentences = 0;
  for (const span of spans) {
    const sentence = text.slice(span.start, span.end);
    if (hasWords(sentence, MIN_WORDS_FOR_REPEAT)) {
      const key = repeatKey(sentence);
      if (seen.has(key)) {
        repeatedSentences++;
        continue;
      }
      seen.add(key);
    }
    sentences.push({ text: sentence, start: span.start, paragraph: span.paragraph });
  }

  return {
    path,
    headerMonth,
    headerDay,
    bodyStart,
    title: sentences.length > 0 ? cutAtWord(sentences[0].text, TITLE_LENGTH) : fileTitle(path),
    summary: summarize(sentences),
    sentences,
    repeatedSentences,
    warnings,
  };
}
