// Dutch (and English month-name) date expressions in an article's sentences, resolved against the
// article's month. A small token scanner instead of a library: the only reference we have is a
// month, and the patterns below are what news text uses. One pass over each sentence's words.
//
// Weekdays ("donderdag", "zaterdagavond") are deliberately not read: with only the article's month
// known, "donderdag" could be any of four or five days, so it would invent a precision we lack.

import type { DatedEvent, DatePrecision, Month, ParsedArticle } from './types';
import { collapseSpaces, tokenize, visibleText, type Token } from './text';

/** Explicit parts of a date as written; month is 1-12. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
}

export interface DateExpression extends DateParts {
  /** the expression as written, e.g. "van 14 tot 16 april", "vorige maand" */
  expression: string;
  /** offset of the expression in the file */
  start: number;
  sentenceIndex: number;
  /** end of a range ("14 tot 16 april"); missing parts are taken from the start */
  end?: DateParts;
  /** years relative to the reference month ("vorig jaar" = -1, "dit jaar" = 0, "april vorig jaar") */
  relativeYears?: number;
  /** months relative to the reference month ("vorige maand" = -1, "deze maand" = 0) */
  relativeMonths?: number;
  /** "sinds april": the date lies before the reference month, not after it */
  past: boolean;
  precision: DatePrecision;
}

/** Month names and abbreviations, Dutch and English, lower case (the search's month: filter reads them too). */
export const MONTHS: Record<string, number> = {
  januari: 1, februari: 2, maart: 3, april: 4, mei: 5, juni: 6, juli: 7, augustus: 8, september: 9,
  oktober: 10, november: 11, december: 12,
  january: 1, february: 2, march: 3, may: 5, june: 6, july: 7, august: 8, october: 10,
  jan: 1, feb: 2, febr: 2, mrt: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, oct: 10, nov: 11,
  dec: 12,
};
/** MONTHS as a Map: a plain object also answers "constructor" (with a function), a word of English text. */
const MONTH_NUMBERS = new Map(Object.entries(MONTHS));
/** Month words that are not also ordinary words or names, so they count as dates on their own when lowercase. */
const STANDALONE_MONTHS = new Set([
  'januari', 'februari', 'maart', 'april', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december',
]);
/** Month names written with a capital that are still not names ("Januari" at a sentence start, "February"). */
const CAPITALIZED_MONTHS = new Set([
  'januari', 'februari', 'maart', 'september', 'oktober', 'november', 'december', 'january', 'february', 'october',
]);
/** Words before a month or year that make it a date: "in mei", "sinds april", "begin maart", "eind 2019". */
const DATE_CONTEXT = new Set([
  'in', 'op', 'sinds', 'vanaf', 'van', 'tot', 'na', 'voor', 'per', 'rond', 'omstreeks', 'tussen', 'begin', 'eind',
  'einde', 'half', 'halfweg', 'halverwege', 'medio', 'midden', 'afgelopen', 'jaar', 'since', 'until', 'early',
  'late', 'mid', 'during',
]);
/** The context words after which a bare four-digit number is a year. */
const YEAR_CONTEXT = new Set([
  'in', 'sinds', 'vanaf', 'begin', 'eind', 'einde', 'medio', 'midden', 'halverwege', 'jaar', 'since', 'during',
]);
/** Context words that put the date before the article's present ("sinds april"). */
const PAST_CONTEXT = new Set(['sinds', 'since', 'afgelopen']);
const RELATIVE_YEAR = new Map([['vorig', -1], ['dit', 0], ['volgend', 1], ['komend', 1]]);
const RELATIVE_MONTH = new Map([['vorige', -1], ['afgelopen', -1], ['deze', 0], ['volgende', 1], ['komende', 1]]);
/** Words joining the two ends of a range, after a word "tot" / "t/m": "14 tot (en met) 16 april". */
const RANGE_WORDS = new Set(['tot', 'until', 'to', 't']);

/**
 * Years a date header may give: from the first Dutch newspapers (1618) to well ahead. A header
 * outside makes the article undated, with a warning, so one typo cannot stretch the timeline.
 */
export const HEADER_YEARS = { first: 1600, last: 2199 } as const;
/** Years the text may name ("in 2011", "3 februari 2020"): modern news, not history or typos. */
export const TEXT_YEARS = { first: 1800, last: 2199 } as const;

