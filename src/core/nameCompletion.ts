// Name completion while writing: what is typed before the cursor ("Saar", "fayez al-s", "kadh")
// leads to the entities with a spelling that starts so, case and accents ignored, most articles
// first. The prefix index is built once per snapshot; a lookup is a binary search and a bounded
// walk, whatever the number of entities.

import { spellingWords } from './actorLookup';
import { partitionPoint } from './sortedSearch';
import { WORD_PATTERN } from './text';
import type { CorpusSnapshot } from './corpus';
import { perSnapshot } from './snapshotCache';
import type { Entity } from './types';

export interface NameSuggestion {
  entity: Entity;
  /** the entity's spelling that starts as typed (the preferred one where it does) */
  spelling: string;
}

export interface NameCompletions {
  /** what the accepted suggestion replaces: [start, end) of the line, end at the cursor */
  start: number;
  end: number;
  suggestions: NameSuggestion[];
}

/** Fewest characters typed before names are suggested. */
const MIN_PREFIX = 2;
/** Prefixes up to this length get their suggestions worked out when the index is built. */
const SHORT_PREFIX = 3;
/** Words before the cursor that may together start a spelling ("Fayez al-S"). */
const MAX_TYPED_WORDS = 4;
/** Keys a longer prefix looks at: a prefix that starts more keys than this is ranked among these only. */
const MAX_SCANNED_KEYS = 4096;
/** How far back on the line the typed words are read. */
const TYPED_WINDOW = 200;
export const MAX_SUGGESTIONS = 20;
/** What may stand between two typed words of one name. */
const WORD_GAP = /^[ \t\u00a0]{1,3}$/;
const IN_WORD = /^[\p{L}\p{N}]$/u;

export class NameCompletionIndex {
  /** distinct keys, sorted: each spelling's folded words joined by spaces, and each run of them that ends it */
  private readonly keys: string[];
  /** per key, the indexes in `entities` with that key, ascending (most articles first) */
  private readonly owners: number[][];
  /** per entity, its keys with the spelling each came from */
  private readonly entityKeys: Array<Array<{ key: string; spelling: string }>>;
  /** suggestions (entity indexes) for every prefix of up to SHORT_PREFIX characters */
  private readonly shortPrefixes = new Map<string, number[]>();

  /** `entities` sorted by number of articles, descending (as the snapshot lists them). */
  constructor(private readonly entities: readonly Entity[]) {
    const ownersByKey = new Map<string, number[]>();
    this.entityKeys = entities.map((entity, index) => {
      const keys = new Map<string, string>();
      for (const spelling of [entity.name, ...entity.aliases]) {
        const words = spellingWords(spelling);
        for (let from = 0; from < words.length; from++) {
          const key = words.slice(from).join(' ');
          if (!keys.has(key)) keys.set(key, spelling);
        }
      }
      for (const key of keys.keys()) {
        const owners = ownersByKey.get(key);
        if (!owners) ownersByKey.set(key, [index]);
        else if (owners[owners.length - 1] !== index) owners.push(index);
        for (let length = 1; length <= Math.min(SHORT_PREFIX, key.length); length++) {
          const prefix = key.slice(0, length);
          const listed = this.shortPrefixes.get(prefix);
          if (!listed) this.shortPrefixes.set(prefix, [index]);
          else if (listed.length < MAX_SUGGESTIONS && listed[listed.length - 1] !== index) listed.push(index);
        }
      }
      return [...keys].map(([key, spelling]) => ({ key, spelling }));
    });
    this.keys = [...ownersByKey.keys()].sort();
    this.owners = this.keys.map((key) => ownersByKey.get(key)!);
  }

  /**
   * Suggestions for the name being typed at `offset` of `line`: the longest run of the words
   * before the cursor (up to MAX_TYPED_WORDS) that starts a spelling, else none.
   */
  completeAt(line: string, offset: number, limit = MAX_SUGGESTIONS): NameCompletions | undefined {
    const from = Math.max(0, offset - TYPED_WINDOW);
    const before = line.slice(from, offset);
    const words = [...before.matchAll(WORD_PATTERN)].map((match) => ({ start: from + match.index, end: from + match.index + match[0].length }));
    const last = words[words.length - 1];
    // Not in the middle of a word: what follows the cursor would be left behind.
    if (!last || last.end !== offset || IN_WORD.test(line.charAt(offset))) return undefined;
    // The run may go back over words only a space apart.
    let first = words.length - 1;
    while (first > 0 && words.length - first < MAX_TYPED_WORDS && WORD_GAP.test(line.slice(words[first - 1].end, words[first].start))) first--;
    for (let i = first; i < words.length; i++) {
      const prefix = spellingWords(line.slice(words[i].start, offset)).join(' ');
      if (prefix.length < MIN_PREFIX) continue;
      const suggestions = this.suggest(prefix, limit);
      if (suggestions.length > 0) return { start: words[i].start, end: offset, suggestions };
    }
    return undefined;
  }

  /** Entities with a key starting with `prefix` (folded words joined by spaces), most articles first. */
  suggest(prefix: string, limit = MAX_SUGGESTIONS): NameSuggestion[] {
    const indexes = prefix.length <= SHORT_PREFIX ? (this.shortPrefixes.get(prefix) ?? []).slice(0, limit) : this.scan(prefix, limit);
    return indexes.map((index) => ({
      entity: this.entities[index],
      spelling: this.entityKeys[index].find(({ key }) => key.startsWith(prefix))!.spelling,
    }));
  }

  private scan(prefix: string, limit: number): number[] {
    const found = new Set<number>();
    const start = partitionPoint(this.keys.length, (i) => this.keys[i] < prefix);
    for (let i = start; i < this.keys.length && i - start < MAX_SCANNED_KEYS && this.keys[i].startsWith(prefix); i++) {
      // each owner list is ascending: its first `limit` are all that can rank
      for (const index of this.owners[i].slice(0, limit)) found.add(index);
    }
    return [...found].sort((x, y) => x - y).slice(0, limit);
  }
}

/** The snapshot's NameCompletionIndex, made once per snapshot. */
export const nameCompletionsOf = perSnapshot((snapshot: Pick<CorpusSnapshot, 'entities'>) => new NameCompletionIndex(snapshot.entities));
