// Which forms are names: known spellings, and discovered ones with evidence beyond a sentence-initial
// capital. The others are a possessive or "De X" of a name, a partial name to tie per article, or nothing.

import { acronymIsName, type FormInfo, type FormStats } from './forms';
import { isListedDutchWord } from '../dutchWords';
import { compareStrings } from '../sortedSearch';
import type { FormIndex } from './formIndex';

export interface AcceptedNames {
  /** the names by key, in key order, possessives taken out */
  accepted: Map<string, FormInfo>;
  /** forms that are names by their own evidence (before possessives are taken out) */
  names: Set<string>;
  discoveredByFolded: Map<string, FormInfo>;
  /** form key -> key of the name its mentions count for ("Haftars" -> "Haftar") */
  redirect: Map<string, string>;
  /** partial names that are no names by their own evidence, tied per article (see tiePartialNames) */
  weak: FormInfo[];
}

export function acceptNames(index: FormIndex, ignored: Set<string>): AcceptedNames {
  const accepted = new Map<string, FormInfo>();
  const names = new Set<string>();
  const discoveredByFolded = new Map<string, FormInfo>();
  const redirectTo = new Map<string, string>();
  // Forms in key order, not in the order articles arrived: workers answer in any order, and every
  // tie later on (which group a spelling shared by two claims, which id a slug gets) must come out the same.
  const acceptedInfos: FormInfo[] = [];
  for (const stats of index.forms.values()) {
    const info = nameInfo(index, stats, ignored);
    if (info) acceptedInfos.push(info);
  }
  acceptedInfos.sort((a, b) => compareStrings(a.stats.key, b.stats.key));
  for (const info of acceptedInfos) {
    const { stats } = info;
    accepted.set(stats.key, info);
    names.add(stats.key);
    if (stats.knownId === undefined) discoveredByFolded.set(stats.folded, info);
  }
  // "Haftars" is the possessive of "Haftar", "De Boo's" of "De Boo", when both occur: a mention of
  // the name, no spelling of its own.
  const redirect = new Map<string, string>();
  for (const info of [...accepted.values()]) {
    const { stats } = info;
    const base = possessiveBase(stats, info.words.length);
    if (base === undefined) continue;
    const baseKey = stats.knownId === undefined ? discoveredByFolded.get(base)?.stats.key : `${stats.knownId}|${base}`;
    if (baseKey === undefined || !accepted.has(baseKey)) continue;
    redirectTo.set(stats.key, baseKey);
    accepted.delete(stats.key);
    if (stats.knownId === undefined) discoveredByFolded.delete(stats.folded);
  }
  for (const [key, baseKey] of redirectTo) if (accepted.has(baseKey)) redirect.set(key, baseKey);
  const weak: FormInfo[] = [];
  for (const stats of index.forms.values()) {
    if (names.has(stats.key)) continue;
    const role = unacceptedRole(stats, ignored, discoveredByFolded);
    if (role.base) redirect.set(stats.key, role.base.stats.key);
    else if (role.weak) weak.push(role.weak);
  }
  weak.sort((a, b) => compareStrings(a.stats.key, b.stats.key));
  return { accepted, names, discoveredByFolded, redirect, weak };
}

function hasTypeEvidence(stats: FormStats): boolean {
  return stats.roles + stats.cues.person + stats.cues.organization + stats.cues.place > 0;
}

/** The folded name a possessive form is of: "lula's" -> "lula", "haftars" -> "haftar" (one word, no acronym); else undefined. */
function possessiveBase(stats: FormStats, words: number): string | undefined {
  const folded = stats.folded;
  if (/['’]s$/.test(folded)) return folded.slice(0, -2);
  return stats.knownId === undefined && !stats.acronym && words === 1 && folded.endsWith('s') ? folded.slice(0, -1) : undefined;
}

/** The form as a name, if it is one by its own evidence: a known spelling, or more than a sentence-initial capital. */
export function nameInfo(index: FormIndex, stats: FormStats, ignored: Set<string>): FormInfo | undefined {
  if (ignored.has(stats.folded) || (stats.knownId !== undefined && ignored.has(stats.knownId))) return undefined;
  if (stats.knownId === undefined) {
    // A single capitalised word at a sentence start proves nothing; two or more ("Geert Wilders zei") do.
    if (stats.strong === 0 && stats.words.length < 2) return undefined;
    if (stats.acronym && !acronymIsName(stats) && !index.aliasLinks.has(stats.folded)) return undefined;
    // A dictionary word capitalised with nothing in the corpus saying what it names ("de Ring", a
    // "Patriot" battery) is a word used as a proper noun, not an actor.
    if (!stats.acronym && stats.words.length === 1 && !hasTypeEvidence(stats) && isListedDutchWord(stats.folded)) return undefined;
  }
  return stats.words.length === 0 ? undefined : { stats, words: stats.words };
}

/**
 * What a form that is no name by its own evidence is: an initial-only possessive or "De X" of a
 * discovered name ("Haftars troepen", "De Beschermingsmacht": `base`), a single word or rare
 * acronym that may be a partial name (`weak`), or nothing.
 */
export function unacceptedRole(stats: FormStats, ignored: Set<string>, discoveredByFolded: Map<string, FormInfo>): { base?: FormInfo; weak?: FormInfo } {
  if (stats.knownId !== undefined) return {};
  const words = stats.words;
  if (stats.strong === 0) {
    const folded = stats.folded;
    const possessive = possessiveBase(stats, words.length);
    const base = (possessive === undefined ? undefined : discoveredByFolded.get(possessive)) ?? discoveredByFolded.get(words.length === 1 && words[0] !== folded ? words[0] : folded);
    if (base) return { base };
  }
  if (ignored.has(stats.folded)) return {};
  // A rare acronym may be the initials of a person the article names in full (see surnamesOf).
  return words.length === 1 ? { weak: { stats, words } } : {};
}
