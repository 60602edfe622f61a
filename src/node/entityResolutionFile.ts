// How the analysis cache keeps the resolved entities (Corpus.entityResolution), so a start whose
// every file matched its stamp takes them instead of resolving the corpus again: a keyed file
// (keyedCacheFile.ts: a header line naming the analyses they were made from, then the gzipped
// body), as the search index is kept. In the body every string (paths, names,
// spellings, role texts and sentences) is written once, in one JSON line, and named by its index;
// the mentions, the bulk, follow as raw 32-bit numbers in this machine's byte order (the header
// says which). An entity's articles are the paths of its mentions, so they are not written.
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import type { EntityResolution } from '../core/corpus';
import type { Steps } from '../core/steps';
import type { Entity, Mention, Role } from '../core/types';
import type { AnalysisCache } from './analysisCache';
import { keyedFileHeader, type KeyedFileFormat } from './keyedCacheFile';
import { ThreadSlices } from './threadSlices';

const ENTITIES_FORMAT: KeyedFileFormat = { name: 'dossier-entities', version: 1 };
/** in the cache folder, beside the shards */
export const ENTITIES_FILE = 'entities.bin';
/** numbers per mention: path, start, end, surface */
const MENTION_FIELDS = 4;
/** numbers per role: text, path, sentence, start */
const ROLE_FIELDS = 4;

/** An entity with its strings as indices; its mentions are in the body's array of numbers. */
type CompactEntity = [id: number, name: number, type: Entity['type'], origin: Entity['origin'], description: number, aliases: number[], roles: number[], mentions: number];

interface BodyStrings {
  strings: string[];
  /** index of each path in `strings`, sorted as EntityResolution.paths */
  paths: number[];
  userEntitiesText: string | null;
  entities: CompactEntity[];
  /** how many numbers follow the line */
  numbers: number;
}

/** The resolution as the file's body, not yet compressed. */
export function encodeEntities(resolution: EntityResolution): Uint8Array {
  const strings: string[] = [];
  const indices = new Map<string, number>();
  const indexOf = (text: string): number => {
    let index = indices.get(text);
    if (index === undefined) indices.set(text, (index = strings.push(text) - 1));
    return index;
  };
  const paths = resolution.paths.map(indexOf);
  const mentionCount = resolution.entities.reduce((sum, entity) => sum + entity.mentions.length, 0);
  const numbers = new Uint32Array(mentionCount * MENTION_FIELDS);
  let at = 0;
  const entities = resolution.entities.map((entity): CompactEntity => {
    for (const mention of entity.mentions) {
      numbers[at++] = indexOf(mention.path);
      numbers[at++] = mention.start;
      numbers[at++] = mention.end;
      numbers[at++] = indexOf(mention.surface);
    }
    const roles = entity.roles.flatMap((role) => [indexOf(role.text), indexOf(role.path), indexOf(role.sentence), role.start]);
    const description = entity.description === undefined ? -1 : indexOf(entity.description);
    return [indexOf(entity.id), indexOf(entity.name), entity.type, entity.origin, description, entity.aliases.map(indexOf), roles, entity.mentions.length];
  });
  const body: BodyStrings = { strings, paths, userEntitiesText: resolution.userEntitiesText, entities, numbers: numbers.length };
  return Buffer.concat([Buffer.from(`${JSON.stringify(body)}\n`), new Uint8Array(numbers.buffer)]);
}

/** What a decoded resolution's entities make their mentions from, until mentionSteps made them all. */
interface MentionSource {
  numbers?: Uint32Array;
  strings?: string[];
}
const mentionSources = new WeakMap<EntityResolution, MentionSource>();

/**
 * The resolution `encodeEntities` wrote, in steps (one entity each, see src/core/steps.ts); undefined
 * for anything else (a damaged or foreign body: every number is checked here). An entity's mentions,
 * the bulk, are made when first read: a warm start shows its saved view without waiting for them,
 * and `mentionSteps` makes the rest in the background.
 */
