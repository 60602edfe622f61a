// Corpus-wide entity resolution. Per-article candidates are aggregated into surface forms as
// articles are set or deleted (no article is rescanned); resolve() then groups forms into entities:
// spelling variants (accents, Arabic articles, transliterations), surname-only mentions, acronyms
// introduced next to their full name, known entities, and the user's merges, splits and ignores.
// A full resolve costs in proportion to the distinct forms plus the mentions. It keeps its grouping,
// so the next resolve only redoes the changed articles and the entities they touch when the change
// brings or removes no name (an article saved again or edited, a new article of known names) or only
// names that stand apart from the older forms (a person never seen before, a new spelling of one
// name, a full name for a surname that stood alone); anything else groups the forms anew.

import type { ArticleCandidates } from './entityCandidates';
import { Choices } from './entities/choices';
import { byPathAndStart, EntityGroup } from './entities/entityGroup';
import {
  bump, compareKeys, formFlags, formKey, formsOfSurface, type FormInfo, type FormStats, type PreparedArticle,
} from './entities/forms';
import { FormIndex } from './entities/formIndex';
import { Groups } from './entities/groups';
import { endsWithName, nameSkeleton, sameName } from './entities/nameSimilarity';
import { normalizeSpaces, significantWords, slugify } from './entities/nameWords';
import type { KnownEntity } from './knowledgeBase';
import {
  addFullName, forCandidatePairs, givenNamesOf, indexFullNames, isFullName, MAX_PAIRWISE, pushTo, removeFullName, spellingBlock,
  surnameSkeletons, surnamesOf, type FullNames,
} from './entities/nameBlocks';
import { partitionPoint } from './sortedSearch';
import { foldText } from './text';
import type { Entity } from './types';
import type { UserEntities } from './userEntities';

export { slugify } from './entities/nameWords';

/**
 * The partial names of one group, with the groups of the full names they are the surname of. The
 * group joins a full name only when all of them name the same one: "Rarawen" and its spelling
 * "Rawenü" do not take Hendrik Rarawen and Khaled Rawenü into one entity, whichever comes first.
 */
interface PartialGroup {
  members: { info: FormInfo; surnames: FormInfo[] }[];
  claims: Set<string>;
}

function addToPartialGroup(partialGroups: Map<string, PartialGroup>, groups: Groups, info: FormInfo, surnames: FormInfo[]): void {
  const root = groups.find(info.stats.key);
  let group = partialGroups.get(root);
  if (!group) partialGroups.set(root, (group = { members: [], claims: new Set() }));
  group.members.push({ info, surnames });
  for (const full of surnames) group.claims.add(groups.find(full.stats.key));
}

/** The one group of full names a group of partial names names, if there is one. */
function onlyClaim(group: PartialGroup): string | undefined {
  return group.claims.size === 1 ? group.claims.values().next().value : undefined;
}

/** A partial name that no single full name claims: it is tied to a full name per article. */
interface PartialName {
  info: FormInfo;
  surnames: FormInfo[];
  /** computed only when no article ties the partial name by surname */
  givenNames: FormInfo[] | undefined;
  /** articles where exactly one full name with this surname occurs */
  surnameTies: number;
}

interface Override {
  root: string;
  bySurname: boolean;
}