/** A month without a year lies at most this many months after the reference (and so at most 9 before). */
const WINDOW_AFTER = 2;

const DAY_PATTERN = /^\d{1,2}$/;
const YEAR_PATTERN = /^\d{4}$/;
/** A number after a month that is written as a year, in or out of range ("mei 2020", "mei 275760"). */
const YEAR_LIKE_PATTERN = /^\d{4,}$/;
const DAY_RANGE_PATTERN = /^(\d{1,2})-(\d{1,2})$/;

/**
 * Every date expression holds a digit, a month name (each contains one of these words) or a
 * relative year or month ("vorig jaar", "deze maand", spaced as `joined` allows). Most sentences
 * hold none of them, and are not tokenized at all. The `i` flag without `u` lower-cases no other
 * letter to ASCII; the Kelvin sign is the one letter whose lower case is ASCII ("k").
 */
const DIGIT = /[0-9]/;
const DATE_WORD = /jan|feb|maart|march|mrt|apr|mei|may|ju[nl]|aug|sep|o[k\u212Ac]t|nov|dec|(?:vorig|dit|volgend|[k\u212A]omend)\.?[ \t\u00a0]{1,3}jaar|(?:vorige|afgelopen|deze|volgende|[k\u212A]omende)\.?[ \t\u00a0]{1,3}maand/i;

/** False when `text` (as analysis reads it) cannot hold a date expression. */
export function mayHoldDate(text: string): boolean {
  return DIGIT.test(text) || DATE_WORD.test(text);
}

interface Scan {
  text: string;
  tokens: Token[];
  lower: string[];
}

function dayAt(scan: Scan, i: number): number | undefined {
  const word = scan.lower[i];
  if (word === undefined || !DAY_PATTERN.test(word)) return undefined;
  const day = Number(word);
  return day >= 1 && day <= 31 ? day : undefined;
}

function yearAt(scan: Scan, i: number): number | undefined {
  const word = scan.lower[i];
  if (word === undefined || !YEAR_PATTERN.test(word)) return undefined;
  const year = Number(word);
  return year >= TEXT_YEARS.first && year <= TEXT_YEARS.last ? year : undefined;
}

/** The text between token i-1 and token i. */
function gapBefore(scan: Scan, i: number): string {
  return scan.text.slice(scan.tokens[i - 1].end, scan.tokens[i].start);
}

const SPACE_GAP = /^\.?[ \t\u00a0]+$/;
const COMMA_GAP = /^[ \t\u00a0]*,[ \t\u00a0]*$/;

/** True when tokens i-1 and i are separated only by spaces (or an abbreviation's full stop: "jan. 2020"). */
function joined(scan: Scan, i: number, allowComma = false): boolean {
  if (i <= 0 || i >= scan.tokens.length) return false;
  const from = scan.tokens[i - 1].end;
  const length = scan.tokens[i].start - from;
  if (length === 1 && scan.text.charCodeAt(from) === 0x20) return true; // the usual gap, checked without a substring
  if (length > 3) return false;
  const gap = gapBefore(scan, i);
  return SPACE_GAP.test(gap) || (allowComma && COMMA_GAP.test(gap));
}

/** The month named by token i, if it is a date there (see STANDALONE_MONTHS and DATE_CONTEXT). */
function monthAt(scan: Scan, i: number, hasDateContext: boolean): number | undefined {
  const word = scan.lower[i];
  if (word === undefined) return undefined;
  const month = MONTH_NUMBERS.get(word);
  if (month === undefined) return undefined;
  if (hasDateContext) return month;
  if (joined(scan, i + 1) && yearAt(scan, i + 1) !== undefined) return month; // "april 2019"
  const written = scan.tokens[i].text;
  const lowercase = written === word;
  if (lowercase && STANDALONE_MONTHS.has(word)) return month;
  if (!lowercase && CAPITALIZED_MONTHS.has(word) && written.slice(1) === word.slice(1)) return month;
  return undefined;
}

