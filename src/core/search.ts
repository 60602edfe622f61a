// Full-text search over the articles. Dutch-aware terms (searchTerms.ts): case and accents folded
// ("Geneve" finds "Genève"), a conservative stopword list, Snowball stemming (measured in
// test/unit/search.test.ts). The index keeps no texts: snippets are cut from the sentences the
// corpus hands back on demand, for the hits shown only. Ranking is BM25 with prefixes and typos
// as MiniSearch ranks them (a test compares the two), over flat posting lists (searchPostings.ts)
// scored into typed arrays, so a keystroke at 100k articles costs milliseconds. A large archive
// can be indexed in time slices (`enqueue` + `indexPending`), and its index saved and loaded
// (`exportState` + `importState`).

import type { Month, SearchHit, Sentence } from './types';
import { bestMatch, snippetAround, type MatchedRange } from './searchMatch';
import type { PostingList } from './postingList';
import { FIELD_COUNT, PostingStore, type SearchIndexState, type TermPostings } from './searchPostings';
import { MAX_QUERY_LENGTH } from './searchQuery';
import { TermReader, tokenizeForIndex } from './searchTerms';
import { bitCount, TopHits, worseScore, type ScoredHit } from './topHits';

export { SEARCH_INDEX_VERSION, type SearchIndexState } from './searchPostings';

export interface SearchDocument {
  path: string;
  title: string;
  month: Month | null;
  sentences: readonly Sentence[];
  /** spellings of the names in the article */
  actors: readonly string[];
}

/** Makes the document of a queued path when it is indexed; undefined when the article is gone. */
export type DocumentSource = (path: string) => SearchDocument | undefined;

export interface SearchOptions {
  limit?: number;
  /** restrict to these articles (actor filter) */
  paths?: ReadonlySet<string>;
  /** 'YYYY' or 'YYYY-MM' prefix of the month the document was added with */
  month?: string;
  /**
   * The entities the query spells, given its folded words (stopwords included): each names the
   * words [from, to) it covers and where each article names it. Such words match those articles
   * under any spelling of the entity, and the hit selects the mention.
   */
  spelledEntities?: (words: readonly string[]) => SpelledEntity[];
}

/** An entity a run of query words spells, and its mentions: path -> ranges in the file, sorted by start. */
export interface SpelledEntity {
  from: number;
  to: number;
  mentions: ReadonlyMap<string, readonly { start: number; end: number }[]>;
}

/** The best hits, and how many articles match in all. */
export interface SearchResult {
  hits: SearchHit[];
  total: number;
}

export interface SearchIndexOptions {
  /** Snowball stemming of index and query terms (default true; see the measurement in the tests) */
  stemming?: boolean;
}

const DEFAULT_LIMIT = 50;
/** Per-field boosts of the full-text ranking, by field id (title, body, actors). */
const FIELD_BOOSTS = [2, 1, 2];
const BODY = 1;
/** MiniSearch's default BM25 parameters and prefix/typo weights, so ranking matches its own search. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/**
 * Typo distance is 20% of a term's length, at most 3 (MiniSearch allows 6): on a 600k-term
 * vocabulary a 47-letter compound took 66-450 ms to expand at distance 6, 1-2 ms at 3.
 */
export const MAX_TYPO_DISTANCE = 3;
/** One bit per query term in a 32-bit mask; longer queries keep their first terms. */
const MAX_QUERY_TERMS = 24;
/**
 * Longer query terms are cut to this and matched as prefixes only: the typo search allocates a
 * table quadratic in the term (a 66,000-letter word threw RangeError; 50,000 took 2.5 GB).
 */
const MAX_TERM_LENGTH = 64;

/** An index term that a query term matches, with the weight MiniSearch gives that kind of match. */
interface Derived {
  term: string;
  weight: number;
  postings: TermPostings;
}

/** A query term as it reaches the index: at most MAX_TERM_LENGTH letters; a cut one matches as a prefix only. */
interface QueryTerm {
  term: string;
  cut: boolean;
}

