// Bounded candidate sets for matching names across a corpus, so that entity resolution compares
// each name with a bounded number of others whatever the names (thousands sharing a skeleton, a
// surname or a given name). Spellings are compared within blocks: every pair of a small block,
// sorted neighbours in a large one. Full names are found by a partial name through exact indexes,
// and by a close spelling only where few full names share its skeleton.

import type { TypeCues } from '../entityCandidates';
import { isOrganizationHead } from '../entityWords';
import { endsWithName, nameSkeleton, nameWordCount, sameName } from './nameSimilarity';
import { INITIALS_WORD, nameInitials, withoutGenerationSuffix } from './nameWords';

/** In a large block each spelling is compared with this many next ones in each of two sort orders. */
const NEIGHBOURS = 8;
/**
 * Blocks and candidate lists up to this size are compared name by name: at most about as many
 * comparisons per name (size / 2) as the sorted neighbourhoods of a larger block make (2 x NEIGHBOURS).
 */
export const MAX_PAIRWISE = 4 * NEIGHBOURS;

export interface BlockedName {
  /** significant folded words */
  words: readonly string[];
}

export interface IndexedName extends BlockedName {
  stats: { folded: string; acronym: boolean; cues: TypeCues; roles: number };
}

/**
 * A name its own mentions type as a place or an organisation rather than a person ("in Sebha",
 * "de Tour"): it is a person's surname or given name only as written, never by sound alone.
 */
export function typedOtherThanPerson(stats: { cues: TypeCues; roles: number }): boolean {
  return Math.max(stats.cues.place, stats.cues.organization) > stats.cues.person + stats.roles;
}

/** The block a spelling is compared in: its word count (see nameWordCount) and the skeleton of its last word. */
export function spellingBlock(words: readonly string[]): string {
  return `${nameWordCount(words)}:${nameSkeleton(words[words.length - 1])}`;
}

/**
 * The blocks a spelling is compared in: that of its skeleton, and that of its skeleton's letters in
 * any order, where a typo that swaps two letters ("Zelenksi", "Zelenski") meets the name.
 */
export function spellingBlocks(words: readonly string[]): [string, string] {
  const last = words[words.length - 1];
  return [spellingBlock(words), `${nameWordCount(words)}:${skeletonLetters(nameSkeleton(last))}`];
}

/** Two spellings share a block (see spellingBlocks). */
export function shareSpellingBlock(a: readonly string[], b: readonly string[]): boolean {
  const blocksA = spellingBlocks(a);
  return spellingBlocks(b).some((block) => blocksA.includes(block));
}

/** A skeleton's first letter and the others in order of the alphabet, marked apart from skeletons: "zlnks" and "zlnsk" -> "z~klns". */
function skeletonLetters(skeleton: string): string {
  return skeleton === '' ? '~' : `${skeleton[0]}~${[...skeleton.slice(1)].sort().join('')}`;
}

/** Skeletons of the words a full name is found by as a surname: its last word, and the first part of a double surname. */
export function surnameSkeletons(words: readonly string[]): string[] {
  const named = withoutGenerationSuffix(words);
  const last = named[named.length - 1];
  // A double surname is also found by its first part: "Yeşilgöz-Zegerius" by "Yesilgöz"; a
  // possessive by the name it is of.
  const hyphen = last.indexOf('-');
  const stem = possessiveStem(words);
  const skeleton = nameSkeleton(last);
  // Its letters in any order too: a surname alone with two letters swapped finds it (see spellingBlocks).
  const letters = skeletonLetters(skeleton);
  return hyphen > 0 ? [skeleton, letters, nameSkeleton(last.slice(0, hyphen))] : stem ? [skeleton, letters, nameSkeleton(stem)] : [skeleton, letters];
}

/** Shorter words are too often a name of their own with an s ("Maas", "Ans"). */
const MIN_POSSESSIVE = 4;

