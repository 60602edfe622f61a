// What the search index holds: for each index term and field, the articles that have it and how
// often, as one flat typed list ([short id, frequency, …], ids ascending: the order articles were added; postingList.ts);
// for each article its path, title, month and field lengths, in arrays by short id. Flat arrays
// instead of MiniSearch's Map per term and field: less memory, a term's postings added once per
// article instead of once per occurrence, and a plain loop to score. A changed article gets a new
// short id; the old one's postings are skipped and swept out a little at a time (see `sweep`).

import SearchableMap from 'minisearch/SearchableMap';
import { PostingList } from './postingList';
import type { ReadPiece, ReadTerm, TermReader } from './searchTerms';
import type { Month } from './types';

/** Fields by id: 0 title, 1 body, 2 actors. */
export const FIELD_COUNT = 3;

/**
 * A term's postings by field id: [short id, frequency, short id, frequency, …], short ids ascending.
 * A loaded index's lists are views into its state (loading copies nothing).
 */
export type TermPostings = (PostingList | undefined)[];

/** An article as the store takes it: each field as texts (a field's texts are read as if joined by spaces). */
export interface StoredArticle {
  path: string;
  title: string;
  month: Month | null;
  fields: readonly (readonly string[])[];
}

/**
 * The store's content as plain data (structured-clone safe; typed arrays), for a cache. Articles are
 * renumbered 0..n-1 in the order they were added, without removed ones.
 */
export interface SearchIndexState {
  version: number;
  stemming: boolean;
  paths: string[];
  titles: string[];
  months: (Month | null)[];
  /** field lengths, field by field: FIELD_COUNT * paths.length */
  fieldLengths: Uint32Array;
  terms: string[];
  /** postings per term and field: FIELD_COUNT * terms.length numbers, each the length of its list */
  listLengths: Uint32Array;
  /** every list, term by term and field by field, [id, frequency] pairs */
  postings: Uint32Array;
}

/**
 * Version of what the index holds: raise it when tokens, stopwords, stems or the state's layout
 * change, so a cached state made by older code is not taken.
 */
export const SEARCH_INDEX_VERSION = 1;

/** Removed articles, as a share of those indexed, from which their postings are swept out. */
const SWEEP_FACTOR = 0.1;
const SWEEP_MIN = 20;
/** Postings looked at per sweep step, so a change never waits long for the sweep. */
const SWEEP_STEP = 50_000;

export class PostingStore {
  private readonly byTerm = new Map<string, TermPostings>();
  /** the same terms, for prefix and typo expansion */
  readonly vocabulary = new SearchableMap<TermPostings>();
  private readonly shortIds = new Map<string, number>();
  /** by short id; undefined once the article is removed or changed */
  private paths: (string | undefined)[] = [];
  private titles: string[] = [];
  private months: (Month | null)[] = [];
  /** by field id, then short id: 0 for a removed article */
  private lengths: Uint32Array[] = Array.from({ length: FIELD_COUNT }, () => new Uint32Array(1024));
  private readonly totalLengths = new Array<number>(FIELD_COUNT).fill(0);
  private count = 0;
  /** removed articles whose postings may still be in the lists */
  private removed = 0;
  /** increases with every article added or removed */
  private changes = 0;
  private sweeping: { terms: Iterator<[string, TermPostings]>; removed: number } | undefined;
  /** a mark per field of each article added, see `add` */
  private marks = 0;
  /** the terms of the field being added, in the order first met */
  private readonly counted: ReadTerm[] = [];

  constructor(private readonly reader: TermReader) {}

  get documentCount(): number {
    return this.count;
  }

  /** Increases with every article added or removed: what is worked out from short ids holds until it changes. */
  get version(): number {
    return this.changes;
  }

  /** One more than the highest short id. */
  get idBound(): number {
    return this.paths.length;
  }

  get(term: string): TermPostings | undefined {
    return this.byTerm.get(term);
  }

  shortIdOf(path: string): number | undefined {
    return this.shortIds.get(path);
  }

  pathOf(shortId: number): string | undefined {
    return this.paths[shortId];
  }

  titleOf(shortId: number): string {
    return this.titles[shortId] ?? '';
  }

  monthOf(shortId: number): Month | null {
    return this.months[shortId] ?? null;
  }

  /** A field's length (its distinct tokens, stopwords included, as MiniSearch counts it); 0 for a removed article. */
  fieldLength(fieldId: number, shortId: number): number {
    return this.lengths[fieldId][shortId];
  }

