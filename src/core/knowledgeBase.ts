// The starter knowledge base: widely reported actors of international news (countries, capitals,
// international organisations, heads of state and government), shipped as data in
// data/knowledge-base.json, and the gazetteer of data/known-groups.json: groups of places
// (countries, provinces, states, regions, cities) and organisations (agencies, media, parties,
// public bodies, companies, clubs) that share one description. It is deliberately general: actors
// it does not list are discovered from the articles themselves. Its descriptions are written in
// each language of the interface ({"en": …, "nl": …}); the caller says which one to use.

import knowledgeBaseJson from './data/knowledge-base.json';
import knownGroupsJson from './data/known-groups.json';
import type { AliasEntry } from './aliasMatcher';
import { foldText } from './text';
import { slugify } from './entityResolver';
import type { EntityType } from './types';

export interface KnownEntity {
  /** stable, readable slug, e.g. "antonio-guterres" */
  id: string;
  /** preferred spelling */
  name: string;
  type: EntityType;
  /** other spellings (Dutch and English), not including `name` */
  aliases: string[];
  /** one line, in the interface's language (the user's entities file: as the user wrote it) */
  description?: string;
}

const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place'];
const ENTITY_KEYS = ['id', 'name', 'type', 'aliases', 'description'];
/** The languages the shipped descriptions are written in; the first serves every other language. */
export const DESCRIPTION_LANGUAGES = ['en', 'nl'] as const;
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value);
}

/** True for a usable entity id: lower-case letters and digits joined by single hyphens. */
export function isEntityId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

/**
 * Checks one raw entry; returns the entity or the problems found, each prefixed with `where`
 * (a JSON path such as `entities[3]`). Shared with the user's entities file.
 */