/**
 * The exact term, then longer terms it starts (from 3 letters), then terms within a typo distance
 * (from 5 letters, not for a cut term: it is the start of a longer word, not a misspelling).
 */
function expandTerm(store: PostingStore, { term, cut }: QueryTerm): Derived[] {
  const derived: Derived[] = [];
  const exact = cut ? undefined : store.get(term);
  if (exact) derived.push({ term, weight: 1, postings: exact });
  const seen = new Set([term]);
  if (term.length >= 3) {
    for (const [longer, postings] of store.vocabulary.atPrefix(term)) {
      if (seen.has(longer)) continue;
      seen.add(longer);
      const distance = longer.length - term.length;
      derived.push({ term: longer, weight: (PREFIX_WEIGHT * longer.length) / (longer.length + 0.3 * distance), postings });
    }
  }
  const maxDistance = term.length >= 5 && !cut ? Math.min(MAX_TYPO_DISTANCE, Math.round(term.length * 0.2)) : 0;
  if (maxDistance > 0) {
    for (const [near, [postings, distance]] of store.vocabulary.fuzzyGet(term, maxDistance)) {
      if (seen.has(near)) continue;
      derived.push({ term: near, weight: (FUZZY_WEIGHT * near.length) / (near.length + distance), postings });
    }
  }
  return derived;
}

/** Whether a posting list ([id, frequency, …], ids ascending) holds the article: bisection. */
function listHas(list: PostingList | undefined, shortId: number): boolean {
  if (!list) return false;
  const numbers = list.data;
  let low = 0;
  let high = list.length / 2;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const id = numbers[2 * middle];
    if (id === shortId) return true;
    if (id < shortId) low = middle + 1;
    else high = middle;
  }
  return false;
}

/** Scores of one query, from which the best hits are taken. */
interface Ranking {
  /** the `limit` best articles, and how many there are, those with every query term only when `allTerms` */
  top(limit: number, allTerms: boolean, accepts?: (shortId: number) => boolean): { best: { shortId: number; score: number }[]; total: number };
  /** the index terms of this query that occur in the article, each with its rarity (for its snippet) */
  matchedTerms(shortId: number): Map<string, number>;
  /** the mentions of spelled entities in the article, sorted by start, keyed by entity */
  mentions(path: string): MatchedRange[];
}

/** The query's terms, and for each of its folded words the index of its term (none for a stopword). */
interface QueryTerms {
  terms: QueryTerm[];
  words: string[];
  termOfWord: (number | undefined)[];
}

/** A search's filters: a test on a short id, and the only candidates when the paths are given. */
interface Filter {
  accepts: (shortId: number) => boolean;
  among?: number[];
}

/** The query's tokens within MAX_QUERY_LENGTH characters, each cut to MAX_TERM_LENGTH. */
function boundedTokens(query: string): QueryTerm[] {
  return tokenizeForIndex(query.slice(0, MAX_QUERY_LENGTH)).map((token) =>
    token.length > MAX_TERM_LENGTH ? { term: token.slice(0, MAX_TERM_LENGTH), cut: true } : { term: token, cut: false });
}

export class ArticleSearchIndex {
  private readonly reader: TermReader;
  private readonly store: PostingStore;
  private readonly stemming: boolean;
  /** paths waiting for `indexPending`, with where their documents come from; a later addOrReplace or remove wins */
  private readonly pending = new Map<string, DocumentSource>();
  /** see mentionPostings */
  private readonly mentionLists = new WeakMap<SpelledEntity['mentions'], { version: number; list: number[] }>();
  /** see shortIdsOf */
  private readonly pathSets = new WeakMap<ReadonlySet<string>, { version: number; among: number[]; inPaths: Uint8Array }>();

  constructor(
    private readonly loadSentences: (path: string) => readonly Sentence[] | undefined,
    options: SearchIndexOptions = {},
  ) {
    this.stemming = options.stemming ?? true;
    this.reader = new TermReader(this.stemming);
    this.store = new PostingStore(this.reader);
  }