/** Length (in tokens) of a range joiner starting at token i: "tot", "tot en met", "t/m", or 0. */
function rangeJoinerLength(scan: Scan, i: number): number {
  const word = scan.lower[i];
  if (!RANGE_WORDS.has(word) || !joined(scan, i)) return 0;
  if (word === 't') return scan.lower[i + 1] === 'm' && gapBefore(scan, i + 1) === '/' ? 2 : 0;
  if (word === 'tot' && scan.lower[i + 1] === 'en' && scan.lower[i + 2] === 'met') return 3;
  return 1;
}

/** "-" or "–" between two tokens, as in "14 - 16 april". */
function dashBetween(scan: Scan, i: number): boolean {
  return i > 0 && i < scan.tokens.length && /^\s*[-–]\s*$/.test(gapBefore(scan, i));
}

interface Match {
  parts: DateParts;
  end?: DateParts;
  relativeYears?: number;
  relativeMonths?: number;
  precision: DatePrecision;
  /** index just past the last token */
  next: number;
  /** written with a year out of range ("15 mei 275760"): no date, and none of its words is one */
  outOfRange?: boolean;
}

/** "3 februari [2020]" or English "February 3[, 2020]" at token i. */
function dayMonthAt(scan: Scan, i: number): Match | undefined {
  const day = dayAt(scan, i);
  if (day !== undefined && joined(scan, i + 1)) {
    const month = monthAt(scan, i + 1, true);
    if (month !== undefined) return withYear(scan, { parts: { day, month }, precision: 'day', next: i + 2 });
  }
  const month = MONTH_NUMBERS.get(scan.lower[i]);
  if (month !== undefined && scan.tokens[i].text !== scan.lower[i] && joined(scan, i + 1)) {
    const englishDay = dayAt(scan, i + 1);
    if (englishDay !== undefined) return withYear(scan, { parts: { day: englishDay, month }, precision: 'day', next: i + 2 });
  }
  return undefined;
}

/**
 * Extends a match with a following year ("2020") or a relative year ("vorig jaar"). A year out of
 * range ("15 mei 275760") marks it out of range, rather than leaving this year's 15 May.
 */
function withYear(scan: Scan, match: Match): Match {
  const i = match.next;
  // "January 19, 2020": a comma only before the year of an English day-month
  const english = match.parts.day !== undefined && MONTH_NUMBERS.has(scan.lower[i - 2]);
  if (joined(scan, i, english) && YEAR_LIKE_PATTERN.test(scan.lower[i])) {
    const year = yearAt(scan, i);
    return { ...match, parts: { ...match.parts, year }, next: i + 1, outOfRange: year === undefined };
  }
  if (!joined(scan, i)) return match;
  const relative = RELATIVE_YEAR.get(scan.lower[i]);
  if (relative !== undefined && scan.lower[i + 1] === 'jaar' && joined(scan, i + 1)) {
    return { ...match, relativeYears: relative, next: i + 2 };
  }
  return match;
}