  averageFieldLength(fieldId: number): number {
    return this.count === 0 ? 0 : this.totalLengths[fieldId] / this.count;
  }

  /** Adds or replaces an article. */
  add(article: StoredArticle): void {
    this.remove(article.path);
    const shortId = this.paths.length;
    this.shortIds.set(article.path, shortId);
    this.paths.push(article.path);
    this.titles.push(article.title);
    this.months.push(article.month);
    this.growLengths(shortId + 1);
    this.reader.trim();
    const counted = this.counted;
    let distinct = 0;
    let mark = 0;
    // Each distinct token and term is one object of the reader: counted by marking it with the field.
    const count = ({ tokens }: ReadPiece) => {
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (token.seen !== mark) {
          token.seen = mark;
          distinct++;
        }
        const term = token.term;
        if (term === null) continue;
        if (term.seen !== mark) {
          term.seen = mark;
          term.frequency = 0;
          counted.push(term);
        }
        term.frequency++;
      }
    };
    article.fields.forEach((texts, fieldId) => {
      mark = ++this.marks;
      distinct = 0;
      counted.length = 0;
      for (const text of texts) this.reader.forEachPiece(text, count);
      this.lengths[fieldId][shortId] = distinct;
      this.totalLengths[fieldId] += distinct;
      for (const term of counted) {
        let postings = (term.postings ??= this.byTerm.get(term.term));
        if (!postings) {
          postings = term.postings = new Array(FIELD_COUNT).fill(undefined);
          this.byTerm.set(term.term, postings);
          this.vocabulary.set(term.term, postings);
        }
        (postings[fieldId] ??= PostingList.empty()).push(shortId, term.frequency);
      }
    });
    counted.length = 0;
    this.count++;
    this.changes++;
    this.sweep();
  }

  /** Removes an article; returns whether it was there. */
  remove(path: string): boolean {
    const shortId = this.shortIds.get(path);
    if (shortId === undefined) return false;
    this.shortIds.delete(path);
    this.paths[shortId] = undefined;
    this.titles[shortId] = '';
    this.months[shortId] = null;
    for (let fieldId = 0; fieldId < FIELD_COUNT; fieldId++) {
      this.totalLengths[fieldId] -= this.lengths[fieldId][shortId];
      this.lengths[fieldId][shortId] = 0;
    }
    this.count--;
    this.removed++;
    this.changes++;
    this.sweep();
    return true;
  }

  /**
   * Takes removed articles' postings out of the lists, a bounded step per change, once they are a
   * tenth of the index: until then they cost a skipped entry each, and count in a term's rarity as
   * they do in MiniSearch until it vacuums.
   */
  private sweep(): void {
    if (!this.sweeping && this.removed >= Math.max(SWEEP_MIN, SWEEP_FACTOR * this.count)) {
      this.sweeping = { terms: this.byTerm.entries(), removed: this.removed };
    }
    if (!this.sweeping) return;
    let work = 0;
    while (work < SWEEP_STEP) {
      const next = this.sweeping.terms.next();
      if (next.done) {
        this.removed -= this.sweeping.removed;
        this.sweeping = undefined;
        return;
      }
      const [term, postings] = next.value;
      let kept = 0;
      for (let fieldId = 0; fieldId < FIELD_COUNT; fieldId++) {
        const list = postings[fieldId];
        if (!list) continue;
        work += list.length;
        if (list.keepIds(this.isLive) === 0) postings[fieldId] = undefined;
        else kept++;
      }
      if (kept === 0) {
        this.byTerm.delete(term);
        this.vocabulary.delete(term);
        const known = this.reader.knownTerm(term);
        if (known) known.postings = undefined;
      }
    }
  }

  private readonly isLive = (shortId: number) => this.paths[shortId] !== undefined;

  private growLengths(size: number): void {
    if (size <= this.lengths[0].length) return;
    this.lengths = this.lengths.map((old) => {
      const grown = new Uint32Array(2 * size);
      grown.set(old);
      return grown;
    });
  }

  exportState(stemming: boolean): SearchIndexState {
    const renumbered = new Int32Array(this.paths.length).fill(-1);
    const paths: string[] = [];
    this.paths.forEach((path, shortId) => {
      if (path === undefined) return;
      renumbered[shortId] = paths.length;
      paths.push(path);
    });
    const live = [...renumbered.keys()].filter((shortId) => renumbered[shortId] >= 0);
    const fieldLengths = new Uint32Array(FIELD_COUNT * paths.length);
    for (let fieldId = 0; fieldId < FIELD_COUNT; fieldId++) live.forEach((shortId, i) => { fieldLengths[fieldId * paths.length + i] = this.lengths[fieldId][shortId]; });
    // Typed arrays filled in place: pushing millions of postings into plain arrays cost most of the export.
    let bound = 0;
    for (const lists of this.byTerm.values()) for (const list of lists) bound += list?.length ?? 0;
    const terms: string[] = [];
    const listLengths = new Uint32Array(FIELD_COUNT * this.byTerm.size);
    const postings = new Uint32Array(bound);
    let end = 0;
    for (const [term, lists] of this.byTerm) {
      const start = end;
      const base = FIELD_COUNT * terms.length;
      for (let fieldId = 0; fieldId < FIELD_COUNT; fieldId++) {
        const list = lists[fieldId];
        const before = end;
        const numbers = list?.data;
        for (let i = 0; numbers && i < list.length; i += 2) {
          const id = renumbered[numbers[i]];
          if (id < 0) continue;
          postings[end++] = id;
          postings[end++] = numbers[i + 1];
        }
        listLengths[base + fieldId] = end - before;
      }
      if (end > start) terms.push(term);
    }
    return {
      version: SEARCH_INDEX_VERSION,
      stemming,
      paths,
      titles: live.map((shortId) => this.titles[shortId]),
      months: live.map((shortId) => this.months[shortId]),
      fieldLengths,
      terms,
      listLengths: listLengths.slice(0, FIELD_COUNT * terms.length),
      postings: postings.slice(0, end),
    };
  }

  /** Takes a state exportState made; false (and the store unchanged) when it is not one this code can read. */
  importState(state: SearchIndexState, stemming: boolean): boolean {
    if (!isReadableState(state, stemming) || this.paths.length > 0) return false;
    const size = state.paths.length;
    this.paths = [...state.paths];
    this.titles = [...state.titles];
    this.months = [...state.months];
    state.paths.forEach((path, shortId) => this.shortIds.set(path, shortId));
    this.growLengths(size);
    for (let fieldId = 0; fieldId < FIELD_COUNT; fieldId++) {
      const lengths = state.fieldLengths.subarray(fieldId * size, (fieldId + 1) * size);
      this.lengths[fieldId].set(lengths);
      this.totalLengths[fieldId] = lengths.reduce((sum, length) => sum + length, 0);
    }
    this.count = size;
    let offset = 0;
    state.terms.forEach((term, t) => {
      const postings: TermPostings = new Array(FIELD_COUNT).fill(undefined);
      for (let fieldId = 0; fieldId < FIELD_COUNT; fieldId++) {
        const length = state.listLengths[t * FIELD_COUNT + fieldId];
        if (length > 0) postings[fieldId] = PostingList.over(state.postings.subarray(offset, offset + length));
        offset += length;
      }
      this.byTerm.set(term, postings);
      this.vocabulary.set(term, postings);
    });
    return true;
  }
}