  /** Indexed articles (queued ones not included). */
  get size(): number {
    return this.store.documentCount;
  }

  /** Articles queued by `enqueue` and not indexed yet. */
  get pendingCount(): number {
    return this.pending.size;
  }

  /**
   * Queues articles for indexing in slices (`indexPending`), so building the index of a large
   * archive need not block; a search first indexes whatever is still queued. A document is made
   * only when its article is indexed, so queueing every article costs next to nothing.
   */
  enqueue(paths: Iterable<string>, source: DocumentSource): void {
    for (const path of paths) this.pending.set(path, source);
  }

  /** Indexes queued articles until about `budgetMs` have passed; returns how many remain queued. */
  indexPending(budgetMs: number): number {
    const deadline = performance.now() + budgetMs;
    for (const [path, source] of this.pending) {
      const doc = source(path);
      if (doc) this.addOrReplace(doc);
      else this.remove(path);
      if (performance.now() >= deadline) break;
    }
    return this.pending.size;
  }

  addOrReplace(doc: SearchDocument): void {
    this.pending.delete(doc.path);
    this.store.add({ path: doc.path, title: doc.title, month: doc.month, fields: [[doc.title], doc.sentences.map((s) => s.text), doc.actors] });
  }

  remove(path: string): void {
    this.pending.delete(path);
    this.store.remove(path);
  }

  /**
   * The index as plain data for a cache (structured-clone safe), queued articles first indexed.
   * `importState` in a new index takes it back, far faster than indexing the articles again.
   */
  exportState(): SearchIndexState {
    this.indexPending(Infinity);
    return this.store.exportState(this.stemming);
  }

  /**
   * Loads what `exportState` saved into this index while it is still empty. Returns false, and
   * leaves the index empty, for a state this code cannot take (another version or stemming
   * setting, or a damaged one): index the articles instead.
   */
  importState(state: SearchIndexState): boolean {
    return this.pending.size === 0 && this.store.importState(state, this.stemming);
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    return this.find(query, options).hits;
  }

  /** The best hits for the query and the number of articles that match it. */
  find(query: string, options: SearchOptions = {}): SearchResult {
    this.indexPending(Infinity);
    const limit = Math.max(0, options.limit ?? DEFAULT_LIMIT);
    const filter = this.filterOf(options);
    const queryTerms = this.queryTerms(query);
    if (queryTerms.terms.length === 0) return filter ? this.listFiltered(filter, limit) : { hits: [], total: 0 };
    const ranking = this.rank(queryTerms, options.spelledEntities?.(queryTerms.words) ?? []);
    // All words first; when no article has them all, any of them (ranked by how many match).
    let top = ranking.top(limit, true, filter?.accepts);
    if (top.total === 0) top = ranking.top(limit, false, filter?.accepts);
    const hits = top.best.map(({ shortId, score }) => {
      const path = this.store.pathOf(shortId) as string;
      return this.hit(shortId, ranking.matchedTerms(shortId), ranking.mentions(path), score);
    });
    return { hits, total: top.total };
  }

