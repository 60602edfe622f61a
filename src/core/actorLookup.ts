// Entities found by what a person types: the `actor:` filter ("Haftar", "Fayez al-Sarraj", "haf"
// while typing, close spellings when nothing matches) and entity spellings inside a search query
// ("Khadafi", so the other spellings are found too). Built once per snapshot; a lookup reads a few
// map entries and bounded candidate lists, whatever the number of entities.

import SearchableMap from 'minisearch/SearchableMap';
import { foldText } from './text';
import type { Entity } from './types';

/** A query's words as the search index reads them: folded, split at anything not a letter or digit. */
export function spellingWords(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Entities with a spelling in a query: words [from, to) of the query spell `entity`. */
export interface SpelledRun {
  from: number;
  to: number;
  entity: Entity;
}

/** Longest spelling, in words, looked for in a query. */
const MAX_SPELLING_WORDS = 6;
/** A one-word spelling shorter than this is too often an ordinary word ("VS", "Slot") to expand a query. */
const MIN_SINGLE_WORD_SPELLING = 4;
/** Words a typed prefix may stand for (`actor:haf`), and entities a suggestion looks at. */
const MAX_PREFIX_WORDS = 64;
const MAX_SUGGESTION_CANDIDATES = 500;

/**
 * The keys an entity is looked up by: each spelling's words, and for a person the surname alone
 * ("al-Khadafi" and "Khadafi" for "Moammar al-Khadafi"); a surname several people share is a key
 * of each of them.
 */
function spellingKeys(entity: Entity): Set<string> {
  const keys = new Set<string>();
  for (const spelling of [entity.name, ...entity.aliases]) {
    const words = spellingWords(spelling);
    if (words.length === 0) continue;
    keys.add(words.join(' '));
    const written = spelling.trim().split(/\s+/);
    if (entity.type !== 'person' || written.length < 2) continue;
    keys.add(spellingWords(written[written.length - 1]).join(' '));
    keys.add(words[words.length - 1]);
  }
  return keys;
}

export class ActorLookup {
  private readonly byId = new Map<string, Entity>();
  /** a spelling's words joined by spaces -> entities spelled so, most articles first */
  private readonly bySpelling = new Map<string, Entity[]>();
  /** each word of any spelling -> indexes in `entities` (ascending: most articles first); built when first needed */
  private wordIndex: SearchableMap<number[]> | undefined;
  private readonly mentionsById = new Map<string, Map<string, { start: number; end: number }[]>>();

  /** `entities` sorted by number of articles, descending (as the snapshot lists them). */
  constructor(private readonly entities: readonly Entity[]) {
    for (const entity of entities) {
      this.byId.set(entity.id, entity);
      for (const key of spellingKeys(entity)) {
        if (key === '') continue;
        const list = this.bySpelling.get(key);
        if (list) list.push(entity);
        else this.bySpelling.set(key, [entity]);
      }
    }
  }

  /**
   * The entity an `actor:` value means: its id, a spelling (any case and accents), else the entity
   * with the most articles whose spellings hold every word typed, the last one as a prefix.
   */
  find(name: string): Entity | undefined {
    const byId = this.byId.get(name.trim());
    if (byId) return byId;
    const words = spellingWords(name);
    if (words.length === 0) return undefined;
    const exact = this.bySpelling.get(words.join(' '));
    if (exact) return exact[0];
    const lists = words.map((word, i) => this.entitiesWithWord(word, i === words.length - 1));
    if (lists.some((list) => list.length === 0)) return undefined;
    lists.sort((x, y) => x.length - y.length);
    const others = lists.slice(1).map((list) => new Set(list));
    const index = lists[0].find((candidate) => others.every((set) => set.has(candidate)));
    return index === undefined ? undefined : this.entities[index];
  }

  /** Names of entities spelled close to `name` (a typo or so per word), most words matched and most articles first. */
  closeSpellings(name: string, limit = 3): string[] {
    const words = spellingWords(name).filter((word) => word.length >= 3);
    const matchedWords = new Map<number, number>();
    for (const word of words) {
      const distance = word.length <= 4 ? 1 : 2;
      const seen = new Set<number>();
      for (const [, [indexes]] of this.words().fuzzyGet(word, distance)) {
        for (const index of indexes.slice(0, MAX_SUGGESTION_CANDIDATES)) {
          if (seen.has(index)) continue;
          seen.add(index);
          matchedWords.set(index, (matchedWords.get(index) ?? 0) + 1);
        }
      }
    }
    return [...matchedWords]
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, limit)
      .map(([index]) => this.entities[index].name);
  }

  /**
   * Runs of `words` (a query's folded words) that are a spelling of exactly one entity, longest
   * first, left to right: at most MAX_SPELLING_WORDS lookups per word.
   */
  spelledIn(words: readonly string[]): SpelledRun[] {
    const runs: SpelledRun[] = [];
    for (let from = 0; from < words.length; from++) {
      for (let to = Math.min(words.length, from + MAX_SPELLING_WORDS); to > from; to--) {
        if (to - from === 1 && words[from].length < MIN_SINGLE_WORD_SPELLING) continue;
        const entities = this.bySpelling.get(words.slice(from, to).join(' '));
        if (entities?.length !== 1) continue;
        runs.push({ from, to, entity: entities[0] });
        from = to - 1;
        break;
      }
    }
    return runs;
  }

  /** Where each article names the entity: path -> mention ranges sorted by start (kept for the snapshot). */
  mentionsOf(entity: Entity): ReadonlyMap<string, readonly { start: number; end: number }[]> {
    let byPath = this.mentionsById.get(entity.id);
    if (!byPath) {
      byPath = new Map();
      for (const { path, start, end } of entity.mentions) {
        const ranges = byPath.get(path);
        if (ranges) ranges.push({ start, end });
        else byPath.set(path, [{ start, end }]);
      }
      for (const ranges of byPath.values()) ranges.sort((x, y) => x.start - y.start);
      this.mentionsById.set(entity.id, byPath);
    }
    return byPath;
  }

  /** Entity indexes whose spellings hold `word` (or, for a prefix, a word it starts), ascending. */
  private entitiesWithWord(word: string, prefix: boolean): number[] {
    const exact = this.words().get(word);
    if (exact || !prefix || word.length < 2) return exact ?? [];
    const found = new Set<number>();
    let words = 0;
    for (const [, indexes] of this.words().atPrefix(word)) {
      for (const index of indexes) found.add(index);
      if (++words === MAX_PREFIX_WORDS) break;
    }
    return [...found].sort((x, y) => x - y);
  }

  private words(): SearchableMap<number[]> {
    if (!this.wordIndex) {
      const index = new SearchableMap<number[]>();
      this.entities.forEach((entity, i) => {
        for (const word of new Set([entity.name, ...entity.aliases].flatMap(spellingWords))) {
          const list = index.get(word);
          if (list) list.push(i);
          else index.set(word, [i]);
        }
      });
      this.wordIndex = index;
    }
    return this.wordIndex;
  }
}
