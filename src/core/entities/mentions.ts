// Collecting mentions: every group filed as an entity group in a stable order, and each article's
// mentions and roles added to the groups they belong to (a partial name's per article).

import { partitionPoint } from '../sortedSearch';
import type { Steps } from '../steps';
import type { Clustering } from './clustering';
import { byPathAndStart, EntityGroup } from './entityGroup';
import type { FormInfo, PreparedArticle } from './forms';

/** Files every name under its group and adds every article's mentions and roles, in steps (see src/core/steps.ts), one article each. */
export function* collectMentions(clustering: Clustering, prepared: Map<string, PreparedArticle>): Steps {
  for (const info of clustering.accepted.values()) joinGroup(clustering, info);
  // Articles in path order, mentions in text order: each entity's mentions come out sorted.
  const roleKeys = new Map<EntityGroup, Set<string>>();
  for (const path of [...prepared.keys()].sort()) {
    addArticle(clustering, path, prepared.get(path)!, (root) => clustering.groupsByRoot.get(root)!, roleKeys);
    yield;
  }
  for (const group of clustering.groupsByRoot.values()) group.roles.sort(byPathAndStart);
}

/**
 * Files a name under the group of its root, its forms in key order, the groups in the order of
 * their first form's key: the order (and so the ids) is the same whatever order articles came in.
 */
export function joinGroup(clustering: Clustering, info: FormInfo): void {
  const root = clustering.groups.find(info.stats.key);
  const key = info.stats.key;
  let group = clustering.groupsByRoot.get(root);
  if (!group) clustering.groupsByRoot.set(root, (group = new EntityGroup()));
  else if (group.forms[0].stats.key < key) {
    group.forms.splice(sortedIndex(group.forms, key), 0, info);
    return;
  } else clustering.rootOrder.splice(clustering.rootOrder.indexOf(root), 1);
  group.forms.unshift(info);
  const { rootOrder, groupsByRoot } = clustering;
  const at = rootOrder.length === 0 || firstKey(groupsByRoot, rootOrder[rootOrder.length - 1]) < key ? rootOrder.length : partitionPoint(rootOrder.length, (i) => firstKey(groupsByRoot, rootOrder[i]) < key);
  rootOrder.splice(at, 0, root);
}

function firstKey(groupsByRoot: Map<string, EntityGroup>, root: string): string {
  return groupsByRoot.get(root)!.forms[0].stats.key;
}

function sortedIndex(forms: readonly FormInfo[], key: string): number {
  return forms[forms.length - 1].stats.key < key ? forms.length : partitionPoint(forms.length, (i) => forms[i].stats.key < key);
}

/**
 * Adds one article's mentions and roles to the groups `groupFor` gives; a role repeated in the
 * article is kept once. Articles must come in path order.
 */
export function addArticle(clustering: Clustering, path: string, prepared: PreparedArticle, groupFor: (root: string) => EntityGroup, roleKeys = new Map<EntityGroup, Set<string>>()): void {
  const overrides = clustering.perArticle.get(path);
  const { keys, mentions, spellings } = prepared;
  const roots = new Array<string | undefined>(keys.length);
  let lastRoot: string | undefined;
  let lastGroup: EntityGroup | undefined;
  for (let i = 0; i < keys.length; i++) {
    const target = targetOf(clustering, keys[i]);
    const root = (overrides && overrides.get(clustering.redirect.get(keys[i]) ?? keys[i])?.root) ?? target.root;
    roots[i] = root;
    if (root === undefined) continue;
    if (root !== lastRoot) {
      lastRoot = root;
      lastGroup = groupFor(root);
    }
    lastGroup!.addMention(mentions[i], target.spelled ? spellings[i] : undefined);
  }
  clustering.mentionRoots.set(path, roots);
  for (const { mention, role, key } of prepared.roles) {
    const root = roots[mention];
    if (root === undefined) continue;
    const group = groupFor(root);
    let keys = roleKeys.get(group);
    if (!keys) roleKeys.set(group, (keys = new Set()));
    if (!keys.has(key)) {
      keys.add(key);
      group.roles.push(role);
    }
  }
}

export interface FormTarget {
  /** the group its mentions belong to; undefined when the form is no name */
  root: string | undefined;
  /** false for a possessive ("Haftars"): a mention, but no spelling of the name */
  spelled: boolean;
}

function targetOf(clustering: Clustering, key: string): FormTarget {
  let target = clustering.targets.get(key);
  if (!target) {
    const name = clustering.redirect.get(key) ?? key;
    target = { root: clustering.accepted.has(name) ? clustering.groups.find(name) : undefined, spelled: !clustering.redirect.has(key) };
    clustering.targets.set(key, target);
  }
  return target;
}