  /**
   * Scores every article that holds a query term (or a prefix / typo variant of it), BM25 as
   * MiniSearch scores it, into typed arrays: no object per matching article, so a term found in
   * every article of a 100k archive costs a few milliseconds, and only the top hits are built.
   * An entity the query spells counts as one more posting list of its words' terms: its articles
   * with their mention counts (as long as the entity's own list of articles, like any term's).
   */
  private rank({ terms, termOfWord }: QueryTerms, spelled: SpelledEntity[]): Ranking {
    const store = this.store;
    const documentCount = store.documentCount;
    const idBound = store.idBound;
    const scores = new Float64Array(idBound);
    const masks = new Uint32Array(idBound);
    const touched: number[] = [];
    const derivedAll: (Derived & { rarity: number })[] = [];
    const { k, b, d } = BM25;
    const idfOf = (postings: number) => Math.log(1 + (documentCount - postings + 0.5) / (postings + 0.5));
    const add = (shortId: number, fieldId: number, frequency: number, weight: number, bits: number) => {
      const length = store.fieldLength(fieldId, shortId);
      if (!length) return; // a removed article keeps its postings until they are swept out
      scores[shortId] += weight * (d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * length) / store.averageFieldLength(fieldId))));
      if (masks[shortId] === 0) touched.push(shortId);
      masks[shortId] |= bits;
    };
    terms.forEach((term, i) => {
      const bit = 1 << i;
      for (const derived of expandTerm(store, term)) {
        let rarity = 0;
        for (let fieldId = 0; fieldId < FIELD_COUNT; fieldId++) {
          const list = derived.postings[fieldId];
          if (!list) continue;
          const idf = idfOf(list.length / 2);
          const weight = derived.weight * FIELD_BOOSTS[fieldId] * idf;
          // rarity in the text itself: a word of the title is in few titles however common it is
          if (fieldId === BODY || rarity === 0) rarity = derived.weight * idf;
          const { data: numbers, length } = list;
          for (let p = 0; p < length; p += 2) add(numbers[p], fieldId, numbers[p + 1], weight, bit);
        }
        derivedAll.push({ ...derived, rarity });
      }
    });
    const spelledBits = spelled.map(({ from, to }) => termOfWord.slice(from, to).reduce<number>((bits, term) => (term === undefined ? bits : bits | (1 << term)), 0));
    spelled.forEach(({ mentions }, i) => {
      if (spelledBits[i] === 0) return;
      const weight = idfOf(mentions.size);
      const list = this.mentionPostings(mentions);
      for (let p = 0; p < list.length; p += 2) add(list[p], BODY, list[p + 1], weight, spelledBits[i]);
    });
    const required = 2 ** terms.length - 1;
    return {
      top: (limit, allTerms, accepts) => {
        const best = new TopHits<ScoredHit>(limit, worseScore);
        let total = 0;
        for (const shortId of touched) {
          const mask = masks[shortId];
          if (allTerms && mask !== required) continue;
          if (accepts && !accepts(shortId)) continue;
          total++;
          best.offer({ shortId, score: scores[shortId] * bitCount(mask) });
        }
        return { best: best.sorted(), total };
      },
      matchedTerms: (shortId) => {
        const matched = new Map<string, number>();
        for (const derived of derivedAll) {
          if (derived.postings.some((list) => listHas(list, shortId))) matched.set(derived.term, Math.max(matched.get(derived.term) ?? 0, derived.rarity));
        }
        return matched;
      },
      mentions: (path) => spelled
        .flatMap(({ mentions }, i) => (spelledBits[i] === 0 ? [] : (mentions.get(path) ?? []).map((range) => ({ ...range, key: `entity ${i}` }))))
        .sort((x, y) => x.start - y.start),
    };
  }

  /**
   * An entity's mentions as a posting list ([short id, mentions, …]), kept while the index is
   * unchanged: the same entity is spelled on every keystroke of a query naming it.
   */
  private mentionPostings(mentions: SpelledEntity['mentions']): number[] {
    const known = this.mentionLists.get(mentions);
    if (known?.version === this.store.version) return known.list;
    const list: number[] = [];
    for (const [path, ranges] of mentions) {
      const shortId = this.store.shortIdOf(path);
      if (shortId !== undefined) list.push(shortId, ranges.length);
    }
    this.mentionLists.set(mentions, { version: this.store.version, list });
    return list;
  }

  /**
   * A set of paths as short ids, and as a table by short id, kept while the index is unchanged: a
   * filter's set of articles stands in every keystroke, and a candidate is then checked by its id.
   */
  private shortIdsOf(paths: ReadonlySet<string>): { among: number[]; inPaths: Uint8Array } {
    const known = this.pathSets.get(paths);
    if (known?.version === this.store.version) return known;
    const among: number[] = [];
    const inPaths = new Uint8Array(this.store.idBound);
    for (const path of paths) {
      const shortId = this.store.shortIdOf(path);
      if (shortId === undefined) continue;
      among.push(shortId);
      inPaths[shortId] = 1;
    }
    const ids = { version: this.store.version, among, inPaths };
    this.pathSets.set(paths, ids);
    return ids;
  }

  /** The options' conditions as one test on a short document id, or undefined when there are none. */
  private filterOf({ paths, month }: SearchOptions): Filter | undefined {
    if (!paths && !month) return undefined;
    const store = this.store;
    const { among, inPaths } = (paths && this.shortIdsOf(paths)) ?? {};
    const accepts = (shortId: number) =>
      store.pathOf(shortId) !== undefined && (!inPaths || inPaths[shortId] === 1) && (!month || (store.monthOf(shortId) ?? '').startsWith(month));
    return { accepts, among };
  }

  /**
   * Filters alone ("actor:haftar", "month:2020-02") list the matching articles, newest first.
   * Only the articles of `paths` are looked at when it is given, and only the `limit` newest are
   * kept while counting; ordinal comparisons, because these keys are plain ASCII or paths.
   */
  private listFiltered({ accepts, among }: Filter, limit: number): SearchResult {
    const store = this.store;
    const newest = new TopHits<{ shortId: number; month: string; path: string }>(limit, (x, y) => x.month < y.month || (x.month === y.month && x.path > y.path));
    let total = 0;
    const visit = (shortId: number) => {
      if (!accepts(shortId)) return;
      total++;
      newest.offer({ shortId, month: store.monthOf(shortId) ?? '', path: store.pathOf(shortId) as string });
    };
    if (among) among.forEach(visit);
    else for (let shortId = 0; shortId < store.idBound; shortId++) visit(shortId);
    return { hits: newest.sorted().map(({ shortId }) => this.hit(shortId, new Map(), [], 0)), total };
  }

  /** The index terms of a query, bounded in number and length (see MAX_QUERY_LENGTH and MAX_TERM_LENGTH). */
  private queryTerms(query: string): QueryTerms {
    const result: QueryTerms = { terms: [], words: [], termOfWord: [] };
    for (const { term: token, cut } of boundedTokens(query)) {
      if (result.terms.length === MAX_QUERY_TERMS) break;
      // A cut token is no word of its own: no stopword, no stem.
      const term = cut ? token : this.reader.term(token);
      result.words.push(token);
      result.termOfWord.push(term === null ? undefined : result.terms.length);
      if (term !== null) result.terms.push({ term, cut });
    }
    return result;
  }

  private hit(shortId: number, matchedTerms: ReadonlyMap<string, number>, mentions: MatchedRange[], score: number): SearchHit {
    const path = this.store.pathOf(shortId) as string;
    const title = this.store.titleOf(shortId);
    const hit: SearchHit = { path, title, month: this.store.monthOf(shortId), snippet: title, matchStart: 0, matchEnd: 0, score };
    const sentences = this.loadSentences(path);
    if (!sentences || sentences.length === 0) return hit;
    const weights = new Map(matchedTerms);
    for (const mention of mentions) weights.set(mention.key, Infinity);
    const keyOf = (word: string) => {
      let stopword = true;
      for (const { term } of this.reader.piece(word).tokens) {
        if (term !== null && matchedTerms.has(term.term)) return term.term;
        stopword &&= term === null;
      }
      return stopword ? null : undefined;
    };
    const match = weights.size === 0 ? undefined : bestMatch(sentences, keyOf, weights, mentions);
    const chosen = match ?? { sentence: sentences[0], start: 0, end: 0 };
    hit.snippet = snippetAround(chosen.sentence.text, chosen.start, chosen.end);
    hit.matchStart = chosen.sentence.start + chosen.start;
    hit.matchEnd = chosen.sentence.start + chosen.end;
    return hit;
  }
}
