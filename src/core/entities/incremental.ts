// The incremental path: after changes that bring or remove no name, or only names that stand apart,
// and change no form's evidence of being one, the clustering is brought up to date in place and only
// the entity groups the changed articles touch change; otherwise cluster() groups the forms anew.
// Both give the same entities.

import { nameInfo, unacceptedRole } from './acceptNames';
import type { Clustering } from './clustering';
import { EntityGroup } from './entityGroup';
import { bump, formFlags, type FormInfo, type FormStats } from './forms';
import type { FormIndex } from './formIndex';
import { addArticle } from './mentions';
import { givenNamesOf, removeFullName, tiedSurnamesOf } from './nameBlocks';
import { addNames, standsApart } from './newNames';
import { tieIn, type Override, type PartialName } from './partialNames';

/** Brings the clustering up to date with the changed articles; false when it must be redone. */
export function updateClustering(index: FormIndex, clustering: Clustering): boolean {
  if (clustering.linkVersion !== index.linkVersion) return false;
  // Forms that appeared or disappeared that are no names by their own evidence (sentence-initial
  // words, possessives, rare acronyms) join no group. Names that appeared must stand apart from
  // every older form (see standsApart); names that disappeared must take their whole group with
  // them and stand apart from every form left.
  const created: FormStats[] = [];
  const removed: string[] = [];
  const newNames: FormInfo[] = [];
  const removedNames: FormInfo[] = [];
  for (const key of index.formsCreatedOrRemoved) {
    const stats = index.forms.get(key);
    const existed = clustering.flags.has(key);
    if (stats?.knownId !== undefined) return false;
    const info = stats && nameInfo(index, stats, clustering.ignored);
    if (existed && (clustering.names.has(key) || info)) {
      const old = clustering.accepted.get(key);
      if (stats || !old) return false;
      removedNames.push(old);
    } else if (info) newNames.push(info);
    else if (stats) created.push(stats);
    if (existed) removed.push(key);
  }
  const isNew = (stats: FormStats) => index.forms.get(stats.key) === stats && !clustering.flags.has(stats.key);
  const sameSpellings: [FormInfo, FormStats][] = [];
  // A new spelling of an older name joins its group, as joinSpellingVariants does, unless that is no name itself.
  const spelledAlike = (info: FormInfo) => (other: FormStats) => (isNew(other) || clustering.accepted.has(other.key)) && sameSpellings.push([info, other]) > 0;
  // An older surname that stood alone, untied, is one a new full name may give its group (see tiePartialNames).
  const olderSurnames = new Set<FormInfo>();
  const surnameAlone = (other: FormStats) => {
    const info = clustering.accepted.get(other.key);
    const partial = clustering.partials.get(other.key);
    if (!info || info.words.length !== 1 || !partial || partial.surnames.length > 0 || (partial.givenNames?.length ?? 0) > 0) return false;
    if (clustering.groupsByRoot.get(clustering.groups.find(other.key))?.forms.length !== 1) return false;
    olderSurnames.add(info);
    return true;
  };
  for (const info of newNames) if (!standsApart(index, clustering, info, isNew, spelledAlike(info), surnameAlone)) return false;
  for (const info of removedNames) if (!standsApart(index, clustering, info, () => false, () => false, () => false)) return false;
  const removedKeys = new Set(removedNames.map((info) => info.stats.key));
  const removedRoots = new Set(removedNames.map((info) => clustering.groups.find(info.stats.key)));
  for (const root of removedRoots) if (!clustering.groupsByRoot.get(root)!.forms.every((form) => removedKeys.has(form.stats.key))) return false;
  for (const [path, before] of index.changed) {
    for (const prepared of [before, index.prepared.get(path)]) {
      for (const key of prepared?.keys ?? []) {
        if (!index.formsCreatedOrRemoved.has(key) && clustering.flags.get(key) !== formFlags(index.forms.get(key)!)) return false;
      }
    }
  }

  // The changed articles' mentions leave their old entities (a group's type follows its forms' counts).
  const touched = new Set<EntityGroup>();
  const touch = (root: string): EntityGroup => {
    const group = clustering.groupsByRoot.get(root)!;
    touched.add(group);
    return group;
  };
  // Collected first and taken out per group in one pass (see EntityGroup.removeArticles).
  const leaving = new Map<EntityGroup, Set<string>>();
  for (const [path, before] of index.changed) {
    const roots = clustering.mentionRoots.get(path);
    clustering.mentionRoots.delete(path);
    if (!before || !roots) continue;
    for (const root of new Set(roots)) {
      if (root === undefined) continue;
      const group = touch(root);
      let paths = leaving.get(group);
      if (!paths) leaving.set(group, (paths = new Set()));
      paths.add(path);
    }
    roots.forEach((root, i) => {
      const spelling = clustering.redirect.has(before.keys[i]) ? undefined : before.spellings[i];
      if (root !== undefined && spelling !== undefined) bump(touch(root).spellings, spelling, -1);
    });
    for (const key of before.keys) if (clustering.accepted.has(key)) touch(clustering.groups.find(key));
  }
  for (const [group, paths] of leaving) group.removeArticles(paths);

  // Partial names tied per article: a change that gives a partial name its first or loses its last
  // tie by surname changes how it is tied in every other article; then the clustering is redone.
  const tiesBefore = new Map<PartialName, number>();
  for (const path of index.changed.keys()) {
    for (const [key, override] of clustering.perArticle.get(path) ?? []) {
      const partial = clustering.partials.get(key)!;
      if (!tiesBefore.has(partial)) tiesBefore.set(partial, partial.surnameTies);
      if (override.bySurname) partial.surnameTies--;
    }
  }
  for (const key of [...removed, ...created.map((stats) => stats.key), ...newNames.map((info) => info.stats.key)]) {
    clustering.partials.delete(key);
    clustering.redirect.delete(key);
    clustering.targets.delete(key);
    clustering.flags.delete(key);
  }
  removeGroups(clustering, removedNames, removedRoots);
  // A new form's articles all changed since the last resolve: its ties are all found below.
  const newPartials = new Set<PartialName>();
  if (!addNames(clustering, newNames, sameSpellings, olderSurnames, newPartials)) return false;
  for (const stats of created) {
    clustering.flags.set(stats.key, formFlags(stats));
    const role = unacceptedRole(stats, clustering.ignored, clustering.discoveredByFolded);
    if (role.base) clustering.redirect.set(stats.key, role.base.stats.key);
    else if (role.weak) {
      const partial: PartialName = { info: role.weak, surnames: tiedSurnamesOf(role.weak, clustering.fullNames), givenNames: undefined, surnameTies: 0 };
      clustering.partials.set(stats.key, partial);
      newPartials.add(partial);
    }
  }
  const newOverrides = new Map<string, Map<string, Override>>();
  for (const path of index.changed.keys()) {
    const overrides = new Map<string, Override>();
    for (const key of new Set(index.prepared.get(path)?.keys ?? [])) {
      const partial = clustering.partials.get(key);
      if (!partial) continue;
      if (!tiesBefore.has(partial)) tiesBefore.set(partial, partial.surnameTies);
      const root = tieIn(path, index.prepared.get(path)!.keys, partial.surnames, clustering.groups);
      if (root !== undefined) {
        overrides.set(key, { root, bySurname: true });
        partial.surnameTies++;
      }
    }
    newOverrides.set(path, overrides);
  }
  for (const [partial, before] of tiesBefore) {
    if (newPartials.has(partial) || clustering.partials.get(partial.info.stats.key) !== partial) continue;
    if ((before > 0) !== (partial.surnameTies > 0)) return false;
  }
  for (const partial of newPartials) if (partial.surnameTies === 0) partial.givenNames = givenNamesOf(partial.info, clustering.fullNames);
  for (const [path, overrides] of newOverrides) {
    for (const key of new Set(index.prepared.get(path)?.keys ?? [])) {
      const partial = clustering.partials.get(key);
      if (!partial || !partial.givenNames) continue;
      const root = tieIn(path, index.prepared.get(path)!.keys, partial.givenNames, clustering.groups);
      if (root !== undefined) overrides.set(key, { root, bySurname: false });
    }
    if (overrides.size > 0) clustering.perArticle.set(path, overrides);
    else clustering.perArticle.delete(path);
  }
  // The changed articles' mentions join their new entities: each article's collected apart, then
  // merged into each group at once.
  const arriving = new Map<EntityGroup, Map<string, EntityGroup>>();
  for (const path of index.changed.keys()) {
    const prepared = index.prepared.get(path);
    if (!prepared) continue;
    const forArticle = (root: string): EntityGroup => {
      const group = touch(root);
      let parts = arriving.get(group);
      if (!parts) arriving.set(group, (parts = new Map()));
      let part = parts.get(path);
      if (!part) parts.set(path, (part = new EntityGroup()));
      return part;
    };
    addArticle(clustering, path, prepared, forArticle);
    for (const key of prepared.keys) if (clustering.accepted.has(key)) touch(clustering.groups.find(key));
  }
  for (const [group, parts] of arriving) group.insertArticles(parts);
  for (const group of touched) group.entity = undefined;
  return true;
}

/** Takes out groups all of whose forms (`names`) disappeared; their mentions are already taken out. */
function removeGroups(clustering: Clustering, names: FormInfo[], roots: Set<string>): void {
  for (const root of roots) {
    clustering.groupsByRoot.delete(root);
    clustering.rootOrder.splice(clustering.rootOrder.indexOf(root), 1);
  }
  for (const info of names) {
    const key = info.stats.key;
    clustering.accepted.delete(key);
    clustering.names.delete(key);
    if (clustering.discoveredByFolded.get(info.stats.folded) === info) clustering.discoveredByFolded.delete(info.stats.folded);
    removeFullName(clustering.fullNames, info);
    clustering.groups.remove(key);
  }
}
