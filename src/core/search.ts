// Full-text search over the articles with MiniSearch. Dutch-aware terms: case and accents folded
// ("Geneve" finds "Genève"), a conservative stopword list, Snowball stemming (measured in
// test/unit/search.test.ts). The index keeps no texts: snippets are cut from the sentences the
// corpus hands back on demand, for the hits shown only.

import MiniSearch, { type SearchResult } from 'minisearch';
import { stemmer } from '@orama/stemmers/dutch';
import type { Month, SearchHit, Sentence } from './types';
import { foldText } from './text';

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
/** Words in a sentence as written; marks included so decomposed accents stay inside the word. */
const SNIPPET_WORD = /[\p{L}\p{M}\p{N}]+/gu;
const SNIPPET_LENGTH = 160;
const SNIPPET_LEAD = 50;
const DEFAULT_LIMIT = 50;
/** Bounds the stem cache; cleared when full (a corpus vocabulary is far smaller). */
const STEM_CACHE_LIMIT = 200_000;
const DOUBLED_CONSONANT = /([bcdfghjklmnpqrstvwxz])\1$/;
/** A stored hit's fields. */
interface Stored {
  title: string;
  month: Month | null;
}

/** Index tokens: folded first, then split at anything that is not a letter or digit ("al-Sarraj" -> al, sarraj). */
function tokenizeForIndex(text: string): string[] {
  return foldText(text).match(INDEX_WORD) ?? [];
}

/** A quick match on titles and names only, for results while the user is still typing. */
export interface Suggestion {
  path: string;
  title: string;
  month: Month | null;
  score: number;
}

export class ArticleSearchIndex {
  private readonly index: MiniSearch<SearchDocument>;
  /** titles and actor names only: small, so prefix queries stay fast on every keystroke */
  private readonly suggestions: MiniSearch<SearchDocument>;
  private readonly stems = new Map<string, string>();
  private readonly stemming: boolean;

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
    this.suggestions = new MiniSearch<SearchDocument>({
      idField: 'path',
      fields: ['title', 'actors'],
      storeFields: ['title', 'month'],
      extractField: (doc, field) => (field === 'actors' ? doc.actors.join(' ') : (doc as unknown as Record<string, unknown>)[field]),
      tokenize: tokenizeForIndex,
      processTerm,
      searchOptions: { tokenize: tokenizeForIndex, processTerm },
    });
  }

  get size(): number {
    return this.index.documentCount;
  }

  addOrReplace(doc: SearchDocument): void {
    for (const index of [this.index, this.suggestions]) {
      if (index.has(doc.path)) index.replace(doc);
      else index.add(doc);
    }
  }

  remove(path: string): void {
    for (const index of [this.index, this.suggestions]) {
      if (index.has(path)) index.discard(path);
    }
  }

  /** Articles whose title or names match the words typed so far (the last word as a prefix). */
  suggest(query: string, limit = 10): Suggestion[] {
    const results = this.suggestions.search(query, {
      boost: { actors: 2 },
      prefix: (term, i, terms) => i === terms.length - 1 || term.length >= 3,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      combineWith: 'AND',
    });
    return results.slice(0, limit).map((result) => {
      const stored = result as unknown as Stored;
      return { path: result.id, title: stored.title, month: stored.month ?? null, score: result.score };
    });
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const { paths, month, accept } = options;
    const filter =
      paths || month || accept
        ? (result: SearchResult) =>
            (!paths || paths.has(result.id)) &&
            (!month || ((result.month as Month | null) ?? '').startsWith(month)) &&
            (!accept || accept(result.id))
        : undefined;
    const hasTerms = tokenizeForIndex(query).some((token) => this.processTerm(token) !== null);
    let results: SearchResult[];
    if (!hasTerms) {
      if (!filter) return [];
      // Filters alone ("actor:haftar", "month:2020-02") list the matching articles, newest first.
      results = this.index.search(MiniSearch.wildcard, { filter });
      results.sort((a, b) => ((b.month as string | null) ?? '').localeCompare((a.month as string | null) ?? '') || a.id.localeCompare(b.id));
    } else {
      const base = {
        boost: { title: 2, actors: 2, body: 1 },
        prefix: (term: string) => term.length >= 3,
        fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false),
        filter,
      };
      results = this.index.search(query, { ...base, combineWith: 'AND' });
      if (results.length === 0) results = this.index.search(query, { ...base, combineWith: 'OR' });
    }
    return results.slice(0, limit).map((result) => this.hit(result));
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

  private hit(result: SearchResult): SearchHit {
    const stored = result as unknown as Stored;
    const hit: SearchHit = {
      path: result.id,
      title: stored.title,
      month: stored.month ?? null,
      snippet: stored.title,
      matchStart: 0,
      matchEnd: 0,
      score: result.score,
    };
    const sentences = this.loadSentences(result.id);
    if (!sentences || sentences.length === 0) return hit;
    const matched = new Set(result.terms);
    let best: { sentence: Sentence; start: number; end: number; count: number } | undefined;
    for (const sentence of sentences) {
      const found = new Set<string>();
      let first: RegExpMatchArray | undefined;
      for (const word of sentence.text.matchAll(SNIPPET_WORD)) {
        const terms = tokenizeForIndex(word[0]).map((token) => this.processTerm(token));
        const term = terms.find((t) => t !== null && matched.has(t));
        if (term === undefined || term === null) continue;
        found.add(term);
        first ??= word;
      }
      if (first && (!best || found.size > best.count)) {
        best = { sentence, start: first.index ?? 0, end: (first.index ?? 0) + first[0].length, count: found.size };
        if (found.size === matched.size) break;
      }
    }
    const chosen = best ?? { sentence: sentences[0], start: 0, end: 0, count: 0 };
    hit.snippet = snippetAround(chosen.sentence.text, chosen.start, chosen.end);
    hit.matchStart = chosen.sentence.start + chosen.start;
    hit.matchEnd = chosen.sentence.start + chosen.end;
    return hit;
  }
}

/** About SNIPPET_LENGTH characters of `text` around [start, end), cut at words, whitespace collapsed. */
export function snippetAround(text: string, start: number, end: number): string {
  let from = Math.max(0, start - SNIPPET_LEAD);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    from = space >= 0 && space < start ? space + 1 : from;
  }
  let to = Math.min(text.length, Math.max(end, from + SNIPPET_LENGTH));
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    to = space > end ? space : to;
  }
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}

export interface ParsedQuery {
  text: string;
  actor?: string;
  month?: string;
}

/** `actor:name`, `actor:"two words"` and `month:YYYY[-MM]` filters; the rest is the text query. */
const FILTER_PATTERN = /(^|\s)(actor|month):(?:"([^"]*)"?|(\S+))/gi;
const MONTH_FILTER = /^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/;

export function parseSearchQuery(input: string): ParsedQuery {
  const parsed: ParsedQuery = { text: '' };
  const text = input.replace(FILTER_PATTERN, (whole, space: string, key: string, quoted?: string, bare?: string) => {
    const value = (quoted ?? bare ?? '').trim();
    if (key.toLowerCase() === 'actor') {
      if (value !== '') parsed.actor = value;
      return space;
    }
    if (!MONTH_FILTER.test(value)) return whole; // not a month: keep it as text
    parsed.month = value;
    return space;
  });
  parsed.text = text.replace(/\s+/g, ' ').trim();
  return parsed;
}