/** A date, a range or a relative expression starting at token i (after any context word). */
function expressionAt(scan: Scan, i: number, hasDateContext: boolean): Match | undefined {
  // "14-16 april"
  const dayRange = DAY_RANGE_PATTERN.exec(scan.lower[i]);
  if (dayRange && joined(scan, i + 1)) {
    const month = monthAt(scan, i + 1, true);
    if (month !== undefined) {
      const match = withYear(scan, { parts: { day: Number(dayRange[1]), month }, precision: 'day', next: i + 2 });
      return { ...match, end: { day: Number(dayRange[2]) } };
    }
  }
  // "14 tot (en met) 16 april", "14 t/m 16 april", "14 - 16 april"
  const firstDay = dayAt(scan, i);
  if (firstDay !== undefined) {
    const joiner = rangeJoinerLength(scan, i + 1);
    const endAt = joiner > 0 ? i + 1 + joiner : dashBetween(scan, i + 1) ? i + 1 : -1;
    if (endAt > 0 && (joiner === 0 || joined(scan, endAt))) {
      const endMatch = dayMonthAt(scan, endAt);
      if (endMatch) {
        const { year, month } = endMatch.parts;
        return { ...endMatch, parts: { day: firstDay, month, year }, end: endMatch.parts };
      }
    }
  }
  const dayMonth = dayMonthAt(scan, i);
  if (dayMonth) {
    // "30 maart tot 2 april"
    const joiner = rangeJoinerLength(scan, dayMonth.next);
    const endAt = joiner > 0 ? dayMonth.next + joiner : dashBetween(scan, dayMonth.next) ? dayMonth.next : -1;
    if (endAt > 0 && (joiner === 0 || joined(scan, endAt))) {
      const endMatch = dayMonthAt(scan, endAt);
      if (endMatch) return { ...dayMonth, end: endMatch.parts, next: endMatch.next, outOfRange: dayMonth.outOfRange || endMatch.outOfRange };
    }
    return dayMonth;
  }
  const month = monthAt(scan, i, hasDateContext);
  if (month !== undefined) return withYear(scan, { parts: { month }, precision: 'month', next: i + 1 });
  // "in 2011", "eind 2019": a bare number is only a year after a year context word ("voor 2000 soldaten" is not)
  if (hasDateContext && i > 0 && YEAR_CONTEXT.has(scan.lower[i - 1])) {
    const year = yearAt(scan, i);
    if (year !== undefined) return { parts: { year }, precision: 'year', next: i + 1 };
  }
  // "vorig jaar", "dit jaar", "vorige maand", "deze maand"
  const next = scan.lower[i + 1];
  const relativeYears = next === 'jaar' ? RELATIVE_YEAR.get(scan.lower[i]) : undefined;
  if (relativeYears !== undefined && joined(scan, i + 1)) return { parts: {}, relativeYears, precision: 'year', next: i + 2 };
  const relativeMonths = next === 'maand' ? RELATIVE_MONTH.get(scan.lower[i]) : undefined;
  if (relativeMonths !== undefined && joined(scan, i + 1)) return { parts: {}, relativeMonths, precision: 'month', next: i + 2 };
  return undefined;
}

/** Whether an expression can start at this (lower-case) word: a number, a month or a relative word (see expressionAt). */
function isAnchor(word: string): boolean {
  const first = word.charCodeAt(0);
  return (first >= 0x30 && first <= 0x39) || MONTH_NUMBERS.has(word) || RELATIVE_YEAR.has(word) || RELATIVE_MONTH.has(word);
}

export function findDateExpressions(article: ParsedArticle): DateExpression[] {
  const expressions: DateExpression[] = [];
  article.sentences.forEach((sentence, sentenceIndex) => {
    // Read through invisible characters ("ja\u00ADnuari"); the expression is given as written.
    const visible = visibleText(sentence.text);
    if (!mayHoldDate(visible.text)) return;
    const tokens = tokenize(visible.text);
    const scan: Scan = { text: visible.text, tokens, lower: tokens.map((t) => t.text.toLowerCase()) };
    const anchors = scan.lower.map(isAnchor);
    for (let i = 0; i < tokens.length; ) {
      // an expression starts at an anchor, or at a context word just before one
      if (!anchors[i] && !anchors[i + 1]) {
        i++;
        continue;
      }
      const word = scan.lower[i];
      const isContext = DATE_CONTEXT.has(word) && joined(scan, i + 1);
      // "van 14 tot 16 april" / "vanaf 14 tot en met 16 april": the context word belongs to the expression
      const match = (isContext ? expressionAt(scan, i + 1, true) : undefined) ?? expressionAt(scan, i, false);
      if (!match) {
        i++;
        continue;
      }
      if (match.outOfRange) {
        i = match.next;
        continue;
      }
      const start = visible.writtenStart(tokens[i].start);
      // The match's own parts (only those written) become the expression: `Object.assign`, as
      // V8 builds `{ ...parts, more }` slowly when parts come in several shapes.
      expressions.push(Object.assign(match.parts, {
        expression: sentence.text.slice(start, visible.writtenEnd(tokens[match.next - 1].end)),
        start: sentence.start + start,
        sentenceIndex,
        end: match.end,
        relativeYears: match.relativeYears,
        relativeMonths: match.relativeMonths,
        past: isContext && PAST_CONTEXT.has(word),
        precision: match.precision,
      }));
      i = match.next;
    }
  });
  return expressions;
}

/** Months since year 0, so month arithmetic is plain integer arithmetic. */
function monthIndex(year: number, month: number): number {
  return year * 12 + month - 1;
}

function parseMonth(month: Month): number | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  return match ? monthIndex(Number(match[1]), Number(match[2])) : undefined;
}