/** A state of this version and stemming whose arrays agree in size and whose ids are in range. */
function isReadableState(state: SearchIndexState, stemming: boolean): boolean {
  if (state?.version !== SEARCH_INDEX_VERSION || state.stemming !== stemming) return false;
  const size = state.paths?.length;
  const shapes = Array.isArray(state.paths) && Array.isArray(state.titles) && Array.isArray(state.months) && Array.isArray(state.terms) &&
    state.fieldLengths instanceof Uint32Array && state.listLengths instanceof Uint32Array && state.postings instanceof Uint32Array &&
    state.titles.length === size && state.months.length === size && state.fieldLengths.length === FIELD_COUNT * size &&
    state.listLengths.length === FIELD_COUNT * state.terms.length &&
    new Set(state.paths).size === size && new Set(state.terms).size === state.terms.length;
  if (!shapes) return false;
  const total = state.listLengths.reduce((sum, length) => sum + length, 0);
  if (total !== state.postings.length) return false;
  // each list: whole pairs, ids in range and ascending (searches look ids up by bisection)
  let offset = 0;
  for (const length of state.listLengths) {
    if (length % 2 !== 0) return false;
    for (let i = offset; i < offset + length; i += 2) {
      if (state.postings[i] >= size || (i > offset && state.postings[i] <= state.postings[i - 2])) return false;
    }
    offset += length;
  }
  return true;
}
