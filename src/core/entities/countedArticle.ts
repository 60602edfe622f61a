// What the form index keeps of an article to count it out again when it changes or goes: of each
// mention only what its counts came from, in objects shared by every mention alike. The article's
// candidates themselves (about 90 bytes a mention, more than anything else an article keeps) are
// then held by nothing once the resolver has counted them.

import type { AliasLink, ArticleCandidates, CandidateMention, TypeCues } from '../entityCandidates';

/** What counting a mention in or out reads of it. */
export type CountedMention = Readonly<Pick<CandidateMention, 'knownId' | 'initial' | 'acronym' | 'cues'>>;

export interface CountedArticle {
  path: string;
  mentions: readonly CountedMention[];
  /** the mention each role belongs to */
  roles: readonly { readonly mention: number }[];
  aliasLinks: readonly AliasLink[];
}

/**
 * The shared mentions, by cues (shared objects themselves, see sharedCues), known id and flags: a
 * few thousand at most. Past a bound the memory starts afresh, so cues that were not shared cannot grow it without end.
 */
const mentionsByCues = new Map<TypeCues, Map<string | undefined, CountedMention[]>>();
let sharedCount = 0;
const MAX_SHARED = 50_000;

function sharedMention(mention: CandidateMention): CountedMention {
  const { knownId, initial, acronym, cues } = mention;
  let byKnownId = mentionsByCues.get(cues);
  if (!byKnownId) mentionsByCues.set(cues, (byKnownId = new Map()));
  let byFlags = byKnownId.get(knownId);
  if (!byFlags) byKnownId.set(knownId, (byFlags = []));
  const flags = (initial ? 1 : 0) | (acronym ? 2 : 0);
  let shared = byFlags[flags];
  if (!shared) {
    if (++sharedCount > MAX_SHARED) {
      mentionsByCues.clear();
      sharedCount = 0;
    }
    shared = byFlags[flags] = Object.freeze({ knownId, initial, acronym, cues });
  }
  return shared;
}

/** The same roles' mention numbers, one frozen object per number. */
const roleOfMention: { readonly mention: number }[] = [];

function sharedRole(mention: number): { readonly mention: number } {
  return (roleOfMention[mention] ??= Object.freeze({ mention }));
}

export function countedArticle(candidates: ArticleCandidates): CountedArticle {
  return {
    path: candidates.path,
    mentions: candidates.mentions.map(sharedMention),
    roles: candidates.roles.map((role) => sharedRole(role.mention)),
    aliasLinks: candidates.aliasLinks,
  };
}
