// The corrections a user makes where they see a mistake (a hover card, the tree, the entity page),
// as edits of the entities file's text (format: userEntities.ts). Each one touches only the entries
// it needs, in place, and applying it twice changes nothing more than applying it once.
//
// How each is written:
// - merge: both entities in one `merges` group (an existing group that names either is extended),
//   a known entity by its id and a discovered one by its name; a split that keeps them apart goes;
// - split a spelling off: a `splits` pair of that spelling and another spelling of the entity; the
//   spelling leaves the `merges` groups that held it;
// - rename: a known entity's `entities` entry gets the name (the old one stays as an alias); a
//   discovered entity's merge gets it as its chosen name (`{ "name", "spellings" }`);
// - change type: the entity's `entities` entry (made from the entity when there is none);
// - ignore: a known entity's id, or the spellings of a discovered one that no other entity uses, in
//   `ignore` (a surname the entity shares would otherwise vanish from the other people too).
import { JsonText } from './jsonTextEdits';
import { perSnapshot } from './snapshotCache';
import type { Entity, EntityType } from './types';
import { userNameKey } from './userEntities';

/** What a correction needs of an entity: the snapshot's Entity has it all. */
export type CorrectedEntity = Pick<Entity, 'id' | 'name' | 'type' | 'origin' | 'aliases'>;

export type EntityCorrection =
  | { kind: 'merge'; entity: CorrectedEntity; other: CorrectedEntity }
  | { kind: 'split'; entity: CorrectedEntity; spelling: string }
  | { kind: 'rename'; entity: CorrectedEntity; name: string }
  | { kind: 'changeType'; entity: CorrectedEntity; type: EntityType }
  /** `spellings`: those of a discovered entity to ignore (see ownSpellings); a known one is ignored by id */
  | { kind: 'ignore'; entity: CorrectedEntity; spellings: readonly string[] };

export type CorrectionOutcome =
  | { ok: true; text: string; changed: boolean }
  /** the file is not valid JSON, not an object, or `key` holds no array: the user must fix it first */
  | { ok: false; problem: 'invalid-json' | 'not-an-object' | 'nothing-to-split' }
  | { ok: false; problem: 'not-an-array'; key: string };

const GROUP_KEYS = ['merges', 'splits', 'ignore', 'entities'] as const;

/** `text` is the file's text, or null when there is no file yet. */
export function applyCorrection(text: string | null, correction: EntityCorrection): CorrectionOutcome {
  const fresh = text === null || text.trim() === ''; // trim() takes a BOM too
  const before = new JsonText(fresh ? '{}\n' : text);
  if (before.value === undefined) return { ok: false, problem: 'invalid-json' };
  if (typeof before.value !== 'object' || before.value === null || Array.isArray(before.value)) return { ok: false, problem: 'not-an-object' };
  for (const key of GROUP_KEYS) {
    const value = before.valueAt(key);
    if (value !== undefined && !Array.isArray(value)) return { ok: false, problem: 'not-an-array', key };
  }
  const after = correct(before, correction);
  if (after === undefined) return { ok: false, problem: 'nothing-to-split' };
  const changed = after.text !== before.text;
  return { ok: true, text: changed ? after.text : (text ?? ''), changed };
}

function correct(file: JsonText, correction: EntityCorrection): JsonText | undefined {
  const { entity } = correction;
  switch (correction.kind) {
    case 'merge': return merge(file, entity, correction.other);
    case 'split': return split(file, entity, correction.spelling);
    case 'rename': return rename(file, entity, correction.name.trim());
    case 'changeType': return correction.type === entity.type ? file : setEntityEntry(file, entity, 'type', JSON.stringify(correction.type));
    case 'ignore': return ignore(file, entity, correction.spellings);
  }
}

const isKnown = (entity: CorrectedEntity) => entity.origin !== 'discovered';

/** How the file names an entity in a merge: a known entity by its id, a discovered one by its name. */
const reference = (entity: CorrectedEntity) => (isKnown(entity) ? entity.id : entity.name);

