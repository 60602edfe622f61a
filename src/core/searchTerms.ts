// How search reads text: folded (case, accents, invisible characters), split at anything that is
// not a letter or digit ("al-Sarraj" -> al, sarraj), Dutch stopwords dropped, Snowball stems.
// A news archive repeats a small vocabulary, so each distinct piece of text between spaces is read
// once and remembered (searchPieces.ts): indexing folds and stems a word the first time it is seen.

import { stemmer } from '@orama/stemmers/dutch';
import { PIECE_HASH_START, pieceHashStep, PieceTable } from './searchPieces';
import type { TermPostings } from './searchPostings';
import { foldText, ownCopy } from './text';

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
const DOUBLED_CONSONANT = /([bcdfghjklmnpqrstvwxz])\1$/;
/** Bounds each cache; cleared when full (a corpus vocabulary is far smaller). */
const CACHE_LIMIT = 200_000;

/** Index tokens: folded first, then split at anything that is not a letter or digit. */
export function tokenizeForIndex(text: string): string[] {
  return foldText(text).match(INDEX_WORD) ?? [];
}

/** An index term, one object per distinct term while the reader remembers it; `postings`, `seen` and `frequency` are the store's. */
export interface ReadTerm {
  readonly term: string;
  /** the term's postings in the store, once it has looked them up (undefined again when they are dropped) */
  postings: TermPostings | undefined;
  /** the store's mark of the field it last counted the term in, and the count there */
  seen: number;
  frequency: number;
}

/** A folded token, one object per distinct token while the reader remembers it: its term (null for a stopword). */
export interface ReadToken {
  readonly token: string;
  readonly term: ReadTerm | null;
  /** the store's mark of the field it last counted the token in */
  seen: number;
}

/** A piece of text as the index reads it: its folded tokens, in order. */
export interface ReadPiece {
  readonly tokens: readonly ReadToken[];
}

/**
 * Whether a character code ends a piece. Folding treats these alike wherever they stand (they
 * fold to no letter or digit, combine with no neighbour and give no case context), so reading
 * a text piece by piece gives exactly the tokens of `tokenizeForIndex` on the whole text.
 */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
}

/**
 * Reads text into index tokens and terms, remembering what it read (bounded: see `trim`). A token
 * or term is one object while remembered, so the store counts them by marking them, without maps.
 */
export class TermReader {
  private readonly stems = new Map<string, string>();
  private readonly tokens = new Map<string, ReadToken>();
  private readonly terms = new Map<string, ReadTerm>();
  private readonly pieces = new PieceTable<ReadPiece>();

  constructor(private readonly stemming: boolean) {}

  /** Folded token -> index term: null for stopwords, else (optionally) its stem. */
  term(token: string): string | null {
    if (STOPWORDS.has(token)) return null;
    if (!this.stemming) return token;
    let stem = this.stems.get(token);
    if (stem === undefined) {
      // Snowball keeps "aanvallen" -> "aanvall" apart from "aanval": undouble a final consonant pair.
      stem = stemmer(token).replace(DOUBLED_CONSONANT, '$1');
      if (this.stems.size >= CACHE_LIMIT) this.stems.clear();
      this.stems.set(token, stem);
    }
    return stem;
  }

  /** The remembered object of an index term, if any (the store drops its postings through it). */
  knownTerm(term: string): ReadTerm | undefined {
    return this.terms.get(term);
  }

  /**
   * Forgets what was read once the caches are full (a corpus vocabulary is far smaller). Only
   * between articles: while one is counted, each of its tokens and terms must stay one object.
   */
  trim(): void {
    if (this.pieces.size < CACHE_LIMIT && this.tokens.size < CACHE_LIMIT) return;
    this.pieces.clear();
    this.tokens.clear();
    this.terms.clear();
  }

  /** The tokens and terms of a piece of text (a word as written, or text without spaces). */
  piece(text: string): ReadPiece {
    let hash = PIECE_HASH_START;
    for (let i = 0; i < text.length; i++) hash = pieceHashStep(hash, text.charCodeAt(i));
    return this.pieceAt(text, 0, text.length, hash);
  }

  /** Calls `each` with every piece of `text` between spaces, in order. */
  forEachPiece(text: string, each: (piece: ReadPiece) => void): void {
    let start = -1;
    let hash = PIECE_HASH_START;
    for (let i = 0; i <= text.length; i++) {
      const code = i === text.length ? 32 : text.charCodeAt(i);
      if (isSpace(code)) {
        if (start >= 0) each(this.pieceAt(text, start, i, hash));
        start = -1;
      } else {
        if (start < 0) {
          start = i;
          hash = PIECE_HASH_START;
        }
        hash = pieceHashStep(hash, code);
      }
    }
  }

  private pieceAt(text: string, start: number, end: number, hash: number): ReadPiece {
    let piece = this.pieces.find(text, start, end, hash);
    if (piece === undefined) {
      // Kept for long: its own copy, not a view that would keep the whole text alive.
      const pieceText = ownCopy(text.slice(start, end));
      piece = { tokens: tokenizeForIndex(pieceText).map((token) => this.readToken(token)) };
      this.pieces.add(pieceText, hash, piece);
    }
    return piece;
  }

  private readToken(token: string): ReadToken {
    let read = this.tokens.get(token);
    if (read === undefined) {
      const term = this.term(token);
      read = { token, term: term === null ? null : this.readTerm(term), seen: 0 };
      this.tokens.set(token, read);
    }
    return read;
  }

  private readTerm(term: string): ReadTerm {
    let read = this.terms.get(term);
    if (read === undefined) {
      read = { term, postings: undefined, seen: 0, frequency: 0 };
      this.terms.set(term, read);
    }
    return read;
  }
}
