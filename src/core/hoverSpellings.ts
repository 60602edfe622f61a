// The spellings a hover recognises, as one AliasMatcher built once per snapshot: every spelling seen
// and every known one, plus a person's surname alone ("am-Saaraj", "Saaraj" for "Fayez am-Saaraj").
// A surname several people's names hold ("López" for Julen López and Andrés Manuel López Obrador)
// is matched too, as a shared surname naming those people, so the hover can list them.

import { AliasMatcher, type AliasEntry } from './aliasMatcher';
import { ARABIC_ARTICLE } from './entityCandidates';
import { aliasEntries, type KnownEntity } from './knowledgeBase';
import { foldText } from './text';
import type { Entity } from './types';

export interface HoverSpellings {
  matcher: AliasMatcher;
  /** matcher ids that stand for a shared surname -> the ids of the people it may mean, most articles first */
  sharedSurnames: ReadonlyMap<string, string[]>;
}

/** Matcher ids of shared surnames start with a character no entity id holds (ids are slugs). */
const SHARED_SURNAME_ID = '\u0000surname:';

/**
 * Writers do not always capitalise, so spellings are matched regardless of case, except single
 * short words ("Slot", "VN"), which are too often ordinary words (caseForgivingAlias). `entities`
 * are sorted by number of articles, descending.
 */
export function hoverSpellings(entities: readonly Entity[], known: readonly KnownEntity[]): HoverSpellings {
  const nameWordOwners = new Map<string, Set<string>>();
  const nameKey = (word: string) => foldText(word.replace(ARABIC_ARTICLE, ''));
  for (const entity of entities) {
    if (entity.type !== 'person') continue;
    for (const spelling of [entity.name, ...entity.aliases]) {
      for (const word of spelling.split(/\s+/).slice(1)) {
        const key = nameKey(word);
        let owners = nameWordOwners.get(key);
        if (!owners) nameWordOwners.set(key, (owners = new Set()));
        owners.add(entity.id);
      }
    }
  }
  // The people whose names hold every word of a surname form (the sets are in entity order).
  const ownersOf = (surname: string): string[] => {
    const [first, ...rest] = surname.split(/\s+/).map((word) => nameWordOwners.get(nameKey(word)) ?? new Set<string>());
    return [...first].filter((id) => rest.every((owners) => owners.has(id)));
  };
  const entries: AliasEntry[] = [];
  const sharedSurnames = new Map<string, string[]>();
  for (const entity of entities) {
    if (entity.type !== 'person') continue;
    for (const spelling of [entity.name, ...entity.aliases]) {
      for (const surname of surnamesOf(spelling)) {
        const owners = ownersOf(surname);
        if (owners.length <= 1) {
          entries.push({ id: entity.id, alias: surname });
          continue;
        }
        const id = SHARED_SURNAME_ID + surname.split(/\s+/).map(nameKey).join(' ');
        if (!sharedSurnames.has(id)) {
          sharedSurnames.set(id, owners);
          entries.push({ id, alias: surname });
        }
      }
    }
  }
  // Spellings the knowledge base or the user's file give an entity the articles name ("Turkey"
  // for Turkije), then the seen spellings, last, so they win where a spelling repeats.
  const named = new Set(entities.map((entity) => entity.id));
  entries.push(...aliasEntries(known.filter((entity) => named.has(entity.id))));
  entries.push(...aliasEntries(entities));
  const matcher = new AliasMatcher(entries.map(({ id, alias }) => ({ id, alias: caseForgivingAlias(alias) })));
  return { matcher, sharedSurnames };
}

/** An alias the matcher finds in any case, but a single short word ("Slot", "VN"), which must keep its case. */
export function caseForgivingAlias(alias: string): string {
  return /\s|-/.test(alias) || alias.length >= 5 ? alias.toLowerCase() : alias;
}

/** "Fayez am-Saaraj" -> ["am-Saaraj", "Saaraj"]; "Jan van der Berg" -> ["van der Berg", "Berg"]. */
function surnamesOf(name: string): string[] {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return [];
  // The surname starts at the first lower-case particle after the given name, else it is the last word.
  const particle = words.findIndex((word, index) => index > 0 && index < words.length - 1 && word === word.toLowerCase());
  const surname = words.slice(particle > 0 ? particle : words.length - 1).join(' ');
  const last = words[words.length - 1].replace(ARABIC_ARTICLE, '');
  return [...new Set([surname, last])].filter((form) => form.length >= 3);
}
