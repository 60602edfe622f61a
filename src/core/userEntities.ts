// The user's entities file (default `.dossier/entities.json`, read by the VS Code layer and passed
// here as text). It corrects what the knowledge base and discovery get wrong. Format, every key optional:
//
// {
//   "entities": [                       // add entities, or override one of the knowledge base (same id)
//     { "id": "jan-de-vries", "name": "Jan de Vries", "type": "person",        // type: person | organization | place
//       "aliases": ["J. de Vries", "De Vries"], "description": "Mayor of Utrecht" }
//   ],
//   "merges": [["Fayez al-Sarraj", "Sarraj", "GNA-premier"],   // names or ids that are one entity
//              { "name": "Anna de Wit", "spellings": ["Zakenvrouw Anna de Wit"] }],  // ... named by the user
//   "splits": [["Juan López", "Carlos López"]],              // spellings that must stay apart
//   "ignore": ["Lees", "Facebook-pagina"]                   // capitalised words that are not entities
// }
//
// An entry whose id is a knowledge-base id replaces that entry's name, type and description and adds
// its aliases. Names are compared case- and accent-insensitively. Errors never stop the file from
// being used: the valid parts apply, and each problem is reported with its JSON path.

import { validateKnownEntity, type KnownEntity } from './knowledgeBase';
import { collapseSpaces, foldText } from './text';

export interface UserEntities {
  entities: KnownEntity[];
  /** each group: names or ids that are one entity */
  merges: string[][];
  /** per merge: the name the user chose for it (the object form), else undefined */
  mergeNames?: (string | undefined)[];
  /** each group: spellings that must stay apart (never merged with one another) */
  splits: string[][];
  /** names that are not entities */
  ignore: string[];
  /** the JSON path of each name in `splits`, for messages about them */
  splitPaths?: string[][];
}

/** A group of names as read, with the JSON path of each. */
interface NamedGroup {
  names: string[];
  paths: string[];
  /** a merge's chosen name, also its first name */
  name?: string;
}

const KNOWN_KEYS = new Set(['entities', 'merges', 'splits', 'ignore', '$schema', 'comment']);

export function emptyUserEntities(): UserEntities {
  return { entities: [], merges: [], splits: [], ignore: [] };
}

