// Partial names: a surname ("Haftar", "De Wever", "López") or a given name ("Frenkie") alone, tied
// to the one full name it names in the corpus, or else to the full name in the same article.

import type { Steps } from '../steps';
import type { FormInfo, PreparedArticle } from './forms';
import { isOrganizationHead } from '../entityCandidates';
import { compareStrings } from '../sortedSearch';
import type { Groups } from './groups';
import { acceptedKeysByFolded, forEachAliasLink, type Join } from './joinGroups';
import { givenNamesOf, indexFullNames, surnamesOf, tiedSurnamesOf, type FullNames } from './nameBlocks';

/**
 * The partial names of one group, with the full names they are the surname of. The group joins a
 * full name only when all of them name the same one: "Rarawen" and its spelling "Rawenü" do not
 * take Hendrik Rarawen and Khaled Rawenü into one entity, whichever comes first.
 */
export interface PartialGroup {
  members: { info: FormInfo; surnames: FormInfo[] }[];
  /** the longest member's number of words */
  words: number;
}

export function addToPartialGroup(partialGroups: Map<string, PartialGroup>, groups: Groups, info: FormInfo, surnames: FormInfo[]): void {
  const root = groups.find(info.stats.key);
  let group = partialGroups.get(root);
  if (!group) partialGroups.set(root, (group = { members: [], words: 0 }));
  group.members.push({ info, surnames });
  group.words = Math.max(group.words, info.words.length);
}

/**
 * The partial groups, the longest names first (in the order of their first member's key on equal
 * length): "Helena Rocha Vieira" joins "Maria Helena Rocha Vieira" before "Vieira", which names
 * both, is asked which one group it names (see onlyClaim).
 */
export function longestFirst(partialGroups: Map<string, PartialGroup>): [string, PartialGroup][] {
  return [...partialGroups].sort(([, a], [, b]) => b.words - a.words || compareStrings(a.members[0].info.stats.key, b.members[0].info.stats.key));
}

/**
 * The one group of full names a group of partial names names now, if there is one. An
 * organisation's name claims no partial name corpus-wide: "de Raad" and "het Hof" name a different
 * body in each article, so they are tied per article only.
 */
export function onlyClaim(group: PartialGroup, groups: Groups): string | undefined {
  if (namesAPlace(group)) return undefined;
  const names = group.members.flatMap((member) => member.surnames);
  return names.every(claimsCorpusWide) ? onlyGroupOf(names, groups) : undefined;
}

/**
 * Whether the partial names' own mentions read as a place's ("in Lochem", "uit Borculo") more than a
 * person's: a town's name that is also someone's surname is the town in articles without that person.
 */
function namesAPlace(group: PartialGroup): boolean {
  let place = 0;
  let person = 0;
  for (const { info: { stats } } of group.members) {
    place += stats.cues.place;
    person += stats.cues.person + stats.roles;
  }
  return place > person;
}

/** Whether a full name may take its partial names in every article (see onlyClaim). */
export function claimsCorpusWide(fullName: FormInfo): boolean {
  return !fullName.words.some(isOrganizationHead);
}

/** The root of the one group that holds all of the names, if there is one. */
function onlyGroupOf(names: readonly FormInfo[], groups: Groups): string | undefined {
  const roots = new Set(names.map((name) => groups.find(name.stats.key)));
  return roots.size === 1 ? roots.values().next().value : undefined;
}

/** A partial name that no single full name claims: it is tied to a full name per article. */
export interface PartialName {
  info: FormInfo;
  surnames: FormInfo[];
  /** computed only when no article ties the partial name by surname */
  givenNames: FormInfo[] | undefined;
  /** articles where exactly one full name with this surname occurs */
  surnameTies: number;
}

/** Where a partial name's mentions go in one article. */
export interface Override {
  root: string;
  bySurname: boolean;
}

export interface PartialNameTies {
  fullNames: FullNames<FormInfo>;
  partials: Map<string, PartialName>;
  /** per article: form key -> group root, where a partial name resolves differently per article */
  perArticle: Map<string, Map<string, Override>>;
}

/** Articles a partial name is tied in per step. */
const ARTICLES_PER_STEP = 256;

/**
 * Ties partial names: a surname or a given name goes with the full name in the same article; a
 * surname also with the only full name in the corpus that has it. Ambiguous ones stay on their own.
 * A capitalised word at a sentence start (`weak`) that is the surname of a full name in its article
 * is a name too ("Al-Sharaa, beter bekend ..."). The joins come first: a partial name is tied per
 * article to the groups as they end up. In steps (see src/core/steps.ts), one name each.
 */