export function validateKnownEntity(raw: unknown, where: string): { entity?: KnownEntity; errors: string[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { errors: [`${where}: expected an object`] };
  const entry = raw as Record<string, unknown>;
  const errors: string[] = [];
  if (!isEntityId(entry.id)) errors.push(`${where}.id: ${idProblem(entry.id, entry.name)}`);
  if (typeof entry.name !== 'string' || entry.name.trim() === '') errors.push(`${where}.name: expected a non-empty string`);
  if (!isEntityType(entry.type)) errors.push(`${where}.type: expected one of ${ENTITY_TYPES.map((t) => `"${t}"`).join(', ')}`);
  let aliases: string[] = [];
  if (entry.aliases !== undefined) {
    if (!Array.isArray(entry.aliases)) errors.push(`${where}.aliases: expected an array of strings`);
    else {
      entry.aliases.forEach((alias, i) => {
        if (typeof alias !== 'string' || alias.trim() === '') errors.push(`${where}.aliases[${i}]: expected a non-empty string`);
      });
      aliases = entry.aliases.filter((alias): alias is string => typeof alias === 'string' && alias.trim() !== '').map((alias) => alias.trim());
    }
  }
  if (entry.description !== undefined && typeof entry.description !== 'string') errors.push(`${where}.description: expected a string`);
  for (const key of Object.keys(entry)) {
    if (!ENTITY_KEYS.includes(key)) errors.push(`${where}.${key}: unknown key (expected ${ENTITY_KEYS.map((k) => `"${k}"`).join(', ')})`);
  }
  // A bad alias or description is reported but does not cost the whole entry.
  const fatal = errors.some((error) => /\.(id|name|type):/.test(error));
  if (fatal) return { errors };
  const name = (entry.name as string).trim();
  const entity: KnownEntity = { id: entry.id as string, name, type: entry.type as EntityType, aliases: [...new Set(aliases)].filter((alias) => alias !== name) };
  if (typeof entry.description === 'string' && entry.description.trim() !== '') entity.description = entry.description.trim();
  return { entity, errors };
}

/** What is wrong with an id that is no slug, with a slug to use: made from the name when there is one. */
function idProblem(id: unknown, name: unknown): string {
  const fromName = typeof name === 'string' ? slugify(name) : 'entity';
  const example = fromName !== 'entity' ? `"${fromName}" (made from the name)` : '"jan-de-vries" (lower-case letters, digits and hyphens)';
  if (id === undefined || id === null || (typeof id === 'string' && id.trim() === '')) return `the id is missing; add one such as ${example}`;
  if (typeof id !== 'string') return `the id must be a string, such as ${example}`;
  const fromId = slugify(id);
  return `"${id}" is not a slug; write it in lower-case letters, digits and hyphens, such as ${fromId !== 'entity' ? `"${fromId}"` : example}`;
}

/** Every spelling of the given entities, as entries for an AliasMatcher. */
export function aliasEntries(entities: Iterable<KnownEntity>): AliasEntry[] {
  const entries: AliasEntry[] = [];
  for (const entity of entities) {
    const type = entity.type;
    entries.push({ id: entity.id, alias: entity.name, type });
    for (const alias of entity.aliases) entries.push({ id: entity.id, alias, type });
  }
  return entries;
}

/**
 * The shipped knowledge base, validated, with its descriptions in `language` (a VS Code language
 * tag such as "nl" or "en-GB"; English where it has none). Throws if the shipped data is broken (a
 * build error, not user input).
 */
export function loadKnowledgeBase(language = 'en'): KnownEntity[] {
  const list = (knowledgeBaseJson as { entities?: unknown }).entities;
  if (!Array.isArray(list)) throw new Error('knowledge-base.json: "entities" must be an array');
  const pick = descriptionLanguage(language);
  const entities = new KnownEntities();
  list.forEach((entry: Record<string, unknown>, i) => {
    const where = `knowledge-base.json: entities[${i}]`;
    entities.add({ ...entry, description: shippedDescription(entry.description, pick, `${where}.description`) }, where);
  });
  const groups = (knownGroupsJson as { groups?: unknown }).groups;
  if (!Array.isArray(groups)) throw new Error('known-groups.json: "groups" must be an array');
  groups.forEach((group: Record<string, unknown>, g) => {
    const where = `known-groups.json: groups[${g}]`;
    const description = shippedDescription(group.description, pick, `${where}.description`);
    if (!Array.isArray(group.names)) throw new Error(`${where}.names: expected an array`);
    // "Antwerpen|Antwerp|Anvers": the name first, then its other spellings.
    group.names.forEach((names: unknown, n) => {
      const [name, ...aliases] = typeof names === 'string' ? names.split('|') : [];
      entities.add({ id: slugify(name ?? ''), name, type: group.type, aliases, description }, `${where}.names[${n}]`);
    });
  });
  return entities.list;
}

/** The shipped entities, each id and each spelling (case and accents ignored) on one entity only. */
class KnownEntities {
  readonly list: KnownEntity[] = [];
  private readonly ids = new Set<string>();
  private readonly spellings = new Map<string, string>();

  add(raw: Record<string, unknown>, where: string): void {
    const { entity, errors } = validateKnownEntity(raw, where);
    if (!entity || errors.length > 0) throw new Error(errors.join('; '));
    if (this.ids.has(entity.id)) throw new Error(`${where}.id: duplicate id "${entity.id}"`);
    this.ids.add(entity.id);
    for (const spelling of [entity.name, ...entity.aliases]) {
      const folded = foldText(spelling);
      const owner = this.spellings.get(folded);
      if (owner !== undefined) throw new Error(`${where}: "${spelling}" is already a spelling of "${owner}"`);
      this.spellings.set(folded, entity.id);
    }
    this.list.push(entity);
  }
}

/** A shipped description in `pick`, checked to exist in every language. */
function shippedDescription(descriptions: unknown, pick: (typeof DESCRIPTION_LANGUAGES)[number], where: string): string {
  const byLanguage = descriptions as Record<string, unknown> | undefined;
  for (const lang of DESCRIPTION_LANGUAGES) {
    if (typeof byLanguage?.[lang] !== 'string' || byLanguage[lang].trim() === '') throw new Error(`${where}.${lang}: expected a non-empty string`);
  }
  return byLanguage![pick] as string;
}

/** "nl-BE" -> "nl"; a language without descriptions of its own gets the first (English). */
function descriptionLanguage(language: string): (typeof DESCRIPTION_LANGUAGES)[number] {
  const primary = language.toLowerCase().split(/[-_]/)[0];
  return DESCRIPTION_LANGUAGES.find((lang) => lang === primary) ?? DESCRIPTION_LANGUAGES[0];
}