/** "haddads", "koks": a single word with the Dutch genitive s, and the word it may be the possessive of. */
function possessiveStem(words: readonly string[]): string | undefined {
  const word = words[0];
  return words.length === 1 && word.length >= MIN_POSSESSIVE && word.endsWith('s') && !/['’]s$/.test(word) ? word.slice(0, -1) : undefined;
}

/** The full name ends with the surname a one-word possessive is of, written exactly so: "Fernando Haddad" for "Haddads". */
export function isPossessiveOf(fullName: readonly string[], partial: readonly string[]): boolean {
  const stem = possessiveStem(partial);
  return stem !== undefined && endsWithName(fullName, [stem], true);
}

/**
 * Calls `visit` for the pairs of a block worth comparing: every pair of a small block; in a large
 * one each name with the NEIGHBOURS next in two orders, by the skeletons of all its words (where
 * transliterations meet) and by its words from the last (where spellings of one surname meet).
 */
export function forCandidatePairs<T extends BlockedName>(block: readonly T[], visit: (a: T, b: T) => void): void {
  if (block.length <= MAX_PAIRWISE) {
    for (let i = 0; i < block.length; i++) for (let j = i + 1; j < block.length; j++) visit(block[i], block[j]);
    return;
  }
  for (const order of [skeletonsKey, wordsFromLastKey]) {
    const sorted = block.map((name) => ({ name, key: order(name.words) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j <= i + NEIGHBOURS && j < sorted.length; j++) visit(sorted[i].name, sorted[j].name);
    }
  }
}

function skeletonsKey(words: readonly string[]): string {
  return `${words.map(nameSkeleton).join(' ')}|${words.join(' ')}`;
}

function wordsFromLastKey(words: readonly string[]): string {
  return [...words].reverse().join(' ');
}

/**
 * Full names by length and by the skeleton (close spellings) or the exact words (exact ones) of
 * their end and start, and by their initials (see nameInitials).
 */
export interface FullNames<T extends IndexedName> {
  bySurname: Map<string, T[]>;
  byExactSurname: Map<string, T[]>;
  byGivenName: Map<string, T[]>;
  byExactGivenName: Map<string, T[]>;
  byInitials: Map<string, T[]>;
  longest: number;
}

export function indexFullNames<T extends IndexedName>(names: Iterable<T>): FullNames<T> {
  const index: FullNames<T> = { bySurname: new Map(), byExactSurname: new Map(), byGivenName: new Map(), byExactGivenName: new Map(), byInitials: new Map(), longest: 0 };
  for (const name of names) addFullName(index, name);
  return index;
}

export function isFullName(name: IndexedName): boolean {
  return name.words.length >= 2 && !name.stats.acronym;
}

/** Every key a full name is filed under, per map of the index. */
function fullNameKeys<T extends IndexedName>(index: FullNames<T>, name: IndexedName): [Map<string, T[]>, string][] {
  const words = name.words;
  const n = words.length;
  const keys: [Map<string, T[]>, string][] = [[index.byGivenName, `${n}:${nameSkeleton(words[0])}`]];
  for (let k = 1; k < n; k++) keys.push([index.byExactGivenName, `${n}:${words.slice(0, k).join(' ')}`]);
  // "Huurdersvereniging Tarwewijk", "Universiteit Utrecht": after the kind of body comes its place or
  // subject, no surname: "Tarwewijk" alone is the neighbourhood.
  if (!isOrganizationHead(words[n - 1]) && words.slice(0, -1).some(isOrganizationHead)) return withInitials(keys, index, name);
  keys.push(...surnameSkeletons(words).map((skeleton): [Map<string, T[]>, string] => [index.bySurname, `${n}:${skeleton}`]));
  const named = withoutGenerationSuffix(words);
  for (let k = 1; k < named.length; k++) keys.push([index.byExactSurname, `${n}:${named.slice(named.length - k).join(' ')}`]);
  const last = named[named.length - 1];
  const hyphen = last.indexOf('-');
  if (hyphen > 0) keys.push([index.byExactSurname, `${n}:${last.slice(0, hyphen)}`]);
  return withInitials(keys, index, name);
}

function withInitials<T extends IndexedName>(keys: [Map<string, T[]>, string][], index: FullNames<T>, name: IndexedName): [Map<string, T[]>, string][] {
  const initials = nameInitials(name.stats.folded);
  if (initials !== undefined) keys.push([index.byInitials, initials]);
  return keys;
}

export function addFullName<T extends IndexedName>(index: FullNames<T>, name: T): void {
  if (!isFullName(name)) return;
  for (const [map, key] of fullNameKeys(index, name)) pushTo(map, key, name);
  index.longest = Math.max(index.longest, name.words.length);
}

/** `longest` may stay larger than needed: it only bounds a search. */
export function removeFullName<T extends IndexedName>(index: FullNames<T>, name: T): void {
  if (!isFullName(name)) return;
  for (const [map, key] of fullNameKeys(index, name)) {
    const list = map.get(key)?.filter((other) => other !== name) ?? [];
    if (list.length > 0) map.set(key, list);
    else map.delete(key);
  }
}

/**
 * Full names longer than `name` that it matches by length: through `close` (by skeleton, checked
 * with `matches`) where few share the skeleton, else through `exact` (the words as written).
 */
function longerNames<T extends IndexedName>(index: FullNames<T>, name: IndexedName, close: Map<string, T[]>, skeleton: string, exact: Map<string, T[]>, matches: (full: T) => boolean): T[] {
  const found: T[] = [];
  const written = name.words.join(' ');
  for (let length = name.words.length + 1; length <= index.longest; length++) {
    const candidates = close.get(`${length}:${skeleton}`) ?? [];
    if (candidates.length <= MAX_PAIRWISE) {
      for (const full of candidates) if (matches(full)) found.push(full);
    } else {
      for (const full of exact.get(`${length}:${written}`) ?? []) found.push(full);
    }
  }
  return found;
}

/**
 * The full names a partial name is the surname of; for an acronym, the full names it gives the
 * initials of ("AKK, zoals zij wordt genoemd"), unless its own mentions type it otherwise.
 */
export function surnamesOf<T extends IndexedName>(name: IndexedName, index: FullNames<T>): T[] {
  if (name.stats.acronym) return typedOtherThanPerson(name.stats) ? [] : [...(index.byInitials.get(name.stats.folded) ?? [])];
  const initialed = leadingInitials(name.words);
  if (initialed !== undefined) return surnamesOf({ words: initialed.surname, stats: name.stats }, index).filter((full) => isInitialedNameOf(full.words, name.words));
  const n = name.words.length;
  const matches = (full: T) => endsWithName(full.words, name.words);
  const skeleton = nameSkeleton(name.words[n - 1]);
  const found = longerNames(index, name, index.bySurname, skeleton, index.byExactSurname, matches);
  // A surname with two letters swapped ("Zelenksi") finds its full name through the letters of its skeleton.
  for (const full of longerNames(index, name, index.bySurname, skeletonLetters(skeleton), index.byExactSurname, matches)) if (!found.includes(full)) found.push(full);
  // A surname written exactly so ("Navalny") goes with that spelling, not with a close one ("Navalnaja").
  const exact = found.filter((full) => endsWithName(full.words, name.words, true));
  return exact.length > 0 || typedOtherThanPerson(name.stats) ? exact : found;
}

/** "j.p. wesselink": the letters of the initials a name begins with ("jp") and the surname after them; undefined for none. */
function leadingInitials(words: readonly string[]): { initials: string; surname: readonly string[] } | undefined {
  let k = 0;
  while (k < words.length - 1 && INITIALS_WORD.test(words[k])) k++;
  return k === 0 ? undefined : { initials: words.slice(0, k).join('').replace(/\./g, ''), surname: words.slice(k) };
}

/**
 * "J.P. Wesselink" and "J. Wesselink" are the initialled names of "Jan-Pieter Wesselink": the same
 * surname as written, after given names (no initials) whose initials begin with theirs.
 */
export function isInitialedNameOf(fullName: readonly string[], initialedName: readonly string[]): boolean {
  const initialed = leadingInitials(initialedName);
  if (initialed === undefined || leadingInitials(fullName) !== undefined || !endsWithName(fullName, initialed.surname, true)) return false;
  const givenNames = fullName.slice(0, fullName.length - initialed.surname.length);
  if (givenNames.some((word) => INITIALS_WORD.test(word))) return false;
  return givenNames.flatMap((word) => word.split('-')).map((part) => part[0]).join('').startsWith(initialed.initials);
}

/**
 * The full names a partial name is tied to in its articles: those it is the surname of, else those
 * it is the Dutch possessive of ("Haddads voorstel", "Koks coach"). A possessive is tied per
 * article only: corpus-wide a name such as "Timmermans" is no possessive of "Timmerman".
 */
export function tiedSurnamesOf<T extends IndexedName>(name: IndexedName, index: FullNames<T>, surnames = surnamesOf(name, index)): T[] {
  const stem = surnames.length === 0 && !name.stats.acronym ? possessiveStem(name.words) : undefined;
  if (stem === undefined) return surnames;
  return longerNames(index, { words: [stem], stats: name.stats }, index.bySurname, nameSkeleton(stem), index.byExactSurname, (full) => isPossessiveOf(full.words, name.words));
}

/**
 * The full names a partial name is the given name (or names) of; "Robert F. Kennedy", the father,
 * names no "Robert F. Kennedy jr.".
 */
export function givenNamesOf<T extends IndexedName>(name: IndexedName, index: FullNames<T>): T[] {
  if (name.stats.acronym) return [];
  const n = name.words.length;
  const found = longerNames(index, name, index.byGivenName, nameSkeleton(name.words[0]), index.byExactGivenName, (full) => sameName(full.words.slice(0, n), name.words))
    .filter((full) => withoutGenerationSuffix(full.words).length > n);
  return typedOtherThanPerson(name.stats) ? found.filter((full) => full.words.slice(0, n).every((word, i) => word === name.words[i])) : found;
}

export function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
