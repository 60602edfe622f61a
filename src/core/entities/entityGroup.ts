// An entity group: one group's forms, mentions, roles and spellings, and the entity built from them
// (its name, type and id).

import { isRoleWord } from '../entityCandidates';
import { hasEnding } from '../entityWords';
import { PERSON_NAME_ENDINGS, PLACE_NAME_ENDINGS } from '../entityWordLists';
import type { KnownEntity } from '../knowledgeBase';
import { compareStrings, partitionPoint } from '../sortedSearch';
import { foldText, stripAccents } from '../text';
import type { Entity, EntityType, Mention, Role } from '../types';
import { bump, type FormInfo } from './forms';
import { beginsWithInitials, normalizeSpaces, significantWords, slugify } from './nameWords';

export function byPathAndStart(a: Role, b: Role): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start;
}

const pathOf = (item: { path: string }) => item.path;
const itself = (path: string) => path;

/** Index of the first item from `from` on whose path is not before `path` (items sorted by path). */
function firstFrom<T>(items: readonly T[], path: string, pathOfItem: (item: T) => string, from = 0): number {
  return partitionPoint(items.length, (i) => pathOfItem(items[i]) < path, from);
}

/** The items of `path`, [start, end), found from `from` on (items sorted by path). */
function rangeOf<T>(items: readonly T[], path: string, pathOfItem: (item: T) => string, from = 0): [number, number] {
  const start = firstFrom(items, path, pathOfItem, from);
  let end = start;
  while (end < items.length && pathOfItem(items[end]) === path) end++;
  return [start, end];
}

/**
 * Up to this many articles, the group's array spliced in place (moving memory; copied first when an
 * entity shares it) is quicker than joining pieces.
 */
const FEW_ARTICLES = 8;

/** Pieces joined into one array, at the speed of a copy (a loop pushing item by item costs ten times as much). */
function joined<T>(pieces: readonly (readonly T[])[]): T[] {
  let whole: T[] = [];
  // Bounded, so no spread passes more arguments than a call can take.
  for (let i = 0; i < pieces.length; i += 8192) whole = whole.concat(...pieces.slice(i, i + 8192));
  return whole;
}

/** `items` (sorted by path) without those of `paths` (sorted): each found by binary search, the rest copied in slices. */
function withoutPaths<T>(items: T[], paths: readonly string[], pathOfItem: (item: T) => string, inPlace: boolean): T[] {
  if (paths.length <= FEW_ARTICLES) {
    const copy = inPlace ? items : items.slice();
    for (const path of paths) {
      const [start, end] = rangeOf(copy, path, pathOfItem);
      copy.splice(start, end - start);
    }
    return copy;
  }
  const pieces: T[][] = [];
  let next = 0;
  for (const path of paths) {
    const [start, end] = rangeOf(items, path, pathOfItem, next);
    if (start > next) pieces.push(items.slice(next, start));
    next = end;
  }
  pieces.push(items.slice(next));
  return joined(pieces);
}

/**
 * `items` (sorted by path) with `runs` merged in: each run the items of one path that `items` does
 * not hold, the runs in path order; each run's place found by binary search, the rest copied in slices.
 */
function withRuns<T>(items: T[], runs: readonly (readonly T[])[], pathOfItem: (item: T) => string, inPlace: boolean): T[] {
  if (runs.length <= FEW_ARTICLES) {
    const copy = inPlace ? items : items.slice();
    for (const run of runs) if (run.length > 0) copy.splice(firstFrom(copy, pathOfItem(run[0]), pathOfItem), 0, ...run);
    return copy;
  }
  const pieces: (readonly T[])[] = [];
  let next = 0;
  for (const run of runs) {
    if (run.length === 0) continue;
    const at = firstFrom(items, pathOfItem(run[0]), pathOfItem, next);
    if (at > next) pieces.push(items.slice(next, at));
    pieces.push(run);
    next = at;
  }
  pieces.push(items.slice(next));
  return joined(pieces);
}

/**
 * One group's forms, mentions (sorted by article, then text order), roles and spellings, kept
 * between resolves so a changed article updates only the groups it touches.
 */
export class EntityGroup {
  readonly forms: FormInfo[] = [];
  mentions: Mention[] = [];
  roles: Role[] = [];
  articles: string[] = [];
  /** spellings as written, with counts; possessives ("Haftars") are mentions but not spellings */
  readonly spellings = new Map<string, number>();
  /** the entity as last built; undefined when the group changed since */
  entity: Entity | undefined;
  private name = '';
  private entityType: EntityType = 'organization';
  /** the id a discovered entity gets unless another took it first */
  slug = '';
  /** an entity built before holds the mention, role and article arrays: a change copies them first */
  private shared = false;

  /** `spelling` is undefined for a possessive ("Haftars"): a mention, not a spelling */
  addMention(mention: Mention, spelling: string | undefined): void {
    this.mentions.push(mention);
    if (this.articles[this.articles.length - 1] !== mention.path) this.articles.push(mention.path);
    if (spelling !== undefined) bump(this.spellings, spelling, 1);
  }

  /**
   * Takes out the mentions and roles of the articles `paths`, and inserts articles' mentions, roles
   * and spellings (insertArticles), each in one pass over the group whatever the number of articles:
   * one at a time would cost the group's size per article, quadratic when a scan adds thousands of
   * articles to a group that is in most of them.
   */
  removeArticles(paths: ReadonlySet<string>): void {
    const sorted = [...paths].sort(compareStrings);
    const inPlace = !this.shared;
    this.mentions = withoutPaths(this.mentions, sorted, pathOf, inPlace);
    this.roles = withoutPaths(this.roles, sorted, pathOf, inPlace);
    this.articles = withoutPaths(this.articles, sorted, itself, inPlace);
    this.shared = false;
  }

