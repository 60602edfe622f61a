// Consistent spelling while writing: the spellings the articles use for an entity other than its
// preferred one ("am-Saaraj" for "Fayez al-Sarraj", "Khadafi" for "Moammar al-Kadhafi"), found in
// a document in one pass of an AliasMatcher built once per snapshot. A spelling is the same
// spelling whatever its case and accents, as everywhere in Dossier. Not variants: a run of the
// preferred spelling's own words ("al-Sarraj", "Sarraj") or one that holds it whole ("Santiago de
// Chile" for "Santiago"), and spellings more than one entity has.

import { AliasMatcher, wordParts } from './aliasMatcher';
import { caseForgivingAlias } from './hoverSpellings';
import { visibleText } from './text';
import type { CorpusSnapshot } from './corpus';
import { perSnapshot } from './snapshotCache';
import type { Entity } from './types';

export interface SpellingVariant {
  /** the range written in the text (a possessive "s" included) */
  start: number;
  end: number;
  /** as written in the text */
  surface: string;
  entity: Entity;
  /** the entity's spelling that matched, as the articles write it */
  spelling: string;
  /** what the preferred spelling makes of the range (a possessive keeps its "s") */
  replacement: string;
}

export interface SpellingUsage {
  /** mentions in the articles written as the preferred spelling */
  preferred: number;
  /** mentions written as the variant */
  variant: number;
}

/** A spelling's identity: its folded word parts ("Al Sarraj", "al-Sarraj" and "AL-SARRAJ" are one). */
export function spellingKey(spelling: string): string {
  return wordParts(spelling).map((part) => part.folded).join(' ');
}

export class SpellingVariants {
  private readonly matcher: AliasMatcher;
  private readonly variants: Array<{ entity: Entity; spelling: string; key: string }> = [];
  /** per entity id, mentions per spelling key; counted when first asked */
  private readonly usageByEntity = new Map<string, Map<string, number>>();

  /** `entities` sorted by number of articles, descending (as the snapshot lists them). */
  constructor(entities: readonly Entity[]) {
    const owners = new Map<string, Set<string>>();
    for (const entity of entities) {
      for (const spelling of [entity.name, ...entity.aliases]) {
        const key = spellingKey(spelling);
        let ids = owners.get(key);
        if (!ids) owners.set(key, (ids = new Set()));
        ids.add(entity.id);
      }
    }
    const entries = [];
    for (const entity of entities) {
      const nameKey = ` ${spellingKey(entity.name)} `;
      const keys = new Set([entity.name, ...entity.aliases].map(spellingKey));
      for (const spelling of entity.aliases) {
        const key = spellingKey(spelling);
        // "Klijnsma's" for "Jetta Klijnsma": a possessive is the spelling it is the possessive of.
        const bare = /['’]s$/i.test(spelling) ? key.replace(/ s$/, '') : key;
        if (key === '' || nameKey.includes(` ${bare} `) || ` ${key} `.includes(nameKey) || owners.get(key)!.size > 1 || (bare !== key && keys.has(bare))) continue;
        entries.push({ id: String(this.variants.length), alias: caseForgivingAlias(spelling) });
        this.variants.push({ entity, spelling, key });
      }
    }
    this.matcher = new AliasMatcher(entries);
  }

  /** The variant spellings in `text`, left to right; linear in the text. */
  findIn(text: string): SpellingVariant[] {
    const visible = visibleText(text);
    return this.matcher.findAll(visible.text).map((match) => {
      const { entity, spelling, key } = this.variants[Number(match.id)];
      const start = visible.writtenStart(match.start);
      const end = visible.writtenEnd(match.end);
      const possessive = spellingKey(match.surface) !== key;
      return { start, end, surface: text.slice(start, end), entity, spelling, replacement: possessive ? `${entity.name}s` : entity.name };
    });
  }

  /** How often the articles write the entity's preferred spelling and the variant (a possessive counts as its spelling). */
  usage(variant: Pick<SpellingVariant, 'entity' | 'spelling'>): SpellingUsage {
    const counts = this.mentionsPerSpelling(variant.entity);
    return { preferred: counts.get(spellingKey(variant.entity.name)) ?? 0, variant: counts.get(spellingKey(variant.spelling)) ?? 0 };
  }

  private mentionsPerSpelling(entity: Entity): Map<string, number> {
    let counts = this.usageByEntity.get(entity.id);
    if (!counts) {
      counts = new Map();
      const spellings = new Set([entity.name, ...entity.aliases].map(spellingKey));
      for (const mention of entity.mentions) {
        let key = spellingKey(mention.surface);
        if (!spellings.has(key) && key.endsWith('s') && spellings.has(key.slice(0, -1))) key = key.slice(0, -1);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      this.usageByEntity.set(entity.id, counts);
    }
    return counts;
  }
}

/** The snapshot's SpellingVariants, made once per snapshot. */
export const spellingVariantsOf = perSnapshot((snapshot: Pick<CorpusSnapshot, 'entities'>) => new SpellingVariants(snapshot.entities));
