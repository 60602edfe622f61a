// Gives an undated article a month. The month of the year comes from the text itself: the latest
// month it names (news mostly reports the recent past). The year comes from the dated articles most
// like it (shared rare features: entities, distinctive words) whose month lies near that candidate;
// failing that, from the years the text writes out. No evidence, no month.

import { runSteps, type Steps } from './steps';
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
/**
 * Dated articles visited per undated article, summed over its features (rarest first): bounds the
 * work of one inference when its names are shared by many dated articles.
 */
const MAX_VISITS = 2000;
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

/**
 * Rarity weight of a feature shared by `documents` dated articles. The scale is fixed rather than
 * the corpus size, and undated articles do not count, so an undated article's change changes no
 * other article's inference, and a dated one's only that of the undated articles sharing a feature.
 */
function rarity(documents: number): number {
  return Math.log(1 + RARITY_SCALE / Math.max(1, documents)) ** 2;
}
const RARITY_SCALE = 1000;

/**
 * Month inference kept up to date article by article. Each undated article's month depends only on
 * the articles that share one of its usable (not too common) features, so a change re-infers just
 * the undated articles it can affect.
 */
export class MonthInference {
  private readonly inputs = new Map<string, InferenceInput>();
  /** feature -> dated articles that have it */
  private readonly dated = new Map<string, Set<string>>();
  /** feature -> undated articles that have it: the ones a change of that feature can affect */
  private readonly undated = new Map<string, Set<string>>();
  private readonly months = new Map<string, Month>();
  /** undated articles to infer again */
  private readonly stale = new Set<string>();
  /**
   * features whose dated articles changed: their undated articles are inferred again. Gathered in
   * update(), once per feature, so thousands of undated articles sharing a name cost once, not per change.
   */
  private readonly staleFeatures = new Set<string>();

  get(path: string): Month | undefined {
    return this.months.get(path);
  }

  set(input: InferenceInput): void {
    this.delete(input.path);
    this.inputs.set(input.path, input);
    this.index(input, 1);
  }

  delete(path: string): void {
    const input = this.inputs.get(path);
    if (!input) return;
    this.index(input, -1);
    this.inputs.delete(path);
    this.stale.delete(path);
  }

  /** Infers the undated articles a change may have affected; returns those whose month changed. */
  update(): string[] {
    const changed: string[] = [];
    runSteps(this.updateSteps((path) => changed.push(path)));
    return changed;
  }

  /**
   * update() in steps (see steps.ts), one feature or one article each; `monthChanged` hears of each
   * article whose month changed. Articles set between the steps are inferred too.
   */
  *updateSteps(monthChanged: (path: string) => void): Steps {
    for (const feature of this.staleFeatures) {
      this.staleFeatures.delete(feature);
      for (const path of this.undated.get(feature) ?? []) this.stale.add(path);
      yield;
    }
    for (const path of this.stale) {
      this.stale.delete(path);
      const input = this.inputs.get(path);
      const before = this.months.get(path);
      const after = input && input.headerMonth === null ? this.infer(input) : undefined;
      if (after === undefined) this.months.delete(path);
      else this.months.set(path, after);
      if (after !== before) monthChanged(path);
      yield;
    }
  }

  private index(input: InferenceInput, sign: 1 | -1): void {
    const isDated = input.headerMonth !== null && monthIndex(input.headerMonth) !== undefined;
    if (!isDated) this.stale.add(input.path);
    // One lookup per feature: every article of a large archive passes here once per name it has.
    const postings = isDated ? this.dated : this.undated;
    for (const feature of new Set(input.features)) {
      let paths = postings.get(feature);
      if (!paths) postings.set(feature, (paths = new Set()));
      const before = paths.size;
      if (sign > 0) paths.add(input.path);
      else paths.delete(input.path);
      if (paths.size === 0) postings.delete(feature);
      // Only a dated article's change affects others, and not through a feature too common before and
      // after it, nor one no undated article has (one that gets it later is inferred anyway).
      if (isDated && Math.min(before, paths.size) <= MAX_POSTINGS && this.undated.has(feature)) this.staleFeatures.add(feature);
    }
    if (!isDated && sign < 0) this.months.delete(input.path);
  }

  private infer(article: InferenceInput): Month | undefined {
    const month = latestMonthOfYear(article.mentionedMonths);
    if (month === undefined) return undefined;

    // Similar dated articles: sum of squared rarity over the shared usable features, rarest first
    // (a fixed order, so the sums do not depend on the order articles arrived in).
    const rarest = [...new Set(article.features)]
      .filter((feature) => {
        const size = this.dated.get(feature)?.size ?? 0;
        return size > 0 && size <= MAX_POSTINGS;
      })
      .map((feature) => ({ feature, weight: rarity(this.dated.get(feature)!.size) }))
      .sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1))
      .slice(0, FEATURES_PER_ARTICLE);
    const similarity = new Map<string, { score: number; shared: number }>();
    let visits = 0;
    for (const { feature, weight } of rarest) {
      const datedPaths = this.dated.get(feature)!;
      // Rarest first: the features left are at least as common, and say less.
      if ((visits += datedPaths.size) > MAX_VISITS) break;
      for (const datedPath of datedPaths) {
        const entry = similarity.get(datedPath);
        if (entry) {
          entry.score += weight;
          entry.shared++;
        } else similarity.set(datedPath, { score: weight, shared: 1 });
      }
    }
    const neighbours = [...similarity]
      .filter(([, entry]) => entry.shared >= MIN_SHARED_FEATURES)
      .sort((a, b) => b[1].score - a[1].score || (a[0] < b[0] ? -1 : 1))
      .slice(0, NEIGHBOURS);

    // Each neighbour votes for the year that puts the candidate month nearest its own month.
    const votes = new Map<number, number>();
    for (const [datedPath, { score }] of neighbours) {
      const neighbourIndex = monthIndex(this.inputs.get(datedPath)!.headerMonth!)!;
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
    return year === undefined ? undefined : formatMonth(year, month);
  }
}

/** Months for the undated articles among `articles`, inferred in one go. */
export function inferMonths(articles: InferenceInput[]): Map<string, Month> {
  const inference = new MonthInference();
  for (const article of articles) inference.set(article);
  inference.update();
  const months = new Map<string, Month>();
  for (const article of articles) {
    const month = inference.get(article.path);
    if (month !== undefined) months.set(article.path, month);
  }
  return months;
}
