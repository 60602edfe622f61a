// Names that appear or disappear in the incremental path: whether one stands apart from every older
// form, and how new ones join the clustering as cluster() would join them.

import type { Clustering } from './clustering';
import { formFlags, type FormInfo, type FormStats } from './forms';
import { compareStrings } from '../sortedSearch';
import type { FormIndex } from './formIndex';
import { joinGroup } from './mentions';
import { addFullName, isFullName, isInitialedNameOf, isPossessiveOf, MAX_PAIRWISE, shareSpellingBlock, spellingBlocks, surnameSkeletons, surnamesOf, tiedSurnamesOf } from './nameBlocks';
import { endsWithName, nameSkeleton, sameName } from './nameSimilarity';
import { nameInitials, slugify } from './nameWords';
import { addToPartialGroup, claimsCorpusWide, longestFirst, onlyClaim, type PartialGroup, type PartialName } from './partialNames';

/**
 * Adds discovered names that stand apart from every older form but their spellings, as cluster()
 * would: spellings of one another join (joinSpellingVariants), and with them at most one older group;
 * a partial name joins the one group its surname names or is tied per article (tiePartialNames). New groups come
 * last, in the order of their first form, as in a full resolve. False when two older groups would
 * join: then the clustering is redone.
 */
export function addNames(clustering: Clustering, names: FormInfo[], sameSpellings: [FormInfo, FormStats][], olderSurnames: Set<FormInfo>, newPartials: Set<PartialName>): boolean {
  const { groups, accepted } = clustering;
  names.sort((a, b) => compareStrings(a.stats.key, b.stats.key));
  for (const info of names) {
    const key = info.stats.key;
    accepted.set(key, info);
    clustering.names.add(key);
    clustering.flags.set(key, formFlags(info.stats));
    clustering.discoveredByFolded.set(info.stats.folded, info);
    addFullName(clustering.fullNames, info);
    groups.add(key);
  }
  const newKeys = new Set(names.map((info) => info.stats.key));
  // Older forms among the spellings are names (see spelledAlike); new ones may be no names.
  const isOlder = (key: string) => !newKeys.has(key) && accepted.has(key);
  for (const [info, other] of sameSpellings) if (newKeys.has(other.key) && accepted.has(other.key)) groups.union(info.stats.key, other.key);
  // An older group keeps its root: its mentions, ties and place in the order are filed under it.
  const olderRoots = new Map<string, string>();
  for (const [info, other] of sameSpellings) {
    if (!isOlder(other.key)) continue;
    const root = groups.find(info.stats.key);
    const older = groups.find(other.key);
    if ((olderRoots.get(root) ?? older) !== older) return false;
    olderRoots.set(root, older);
  }
  for (const [root, older] of olderRoots) groups.union(older, root);
  const groupWords = new Map<string, number>();
  for (const info of names) {
    const root = groups.find(info.stats.key);
    groupWords.set(root, Math.max(groupWords.get(root) ?? 0, info.words.length));
  }
  // Older forms come first in tiePartialNames: a surname that stood alone joins the one new group it now
  // names, and keeps its root and its place in the order.
  for (const info of olderSurnames) {
    const surnames = surnamesOf(info, clustering.fullNames);
    const roots = new Set(surnames.map((full) => groups.find(full.stats.key)));
    const root = [...roots][0];
    if (roots.size !== 1 || !surnames.every(claimsCorpusWide) || clustering.groupsByRoot.has(root)) return false;
    groups.union(info.stats.key, root);
    groupWords.set(info.stats.key, Math.max(groupWords.get(root) ?? 0, info.words.length));
    clustering.partials.delete(info.stats.key);
  }
  // As in cluster(), a group's word count is the one before partial names join (they are shorter).
  const wordsOf = (root: string) => Math.max(groupWords.get(root) ?? 0, ...(clustering.groupsByRoot.get(root)?.forms.map((form) => form.words.length) ?? []));
  const partialGroups = new Map<string, PartialGroup>();
  for (const info of names) {
    const own = groups.find(info.stats.key);
    const surnames = surnamesOf(info, clustering.fullNames);
    if (wordsOf(own) <= info.words.length) addToPartialGroup(partialGroups, groups, info, surnames);
    // A new spelling of an older group a full name claimed, that is also the surname of another:
    // the older group is no longer claimed by one full name alone.
    else if (clustering.groupsByRoot.has(own) && surnames.some((full) => groups.find(full.stats.key) !== own)) return false;
  }
  for (const [own, group] of longestFirst(partialGroups)) {
    const claimedBy = onlyClaim(group, groups);
    // An older group's other partial names did not name this full name: it is redone whole.
    if (claimedBy !== undefined && claimedBy !== own && clustering.groupsByRoot.has(own)) return false;
    if (claimedBy !== undefined) groups.union(claimedBy, own);
    else {
      for (const { info, surnames } of group.members) {
        const partial: PartialName = { info, surnames: tiedSurnamesOf(info, clustering.fullNames, surnames), givenNames: undefined, surnameTies: 0 };
        clustering.partials.set(info.stats.key, partial);
        newPartials.add(partial);
      }
    }
  }
  for (const info of names) joinGroup(clustering, info);
  return true;
}