/**
 * The year of a month written without one: the year that puts it from 9 months before to 2 months
 * after the reference month (news mostly reports the recent past and announces the near future).
 * After "sinds" the date is in the past: up to 11 months before, or the reference month itself.
 */
function yearForMonth(month: number, reference: number, past: boolean): number {
  const referenceMonth = (reference % 12) + 1;
  let offset = (((month - referenceMonth) % 12) + 12) % 12;
  if (past ? offset > 0 : offset > WINDOW_AFTER) offset -= 12;
  return Math.floor((reference + offset) / 12);
}

function formatDate(year: number, month: number | undefined, day: number | undefined): string | undefined {
  if (year < 1 || year > 9999) return undefined;
  const yyyy = String(year).padStart(4, '0');
  if (month === undefined) return yyyy;
  const mm = String(month).padStart(2, '0');
  if (day === undefined) return `${yyyy}-${mm}`;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined; // "31 april"
  return `${yyyy}-${mm}-${String(day).padStart(2, '0')}`;
}

interface ResolvedDate {
  year: number;
  month?: number;
  day?: number;
}

function resolveStart(expression: DateExpression, reference: number | undefined): ResolvedDate | undefined {
  const { year, month, day, relativeMonths, relativeYears } = expression;
  if (relativeMonths !== undefined) {
    if (reference === undefined) return undefined;
    const index = reference + relativeMonths;
    return { year: Math.floor(index / 12), month: (index % 12) + 1 };
  }
  if (relativeYears !== undefined) {
    if (reference === undefined) return undefined;
    return { year: Math.floor(reference / 12) + relativeYears, month, day };
  }
  if (year !== undefined) return { year, month, day };
  if (month === undefined || reference === undefined) return undefined;
  return { year: yearForMonth(month, reference, expression.past), month, day };
}

export function resolveDateExpressions(article: ParsedArticle, expressions: DateExpression[], referenceMonth: Month | null): DatedEvent[] {
  const reference = referenceMonth === null ? undefined : parseMonth(referenceMonth);
  const events: DatedEvent[] = [];
  for (const expression of expressions) {
    const start = resolveStart(expression, reference);
    if (!start) continue;
    const date = formatDate(start.year, start.month, start.day);
    if (date === undefined) continue;
    const event: DatedEvent = {
      date,
      precision: expression.precision,
      // The sentence's own string when it has nothing to collapse: no copy per event.
      text: collapseSpaces(article.sentences[expression.sentenceIndex].text).trim(),
      expression: expression.expression,
      path: article.path,
      start: expression.start,
    };
    if (expression.end && start.month !== undefined) {
      const endMonth = expression.end.month ?? start.month;
      // "30 december tot 2 januari" crosses into the next year
      const endYear = expression.end.year ?? (endMonth < start.month ? start.year + 1 : start.year);
      const endDate = formatDate(endYear, endMonth, expression.end.day);
      if (endDate !== undefined && endDate > date) event.endDate = endDate;
    }
    events.push(event);
  }
  return events;
}

/**
 * Month-of-year values (1-12) the text names as its present or recent past, for inferring the month
 * of an undated article. Months after "sinds" and months of another year ("april vorig jaar") are left out:
 * they date the start of a story, not the article.
 */
export function mentionedMonths(expressions: DateExpression[]): number[] {
  const months: number[] = [];
  for (const expression of expressions) {
    if (expression.past || (expression.relativeYears ?? 0) < 0) continue;
    if (expression.month !== undefined) months.push(expression.month);
    if (expression.end?.month !== undefined) months.push(expression.end.month);
  }
  return months;
}

/** Years written out in the text ("in 2011", "3 februari 2020"). */
export function explicitYears(expressions: DateExpression[]): number[] {
  const years: number[] = [];
  for (const expression of expressions) {
    if (expression.year !== undefined) years.push(expression.year);
    if (expression.end?.year !== undefined) years.push(expression.end.year);
  }
  return years;
}

/** Months written out with their year ("3 februari 2020", "april 2019"), as 'YYYY-MM'. */
export function explicitMonths(expressions: DateExpression[]): Month[] {
  const months: Month[] = [];
  for (const expression of expressions) {
    if (expression.year === undefined || expression.month === undefined) continue;
    const month = formatDate(expression.year, expression.month, undefined);
    if (month !== undefined) months.push(month);
  }
  return months;
}