export function* tiePartialNames(
  accepted: Map<string, FormInfo>, weak: readonly FormInfo[], groups: Groups, join: Join, prepared: Map<string, PreparedArticle>, aliasLinks: Map<string, Map<string, number>>,
): Steps<PartialNameTies> {
  const groupWords = new Map<string, number>();
  for (const info of accepted.values()) {
    const root = groups.find(info.stats.key);
    groupWords.set(root, Math.max(groupWords.get(root) ?? 0, info.words.length));
  }
  const fullNames = indexFullNames(accepted.values());
  const partials = new Map<string, PartialName>();
  const partialGroups = new Map<string, PartialGroup>();
  for (const info of [...accepted.values(), ...weak]) {
    const isWeak = !accepted.has(info.stats.key);
    // Known entities have their own spellings: "Moskou" is no surname of "Elon Musk".
    if (info.stats.knownId !== undefined || (!isWeak && (info.stats.acronym || (groupWords.get(groups.find(info.stats.key)) ?? 0) > info.words.length))) continue;
    const surnames = surnamesOf(info, fullNames);
    if (isWeak) partials.set(info.stats.key, { info, surnames: tiedSurnamesOf(info, fullNames, surnames), givenNames: undefined, surnameTies: 0 });
    else addToPartialGroup(partialGroups, groups, info, surnames);
    yield;
  }
  for (const [root, group] of longestFirst(partialGroups)) {
    const claimedBy = onlyClaim(group, groups);
    if (claimedBy !== undefined) join(claimedBy, root);
    else for (const { info, surnames } of group.members) partials.set(info.stats.key, { info, surnames: tiedSurnamesOf(info, fullNames, surnames), givenNames: undefined, surnameTies: 0 });
  }
  joinLinksOfWeakSurnames(aliasLinks, accepted, partials, groups, join);
  const perArticle = new Map<string, Map<string, Override>>();
  // A step per ARTICLES_PER_STEP articles: a common surname is in most of them.
  function* tieInArticles(info: FormInfo, fullNames: FormInfo[], bySurname: boolean): Steps<number> {
    let ties = 0;
    let seen = 0;
    for (const path of info.stats.articles.keys()) {
      if (++seen % ARTICLES_PER_STEP === 0) yield;
      const root = tieIn(path, prepared.get(path)!.keys, fullNames, groups);
      if (root === undefined) continue;
      let overrides = perArticle.get(path);
      if (!overrides) perArticle.set(path, (overrides = new Map()));
      overrides.set(info.stats.key, { root, bySurname });
      ties++;
    }
    return ties;
  }
  for (const partial of partials.values()) {
    yield;
    const { info, surnames } = partial;
    partial.surnameTies = yield* tieInArticles(info, surnames, true);
    if (partial.surnameTies > 0) continue;
    partial.givenNames = givenNamesOf(info, fullNames);
    yield* tieInArticles(info, partial.givenNames, false);
  }
  return { fullNames, partials, perArticle };
}

/**
 * "Al-Sharaa, beter bekend als Abu Mohammed al-Jolani": a link one side of which is a word at a
 * sentence start, no name by itself, that is the surname of full names of one group only, joins
 * the other side to that group (joinAliasLinks joins names only).
 */
function joinLinksOfWeakSurnames(aliasLinks: Map<string, Map<string, number>>, accepted: Map<string, FormInfo>, partials: Map<string, PartialName>, groups: Groups, join: Join): void {
  if (aliasLinks.size === 0) return;
  const keysByFolded = acceptedKeysByFolded(accepted);
  const claimOf = (folded: string): string | undefined => {
    const partial = partials.get(`|${folded}`);
    return partial && !accepted.has(partial.info.stats.key) ? onlyGroupOf(partial.surnames, groups) : undefined;
  };
  forEachAliasLink(aliasLinks, (alias, name) => {
    for (const [weak, other] of [[alias, name], [name, alias]]) {
      const root = claimOf(weak);
      if (root !== undefined) for (const key of keysByFolded.get(other) ?? []) join(root, key);
    }
  });
}

/**
 * The group of the full names that occur in the article (whose mentions have `articleKeys`) that a
 * partial name there stands for: the only one, or where several do, the one the article names
 * first: news introduces the person it is about first and writes the other in full ("Sara
 * Duterte" beside her father). The shorter list is walked: thousands of full names may share a surname.
 */
export function tieIn(path: string, articleKeys: readonly string[], fullNames: readonly FormInfo[], groups: Groups): string | undefined {
  let found: string | undefined;
  const occurs = (key: string): boolean => {
    const root = groups.find(key);
    if (found === undefined) found = root;
    return found === root;
  };
  if (fullNames.length <= articleKeys.length) {
    for (const full of fullNames) if (full.stats.articles.has(path) && !occurs(full.stats.key)) return firstNamed(articleKeys, fullNames, groups);
  } else {
    const keys = keysOf(fullNames);
    for (const key of articleKeys) if (keys.has(key) && !occurs(key)) return firstNamed(articleKeys, fullNames, groups);
  }
  return found;
}

/** The group of the full name the article names first, of those it names. */
function firstNamed(articleKeys: readonly string[], fullNames: readonly FormInfo[], groups: Groups): string {
  let first = Infinity;
  if (fullNames.length <= articleKeys.length) {
    const positions = firstPositions(articleKeys);
    for (const full of fullNames) first = Math.min(first, positions.get(full.stats.key) ?? Infinity);
  } else {
    const keys = keysOf(fullNames);
    first = articleKeys.findIndex((key) => keys.has(key));
  }
  return groups.find(articleKeys[first]);
}

/** Each form key's first mention in an article, made for the few articles that name two people alike. */
function firstPositions(articleKeys: readonly string[]): Map<string, number> {
  let positions = positionMaps.get(articleKeys);
  if (!positions) {
    positions = new Map();
    for (let i = articleKeys.length - 1; i >= 0; i--) positions.set(articleKeys[i], i);
    positionMaps.set(articleKeys, positions);
  }
  return positions;
}

const positionMaps = new WeakMap<readonly string[], Map<string, number>>();

/** The form keys of a list of full names a partial name keeps (such lists are never changed). */
function keysOf(names: readonly FormInfo[]): Set<string> {
  let keys = keySets.get(names);
  if (!keys) keySets.set(names, (keys = new Set(names.map((name) => name.stats.key))));
  return keys;
}

const keySets = new WeakMap<readonly FormInfo[], Set<string>>();