  /** Inserts articles' mentions, roles and spellings, each article's collected in a part (see removeArticles). */
  insertArticles(parts: ReadonlyMap<string, EntityGroup>): void {
    const ordered = [...parts].sort(([a], [b]) => compareStrings(a, b)).map(([, part]) => part);
    const inPlace = !this.shared;
    this.mentions = withRuns(this.mentions, ordered.map((part) => part.mentions), pathOf, inPlace);
    this.roles = withRuns(this.roles, ordered.map((part) => part.roles.sort(byPathAndStart)), pathOf, inPlace);
    this.articles = withRuns(this.articles, ordered.filter((part) => part.mentions.length > 0).map((part) => [part.mentions[0].path]), itself, inPlace);
    this.shared = false;
    for (const part of ordered) for (const [spelling, count] of part.spellings) bump(this.spellings, spelling, count);
  }

  /** Decides the name, type and id of the group as it is now; a name the user chose comes first. */
  describe(known: KnownEntity | undefined, chosenName?: string): void {
    this.name = chosenName ?? known?.name ?? this.preferredName();
    this.entityType = known?.type ?? this.type();
    this.slug = slugify(this.name);
  }

  build(id: string, known: KnownEntity | undefined, userIds: Set<string>): Entity {
    this.shared = true;
    const entity: Entity = {
      id,
      name: this.name,
      type: this.entityType,
      aliases: [...this.spellings.keys()].sort((a, b) => (this.spellings.get(b) ?? 0) - (this.spellings.get(a) ?? 0) || a.localeCompare(b)),
      articles: this.articles,
      mentions: this.mentions,
      roles: this.roles,
      origin: known ? (userIds.has(known.id) ? 'user' : 'knowledge-base') : 'discovered',
    };
    if (known?.description) entity.description = known.description;
    return entity;
  }

  /**
   * The best full name: no leading title ("Zakenvrouw Anna Wit" loses to "Anna Wit"), then the
   * most complete spelling, and among those the one whose words are written most often that way.
   */
  private preferredName(): string {
    const wordCounts = new Map<string, number>();
    for (const [spelling, count] of this.spellings) for (const word of spelling.split(' ')) bump(wordCounts, word, count);
    const articlesByFolded = new Map<string, number>();
    for (const { stats } of this.forms) articlesByFolded.set(stats.folded, stats.articles.size);
    let best = '';
    let bestScore: number[] = [];
    for (const [spelling, count] of this.spellings) {
      const words = spelling.split(' ');
      const nameWords = significantWords(foldText(spelling));
      const significant = nameWords.length;
      // Ties go to the spelling with accents ("Salamé" over "Salame"): it carries more.
      const accents = spelling.length - stripAccents(spelling).length + (spelling === stripAccents(spelling) ? 0 : 1);
      const untitled = hasLeadingTitle(words, articlesByFolded) ? 0 : 1;
      const spelledOut = beginsWithInitials(nameWords) ? 0 : 1;
      const score = [untitled, spelledOut, significant, words.reduce((sum, word) => sum + (wordCounts.get(word) ?? 0), 0), count, accents, -spelling.length];
      if (best === '' || compareScores(score, bestScore) > 0 || (compareScores(score, bestScore) === 0 && spelling < best)) {
        best = spelling;
        bestScore = score;
      }
    }
    return best;
  }

  private type(): EntityType {
    const cues = { person: 0, organization: 0, place: 0 };
    let acronym = false;
    let longest = 0;
    for (const { stats, words } of this.forms) {
      cues.person += stats.cues.person + stats.roles;
      cues.organization += stats.cues.organization;
      cues.place += stats.cues.place;
      acronym ||= stats.acronym;
      longest = Math.max(longest, words.length);
    }
    if (acronym) cues.organization += 1;
    // A one-word name shaped like a place's or a surname weighs as a preposition does: "de Tarwewijk".
    if (longest === 1 && this.forms.some(({ stats }) => hasNameEnding(stats.folded, PLACE_NAME_ENDINGS))) cues.place += 1;
    else if (longest === 1 && this.forms.some(({ stats }) => hasNameEnding(stats.folded, PERSON_NAME_ENDINGS))) cues.person += 1;
    const best = Math.max(cues.person, cues.organization, cues.place);
    if (best > 0) return cues.person === best ? 'person' : cues.organization === best ? 'organization' : 'place';
    return longest >= 2 ? 'person' : 'organization';
  }
}

/**
 * Whether a spelling's first word is a title or role rather than a given name: a role word
 * ("Minister", "Generaal"), or a word before a full name (given name and surname) that more
 * articles write without it ("Zakenvrouw Anna Wit" where most write "Anna Wit").
 */
function hasLeadingTitle(words: string[], articlesByFolded: Map<string, number>): boolean {
  if (words.length < 2) return false;
  if (isRoleWord(foldText(words[0]))) return true;
  const rest = normalizeSpaces(foldText(words.slice(1).join(' ')));
  const restArticles = articlesByFolded.get(rest);
  if (restArticles === undefined || significantWords(rest).length < 2) return false;
  return restArticles > (articlesByFolded.get(normalizeSpaces(foldText(words.join(' ')))) ?? 0);
}

function compareScores(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** A one-word name shaped like a place's or a surname: "Kostjantynivka", "Achmatova" (see PLACE_NAME_ENDINGS, PERSON_NAME_ENDINGS). */
function hasNameEnding(folded: string, endings: readonly string[]): boolean {
  return hasEnding(folded, endings, MIN_NAME_ENDING_HEAD);
}
const MIN_NAME_ENDING_HEAD = 3;
