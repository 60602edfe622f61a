// The joins of forms into groups: every spelling of a known entity, spelling variants, the alias
// links the texts make, and the user's merges; never two known entities, never names the user split.

import type { KnownEntity } from '../knowledgeBase';
import { foldText } from '../text';
import type { UserEntities } from '../userEntities';
import { formKey, formsOfSurface, type FormInfo } from './forms';
import { compareStrings } from '../sortedSearch';
import type { Steps } from '../steps';
import type { FormIndex } from './formIndex';
import { Groups } from './groups';
import { forCandidatePairs, pushTo, spellingBlocks } from './nameBlocks';
import { sameName } from './nameSimilarity';
import { normalizeSpaces, significantWords, slugify } from './nameWords';

/** Joins the groups of two forms unless they hold two different known entities. */
export type Join = (a: string, b: string) => void;

/** A group of its own for every name, tagged with the user's split it is named in, if any. */
export function groupsOfNames(accepted: Map<string, FormInfo>, user: UserEntities | undefined): Groups {
  const splitTagsByName = new Map<string, [number, number]>();
  (user?.splits ?? []).forEach((group, g) => group.forEach((name, m) => splitTagsByName.set(normalizeSpaces(foldText(name)), [g, m])));
  const splitTagsFor = (folded: string) => {
    const tag = splitTagsByName.get(folded);
    return tag ? new Map([tag]) : undefined;
  };
  const groups = new Groups();
  for (const info of accepted.values()) groups.add(info.stats.key, splitTagsFor(info.stats.folded));
  return groups;
}

export interface KnownGroups {
  /** known id -> the key of its first spelling, the anchor of its group */
  knownAnchor: Map<string, string>;
  /** group root -> the known entity it holds */
  rootKnown: Map<string, string>;
  join: Join;
}

/** Every spelling of one known entity is one group. */
export function groupKnownEntities(accepted: Map<string, FormInfo>, groups: Groups): KnownGroups {
  const knownAnchor = new Map<string, string>();
  for (const info of accepted.values()) {
    const id = info.stats.knownId;
    if (id === undefined) continue;
    const anchor = knownAnchor.get(id);
    if (anchor === undefined) knownAnchor.set(id, info.stats.key);
    else groups.union(anchor, info.stats.key);
  }
  const rootKnown = new Map<string, string>();
  for (const [id, key] of knownAnchor) rootKnown.set(groups.find(key), id);
  const knownOf = (key: string): string | undefined => rootKnown.get(groups.find(key));
  const join = (a: string, b: string): void => {
    const knownA = knownOf(a);
    const knownB = knownOf(b);
    if (knownA !== undefined && knownB !== undefined && knownA !== knownB) return;
    if (groups.union(a, b) && (knownA ?? knownB) !== undefined) rootKnown.set(groups.find(a), (knownA ?? knownB)!);
  };
  return { knownAnchor, rootKnown, join };
}

/**
 * Joins spelling variants: forms with the same number of significant words that match word by word,
 * compared within blocks of the same last-word skeleton (bounded: see forCandidatePairs). Known
 * people's spellings take part, so an unlisted spelling ("Erdogans", "Zelenskiy") joins the known
 * entity; known places and organisations do not. Gives the known people's spellings by block, for the incremental path.
 */
export function* joinSpellingVariants(
  index: FormIndex, known: Map<string, KnownEntity>, accepted: Map<string, FormInfo>, knownAnchor: Map<string, string>, join: Join,
): Steps<Map<string, FormInfo[]>> {
  const blocks = new Map<string, FormInfo[]>();
  const knownSpellingBlocks = new Map<string, FormInfo[]>();
  const knownPersonSpellings: FormInfo[] = [];
  for (const entity of known.values()) {
    if (entity.type !== 'person' || !knownAnchor.has(entity.id)) continue;
    for (const spelling of [entity.name, ...entity.aliases]) {
      const folded = normalizeSpaces(foldText(spelling));
      knownPersonSpellings.push({ stats: index.forms.get(formKey(entity.id, formsOfSurface(spelling))) ?? accepted.get(knownAnchor.get(entity.id)!)!.stats, words: significantWords(folded) });
    }
  }
  for (const info of [...accepted.values(), ...knownPersonSpellings]) {
    if (info.stats.acronym || info.words.length === 0) continue;
    // A known place or organisation has its spellings listed; one that sounds alike is another name ("Van Esch", "ESA").
    if (info.stats.knownId !== undefined && known.get(info.stats.knownId)?.type !== 'person') continue;
    for (const block of spellingBlocks(info.words)) pushTo(blocks, block, info);
  }
  for (const info of knownPersonSpellings) if (info.words.length > 0) for (const block of spellingBlocks(info.words)) pushTo(knownSpellingBlocks, block, info);
  // A step per block (each bounded by forCandidatePairs): at 100,000 articles the blocks took most of a second together.
  for (const list of blocks.values()) {
    forCandidatePairs(list, (a, b) => {
      if ((a.stats.knownId === undefined || b.stats.knownId === undefined) && sameName(a.words, b.words)) join(a.stats.key, b.stats.key);
    });
    yield;
  }
  return knownSpellingBlocks;
}

/** Joins the spellings the text links: "Libische Nationale Leger (LNA)", "Dagalo, beter bekend als Hemedti". */
export function joinAliasLinks(aliasLinks: Map<string, Map<string, number>>, accepted: Map<string, FormInfo>, join: Join): void {
  const keysByFolded = acceptedKeysByFolded(accepted);
  forEachAliasLink(aliasLinks, (alias, name) => {
    for (const aliasKey of keysByFolded.get(alias) ?? []) for (const nameKey of keysByFolded.get(name) ?? []) join(aliasKey, nameKey);
  });
}

/** The keys of the accepted forms by folded spelling. */
export function acceptedKeysByFolded(accepted: Map<string, FormInfo>): Map<string, string[]> {
  const keysByFolded = new Map<string, string[]>();
  for (const info of accepted.values()) pushTo(keysByFolded, info.stats.folded, info.stats.key);
  return keysByFolded;
}

/** Every alias link (folded alias, folded name) in a fixed order, whatever order articles came in. */
export function forEachAliasLink(aliasLinks: Map<string, Map<string, number>>, visit: (alias: string, name: string) => void): void {
  for (const alias of [...aliasLinks.keys()].sort(compareStrings)) {
    for (const name of [...aliasLinks.get(alias)!.keys()].sort(compareStrings)) visit(alias, name);
  }
}

/** Joins what the user merged: names (any spelling) or ids. */
export function applyUserMerges(merges: readonly string[][], accepted: Map<string, FormInfo>, knownAnchor: Map<string, string>, join: Join): void {
  const spelledAs = merges.length > 0 ? formsBySpellingAndSlug(accepted.values()) : new Map<string, FormInfo[]>();
  for (const group of merges) {
    const keys = group.flatMap((name) => formsNamed(name, spelledAs, knownAnchor));
    for (let i = 1; i < keys.length; i++) join(keys[0], keys[i]);
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
  return [...named].map((info) => info.stats.key).sort(compareStrings);
}