export function* decodeEntities(body: Uint8Array): Steps<EntityResolution | undefined> {
  const newline = body.indexOf(0x0a);
  if (newline < 0) return undefined;
  let parsed: BodyStrings;
  try {
    parsed = JSON.parse(Buffer.from(body.buffer, body.byteOffset, newline).toString('utf8')) as BodyStrings;
  } catch {
    return undefined;
  }
  const { strings, paths, userEntitiesText, entities, numbers: count } = parsed;
  if (!Number.isInteger(count) || body.length - newline - 1 !== 4 * count || !Array.isArray(strings) || !strings.every((text) => typeof text === 'string')) return undefined;
  yield;
  // slice copies, so the array is aligned; let go once every entity made its mentions
  const numbers = new Uint32Array(body.buffer.slice(body.byteOffset + newline + 1, body.byteOffset + body.length));
  const source: MentionSource = { numbers, strings };
  const string = (index: number): string => {
    const text = strings[index];
    if (typeof text !== 'string') throw new Error('no such string');
    return text;
  };
  const mentionsAt = (from: number, mentionCount: number): Mention[] => {
    const { numbers: at, strings: text } = source as Required<MentionSource>;
    const mentions: Mention[] = [];
    for (let i = 0, n = from; i < mentionCount; i++, n += MENTION_FIELDS) mentions.push({ path: text[at[n]], start: at[n + 1], end: at[n + 2], surface: text[at[n + 3]] });
    return mentions;
  };
  let at = 0;
  const decoded: Entity[] = [];
  try {
    for (const [id, name, type, origin, description, aliases, roleNumbers, mentionCount] of entities) {
      yield;
      if (at + mentionCount * MENTION_FIELDS > numbers.length || roleNumbers.length % ROLE_FIELDS !== 0) return undefined;
      const from = at;
      const articles: string[] = [];
      let previous = -1;
      for (let i = 0; i < mentionCount; i++, at += MENTION_FIELDS) {
        if (numbers[at] >= strings.length || numbers[at + 3] >= strings.length) return undefined;
        // the strings are written once each: the same path is the same index
        if (numbers[at] !== previous) articles.push(strings[(previous = numbers[at])]);
      }
      const roles: Role[] = [];
      for (let i = 0; i < roleNumbers.length; i += ROLE_FIELDS) {
        roles.push({ text: string(roleNumbers[i]), path: string(roleNumbers[i + 1]), sentence: string(roleNumbers[i + 2]), start: roleNumbers[i + 3] });
      }
      let mentions: Mention[] | undefined;
      const entity: Entity = {
        id: string(id), name: string(name), type, aliases: aliases.map(string), articles,
        get mentions() {
          return (mentions ??= mentionsAt(from, mentionCount));
        },
        roles, origin,
      };
      if (description >= 0) entity.description = string(description);
      decoded.push(entity);
    }
    if (at !== numbers.length) return undefined;
    const resolution = { paths: paths.map(string), userEntitiesText, entities: decoded };
    mentionSources.set(resolution, source);
    return resolution;
  } catch {
    return undefined;
  }
}

/** Makes the mentions decodeEntities left for later in slices, off the caller's path (each is made on first use anyway). */
export function makeMentionsInBackground(resolution: EntityResolution): void {
  void new ThreadSlices().run(mentionSteps(resolution));
}

/** Makes the mentions decodeEntities left for later, one entity each, then lets their numbers go. */
export function* mentionSteps(resolution: EntityResolution): Steps {
  for (const entity of resolution.entities) {
    void entity.mentions;
    yield;
  }
  const source = mentionSources.get(resolution);
  if (source) source.numbers = source.strings = undefined;
}

/**
 * The entities kept beside a cache's shards, under the key of the analyses in use: loaded on a
 * start whose every file matched its stamp, saved when the analyses in use differ from the saved ones'.
 */
export class SavedEntities {
  /** the key of the entities on disk, when they were loaded or written here */
  private keyOnDisk: string | undefined;

  constructor(private readonly cache: AnalysisCache) {}

  /**
   * The saved resolution, when it was made from exactly the analyses in use now: call it once every
   * file was looked up (or made from the analyses `key` names: a warm start's saved view).
   * Undefined when there is none, it is damaged, or anything changed.
   */
  async load(key = this.cache.usedAnalysesKey()): Promise<EntityResolution | undefined> {
    const resolution = (await this.loadWithKey(key))?.value;
    if (resolution) makeMentionsInBackground(resolution);
    return resolution;
  }

  /**
   * load with the key the resolution was made under, its mentions not yet made (the caller starts
   * makeMentionsInBackground when it suits it: a warm start once its view is ready). `key` null:
   * whatever analyses it was made from (the caller checks).
   */
  async loadWithKey(key: string | null): Promise<{ value: EntityResolution; key: string } | undefined> {
    // Decoded here, in slices: at 10,000 articles that takes half a second.
    const loaded = await this.cache.loadKeyedFile(ENTITIES_FILE, ENTITIES_FORMAT, (body) => body, key);
    const resolution = loaded && (await new ThreadSlices().run(decodeEntities(loaded.value)));
    if (!resolution) return undefined;
    this.keyOnDisk = loaded.key;
    return { value: resolution, key: loaded.key };
  }

  /**
   * Writes the resolution `resolve` gives (undefined: none yet) under the key of the analyses in use
   * now, unless the one on disk was made from the same: then `resolve` is not called. Call it after
   * the cache's save, which drops the analyses no longer in use. Returns why it failed, if it did.
   */
  async save(resolve: () => EntityResolution | undefined): Promise<string | undefined> {
    const key = this.cache.usedAnalysesKey();
    if (key === this.keyOnDisk) return undefined;
    const resolution = resolve();
    if (!resolution) return undefined;
    const header = keyedFileHeader(ENTITIES_FORMAT, this.cache.version, key);
    try {
      await this.cache.replaceFile(ENTITIES_FILE, Buffer.concat([header, await gzip(encodeEntities(resolution), { level: 1 })]));
      this.keyOnDisk = key;
      return undefined;
    } catch (error) {
      return `${ENTITIES_FILE}: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
}

const gzip = promisify(gzipCallback);
