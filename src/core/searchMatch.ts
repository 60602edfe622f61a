// Where a search hit shows and selects its match. The sentence with the most query terms wins, and
// in it the longest run of matched words that stand together ("staakt het vuren": stopwords between
// them belong to the run), else the rarest term. An entity the query spells is matched wherever the
// article names it, under any spelling ("Kadhafi" for the query "Khadafi").

import { partitionPoint } from './sortedSearch';
import { collapseSpaces } from './text';
import type { Sentence } from './types';

/** How the index reads a word of the text: the query key it matches, null for a stopword, else undefined. */
export type WordKey = (word: string) => string | null | undefined;

/** A range of the file that matches a query key (an entity's mention). */
export interface MatchedRange {
  start: number;
  end: number;
  key: string;
}

/** The match to show: offsets within the sentence's text. */
export interface BestMatch {
  sentence: Sentence;
  start: number;
  end: number;
}

/** Words in a sentence as written; marks included so decomposed accents stay inside the word. */
const SNIPPET_WORD = /[\p{L}\p{M}\p{N}]+/gu;
const SNIPPET_LENGTH = 160;
const SNIPPET_LEAD = 50;

interface Run {
  start: number;
  end: number;
  keys: Set<string>;
  weight: number;
}

/** Sentence and run compared: more keys together, then more keys in the sentence, then rarer keys. */
type Score = [together: number, inSentence: number, weight: number];

function better(x: Score, y: Score | undefined): boolean {
  if (!y) return true;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] > y[i];
  return false;
}

/**
 * The best match over `sentences` (in reading order), or undefined when no word matches.
 * `weights` gives each key's rarity; `mentions` are file ranges sorted by start. Linear in the text.
 */
export function bestMatch(sentences: readonly Sentence[], keyOf: WordKey, weights: ReadonlyMap<string, number>, mentions: readonly MatchedRange[]): BestMatch | undefined {
  let best: { match: BestMatch; score: Score } | undefined;
  let nextMention = 0;
  for (const sentence of sentences) {
    const sentenceEnd = sentence.start + sentence.text.length;
    nextMention = firstAtOrAfter(mentions, sentence.start, nextMention);
    const found = new Set<string>();
    let run: Run | undefined;
    let bestRun: Run | undefined;
    const close = () => {
      if (run && (!bestRun || run.keys.size > bestRun.keys.size || (run.keys.size === bestRun.keys.size && run.weight > bestRun.weight))) bestRun = run;
      run = undefined;
    };
    const matched = (start: number, end: number, key: string) => {
      found.add(key);
      run ??= { start, end, keys: new Set(), weight: 0 };
      run.end = end;
      if (!run.keys.has(key)) {
        run.keys.add(key);
        run.weight += weights.get(key) ?? 0;
      }
    };
    let coveredUntil = 0;
    for (const word of sentence.text.matchAll(SNIPPET_WORD)) {
      const start = word.index;
      const end = start + word[0].length;
      // Mentions that begin before this word ends, in order: a mention covers the words inside it.
      while (nextMention < mentions.length && mentions[nextMention].start - sentence.start < end) {
        const mention = mentions[nextMention++];
        if (mention.end > sentenceEnd || mention.start < sentence.start) continue;
        matched(mention.start - sentence.start, mention.end - sentence.start, mention.key);
        coveredUntil = Math.max(coveredUntil, mention.end - sentence.start);
      }
      if (start < coveredUntil) continue;
      const key = keyOf(word[0]);
      if (key === undefined) close();
      else if (key !== null) matched(start, end, key);
    }
    close();
    if (!bestRun) continue;
    const score: Score = [bestRun.keys.size, found.size, bestRun.weight];
    if (better(score, best?.score)) {
      best = { match: { sentence, start: bestRun.start, end: bestRun.end }, score };
      if (bestRun.keys.size >= weights.size) break; // every key together: nothing can beat it
    }
  }
  return best?.match;
}

/** Index of the first range starting at or after `offset`, searching from `from` (ranges sorted by start). */
function firstAtOrAfter(ranges: readonly MatchedRange[], offset: number, from: number): number {
  return partitionPoint(ranges.length, (i) => ranges[i].start < offset, from);
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
  const body = collapseSpaces(text.slice(from, to)).trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}
