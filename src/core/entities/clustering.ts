// Clustering: the forms grouped into entities by named steps, with what the incremental path
// (updateClustering) needs to keep the grouping up to date.

import { foldText } from '../text';
import { acceptNames } from './acceptNames';
import type { Choices } from './choices';
import { formFlags, type FormInfo } from './forms';
import type { FormIndex } from './formIndex';
import type { EntityGroup } from './entityGroup';
import type { Groups } from './groups';
import { applyUserMerges, groupKnownEntities, groupsOfNames, joinAliasLinks, joinSpellingVariants } from './joinGroups';
import { collectMentions, type FormTarget } from './mentions';
import type { FullNames } from './nameBlocks';
import { normalizeSpaces } from './nameWords';
import { tiePartialNames, type Override, type PartialName } from './partialNames';
import type { Steps } from '../steps';

/** The grouping of forms into entities; kept up to date by updateClustering while that can be done exactly. */
export interface Clustering {
  linkVersion: number;
  ignored: Set<string>;
  /** form key -> acceptance flags (see formFlags) when the clustering was made */
  flags: Map<string, number>;
  /** forms that are names by their own evidence (before possessives are taken out) */
  names: Set<string>;
  /** folded spellings alias links join (both sides) */
  linked: Set<string>;
  /** folded names and ids in the user's merges and splits */
  userNamed: Set<string>;
  /** known people's spellings by block (word count and skeleton of the last word), as joinSpellingVariants makes them */
  knownSpellingBlocks: Map<string, FormInfo[]>;
  accepted: Map<string, FormInfo>;
  discoveredByFolded: Map<string, FormInfo>;
  fullNames: FullNames<FormInfo>;
  groups: Groups;
  redirect: Map<string, string>;
  rootKnown: Map<string, string>;
  partials: Map<string, PartialName>;
  /** per article: form key -> group root, where a partial name resolves differently per article */
  perArticle: Map<string, Map<string, Override>>;
  /** form key -> where its mentions go unless a per-article tie says otherwise */
  targets: Map<string, FormTarget>;
  /** group roots in the order their entities are built: ids are given in this order */
  rootOrder: string[];
  groupsByRoot: Map<string, EntityGroup>;
  /** per article: the root of each of its mentions */
  mentionRoots: Map<string, (string | undefined)[]>;
}

/**
 * Groups the forms into entities and collects every article's mentions and roles, in steps: between
 * the named steps, and per partial name and per article within the longest (tying partial names,
 * collecting the mentions). The index must not change meanwhile.
 */
export function* cluster(index: FormIndex, choices: Choices): Steps<Clustering> {
  const user = choices.user;
  const ignored = new Set((user?.ignore ?? []).map((name) => normalizeSpaces(foldText(name))));
  const { accepted, names, discoveredByFolded, redirect, weak } = acceptNames(index, ignored);
  yield;
  const groups = groupsOfNames(accepted, user);
  const { knownAnchor, rootKnown, join } = groupKnownEntities(accepted, groups);
  yield;
  const knownSpellingBlocks = yield* joinSpellingVariants(index, choices.known, accepted, knownAnchor, join);
  joinAliasLinks(index.aliasLinks, accepted, join);
  applyUserMerges(user?.merges ?? [], accepted, knownAnchor, join);
  yield;
  const { fullNames, partials, perArticle } = yield* tiePartialNames(accepted, weak, groups, join, index.prepared, index.aliasLinks);
  yield;

  const flags = new Map<string, number>();
  for (const stats of index.forms.values()) flags.set(stats.key, formFlags(stats));
  const linked = new Set<string>();
  for (const [alias, names] of index.aliasLinks) {
    linked.add(alias);
    for (const name of names.keys()) linked.add(name);
  }
  const userNamed = new Set<string>();
  for (const name of [...(user?.merges ?? []), ...(user?.splits ?? [])].flat()) userNamed.add(name).add(normalizeSpaces(foldText(name)));
  const clustering: Clustering = {
    linkVersion: index.linkVersion, ignored, flags, names, linked, userNamed, knownSpellingBlocks, accepted, discoveredByFolded, fullNames, groups, redirect, rootKnown, partials, perArticle,
    targets: new Map(), rootOrder: [], groupsByRoot: new Map(), mentionRoots: new Map(),
  };
  yield;
  yield* collectMentions(clustering, index.prepared);
  return clustering;
}