export function parseUserEntities(jsonText: string): { value: UserEntities; errors: string[] } {
  const value = emptyUserEntities();
  const errors: string[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(jsonText.replace(/^\uFEFF/, ''));
  } catch (error) {
    errors.push(`entities file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    return { value, errors };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    errors.push('entities file: expected an object with "entities", "merges", "splits" and/or "ignore"');
    return { value, errors };
  }
  const root = raw as Record<string, unknown>;
  for (const key of Object.keys(root)) {
    if (!KNOWN_KEYS.has(key)) errors.push(`${key}: unknown key (expected "entities", "merges", "splits" or "ignore")`);
  }

  if (root.entities !== undefined) {
    if (!Array.isArray(root.entities)) errors.push('entities: expected an array of entities');
    else {
      const ids = new Set<string>();
      root.entities.forEach((entry, i) => {
        const result = validateKnownEntity(entry, `entities[${i}]`);
        errors.push(...result.errors);
        if (!result.entity) return;
        if (ids.has(result.entity.id)) errors.push(`entities[${i}].id: "${result.entity.id}" is used twice; the first entry applies`);
        else {
          ids.add(result.entity.id);
          value.entities.push(result.entity);
        }
      });
    }
  }
  const merges = readGroups(root.merges, 'merges', errors, readNamedMerge);
  const splits = readGroups(root.splits, 'splits', errors);
  value.merges = merges.map((group) => group.names);
  value.mergeNames = merges.map((group) => group.name);
  value.splits = splits.map((group) => group.names);
  value.splitPaths = splits.map((group) => group.paths);
  errors.push(...splitsThatContradictMerges(merges, splits));
  if (root.ignore !== undefined) {
    if (!Array.isArray(root.ignore)) errors.push('ignore: expected an array of names');
    else value.ignore = readStrings(root.ignore, 'ignore', errors);
  }
  return { value, errors };
}

/** How names in the file are compared, as the resolver compares them: case, accents and spacing ignored. */
export function userNameKey(name: string): string {
  return collapseSpaces(foldText(name)).trim();
}

/**
 * Names a split keeps apart that the merges (directly or through a chain of merges) join: the
 * split applies, so the merge is partly ignored, which the user must be told.
 */
function splitsThatContradictMerges(merges: NamedGroup[], splits: NamedGroup[]): string[] {
  const parent = new Map<string, string>();
  const mergePath = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(key, root);
    return root;
  };
  for (const group of merges) {
    const keys = group.names.map(userNameKey);
    keys.forEach((key, i) => {
      if (!parent.has(key)) parent.set(key, key);
      if (!mergePath.has(key)) mergePath.set(key, group.paths[i]);
    });
    for (const key of keys.slice(1)) parent.set(find(key), find(keys[0]));
  }
  const errors: string[] = [];
  for (const group of splits) {
    const memberByRoot = new Map<string, number>();
    group.names.forEach((name, i) => {
      const key = userNameKey(name);
      if (!parent.has(key)) return;
      const root = find(key);
      const earlier = memberByRoot.get(root);
      if (earlier === undefined) memberByRoot.set(root, i);
      else if (userNameKey(group.names[earlier]) !== key) {
        errors.push(`${group.paths[i]}: "${name}" is split from "${group.names[earlier]}" but merged with it (${mergePath.get(key)}); the split applies`);
      }
    });
  }
  return errors;
}

/**
 * Split names that neither the articles nor the known entities use: such a split does nothing,
 * usually because of a typo. Only the corpus can tell, so `nameKind` (given a userNameKey) says
 * whether a name is a spelling in use, an entity id (splits compare spellings, not ids) or neither.
 */
export function unknownSplitNames(user: UserEntities, nameKind: (key: string) => 'spelling' | 'id' | undefined): string[] {
  const errors: string[] = [];
  user.splits.forEach((group, g) => group.forEach((name, i) => {
    const kind = nameKind(userNameKey(name));
    if (kind === 'spelling') return;
    const path = user.splitPaths?.[g]?.[i] ?? `splits[${g}][${i}]`;
    errors.push(kind === 'id'
      ? `${path}: "${name}" is an entity id, but splits take spellings as the articles write them; the split does nothing`
      : `${path}: "${name}" is not a name the articles or the known entities use; the split does nothing`);
  }));
  return errors;
}

/** An array of groups of at least two names: arrays, or what `readObject` makes of an object. */
function readGroups(raw: unknown, key: string, errors: string[], readObject?: (group: Record<string, unknown>, where: string, errors: string[]) => NamedGroup): NamedGroup[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    errors.push(`${key}: expected an array of groups, e.g. [["name one", "name two"]]`);
    return [];
  }
  const groups: NamedGroup[] = [];
  raw.forEach((group, i) => {
    const isObject = typeof group === 'object' && group !== null && !Array.isArray(group);
    if (!Array.isArray(group) && !(isObject && readObject)) {
      errors.push(`${key}[${i}]: expected an array of names${readObject ? ' or an object with "name" and "spellings"' : ''}`);
      return;
    }
    const named = Array.isArray(group) ? readNames(group, `${key}[${i}]`, errors) : readObject!(group as Record<string, unknown>, `${key}[${i}]`, errors);
    if (named.names.length < 2) errors.push(`${key}[${i}]: a group needs at least two names`);
    else groups.push(named);
  });
  return groups;
}

/** A merge that names its entity: { "name": "Anna de Wit", "spellings": ["Zakenvrouw Anna de Wit"] }; the name is one of its spellings too. */
function readNamedMerge(raw: Record<string, unknown>, where: string, errors: string[]): NamedGroup {
  for (const key of Object.keys(raw)) {
    if (key !== 'name' && key !== 'spellings') errors.push(`${where}.${key}: unknown key (expected "name" and "spellings")`);
  }
  const group: NamedGroup = { names: [], paths: [] };
  if (typeof raw.name !== 'string' || raw.name.trim() === '') errors.push(`${where}.name: expected the entity's name, a non-empty string`);
  else {
    group.name = raw.name.trim();
    group.names.push(group.name);
    group.paths.push(`${where}.name`);
  }
  if (!Array.isArray(raw.spellings)) errors.push(`${where}.spellings: expected an array of the names or ids to merge`);
  else {
    const spellings = readNames(raw.spellings, `${where}.spellings`, errors);
    group.names.push(...spellings.names);
    group.paths.push(...spellings.paths);
  }
  return group;
}

function readStrings(raw: unknown[], where: string, errors: string[]): string[] {
  return readNames(raw, where, errors).names;
}

function readNames(raw: unknown[], where: string, errors: string[]): NamedGroup {
  const group: NamedGroup = { names: [], paths: [] };
  raw.forEach((item, i) => {
    if (typeof item !== 'string' || item.trim() === '') errors.push(`${where}[${i}]: expected a non-empty string`);
    else {
      group.names.push(item.trim());
      group.paths.push(`${where}[${i}]`);
    }
  });
  return group;
}