/**
 * Whether a discovered name that appears or disappears leaves every form but the new ones (`isNew`)
 * as it was grouped: it is no longer name of an older partial name (tiePartialNames), has no possessive or
 * sentence-start form, and takes part in no alias link and no merge or split of the user. Forms
 * and known people's spellings it shares a spelling with (joinSpellingVariants) go to `sameSpelling`, which says
 * whether that is allowed; so do older shorter names it is the full name of (`olderSurname`). Its
 * own ties to older full names are found as a new form's are.
 */
export function standsApart(index: FormIndex, clustering: Clustering, info: FormInfo, isNew: (stats: FormStats) => boolean, sameSpelling: (other: FormStats) => boolean, olderSurname: (other: FormStats) => boolean): boolean {
  const { stats, words } = info;
  const folded = stats.folded;
  if (stats.knownId !== undefined || stats.acronym || clustering.linked.has(folded)) return false;
  if (clustering.userNamed.has(folded) || clustering.userNamed.has(slugify(folded))) return false;
  // "Haftars" and "De Boo's" are possessives of "Haftar" and "De Boo" (acceptNames), and either may be the base of a weak form.
  if (index.forms.has(`|${folded}s`) || index.forms.has(`|${folded}'s`) || index.forms.has(`|${folded}’s`)) return false;
  if (folded.endsWith('s') && index.forms.has(`|${folded.replace(/['’]?s$/, '')}`)) return false;
  const knownSpellings = [...new Set(spellingBlocks(words).flatMap((block) => clustering.knownSpellingBlocks.get(block) ?? []))];
  for (const known of knownSpellings) if (sameName(words, known.words) && !sameSpelling(known.stats)) return false;
  const n = words.length;
  const full = isFullName(info);
  const skeletons = new Set([...surnameSkeletons(words), nameSkeleton(folded)]);
  // Forms sharing a skeleton with this one, the form itself counted in: where they are more than
  // a full resolve compares pair by pair (a block, a list of full names), or were before a removal,
  // only a full resolve groups them as it would.
  const bounded = (forms: Set<FormStats> | undefined) => (forms?.size ?? 0) + 1 + knownSpellings.length <= MAX_PAIRWISE;
  if (![...skeletons].every((skeleton) => bounded(index.formsByWord.get(`l:${skeleton}`))) || !bounded(index.formsByWord.get(`f:${nameSkeleton(words[0])}`))) return false;
  for (const skeleton of skeletons) {
    for (const other of index.formsByWord.get(`l:${skeleton}`) ?? []) {
      if (other === stats) continue;
      const m = other.words.length;
      // A single word at a sentence start ("Al-Haftar") may be a weak form of this name.
      const base = m === 1 && other.words[0] === folded;
      // Known people's forms are met through their spellings above; other known forms take no spelling variants.
      const spelling = other.knownId === undefined && !other.acronym && shareSpellingBlock(other.words, words) && sameName(words, other.words);
      const surname = full && ((m < n && (endsWithName(words, other.words) || isPossessiveOf(words, other.words))) || isInitialedNameOf(words, other.words));
      if (!base && !spelling && !surname) continue;
      if (base && !isNew(other)) return false;
      if (surname && !isNew(other) && !olderSurname(other)) return false;
      if (spelling && !sameSpelling(other)) return false;
    }
  }
  if (full) {
    // A rare acronym of its initials, no name itself, may be tied to it (see surnamesOf).
    const initials = nameInitials(folded);
    const acronym = initials === undefined ? undefined : index.forms.get(`|${initials}`);
    if (acronym?.acronym && !clustering.names.has(acronym.key) && !isNew(acronym)) return false;
    for (const other of index.formsByWord.get(`f:${nameSkeleton(words[0])}`) ?? []) {
      if (other !== stats && other.words.length < n && sameName(words.slice(0, other.words.length), other.words) && !isNew(other)) return false;
    }
  }
  return true;
}