/** The name keys by which the file may refer to an entity: its id and its spellings. */
function keysOf(entity: CorrectedEntity): Set<string> {
  return new Set([entity.id, entity.name, ...entity.aliases].map(userNameKey));
}

/** The names of a group as written: an array, or the name and spellings of a named merge. */
function groupNames(group: unknown): string[] {
  const names = Array.isArray(group) ? group : typeof group === 'object' && group !== null ? [(group as { name?: unknown }).name, ...arrayOr((group as { spellings?: unknown }).spellings)] : [];
  return names.filter((name): name is string => typeof name === 'string');
}

function arrayOr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

const quoted = (names: readonly string[]) => `[${names.map((name) => JSON.stringify(name)).join(', ')}]`;

/** Adds `value` to the array `key` of the root, making the array when it is missing. */
function append(file: JsonText, key: string, value: string): JsonText {
  const withArray = file.valueAt(key) === undefined ? file.addMember('', key, '[]') : file;
  return withArray.appendElement(key, value);
}

function merge(file: JsonText, entity: CorrectedEntity, other: CorrectedEntity): JsonText {
  if (entity.id === other.id) return file;
  const entityKeys = keysOf(entity);
  const otherKeys = keysOf(other);
  file = removeFromGroups(file, 'splits', (names, name) => otherKeys.has(userNameKey(name)) && names.some((n) => entityKeys.has(userNameKey(n))));
  const merges = arrayOr(file.valueAt('merges'));
  const index = merges.findIndex((group) => groupNames(group).some((name) => entityKeys.has(userNameKey(name)) || otherKeys.has(userNameKey(name))));
  if (index < 0) return append(file, 'merges', quoted([reference(entity), reference(other)]));
  const names = groupNames(merges[index]).map(userNameKey);
  const listPath = Array.isArray(merges[index]) ? `merges[${index}]` : `merges[${index}].spellings`;
  for (const [keys, member] of [[entityKeys, entity], [otherKeys, other]] as const) {
    if (!names.some((name) => keys.has(name))) file = file.valueAt(listPath) === undefined ? file : file.appendElement(listPath, JSON.stringify(reference(member)));
  }
  return file;
}

/** Undefined when the entity has no other spelling to split the spelling from. */
function split(file: JsonText, entity: CorrectedEntity, spelling: string): JsonText | undefined {
  const key = userNameKey(spelling);
  // Splits compare the spellings the articles use: the name, if they use it, else another spelling.
  const spellings = [entity.name, ...entity.aliases].filter((name) => entity.aliases.includes(name) || !isKnown(entity));
  const other = spellings.find((name) => userNameKey(name) !== key);
  if (other === undefined) return undefined;
  file = removeFromGroups(file, 'merges', (_, name) => userNameKey(name) === key);
  const splits = arrayOr(file.valueAt('splits'));
  const otherKey = userNameKey(other);
  const already = splits.some((group) => {
    const names = groupNames(group).map(userNameKey);
    return names.includes(key) && names.includes(otherKey);
  });
  return already ? file : append(file, 'splits', quoted([spelling, other]));
}

function rename(file: JsonText, entity: CorrectedEntity, name: string): JsonText {
  if (name === '' || name === entity.name) return file;
  if (isKnown(entity)) {
    file = setEntityEntry(file, entity, 'name', JSON.stringify(name));
    // The old name stays a spelling of the entity.
    const index = entityEntryIndex(file, entity.id);
    const aliases = file.valueAt(`entities[${index}].aliases`);
    if (aliases === undefined) return file.addMember(`entities[${index}]`, 'aliases', quoted([entity.name]));
    const known = arrayOr(aliases).filter((alias): alias is string => typeof alias === 'string').map(userNameKey);
    return known.includes(userNameKey(entity.name)) || !Array.isArray(aliases) ? file : file.appendElement(`entities[${index}].aliases`, JSON.stringify(entity.name));
  }
  const keys = keysOf(entity);
  const merges = arrayOr(file.valueAt('merges'));
  const index = merges.findIndex((group) => groupNames(group).some((member) => keys.has(userNameKey(member))));
  if (index < 0) return append(file, 'merges', namedMerge(name, [entity.name]));
  const group = merges[index];
  if (Array.isArray(group)) return file.replaceValue(`merges[${index}]`, namedMerge(name, groupNames(group)));
  return file.valueAt(`merges[${index}].name`) === undefined ? file.addMember(`merges[${index}]`, 'name', JSON.stringify(name)) : file.replaceValue(`merges[${index}].name`, JSON.stringify(name));
}

