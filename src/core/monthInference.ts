// Gives an undated article a month. The month of the year comes from the text itself: the latest
// month it names (news mostly reports the recent past). The year comes from the dated articles most
// like it (shared rare features: entities, distinctive words) whose month lies near that candidate;
// failing that, from the years the text writes out. No evidence, no month.

import type { Month } from './types';

export interface InferenceInput {
  path: string;
  headerMonth: Month | null;
  /** month-of-year values (1-12) the text names, see dates.ts `mentionedMonths` */
  mentionedMonths: number[];
  explicitYears: number[];
  /** opaque: entity ids and distinctive folded words, supplied by the corpus */
  features: string[];
  /** months written with their year ("3 februari 2020"), see dates.ts `explicitMonths` */
  explicitMonths?: Month[];
}

/** Only an undated article's rarest features are looked up (caps the work per article). */
const FEATURES_PER_ARTICLE = 40;
/** A feature shared by more dated articles than this says nothing about one of them and is skipped. */
const MAX_POSTINGS = 500;
/** A dated article sharing fewer features than this is a coincidence, not a similar article. */
const MIN_SHARED_FEATURES = 2;
/** How many of the most similar dated articles vote on the year. */
const NEIGHBOURS = 10;
/** A neighbour votes only when its month is at most this many months from the candidate month. */
const MAX_DISTANCE = 3;

const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

function monthIndex(month: Month): number | undefined {
  const match = MONTH_PATTERN.exec(month);
  return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : undefined;
}

function formatMonth(year: number, month: number): Month {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/**
 * The latest of the named months-of-year, reading the year as a circle: the month just before the
 * largest gap. {1, 2} -> 2; {12, 1} -> 1 (December then January); {3} -> 3.
 */
export function latestMonthOfYear(months: number[]): number | undefined {
  const distinct = [...new Set(months.filter((m) => Number.isInteger(m) && m >= 1 && m <= 12))].sort((a, b) => a - b);
  if (distinct.length === 0) return undefined;
  let latest = distinct[distinct.length - 1];
  let widestGap = -1;
  distinct.forEach((month, i) => {
    const next = distinct[(i + 1) % distinct.length];
    const gap = (next - month + 12) % 12 || 12;
    if (gap > widestGap) {
      widestGap = gap;
      latest = month;
    }
  });
  return latest;
}

export function inferMonths(articles: InferenceInput[]): Map<string, Month> {
  const documentFrequency = new Map<string, number>();
  const postings = new Map<string, number[]>();
  /** month index (year * 12 + month - 1) of each dated article, by its number in `postings` */
  const datedMonths: number[] = [];
  for (const article of articles) {
    const features = new Set(article.features);
    const index = article.headerMonth === null ? undefined : monthIndex(article.headerMonth);
    for (const feature of features) {
      documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
      if (index === undefined) continue;
      let list = postings.get(feature);
      if (!list) postings.set(feature, (list = []));
      if (list.length <= MAX_POSTINGS) list.push(datedMonths.length); // one past the cap marks "too common"
    }
    if (index !== undefined) datedMonths.push(index);
  }
  const idf = (feature: string) => Math.log(1 + articles.length / (documentFrequency.get(feature) ?? 1));

  const inferred = new Map<string, Month>();
  for (const article of articles) {
    if (article.headerMonth !== null) continue;
    const month = latestMonthOfYear(article.mentionedMonths);
    if (month === undefined) continue;

    // Similar dated articles: sum of squared IDF over the shared rare features.
    const rarest = [...new Set(article.features)]
      .filter((f) => (postings.get(f)?.length ?? 0) > 0 && (postings.get(f)?.length ?? 0) <= MAX_POSTINGS)
      .sort((a, b) => idf(b) - idf(a))
      .slice(0, FEATURES_PER_ARTICLE);
    const similarity = new Map<number, { score: number; shared: number }>();
    for (const feature of rarest) {
      const weight = idf(feature) ** 2;
      for (const datedArticle of postings.get(feature) ?? []) {
        const entry = similarity.get(datedArticle);
        if (entry) {
          entry.score += weight;
          entry.shared++;
        } else similarity.set(datedArticle, { score: weight, shared: 1 });
      }
    }
    const neighbours = [...similarity]
      .filter(([, entry]) => entry.shared >= MIN_SHARED_FEATURES)
      .sort((a, b) => b[1].score - a[1].score)
      .slice(0, NEIGHBOURS);

    // Each neighbour votes for the year that puts the candidate month nearest its own month.
    const votes = new Map<number, number>();
    for (const [datedArticle, { score }] of neighbours) {
      const neighbourIndex = datedMonths[datedArticle];
      const neighbourYear = Math.floor(neighbourIndex / 12);
      for (const year of [neighbourYear - 1, neighbourYear, neighbourYear + 1]) {
        const distance = Math.abs(year * 12 + month - 1 - neighbourIndex);
        if (distance <= MAX_DISTANCE) votes.set(year, (votes.get(year) ?? 0) + score * (1 - distance / (MAX_DISTANCE + 1)));
      }
    }
    let year: number | undefined;
    let best = 0;
    for (const [candidate, vote] of votes) {
      if (vote > best || (vote === best && year !== undefined && candidate > year)) {
        best = vote;
        year = candidate;
      }
    }
    // Without similar dated articles: a year written with that month, else the latest year written.
    if (year === undefined) {
      const sameMonth = (article.explicitMonths ?? []).filter((m) => Number(m.slice(5, 7)) === month).sort();
      if (sameMonth.length > 0) year = Number(sameMonth[sameMonth.length - 1].slice(0, 4));
      else if (article.explicitYears.length > 0) year = article.explicitYears.reduce((a, b) => Math.max(a, b));
    }
    if (year !== undefined) inferred.set(article.path, formatMonth(year, month));
  }
  return inferred;
}
