// An entity group: one group's forms, mentions, roles and spellings, and the entity built from them
// (its name, type and id).

import { isRoleWord } from '../entityCandidates';
import { PERSON_NAME_ENDINGS, PLACE_NAME_ENDINGS } from '../entityWordLists';
import type { KnownEntity } from '../knowledgeBase';
import { foldText, stripAccents } from '../text';
import type { Entity, EntityType, Mention, Role } from '../types';
import { bump, type FormInfo } from './forms';
import { beginsWithInitials, normalizeSpaces, significantWords, slugify } from './nameWords';

export function byPathAndStart(a: Role, b: Role): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start;
}

const pathOf = (item: { path: string }) => item.path;

/**
 * `items` (sorted by the path `path` gives) with `runs` merged in: each run the items of one path
 * that `items` does not hold, the runs in path order.
 */
function mergeByPath<T>(items: readonly T[], runs: readonly (readonly T[])[], path: (item: T) => string): T[] {
  const merged: T[] = [];
  let next = 0;
  for (const run of runs) {
    if (run.length === 0) continue;
    const runPath = path(run[0]);
    while (next < items.length && path(items[next]) < runPath) merged.push(items[next++]);
    for (const item of run) merged.push(item);
  }
  while (next < items.length) merged.push(items[next++]);
  return merged;
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

  /** `spelling` is undefined for a possessive ("Haftars"): a mention, not a spelling */
  addMention(mention: Mention, spelling: string | undefined): void {
    this.mentions.push(mention);
    if (this.articles[this.articles.length - 1] !== mention.path) this.articles.push(mention.path);
    if (spelling !== undefined) bump(this.spellings, spelling, 1);
  }

  // Entities built before share the mention, role and article arrays: a change makes new ones.

  /** Takes out the mentions and roles of the articles `paths`, in one pass whatever their number. */
  removeArticles(paths: ReadonlySet<string>): void {
    const kept = (item: { path: string }) => !paths.has(item.path);
    this.mentions = this.mentions.filter(kept);
    this.roles = this.roles.filter(kept);
    this.articles = this.articles.filter((path) => !paths.has(path));
  }

  /**
   * Inserts articles' mentions, roles and spellings, each article's collected in a part, in one
   * merge: inserting them one at a time would cost the group's size per article, quadratic when
   * a scan adds thousands of articles to a group that is in most of them.
   */
  insertArticles(parts: ReadonlyMap<string, EntityGroup>): void {
    const ordered = [...parts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, part]) => part);
    this.mentions = mergeByPath(this.mentions, ordered.map((part) => part.mentions), pathOf);
    this.roles = mergeByPath(this.roles, ordered.map((part) => part.roles.sort(byPathAndStart)), pathOf);
    const withMentions = ordered.filter((part) => part.mentions.length > 0).map((part) => [part.mentions[0].path]);
    this.articles = mergeByPath(this.articles, withMentions, (path) => path);
    for (const part of ordered) for (const [spelling, count] of part.spellings) bump(this.spellings, spelling, count);
  }

  /** Decides the name, type and id of the group as it is now; a name the user chose comes first. */
  describe(known: KnownEntity | undefined, chosenName?: string): void {
    this.name = chosenName ?? known?.name ?? this.preferredName();
    this.entityType = known?.type ?? this.type();
    this.slug = slugify(this.name);
  }

  build(id: string, known: KnownEntity | undefined, userIds: Set<string>): Entity {
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
  return endings.some((ending) => folded.length >= ending.length + 3 && folded.endsWith(ending));
}