const namedMerge = (name: string, spellings: readonly string[]) => `{ "name": ${JSON.stringify(name)}, "spellings": ${quoted(spellings)} }`;

function ignore(file: JsonText, entity: CorrectedEntity, spellings: readonly string[]): JsonText {
  const names = isKnown(entity) ? [entity.id] : [entity.name, ...spellings.filter((spelling) => spelling !== entity.name)];
  for (const name of names) {
    const ignored = arrayOr(file.valueAt('ignore')).filter((item): item is string => typeof item === 'string').map(userNameKey);
    if (!ignored.includes(userNameKey(name))) file = append(file, 'ignore', JSON.stringify(name));
  }
  return file;
}

function entityEntryIndex(file: JsonText, id: string): number {
  return arrayOr(file.valueAt('entities')).findIndex((entry) => typeof entry === 'object' && entry !== null && (entry as { id?: unknown }).id === id);
}

/**
 * Sets `key` of the entity's `entities` entry to `value` (JSON text). Without an entry, one is
 * made from the entity's id, name and type. Its other spellings stay out: they join it as before,
 * whereas as aliases they would be found everywhere (a surname, also in other people's articles).
 */
function setEntityEntry(file: JsonText, entity: CorrectedEntity, key: 'name' | 'type', value: string): JsonText {
  const index = entityEntryIndex(file, entity.id);
  if (index >= 0) {
    const path = `entities[${index}].${key}`;
    return file.valueAt(path) === undefined ? file.addMember(`entities[${index}]`, key, value) : file.replaceValue(path, value);
  }
  const entry: Record<string, string> = { id: JSON.stringify(entity.id), name: JSON.stringify(entity.name), type: JSON.stringify(entity.type), [key]: value };
  const fields = Object.entries(entry).map(([k, v]) => `${JSON.stringify(k)}: ${v}`);
  return append(file, 'entities', `{ ${fields.join(', ')} }`);
}

/**
 * Removes from each group of `key` the names `remove` picks (given the group's names and one of
 * them), and the groups left with fewer than two names. Named merges lose only spellings.
 */
function removeFromGroups(file: JsonText, key: 'merges' | 'splits', remove: (names: string[], name: string) => boolean): JsonText {
  const groups = arrayOr(file.valueAt(key));
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g];
    const names = groupNames(group);
    const listPath = Array.isArray(group) ? `${key}[${g}]` : `${key}[${g}].spellings`;
    const list = arrayOr(file.valueAt(listPath));
    const doomed = list.map((item, i) => (typeof item === 'string' && remove(names, item) ? i : -1)).filter((i) => i >= 0);
    if (doomed.length === 0) continue;
    const left = names.length - doomed.length;
    if (left < 2) file = file.removeElement(key, g);
    else for (const i of doomed.reverse()) file = file.removeElement(listPath, i);
  }
  return file;
}

/** Per snapshot (its entities array): how many entities write each spelling, by userNameKey. */
const spellingUse = perSnapshot((entities: readonly Entity[]) => {
  const use = new Map<string, number>();
  for (const each of entities) for (const key of new Set(each.aliases.map(userNameKey))) use.set(key, (use.get(key) ?? 0) + 1);
  return use;
});

/**
 * The spellings of an entity that no other entity of the snapshot writes. Counted once per
 * snapshot, on the first use.
 */
export function ownSpellings(entity: CorrectedEntity, entities: readonly Entity[]): string[] {
  const use = spellingUse(entities);
  return entity.aliases.filter((spelling) => (use.get(userNameKey(spelling)) ?? 0) <= 1);
}
