// The search box's language: words, plus `actor:` and `month:` filters. A filter that cannot be
// read is reported as a problem (the search then finds nothing) rather than searched as a word.
//   actor:Haftar   actor:"Fayez al-Sarraj"
//   month:2020-02  month:2020  month:februari  month:feb-2020  month:"februari 2020"
//   month:2020-02..2020-04  month:2019..2020  month:nov..feb  month:2020-02..

import { MONTHS } from './dates';
import { collapseSpaces, foldText } from './text';
import type { Month } from './types';

/** A query is read up to this many characters: whatever is pasted, a keystroke stays cheap. */
export const MAX_QUERY_LENGTH = 1000;

/**
 * Which months a `month:` filter accepts: a span of months with years (inclusive, 'YYYY-MM'), or
 * months of any year (1-12, inclusive, wrapping round the new year: nov..feb).
 */
export type MonthFilter =
  | { kind: 'span'; from: Month; to: Month }
  | { kind: 'monthOfYear'; from: number; to: number };

export type QueryProblem =
  | { kind: 'invalid-month'; value: string }
  /** an actor the corpus does not know, with close spellings it does know */
  | { kind: 'unknown-actor'; value: string; suggestions: string[] };

export interface ParsedQuery {
  text: string;
  actor?: string;
  month?: MonthFilter;
  problems: QueryProblem[];
}

/** `actor:name`, `actor:"two words"`, `month:value`, `month:"two words"`; the rest is the text query. */
const FILTER_PATTERN = /(^|\s)(actor|month):(?:"([^"]*)"?|(\S+))/gi;

/** Names and abbreviations of months: the dates' table, plus "mar" (too often a word in running text). */
const MONTH_NAMES = new Map(Object.entries({ ...MONTHS, mar: 3 }));

export function parseSearchQuery(input: string): ParsedQuery {
  const parsed: ParsedQuery = { text: '', problems: [] };
  const text = input.slice(0, MAX_QUERY_LENGTH).replace(FILTER_PATTERN, (_whole, space: string, key: string, quoted?: string, bare?: string) => {
    const value = (quoted ?? bare ?? '').trim();
    if (key.toLowerCase() === 'actor') {
      if (value !== '') parsed.actor = value;
      return space;
    }
    const month = parseMonthFilter(value);
    if (month) parsed.month = month;
    else parsed.problems.push({ kind: 'invalid-month', value });
    return space;
  });
  parsed.text = collapseSpaces(text).trim();
  return parsed;
}

/** One side of a month filter: a month with a year, a whole year, or a month of any year. */
type MonthSpec = { from: Month; to: Month } | { monthOfYear: number };

const YEAR = /^(\d{4})$/;
const YEAR_MONTH = /^(\d{4})-(\d{1,2})$/;
const NAME_YEAR = /^(\p{L}+)\.?[\s/-]*(\d{4})$/u;
const YEAR_NAME = /^(\d{4})[\s/-]*(\p{L}+)\.?$/u;

function monthOf(year: string, month: number): Month {
  return `${year}-${String(month).padStart(2, '0')}`;
}

function parseMonthSpec(raw: string): MonthSpec | undefined {
  const value = foldText(raw.trim());
  let match = YEAR.exec(value);
  if (match) return { from: `${match[1]}-01`, to: `${match[1]}-12` };
  match = YEAR_MONTH.exec(value);
  if (match) {
    const month = Number(match[2]);
    return month >= 1 && month <= 12 ? { from: monthOf(match[1], month), to: monthOf(match[1], month) } : undefined;
  }
  const named = NAME_YEAR.exec(value);
  const reversed = named ? null : YEAR_NAME.exec(value);
  const [name, year] = named ? [named[1], named[2]] : reversed ? [reversed[2], reversed[1]] : [value.replace(/\.$/, ''), undefined];
  const month = MONTH_NAMES.get(name);
  if (!month) return undefined;
  return year === undefined ? { monthOfYear: month } : { from: monthOf(year, month), to: monthOf(year, month) };
}

/** The filter a `month:` value asks for, or undefined when it names no month or no valid range. */
export function parseMonthFilter(value: string): MonthFilter | undefined {
  const sides = value.split('..');
  if (sides.length > 2) return undefined;
  if (sides.length === 1) {
    const spec = parseMonthSpec(value);
    if (!spec) return undefined;
    return 'monthOfYear' in spec ? { kind: 'monthOfYear', from: spec.monthOfYear, to: spec.monthOfYear } : { kind: 'span', ...spec };
  }
  const [first, last] = sides.map((side) => side.trim());
  // An open end ("2020-02..") reaches as far as the archive does.
  const from = first === '' ? undefined : parseMonthSpec(first);
  const to = last === '' ? undefined : parseMonthSpec(last);
  if ((first !== '' && !from) || (last !== '' && !to) || (!from && !to)) return undefined;
  const yearless = (spec: MonthSpec | undefined) => spec !== undefined && 'monthOfYear' in spec;
  if (yearless(from) || yearless(to)) {
    if (!from || !to || !('monthOfYear' in from) || !('monthOfYear' in to)) return undefined;
    return { kind: 'monthOfYear', from: from.monthOfYear, to: to.monthOfYear };
  }
  const span = { kind: 'span' as const, from: from && 'from' in from ? from.from : '0000-01', to: to && 'to' in to ? to.to : '9999-12' };
  return span.from <= span.to ? span : undefined;
}

/** Whether an article of `month` (null: undated) passes the filter. */
export function monthFilterAccepts(filter: MonthFilter, month: Month | null): boolean {
  if (month === null) return false;
  if (filter.kind === 'span') return filter.from <= month && month <= filter.to;
  const number = Number(month.slice(5, 7));
  return filter.from <= filter.to ? filter.from <= number && number <= filter.to : number >= filter.from || number <= filter.to;
}

/** The query with its `actor:` filter (the first, or a new one at the start) set to `name`. */
export function withActorFilter(input: string, name: string): string {
  const filter = `actor:"${name.replace(/"/g, '')}"`;
  let replaced = false;
  const query = input.replace(FILTER_PATTERN, (whole, space: string, key: string) => {
    if (replaced || key.toLowerCase() !== 'actor') return whole;
    replaced = true;
    return `${space}${filter}`;
  });
  return replaced ? query : `${filter} ${input}`;
}
