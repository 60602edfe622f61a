// The user's entities file (default `.dossier/entities.json`, read by the VS Code layer and passed
// here as text). It corrects what the knowledge base and discovery get wrong. Format, every key optional:
//
// {
//   "entities": [                       // add entities, or override one of the knowledge base (same id)
//     { "id": "jan-de-vries", "name": "Jan de Vries", "type": "person",        // type: person | organization | place
//       "aliases": ["J. de Vries", "De Vries"], "description": "Mayor of Utrecht" }
//   ],
//   "merges": [["Fayez al-Sarraj", "Sarraj", "GNA-premier"]],  // names or ids that are one entity
//   "splits": [["Juan López", "Carlos López"]],              // spellings that must stay apart
//   "ignore": ["Lees", "Facebook-pagina"]                   // capitalised words that are not entities
// }
//
// An entry whose id is a knowledge-base id replaces that entry's name, type and description and adds
// its aliases. Names are compared case- and accent-insensitively. Errors never stop the file from
// being used: the valid parts apply, and each problem is reported with its JSON path.

import { validateKnownEntity, type KnownEntity } from './knowledgeBase';

export interface UserEntities {
  entities: KnownEntity[];
  /** each group: names or ids that are one entity */
  merges: string[][];
  /** each group: spellings that must stay apart (never merged with one another) */
  splits: string[][];
  /** names that are not entities */
  ignore: string[];
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
  value.merges = readGroups(root.merges, 'merges', errors);
  value.splits = readGroups(root.splits, 'splits', errors);
  if (root.ignore !== undefined) {
    if (!Array.isArray(root.ignore)) errors.push('ignore: expected an array of names');
    else value.ignore = readStrings(root.ignore, 'ignore', errors);
  }
  return { value, errors };
}

/** An array of arrays of at least two names. */
function readGroups(raw: unknown, key: string, errors: string[]): string[][] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    errors.push(`${key}: expected an array of groups, e.g. [["name one", "name two"]]`);
    return [];
  }
  const groups: string[][] = [];
  raw.forEach((group, i) => {
    if (!Array.isArray(group)) {
      errors.push(`${key}[${i}]: expected an array of names`);
      return;
    }
    const names = readStrings(group, `${key}[${i}]`, errors);
    if (names.length < 2) errors.push(`${key}[${i}]: a group needs at least two names`);
    else groups.push(names);
  });
  return groups;
}

function readStrings(raw: unknown[], where: string, errors: string[]): string[] {
  const names: string[] = [];
  raw.forEach((item, i) => {
    if (typeof item !== 'string' || item.trim() === '') errors.push(`${where}[${i}]: expected a non-empty string`);
    else names.push(item.trim());
  });
  return names;
}