/** The grouping of forms into entities; kept up to date by updateClustering while that can be done exactly. */
interface Clustering {
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
  /** known people's spellings by block (word count and skeleton of the last word), as in step 3 */
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
 * Files a name under the group of its root, its forms in key order, the groups in the order of
 * their first form's key: the order (and so the ids) is the same whatever order articles came in.
 */
function joinGroup(clustering: Clustering, info: FormInfo): void {
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

export class EntityResolver {
  private readonly index = new FormIndex();
  private choices: Choices;
  private clustering: Clustering | undefined;

  constructor(private readonly knowledgeBase: KnownEntity[], user?: UserEntities) {
    this.choices = new Choices(knowledgeBase, user);
  }

  setUserEntities(user: UserEntities | undefined): void {
    this.choices = new Choices(this.knowledgeBase, user);
    this.clustering = undefined;
  }

  set(candidates: ArticleCandidates): void {
    this.index.set(candidates);
  }

  delete(path: string): void {
    this.index.delete(path);
  }

  /**
   * The entities. After changes that bring or remove no name, or only names that stand apart, and
   * change no form's evidence of being one, the grouping is updated and only the entities the changed
   * articles touch are rebuilt; otherwise the forms are grouped anew. Both give the same result; unchanged Entity objects are reused (they
   * and their arrays are never modified after they are returned).
   */
  resolve(): Entity[] {
    if (!this.clustering || !this.updateClustering(this.clustering)) this.clustering = this.cluster();
    this.index.settle();
    return this.entities(this.clustering);
  }

  /** Brings the clustering up to date with the changed articles; false when it must be redone. */
  private updateClustering(clustering: Clustering): boolean {
    if (clustering.linkVersion !== this.index.linkVersion) return false;
    // Forms that appeared or disappeared that are no names by their own evidence (sentence-initial
    // words, possessives, rare acronyms) join no group. Names that appeared must stand apart from
    // every older form (see standsApart); names that disappeared must take their whole group with
    // them and stand apart from every form left.
    const created: FormStats[] = [];
    const removed: string[] = [];
    const newNames: FormInfo[] = [];
    const removedNames: FormInfo[] = [];
    for (const key of this.index.formsCreatedOrRemoved) {
      const stats = this.index.forms.get(key);
      const existed = clustering.flags.has(key);
      if (stats?.knownId !== undefined) return false;
      const info = stats && this.nameInfo(stats, clustering.ignored);
      if (existed && (clustering.names.has(key) || info)) {
        const old = clustering.accepted.get(key);
        if (stats || !old) return false;
        removedNames.push(old);
      } else if (info) newNames.push(info);
      else if (stats) created.push(stats);
      if (existed) removed.push(key);
    }
    const isNew = (stats: FormStats) => this.index.forms.get(stats.key) === stats && !clustering.flags.has(stats.key);
    const sameSpellings: [FormInfo, FormStats][] = [];
    // A new spelling of an older name joins its group, as in step 3, unless that is no name itself.
    const spelledAlike = (info: FormInfo) => (other: FormStats) => (isNew(other) || clustering.accepted.has(other.key)) && sameSpellings.push([info, other]) > 0;
    // An older surname that stood alone, untied, is one a new full name may give its group (step 6).
    const olderSurnames = new Set<FormInfo>();
    const surnameAlone = (other: FormStats) => {
      const info = clustering.accepted.get(other.key);
      const partial = clustering.partials.get(other.key);
      if (!info || info.words.length !== 1 || !partial || partial.surnames.length > 0 || (partial.givenNames?.length ?? 0) > 0) return false;
      if (clustering.groupsByRoot.get(clustering.groups.find(other.key))?.forms.length !== 1) return false;
      olderSurnames.add(info);
      return true;
    };
    for (const info of newNames) if (!this.standsApart(clustering, info, isNew, spelledAlike(info), surnameAlone)) return false;
    for (const info of removedNames) if (!this.standsApart(clustering, info, () => false, () => false, () => false)) return false;
    const removedKeys = new Set(removedNames.map((info) => info.stats.key));
    const removedRoots = new Set(removedNames.map((info) => clustering.groups.find(info.stats.key)));
    for (const root of removedRoots) if (!clustering.groupsByRoot.get(root)!.forms.every((form) => removedKeys.has(form.stats.key))) return false;
    for (const [path, before] of this.index.changed) {
      for (const prepared of [before, this.index.prepared.get(path)]) {
        for (const key of prepared?.keys ?? []) {
          if (!this.index.formsCreatedOrRemoved.has(key) && clustering.flags.get(key) !== formFlags(this.index.forms.get(key)!)) return false;
        }
      }
    }

    // The changed articles' mentions leave their old entities (a group's type follows its forms' counts).
    const touched = new Set<EntityGroup>();
    const writable = (root: string): EntityGroup => {
      const group = clustering.groupsByRoot.get(root)!;
      if (!touched.has(group)) {
        group.copyOnWrite();
        touched.add(group);
      }
      return group;
    };
    for (const [path, before] of this.index.changed) {
      const roots = clustering.mentionRoots.get(path);
      clustering.mentionRoots.delete(path);
      if (!before || !roots) continue;
      for (const root of new Set(roots)) if (root !== undefined) writable(root).removeArticle(path);
      roots.forEach((root, i) => {
        const spelling = clustering.redirect.has(before.keys[i]) ? undefined : before.spellings[i];
        if (root !== undefined && spelling !== undefined) bump(writable(root).spellings, spelling, -1);
      });
      for (const key of before.keys) if (clustering.accepted.has(key)) writable(clustering.groups.find(key));
    }

    // Partial names tied per article: a change that gives a partial name its first or loses its last
    // tie by surname changes how it is tied in every other article; then the clustering is redone.
    const tiesBefore = new Map<PartialName, number>();
    for (const path of this.index.changed.keys()) {
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
    this.removeGroups(clustering, removedNames, removedRoots);
    // A new form's articles all changed since the last resolve: its ties are all found below.
    const newPartials = new Set<PartialName>();
    if (!this.addNames(clustering, newNames, sameSpellings, olderSurnames, newPartials)) return false;
    for (const stats of created) {
      clustering.flags.set(stats.key, formFlags(stats));
      const role = unacceptedRole(stats, clustering.ignored, clustering.discoveredByFolded);
      if (role.base) clustering.redirect.set(stats.key, role.base.stats.key);
      else if (role.weak) {
        const partial: PartialName = { info: role.weak, surnames: surnamesOf(role.weak, clustering.fullNames), givenNames: undefined, surnameTies: 0 };
        clustering.partials.set(stats.key, partial);
        newPartials.add(partial);
      }
    }
    const newOverrides = new Map<string, Map<string, Override>>();
    for (const path of this.index.changed.keys()) {
      const overrides = new Map<string, Override>();
      for (const key of new Set(this.index.prepared.get(path)?.keys ?? [])) {
        const partial = clustering.partials.get(key);
        if (!partial) continue;
        if (!tiesBefore.has(partial)) tiesBefore.set(partial, partial.surnameTies);
        const root = tieIn(path, this.index.prepared.get(path)!.keys, partial.surnames, clustering.groups);
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
      for (const key of new Set(this.index.prepared.get(path)?.keys ?? [])) {
        const partial = clustering.partials.get(key);
        if (!partial || !partial.givenNames) continue;
        const root = tieIn(path, this.index.prepared.get(path)!.keys, partial.givenNames, clustering.groups);
        if (root !== undefined) overrides.set(key, { root, bySurname: false });
      }
      if (overrides.size > 0) clustering.perArticle.set(path, overrides);
      else clustering.perArticle.delete(path);
    }
    // The changed articles' mentions join their new entities.
    for (const path of this.index.changed.keys()) {
      const prepared = this.index.prepared.get(path);
      if (!prepared) continue;
      const additions = new Map<EntityGroup, EntityGroup>();
      const forArticle = (root: string): EntityGroup => {
        let part = additions.get(writable(root));
        if (!part) additions.set(writable(root), (part = new EntityGroup()));
        return part;
      };
      this.addArticle(clustering, path, prepared, forArticle);
      for (const key of prepared.keys) if (clustering.accepted.has(key)) writable(clustering.groups.find(key));
      for (const [group, part] of additions) group.insertArticle(path, part);
    }
    for (const group of touched) group.entity = undefined;
    return true;
  }

  /** Takes out groups all of whose forms (`names`) disappeared; their mentions are already taken out. */
  private removeGroups(clustering: Clustering, names: FormInfo[], roots: Set<string>): void {
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

  /**
   * Adds discovered names that stand apart from every older form but their spellings, as cluster()
   * would: spellings of one another join (step 3), and with them at most one older group; a partial
   * name joins the one group its surname names or is tied per article (step 6). New groups come
   * last, in the order of their first form, as in a full resolve. False when two older groups would
   * join: then the clustering is redone.
   */
  private addNames(clustering: Clustering, names: FormInfo[], sameSpellings: [FormInfo, FormStats][], olderSurnames: Set<FormInfo>, newPartials: Set<PartialName>): boolean {
    const { groups, accepted } = clustering;
    names.sort((a, b) => compareKeys(a.stats.key, b.stats.key));
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
    // Older forms come first in step 6: a surname that stood alone joins the one new group it now
    // names, and keeps its root and its place in the order.
    for (const info of olderSurnames) {
      const roots = new Set(surnamesOf(info, clustering.fullNames).map((full) => groups.find(full.stats.key)));
      const root = [...roots][0];
      if (roots.size !== 1 || clustering.groupsByRoot.has(root)) return false;
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
    for (const [own, group] of partialGroups) {
      const claimedBy = onlyClaim(group);
      // An older group's other partial names did not name this full name: it is redone whole.
      if (claimedBy !== undefined && claimedBy !== own && clustering.groupsByRoot.has(own)) return false;
      if (claimedBy !== undefined) groups.union(claimedBy, own);
      else {
        for (const { info, surnames } of group.members) {
          const partial: PartialName = { info, surnames, givenNames: undefined, surnameTies: 0 };
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
   * as it was grouped: it is no longer name of an older partial name (step 6), has no possessive or
   * sentence-start form, and takes part in no alias link and no merge or split of the user. Forms
   * and known people's spellings it shares a spelling with (step 3) go to `sameSpelling`, which says
   * whether that is allowed; so do older shorter names it is the full name of (`olderSurname`). Its
   * own ties to older full names are found as a new form's are.
   */
  private standsApart(clustering: Clustering, info: FormInfo, isNew: (stats: FormStats) => boolean, sameSpelling: (other: FormStats) => boolean, olderSurname: (other: FormStats) => boolean): boolean {
    const { stats, words } = info;
    const folded = stats.folded;
    if (stats.knownId !== undefined || stats.acronym || clustering.linked.has(folded)) return false;
    if (clustering.userNamed.has(folded) || clustering.userNamed.has(slugify(folded))) return false;
    // "Haftars" is the possessive of "Haftar" (step 1), and either may be the base of a weak form.
    if (this.index.forms.has(`|${folded}s`) || (folded.endsWith('s') && this.index.forms.has(`|${folded.slice(0, -1)}`))) return false;
    const knownSpellings = clustering.knownSpellingBlocks.get(spellingBlock(words)) ?? [];
    for (const known of knownSpellings) if (sameName(words, known.words) && !sameSpelling(known.stats)) return false;
    const n = words.length;
    const full = isFullName(info);
    const skeletons = new Set([...surnameSkeletons(words), nameSkeleton(folded)]);
    // Forms sharing a skeleton with this one, the form itself counted in: where they are more than
    // a full resolve compares pair by pair (a block, a list of full names), or were before a removal,
    // only a full resolve groups them as it would.
    const bounded = (forms: Set<FormStats> | undefined) => (forms?.size ?? 0) + 1 + knownSpellings.length <= MAX_PAIRWISE;
    if (![...skeletons].every((skeleton) => bounded(this.index.formsByWord.get(`l:${skeleton}`))) || !bounded(this.index.formsByWord.get(`f:${nameSkeleton(words[0])}`))) return false;
    for (const skeleton of skeletons) {
      for (const other of this.index.formsByWord.get(`l:${skeleton}`) ?? []) {
        if (other === stats) continue;
        const m = other.words.length;
        // A single word at a sentence start ("Al-Haftar") may be a weak form of this name.
        const base = m === 1 && other.words[0] === folded;
        const spelling = m === n && !other.acronym && spellingBlock(other.words) === spellingBlock(words) && sameName(words, other.words);
        const surname = full && m < n && endsWithName(words, other.words);
        if (!base && !spelling && !surname) continue;
        if (base && !isNew(other)) return false;
        if (surname && !isNew(other) && !olderSurname(other)) return false;
        if (spelling && !sameSpelling(other)) return false;
      }
    }
    if (full) {
      for (const other of this.index.formsByWord.get(`f:${nameSkeleton(words[0])}`) ?? []) {
        if (other !== stats && other.words.length < n && sameName(words.slice(0, other.words.length), other.words) && !isNew(other)) return false;
      }
    }
    return true;
  }

  /** Groups the forms into entities and collects every article's mentions and roles. */
  private cluster(): Clustering {
    const ignored = new Set((this.choices.user?.ignore ?? []).map((name) => normalizeSpaces(foldText(name))));
    const splitTagsByName = new Map<string, [number, number]>();
    (this.choices.user?.splits ?? []).forEach((group, g) => group.forEach((name, m) => splitTagsByName.set(normalizeSpaces(foldText(name)), [g, m])));
    // 1. Which forms are names: known spellings, and discovered ones with evidence beyond a sentence-initial capital.
    const accepted = new Map<string, FormInfo>();
    const names = new Set<string>();
    const discoveredByFolded = new Map<string, FormInfo>();
    const redirectTo = new Map<string, string>();
    // Forms in key order, not in the order articles arrived: workers answer in any order, and every
    // tie below (which group a spelling shared by two claims, which id a slug gets) must come out the same.
    const acceptedInfos: FormInfo[] = [];
    for (const stats of this.index.forms.values()) {
      const info = this.nameInfo(stats, ignored);
      if (info) acceptedInfos.push(info);
    }
    acceptedInfos.sort((a, b) => compareKeys(a.stats.key, b.stats.key));
    for (const info of acceptedInfos) {
      const { stats } = info;
      accepted.set(stats.key, info);
      names.add(stats.key);
      if (stats.knownId === undefined) discoveredByFolded.set(stats.folded, info);
    }
    // "Haftars" is the possessive of "Haftar" when both occur.
    for (const info of [...accepted.values()]) {
      const { stats } = info;
      if (stats.knownId !== undefined || stats.acronym || info.words.length !== 1 || !stats.folded.endsWith('s')) continue;
      if (discoveredByFolded.has(stats.folded.slice(0, -1))) {
        redirectTo.set(stats.key, stats.folded.slice(0, -1));
        accepted.delete(stats.key);
        discoveredByFolded.delete(stats.folded);
      }
    }
    const redirect = new Map<string, string>();
    for (const [key, folded] of redirectTo) {
      const base = discoveredByFolded.get(folded);
      if (base) redirect.set(key, base.stats.key);
    }
    /** partial names that are no names by their own evidence, tied per article in step 6 */
    const weak: FormInfo[] = [];
    for (const stats of this.index.forms.values()) {
      if (names.has(stats.key)) continue;
      const role = unacceptedRole(stats, ignored, discoveredByFolded);
      if (role.base) redirect.set(stats.key, role.base.stats.key);
      else if (role.weak) weak.push(role.weak);
    }
    weak.sort((a, b) => compareKeys(a.stats.key, b.stats.key));

    const groups = new Groups();
    const splitTagsFor = (folded: string) => {
      const tag = splitTagsByName.get(folded);
      return tag ? new Map([tag]) : undefined;
    };
    for (const info of accepted.values()) groups.add(info.stats.key, splitTagsFor(info.stats.folded));

    // 2. Known entities: every spelling of one id is one group.
    const knownAnchor = new Map<string, string>();
    for (const info of accepted.values()) {
      const id = info.stats.knownId;
      if (id === undefined) continue;
      const anchor = knownAnchor.get(id);
      if (anchor === undefined) knownAnchor.set(id, info.stats.key);
      else groups.union(anchor, info.stats.key);
    }
    const knownOf = (key: string): string | undefined => rootKnown.get(groups.find(key));
    const rootKnown = new Map<string, string>();
    const refreshKnown = () => {
      rootKnown.clear();
      for (const [id, key] of knownAnchor) rootKnown.set(groups.find(key), id);
    };
    refreshKnown();
    /** Joins two groups unless they hold two different known entities. */
    const join = (a: string, b: string): void => {
      const knownA = knownOf(a);
      const knownB = knownOf(b);
      if (knownA !== undefined && knownB !== undefined && knownA !== knownB) return;
      if (groups.union(a, b) && (knownA ?? knownB) !== undefined) rootKnown.set(groups.find(a), (knownA ?? knownB)!);
    };

    // 3. Spelling variants: forms with the same number of significant words that match word by word,
    // compared within blocks of the same last-word skeleton (bounded: see forCandidatePairs). Known people's spellings take part, so
    // an unlisted spelling ("Erdogans", "Zelenskiy") joins the known entity.
    const blocks = new Map<string, FormInfo[]>();
    const knownSpellingBlocks = new Map<string, FormInfo[]>();
    const knownPersonSpellings: FormInfo[] = [];
    for (const entity of this.choices.known.values()) {
      if (entity.type !== 'person' || !knownAnchor.has(entity.id)) continue;
      for (const spelling of [entity.name, ...entity.aliases]) {
        const folded = normalizeSpaces(foldText(spelling));
        knownPersonSpellings.push({ stats: this.index.forms.get(formKey(entity.id, formsOfSurface(spelling))) ?? accepted.get(knownAnchor.get(entity.id)!)!.stats, words: significantWords(folded) });
      }
    }
    for (const info of [...accepted.values(), ...knownPersonSpellings]) {
      if (info.stats.acronym || info.words.length === 0) continue;
      pushTo(blocks, spellingBlock(info.words), info);
    }
    for (const info of knownPersonSpellings) if (info.words.length > 0) pushTo(knownSpellingBlocks, spellingBlock(info.words), info);
    for (const list of blocks.values()) {
      forCandidatePairs(list, (a, b) => {
        if ((a.stats.knownId === undefined || b.stats.knownId === undefined) && sameName(a.words, b.words)) join(a.stats.key, b.stats.key);
      });
    }

    // 4. Spellings the text links: "Libische Nationale Leger (LNA)", "Dagalo, beter bekend als Hemedti".
    const keysByFolded = new Map<string, string[]>();
    for (const info of accepted.values()) {
      const list = keysByFolded.get(info.stats.folded);
      if (list) list.push(info.stats.key);
      else keysByFolded.set(info.stats.folded, [info.stats.key]);
    }
    for (const alias of [...this.index.aliasLinks.keys()].sort(compareKeys)) {
      const names = [...this.index.aliasLinks.get(alias)!.keys()].sort(compareKeys);
      for (const aliasKey of keysByFolded.get(alias) ?? []) {
        for (const name of names) for (const nameKey of keysByFolded.get(name) ?? []) join(aliasKey, nameKey);
      }
    }

    // 5. The user's merges: names (any spelling) or ids.
    const merges = this.choices.user?.merges ?? [];
    const spelledAs = merges.length > 0 ? formsBySpellingAndSlug(accepted.values()) : new Map<string, FormInfo[]>();
    for (const group of merges) {
      const keys = group.flatMap((name) => formsNamed(name, spelledAs, knownAnchor));
      for (let i = 1; i < keys.length; i++) join(keys[0], keys[i]);
    }

    // 6. Partial names: a surname ("Haftar", "De Wever", "López") or a given name ("Frenkie") goes with
    // the full name in the same article; a surname also with the only full name in the corpus that
    // has it. Ambiguous ones stay on their own. A capitalised word at a sentence start that is the
    // surname of a full name in its article is a name too ("Al-Sharaa, beter bekend ...").
    const groupWords = new Map<string, number>();
    for (const info of accepted.values()) {
      const root = groups.find(info.stats.key);
      groupWords.set(root, Math.max(groupWords.get(root) ?? 0, info.words.length));
    }
    const fullNames = indexFullNames(accepted.values());
    // The joins come first: a partial name is tied per article to the groups as they end up.
    const partials = new Map<string, PartialName>();
    const partialGroups = new Map<string, PartialGroup>();
    for (const info of [...accepted.values(), ...weak]) {
      const isWeak = !accepted.has(info.stats.key);
      // Known entities have their own spellings: "Moskou" is no surname of "Elon Musk".
      if (info.stats.knownId !== undefined || info.stats.acronym || (!isWeak && (groupWords.get(groups.find(info.stats.key)) ?? 0) > info.words.length)) continue;
      const surnames = surnamesOf(info, fullNames);
      if (isWeak) partials.set(info.stats.key, { info, surnames, givenNames: undefined, surnameTies: 0 });
      else addToPartialGroup(partialGroups, groups, info, surnames);
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
        const root = tieIn(path, this.index.prepared.get(path)!.keys, fullNames, groups);
        if (root === undefined) continue;
        let overrides = perArticle.get(path);
        if (!overrides) perArticle.set(path, (overrides = new Map()));
        overrides.set(info.stats.key, { root, bySurname });
        ties++;
      }
      return ties;
    };
    for (const partial of partials.values()) {
      const { info, surnames } = partial;
      partial.surnameTies = tieInArticles(info, surnames, true);
      if (partial.surnameTies > 0) continue;
      partial.givenNames = givenNamesOf(info, fullNames);
      tieInArticles(info, partial.givenNames, false);
    }

    const flags = new Map<string, number>();
    for (const stats of this.index.forms.values()) flags.set(stats.key, formFlags(stats));
    const linked = new Set<string>();
    for (const [alias, names] of this.index.aliasLinks) {
      linked.add(alias);
      for (const name of names.keys()) linked.add(name);
    }
    const userNamed = new Set<string>();
    for (const name of [...(this.choices.user?.merges ?? []), ...(this.choices.user?.splits ?? [])].flat()) userNamed.add(name).add(normalizeSpaces(foldText(name)));
    const clustering: Clustering = {
      linkVersion: this.index.linkVersion, ignored, flags, names, linked, userNamed, knownSpellingBlocks, accepted, discoveredByFolded, fullNames, groups, redirect, rootKnown, partials, perArticle,
      targets: new Map(), rootOrder: [], groupsByRoot: new Map(), mentionRoots: new Map(),
    };

    // 7. Entities from the groups, mentions and roles from the articles.
    for (const info of accepted.values()) joinGroup(clustering, info);
    // Articles in path order, mentions in text order: each entity's mentions come out sorted.
    const roleKeys = new Map<EntityGroup, Set<string>>();
    for (const path of [...this.index.prepared.keys()].sort()) {
      this.addArticle(clustering, path, this.index.prepared.get(path)!, (root) => clustering.groupsByRoot.get(root)!, roleKeys);
    }
    for (const group of clustering.groupsByRoot.values()) group.roles.sort(byPathAndStart);
    return clustering;
  }

  /**
   * Adds one article's mentions and roles to the groups `groupFor` gives; a role repeated in the
   * article is kept once. Articles must come in path order.
   */
  private addArticle(clustering: Clustering, path: string, prepared: PreparedArticle, groupFor: (root: string) => EntityGroup, roleKeys = new Map<EntityGroup, Set<string>>()): void {
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

  /** The entities in the order of their groups; ids are given in that order, a taken id gets a number. */
  private entities(clustering: Clustering): Entity[] {
    const usedIds = new Set<string>();
    const entities: Entity[] = [];
    for (const root of clustering.rootOrder) {
      const group = clustering.groupsByRoot.get(root)!;
      if (group.mentions.length === 0) continue;
      const knownId = clustering.rootKnown.get(root);
      const known = knownId === undefined ? undefined : this.choices.known.get(knownId);
      if (!group.entity) group.describe(known, this.chosenName(group));
      let id = known?.id ?? group.slug;
      if (!known) {
        const base = id;
        for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
      }
      usedIds.add(id);
      if (!group.entity) group.entity = group.build(id, known, this.choices.userIds);
      else if (group.entity.id !== id) group.entity = { ...group.entity, id };
      entities.push(group.entity);
    }
    return entities;
  }

  /** The name the user gave a merge that names one of the group's spellings or ids. */
  private chosenName(group: EntityGroup): string | undefined {
    if (this.choices.chosenNames.size === 0) return undefined;
    for (const { stats } of group.forms) {
      const name = this.choices.chosenNames.get(stats.folded) ?? this.choices.chosenNames.get(stats.knownId ?? slugify(stats.folded));
      if (name !== undefined) return name;
    }
    return undefined;
  }

  /** The form as a name, if it is one by its own evidence: a known spelling, or more than a sentence-initial capital. */
  private nameInfo(stats: FormStats, ignored: Set<string>): FormInfo | undefined {
    if (ignored.has(stats.folded) || (stats.knownId !== undefined && ignored.has(stats.knownId))) return undefined;
    if (stats.knownId === undefined) {
      // A single capitalised word at a sentence start proves nothing; two or more ("Geert Wilders zei") do.
      if (stats.strong === 0 && stats.words.length < 2) return undefined;
      if (stats.acronym && stats.mentions < 2 && !this.index.aliasLinks.has(stats.folded)) return undefined;
    }
    return stats.words.length === 0 ? undefined : { stats, words: stats.words };
  }
}

/** Accepted forms by folded spelling ("f:…") and by slug ("s:…"), in their order, for the user's merges. */
function formsBySpellingAndSlug(accepted: Iterable<FormInfo>): Map<string, FormInfo[]> {
  const index = new Map<string, FormInfo[]>();
  for (const info of accepted) {
    pushTo(index, `f:${info.stats.folded}`, info);
    pushTo(index, `s:${slugify(info.stats.folded)}`, info);
  }
  return index;
}

/** Form keys a user's merge entry names: an entity id, or a spelling (case and accents ignored). */
function formsNamed(name: string, spelledAs: Map<string, FormInfo[]>, knownAnchor: Map<string, string>): string[] {
  const anchor = knownAnchor.get(name);
  if (anchor !== undefined) return [anchor];
  const named = new Set([...(spelledAs.get(`f:${normalizeSpaces(foldText(name))}`) ?? []), ...(spelledAs.get(`s:${name}`) ?? [])]);
  return [...named].map((info) => info.stats.key).sort(compareKeys);
}

/**
 * What a form that is no name by its own evidence is: an initial-only possessive or "De X" of a
 * discovered name ("Haftars troepen", "De Beschermingsmacht": `base`), a single word that may be a
 * partial name (`weak`), or nothing.
 */
function unacceptedRole(stats: FormStats, ignored: Set<string>, discoveredByFolded: Map<string, FormInfo>): { base?: FormInfo; weak?: FormInfo } {
  if (stats.knownId !== undefined) return {};
  const words = stats.words;
  if (stats.strong === 0) {
    const folded = stats.folded;
    const base = discoveredByFolded.get(words.length === 1 && words[0] !== folded ? words[0] : folded.endsWith('s') ? folded.slice(0, -1) : folded);
    if (base) return { base };
  }
  if (stats.acronym || ignored.has(stats.folded)) return {};
  return words.length === 1 ? { weak: { stats, words } } : {};
}

interface FormTarget {
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

/**
 * The one group among the full names that occur in the article (whose mentions have `articleKeys`),
 * if there is exactly one. The shorter list is walked: thousands of full names may share a surname.
 */
function tieIn(path: string, articleKeys: readonly string[], fullNames: readonly FormInfo[], groups: Groups): string | undefined {
  let found: string | undefined;
  const occurs = (key: string): boolean => {
    const root = groups.find(key);
    if (found === undefined) found = root;
    return found === root;
  };
  if (fullNames.length <= articleKeys.length) {
    for (const full of fullNames) if (full.stats.articles.has(path) && !occurs(full.stats.key)) return undefined;
  } else {
    const keys = keysOf(fullNames);
    for (const key of articleKeys) if (keys.has(key) && !occurs(key)) return undefined;
  }
  return found;
}

/** The form keys of a list of full names a partial name keeps (such lists are never changed). */
function keysOf(names: readonly FormInfo[]): Set<string> {
  let keys = keySets.get(names);
  if (!keys) keySets.set(names, (keys = new Set(names.map((name) => name.stats.key))));
  return keys;
}

const keySets = new WeakMap<readonly FormInfo[], Set<string>>();

