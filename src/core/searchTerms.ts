// How search reads text: folded (case, accents, invisible characters), split at anything that is
// not a letter or digit ("al-Sarraj" -> al, sarraj), Dutch stopwords dropped, Snowball stems.
// A news archive repeats a small vocabulary, so each distinct piece of text between spaces is read
// once and remembered: indexing folds and stems a word the first time it is seen, not every time.

import { stemmer } from '@orama/stemmers/dutch';
import { foldText } from './text';

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

/** A piece of text as the index reads it: its folded tokens and, for each, its index term (null for a stopword). */
export interface ReadPiece {
  readonly tokens: readonly string[];
  readonly terms: readonly (string | null)[];
}

/**
 * Whether a character code ends a piece. Folding treats these alike wherever they stand (they
 * fold to no letter or digit, combine with no neighbour and give no case context), so reading
 * a text piece by piece gives exactly the tokens of `tokenizeForIndex` on the whole text.
 */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
}

export class TermReader {
  private readonly stems = new Map<string, string>();
  private readonly pieces = new Map<string, ReadPiece>();

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

  /** The tokens and terms of a piece of text (a word as written, or text without spaces), remembered. */
  piece(text: string): ReadPiece {
    let piece = this.pieces.get(text);
    if (piece === undefined) {
      const tokens = tokenizeForIndex(text);
      piece = { tokens, terms: tokens.map((token) => this.term(token)) };
      if (this.pieces.size >= CACHE_LIMIT) this.pieces.clear();
      this.pieces.set(text, piece);
    }
    return piece;
  }

  /** Calls `each` with every piece of `text` between spaces, in order. */
  forEachPiece(text: string, each: (piece: ReadPiece) => void): void {
    let start = -1;
    for (let i = 0; i <= text.length; i++) {
      if (i === text.length || isSpace(text.charCodeAt(i))) {
        if (start >= 0) each(this.piece(text.slice(start, i)));
        start = -1;
      } else if (start < 0) {
        start = i;
      }
    }
  }
}
