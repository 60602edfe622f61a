// Partial names: a surname ("Haftar", "De Wever", "López") or a given name ("Frenkie") alone, tied
// to the one full name it names in the corpus, or else to the full name in the same article.

import type { Steps } from '../steps';
import type { FormInfo, PreparedArticle } from './forms';
import type { Groups } from './groups';
import { givenNamesOf, indexFullNames, surnamesOf, type FullNames } from './nameBlocks';

/**
 * The partial names of one group, with the groups of the full names they are the surname of. The
 * group joins a full name only when all of them name the same one: "Rarawen" and its spelling
 * "Rawenü" do not take Hendrik Rarawen and Khaled Rawenü into one entity, whichever comes first.
 */
export interface PartialGroup {
  members: { info: FormInfo; surnames: FormInfo[] }[];
  claims: Set<string>;
}

export function addToPartialGroup(partialGroups: Map<string, PartialGroup>, groups: Groups, info: FormInfo, surnames: FormInfo[]): void {
  const root = groups.find(info.stats.key);
  let group = partialGroups.get(root);
  if (!group) partialGroups.set(root, (group = { members: [], claims: new Set() }));
  group.members.push({ info, surnames });
  for (const full of surnames) group.claims.add(groups.find(full.stats.key));
}

/** The one group of full names a group of partial names names, if there is one. */
export function onlyClaim(group: PartialGroup): string | undefined {
  return group.claims.size === 1 ? group.claims.values().next().value : undefined;
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

/**
 * Ties partial names: a surname or a given name goes with the full name in the same article; a
 * surname also with the only full name in the corpus that has it. Ambiguous ones stay on their own.
 * A capitalised word at a sentence start (`weak`) that is the surname of a full name in its article
 * is a name too ("Al-Sharaa, beter bekend ..."). The joins come first: a partial name is tied per
 * article to the groups as they end up. In steps (see src/core/steps.ts), one name each.
 */
export function* tiePartialNames(
  accepted: Map<string, FormInfo>, weak: readonly FormInfo[], groups: Groups, join: (a: string, b: string) => void, prepared: Map<string, PreparedArticle>,
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
    if (info.stats.knownId !== undefined || info.stats.acronym || (!isWeak && (groupWords.get(groups.find(info.stats.key)) ?? 0) > info.words.length)) continue;
    const surnames = surnamesOf(info, fullNames);
    if (isWeak) partials.set(info.stats.key, { info, surnames, givenNames: undefined, surnameTies: 0 });
    else addToPartialGroup(partialGroups, groups, info, surnames);
    yield;
  }
  for (const [root, group] of partialGroups) {
    const claimedBy = onlyClaim(group);
    if (claimedBy !== undefined) join(claimedBy, root);
    else for (const { info, surnames } of group.members) partials.set(info.stats.key, { info, surnames, givenNames: undefined, surnameTies: 0 });
  }
  const perArticle = new Map<string, Map<string, Override>>();
  const tieInArticles = (info: FormInfo, fullNames: FormInfo[], bySurname: boolean): number => {
    let ties = 0;
    for (const path of info.stats.articles.keys()) {
      const root = tieIn(path, prepared.get(path)!.keys, fullNames, groups);
      if (root === undefined) continue;
      let overrides = perArticle.get(path);
      if (!overrides) perArticle.set(path, (overrides = new Map()));
      overrides.set(info.stats.key, { root, bySurname });
      ties++;
    }
    return ties;
  };
  for (const partial of partials.values()) {
    yield;
    const { info, surnames } = partial;
    partial.surnameTies = tieInArticles(info, surnames, true);
    if (partial.surnameTies > 0) continue;
    partial.givenNames = givenNamesOf(info, fullNames);
    tieInArticles(info, partial.givenNames, false);
  }
  return { fullNames, partials, perArticle };
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
