// Full-text search over the articles with MiniSearch. Dutch-aware terms: case and accents folded
// ("Geneve" finds "Genève"), a conservative stopword list, Snowball stemming (measured in
// test/unit/search.test.ts). The index keeps no texts: snippets are cut from the sentences the
// corpus hands back on demand, for the hits shown only. MiniSearch builds and updates the index
// and expands prefixes and typos; the ranking itself reads its posting lists (see `rank`) so a
// keystroke at 100k articles costs milliseconds. A large archive can be indexed in time slices
// (`enqueue` + `indexPending`).

import MiniSearch from 'minisearch';
import { stemmer } from '@orama/stemmers/dutch';
import type { Month, SearchHit, Sentence } from './types';
import { foldText } from './text';
import { bestMatch, snippetAround, type MatchedRange } from './searchMatch';
import { MAX_QUERY_LENGTH } from './searchQuery';
import { bitCount, TopHits } from './topHits';

export interface SearchDocument {
  path: string;
  title: string;
  month: Month | null;
  sentences: Sentence[];
  /** spellings of the names in the article */
  actors: string[];
}

export interface SearchOptions {
  limit?: number;
  /** restrict to these articles (actor filter) */
  paths?: ReadonlySet<string>;
  /** 'YYYY' or 'YYYY-MM' prefix of the month the document was added with */
  month?: string;
  /** any other condition on the article (e.g. its inferred month), applied before `limit` */
  accept?: (path: string) => boolean;
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

/**
 * Conservative Dutch stopwords (articles, pronouns, auxiliaries, common prepositions and adverbs).
 * Not "eerste", "tweede", "volgens", month names or numbers: they carry meaning in news.
 */
const STOPWORDS = new Set(
  ('de het een en van in op te dat die is zijn was waren met voor aan om als bij er maar ook dan nog naar uit ' +
    'door of niet dit deze wordt worden werd werden hij zij ze we wij ik je jij u hun haar hem zich ons mijn ' +
    'heeft hebben had hadden kan kunnen kon konden zal zullen zou zouden moet moeten al wel geen meer nu toen ' +
    'over tot tegen onder want dus zo hier daar wat wie waar hoe omdat toch men iets niets alle alles veel zeer ' +
    'der des den t s mij me jou jullie uw zelf doen doet deed ben bent geweest reeds nadat eens hoewel zonder ' +
    'alleen weer waarom the and to').split(' '),
);

const INDEX_WORD = /[\p{L}\p{N}]+/gu;
const DEFAULT_LIMIT = 50;
/** Bounds the stem cache; cleared when full (a corpus vocabulary is far smaller). */
const STEM_CACHE_LIMIT = 200_000;
const DOUBLED_CONSONANT = /([bcdfghjklmnpqrstvwxz])\1$/;
/** A stored hit's fields. */
interface Stored {
  title: string;
  month: Month | null;
}
/** Per-field boosts of the full-text ranking. */
const FIELD_BOOSTS: [field: string, boost: number][] = [['title', 2], ['body', 1], ['actors', 2]];
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
 * Longer query terms are cut to this and matched as prefixes only: MiniSearch's typo search
 * allocates a table quadratic in the term (a 66,000-letter word threw RangeError; 50,000 took 2.5 GB).
 */
const MAX_TERM_LENGTH = 64;

/** Index term -> field id -> short document id -> occurrences (MiniSearch's posting lists). */
type FieldPostings = Map<number, Map<number, number>>;

/**
 * The private state of MiniSearch 7.2 (pinned exactly in package.json) that the ranked search
 * reads. MiniSearch's own search builds an object per matching document and sorts them all, with
 * no limit: 100-250 ms per keystroke at 100k articles. The shape is checked on construction, and
 * a test compares the ranking with MiniSearch's own search, so an upgrade that changes it fails.
 */
interface MiniSearchInternals {
  _index: {
    get(term: string): FieldPostings | undefined;
    atPrefix(prefix: string): Iterable<[string, FieldPostings]>;
    fuzzyGet(term: string, maxDistance: number): Map<string, [FieldPostings, number]>;
  };
  _documentIds: Map<number, string>;
  _idToShortId: Map<string, number>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _nextId: number;
  _storedFields: Map<number, Stored>;
}

function internalsOf(index: MiniSearch<SearchDocument>): MiniSearchInternals {
  const internals = index as unknown as MiniSearchInternals;
  const ok =
    internals._index && typeof internals._index.atPrefix === 'function' && typeof internals._index.fuzzyGet === 'function' &&
    internals._documentIds instanceof Map && internals._idToShortId instanceof Map && internals._fieldLength instanceof Map && internals._storedFields instanceof Map &&
    Array.isArray(internals._avgFieldLength) && typeof internals._nextId === 'number' &&
    FIELD_BOOSTS.every(([field]) => typeof internals._fieldIds?.[field] === 'number');
  if (!ok) throw new Error('ArticleSearchIndex: unsupported MiniSearch version (expected 7.2 internals)');
  return internals;
}

/** An index term that a query term matches, with the weight MiniSearch gives that kind of match. */
interface Derived {
  term: string;
  weight: number;
  postings: FieldPostings;
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
function expandTerm(index: MiniSearchInternals['_index'], { term, cut }: QueryTerm): Derived[] {
  const derived: Derived[] = [];
  const exact = cut ? undefined : index.get(term);
  if (exact) derived.push({ term, weight: 1, postings: exact });
  const seen = new Set([term]);
  if (term.length >= 3) {
    for (const [longer, postings] of index.atPrefix(term)) {
      if (seen.has(longer)) continue;
      seen.add(longer);
      const distance = longer.length - term.length;
      derived.push({ term: longer, weight: (PREFIX_WEIGHT * longer.length) / (longer.length + 0.3 * distance), postings });
    }
  }
  const maxDistance = term.length >= 5 && !cut ? Math.min(MAX_TYPO_DISTANCE, Math.round(term.length * 0.2)) : 0;
  if (maxDistance > 0) {
    for (const [near, [postings, distance]] of index.fuzzyGet(term, maxDistance)) {
      if (seen.has(near)) continue;
      derived.push({ term: near, weight: (FUZZY_WEIGHT * near.length) / (near.length + distance), postings });
    }
  }
  return derived;
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

/** Index tokens: folded first, then split at anything that is not a letter or digit ("al-Sarraj" -> al, sarraj). */
function tokenizeForIndex(text: string): string[] {
  return foldText(text).match(INDEX_WORD) ?? [];
}

/** The query's tokens within MAX_QUERY_LENGTH characters, each cut to MAX_TERM_LENGTH. */
function boundedTokens(query: string): QueryTerm[] {
  return tokenizeForIndex(query.slice(0, MAX_QUERY_LENGTH)).map((token) =>
    token.length > MAX_TERM_LENGTH ? { term: token.slice(0, MAX_TERM_LENGTH), cut: true } : { term: token, cut: false });
}

export class ArticleSearchIndex {
  private readonly index: MiniSearch<SearchDocument>;
  private readonly internals: MiniSearchInternals;
  private readonly stems = new Map<string, string>();
  private readonly stemming: boolean;
  /**
   * Field lengths by field id, then short document id: 0 for a discarded article. A copy of
   * MiniSearch's per-document arrays that saves a Map lookup per posting in `rank`.
   */
  private fieldLengths: Uint32Array[];
  /** documents waiting for `indexPending`, by path; a later addOrReplace or remove wins */
  private readonly pending = new Map<string, SearchDocument>();

  constructor(
    private readonly loadSentences: (path: string) => Sentence[] | undefined,
    options: SearchIndexOptions = {},
  ) {
    this.stemming = options.stemming ?? true;
    const processTerm = (term: string) => this.processTerm(term);
    this.index = new MiniSearch<SearchDocument>({
      idField: 'path',
      fields: ['title', 'body', 'actors'],
      storeFields: ['title', 'month'],
      extractField: (doc, field) => {
        if (field === 'body') return doc.sentences.map((s) => s.text).join('\n');
        if (field === 'actors') return doc.actors.join(' ');
        return (doc as unknown as Record<string, unknown>)[field];
      },
      tokenize: tokenizeForIndex,
      processTerm,
      searchOptions: { tokenize: tokenizeForIndex, processTerm },
    });
    this.internals = internalsOf(this.index);
    this.fieldLengths = FIELD_BOOSTS.map(() => new Uint32Array(0));
  }

  /** Indexed articles (queued ones not included). */
  get size(): number {
    return this.index.documentCount;
  }

  /** Articles queued by `enqueue` and not indexed yet. */
  get pendingCount(): number {
    return this.pending.size;
  }

  /**
   * Queues articles for indexing in slices (`indexPending`), so building the index of a large
   * archive need not block; a search first indexes whatever is still queued.
   */
  enqueue(docs: Iterable<SearchDocument>): void {
    for (const doc of docs) this.pending.set(doc.path, doc);
  }

  /** Indexes queued articles until about `budgetMs` have passed; returns how many remain queued. */
  indexPending(budgetMs: number): number {
    const deadline = performance.now() + budgetMs;
    for (const [path, doc] of this.pending) {
      this.pending.delete(path);
      this.addOrReplace(doc);
      if (performance.now() >= deadline) break;
    }
    return this.pending.size;
  }

  addOrReplace(doc: SearchDocument): void {
    this.pending.delete(doc.path);
    this.forgetFieldLengths(doc.path);
    if (this.index.has(doc.path)) this.index.replace(doc);
    else this.index.add(doc);
    this.recordFieldLengths(doc.path);
  }

  remove(path: string): void {
    this.pending.delete(path);
    this.forgetFieldLengths(path);
    if (this.index.has(path)) this.index.discard(path);
  }

  private forgetFieldLengths(path: string): void {
    const shortId = this.internals._idToShortId.get(path);
    if (shortId !== undefined) for (const lengths of this.fieldLengths) if (shortId < lengths.length) lengths[shortId] = 0;
  }

  /** Copies an article's field lengths into `fieldLengths` (a replaced article gets a new short id). */
  private recordFieldLengths(path: string): void {
    const shortId = this.internals._idToShortId.get(path);
    const lengths = shortId === undefined ? undefined : this.internals._fieldLength.get(shortId);
    if (shortId === undefined || !lengths) return;
    this.fieldLengths = this.fieldLengths.map((old, fieldId) => {
      let grown = old;
      if (shortId >= old.length) {
        grown = new Uint32Array(Math.max(1024, 2 * (shortId + 1)));
        grown.set(old);
      }
      grown[shortId] = lengths[fieldId] ?? 0;
      return grown;
    });
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    return this.find(query, options).hits;
  }

  /** The best hits for the query and the number of articles that match it. */
  find(query: string, options: SearchOptions = {}): SearchResult {
    this.indexPending(Infinity);
    const limit = Math.max(0, options.limit ?? DEFAULT_LIMIT);
    const accepts = this.filterOf(options);
    const queryTerms = this.queryTerms(query);
    if (queryTerms.terms.length === 0) return accepts ? this.listFiltered(accepts, limit, options.paths) : { hits: [], total: 0 };
    const ranking = this.rank(queryTerms, options.spelledEntities?.(queryTerms.words) ?? []);
    // All words first; when no article has them all, any of them (ranked by how many match).
    let top = ranking.top(limit, true, accepts);
    if (top.total === 0) top = ranking.top(limit, false, accepts);
    const stored = this.internals._storedFields;
    const hits = top.best.map(({ shortId, score }) => {
      const path = this.internals._documentIds.get(shortId) as string;
      return this.hit(path, stored.get(shortId), ranking.matchedTerms(shortId), ranking.mentions(path), score);
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
    const { _index: terms2postings, _fieldIds: fieldIds, _avgFieldLength: avgFieldLength, _documentCount: documentCount, _nextId: idBound, _idToShortId: shortIds } = this.internals;
    const scores = new Float64Array(idBound);
    const masks = new Uint32Array(idBound);
    const touched: number[] = [];
    const derivedAll: (Derived & { rarity: number })[] = [];
    const { k, b, d } = BM25;
    const idfOf = (postings: number) => Math.log(1 + (documentCount - postings + 0.5) / (postings + 0.5));
    const add = (shortId: number, fieldId: number, frequency: number, weight: number, bits: number) => {
      const length = this.fieldLengths[fieldId][shortId];
      if (!length) return; // a discarded article keeps its postings until MiniSearch vacuums them
      scores[shortId] += weight * (d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * length) / avgFieldLength[fieldId])));
      if (masks[shortId] === 0) touched.push(shortId);
      masks[shortId] |= bits;
    };
    terms.forEach((term, i) => {
      const bit = 1 << i;
      for (const derived of expandTerm(terms2postings, term)) {
        let rarity = 0;
        for (const [field, boost] of FIELD_BOOSTS) {
          const fieldId = fieldIds[field];
          const postings = derived.postings.get(fieldId);
          if (!postings) continue;
          const weight = derived.weight * boost * idfOf(postings.size);
          // rarity in the text itself: a word of the title is in few titles however common it is
          if (field === 'body' || rarity === 0) rarity = derived.weight * idfOf(postings.size);
          for (const [shortId, frequency] of postings) add(shortId, fieldId, frequency, weight, bit);
        }
        derivedAll.push({ ...derived, rarity });
      }
    });
    const bodyId = fieldIds.body;
    const spelledBits = spelled.map(({ from, to }) => termOfWord.slice(from, to).reduce<number>((bits, term) => (term === undefined ? bits : bits | (1 << term)), 0));
    spelled.forEach(({ mentions }, i) => {
      if (spelledBits[i] === 0) return;
      const weight = idfOf(mentions.size);
      for (const [path, ranges] of mentions) {
        const shortId = shortIds.get(path);
        if (shortId !== undefined) add(shortId, bodyId, ranges.length, weight, spelledBits[i]);
      }
    });
    const required = 2 ** terms.length - 1;
    return {
      top: (limit, allTerms, accepts) => {
        const best = new TopHits(limit);
        let total = 0;
        for (const shortId of touched) {
          const mask = masks[shortId];
          if (allTerms && mask !== required) continue;
          if (accepts && !accepts(shortId)) continue;
          total++;
          best.offer(shortId, scores[shortId] * bitCount(mask));
        }
        return { best: best.sorted(), total };
      },
      matchedTerms: (shortId) => {
        const matched = new Map<string, number>();
        for (const derived of derivedAll) {
          if ([...derived.postings.values()].some((postings) => postings.has(shortId))) matched.set(derived.term, Math.max(matched.get(derived.term) ?? 0, derived.rarity));
        }
        return matched;
      },
      mentions: (path) => spelled
        .flatMap(({ mentions }, i) => (spelledBits[i] === 0 ? [] : (mentions.get(path) ?? []).map((range) => ({ ...range, key: `entity ${i}` }))))
        .sort((x, y) => x.start - y.start),
    };
  }

  /** The options' conditions as one test on a short document id, or undefined when there are none. */
  private filterOf({ paths, month, accept }: SearchOptions): ((shortId: number) => boolean) | undefined {
    if (!paths && !month && !accept) return undefined;
    const { _documentIds: ids, _storedFields: stored } = this.internals;
    return (shortId) => {
      const path = ids.get(shortId);
      if (path === undefined) return false;
      return (!paths || paths.has(path)) && (!month || (stored.get(shortId)?.month ?? '').startsWith(month)) && (!accept || accept(path));
    };
  }

  /**
   * Filters alone ("actor:haftar", "month:2020-02") list the matching articles, newest first.
   * Only the articles of `paths` are looked at when it is given; ordinal comparisons, because
   * localeCompare on thousands of months is slow and these keys are plain ASCII or paths.
   */
  private listFiltered(accepts: (shortId: number) => boolean, limit: number, paths?: ReadonlySet<string>): SearchResult {
    const { _documentIds: ids, _idToShortId: shortIds, _storedFields: stored } = this.internals;
    const candidates = paths ? Array.from(paths, (path) => shortIds.get(path)) : ids.keys();
    const found: { path: string; month: string; stored: Stored | undefined }[] = [];
    for (const shortId of candidates) {
      if (shortId === undefined || !accepts(shortId)) continue;
      const fields = stored.get(shortId);
      found.push({ path: ids.get(shortId) as string, month: fields?.month ?? '', stored: fields });
    }
    const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
    found.sort((x, y) => compare(y.month, x.month) || compare(x.path, y.path));
    return { hits: found.slice(0, limit).map(({ path, stored }) => this.hit(path, stored, new Map(), [], 0)), total: found.length };
  }

  /** The index terms of a query, bounded in number and length (see MAX_QUERY_LENGTH and MAX_TERM_LENGTH). */
  private queryTerms(query: string): QueryTerms {
    const result: QueryTerms = { terms: [], words: [], termOfWord: [] };
    for (const { term: token, cut } of boundedTokens(query)) {
      if (result.terms.length === MAX_QUERY_TERMS) break;
      // A cut token is no word of its own: no stopword, no stem.
      const term = cut ? token : this.processTerm(token);
      result.words.push(token);
      result.termOfWord.push(term === null ? undefined : result.terms.length);
      if (term !== null) result.terms.push({ term, cut });
    }
    return result;
  }

  /** Folded token -> index term: null for stopwords, else (optionally) its stem. */
  private processTerm(term: string): string | null {
    if (STOPWORDS.has(term)) return null;
    if (!this.stemming) return term;
    let stem = this.stems.get(term);
    if (stem === undefined) {
      // Snowball keeps "aanvallen" -> "aanvall" apart from "aanval": undouble a final consonant pair.
      stem = stemmer(term).replace(DOUBLED_CONSONANT, '$1');
      if (this.stems.size >= STEM_CACHE_LIMIT) this.stems.clear();
      this.stems.set(term, stem);
    }
    return stem;
  }

  private hit(path: string, stored: Stored | undefined, matchedTerms: ReadonlyMap<string, number>, mentions: MatchedRange[], score: number): SearchHit {
    const title = stored?.title ?? '';
    const hit: SearchHit = { path, title, month: stored?.month ?? null, snippet: title, matchStart: 0, matchEnd: 0, score };
    const sentences = this.loadSentences(path);
    if (!sentences || sentences.length === 0) return hit;
    const weights = new Map(matchedTerms);
    for (const mention of mentions) weights.set(mention.key, Infinity);
    const keyOf = (word: string) => {
      let stopword = true;
      for (const token of tokenizeForIndex(word)) {
        const term = this.processTerm(token);
        if (term !== null && matchedTerms.has(term)) return term;
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
