// Corpus-wide entity resolution. Per-article candidates are aggregated into surface forms as
// articles are set or deleted (no article is rescanned); resolve() then groups forms into entities:
// spelling variants (accents, Arabic articles, transliterations), surname-only mentions, acronyms
// introduced next to their full name, known entities, and the user's merges, splits and ignores.
// A full resolve costs in proportion to the distinct forms plus the mentions. It keeps its grouping,
// so the next resolve only redoes the changed articles and the entities they touch when the change
// brings or removes no name (an article saved again or edited, a new article of known names) or only
// names that stand apart from the older forms (a person never seen before, a new spelling of one
// name, a full name for a surname that stood alone); anything else groups the forms anew.
//
// The work is in src/core/entities/, along these terms:
// - mention: one place in an article where a candidate name is written (entityCandidates.ts).
// - spelling: a mention's text with its spaces normalised, as a card lists it ("Fayez al-Sarraj").
// - form: one folded spelling, with the known entity it was matched to if any; its key is
//   "id|folded" or "|folded". Forms keep their counts across articles (forms.ts, formIndex.ts).
// - significant words: a form's folded words without particles and Arabic articles (nameWords.ts).
// - skeleton: a word's phonetic skeleton, where transliterations meet ("kdf" for Kadhafi, Gaddafi)
//   (nameSimilarity.ts).
// - name: a form accepted as a name by its own evidence: a known spelling, or more than a
//   sentence-initial capital (acceptNames.ts). A weak form is a single sentence-initial word that
//   may still be a partial name.
// - group: the names that are one entity, as a union-find over form keys (groups.ts); its root is
//   the key it is filed under. An entity group holds a group's forms, mentions, roles and spellings
//   and builds the entity (entityGroup.ts).
// - known anchor: the first form of a known entity, the form its group is found by (joinGroups.ts).
// - block: spellings with the same word count and last-word skeleton, the only ones compared with
//   one another (nameBlocks.ts).
// - full name: two or more significant words, not an organisation; a partial name is a surname or
//   a given name alone (partialNames.ts).
// - claim, tie: a partial name joins the one group of full names that claims it corpus-wide, or
//   else is tied per article to the one full name it names there (an override).
// - clustering: the result of the steps in cluster() (clustering.ts), kept between resolves and
//   brought up to date by the incremental path (incremental.ts, newNames.ts) while that is exact.

import type { ArticleCandidates } from './entityCandidates';
import { Choices } from './entities/choices';
import { cluster, type Clustering } from './entities/clustering';
import { buildEntities } from './entities/entityList';
import { FormIndex } from './entities/formIndex';
import { SavedMentions } from './entities/savedMentions';
import { updateClustering } from './entities/incremental';
import type { KnownEntity } from './knowledgeBase';
import { runSteps, type Steps } from './steps';
import type { Entity } from './types';
import type { UserEntities } from './userEntities';

export { slugify } from './entities/nameWords';

/**
 * Up to this many changed articles the grouping is brought up to date in place (updateClustering);
 * beyond, it is made anew in steps (cluster): the update in place is one step, it cannot stop
 * halfway: with the 68,000 articles a 100,000-article scan adds after its last refresh, it and the
 * garbage it left held the extension host for 10 to 16 s.
 */
const INCREMENTAL_ARTICLES = 1000;

export class EntityResolver {
  private readonly index = new FormIndex();
  private choices: Choices;
  private clustering: Clustering | undefined;
  /**
   * Articles set (or deleted: undefined) since the last resolve, counted into the index only then:
   * a warm start that takes saved entities (useSaved) never counts them unless something changes.
   */
  private readonly pending = new Map<string, ArticleCandidates | undefined>();
  /** counts the changes to the index and the grouping: a run of groupSteps that saw others' is out of date */
  private changes = 0;
  /** entities a full resolve of exactly these articles gave, valid until the next change */
  private saved: Entity[] | undefined;

  constructor(private readonly knowledgeBase: KnownEntity[], user?: UserEntities) {
    this.choices = new Choices(knowledgeBase, user);
  }

  /** User entries override knowledge-base entries with the same id (their aliases are added). */
  setUserEntities(user: UserEntities | undefined): void {
    this.choices = new Choices(this.knowledgeBase, user);
    this.clustering = undefined;
    this.saved = undefined;
  }

  set(candidates: ArticleCandidates): void {
    this.pending.set(candidates.path, candidates);
    this.saved = undefined;
  }

  delete(path: string): void {
    this.pending.set(path, undefined);
    this.saved = undefined;
  }

  /**
   * Takes the entities a resolve gave for exactly the articles set now, with the same user entities
   * (the caller vouches, e.g. a cache whose every file matched its stamp): resolve() returns them
   * and nothing is counted or grouped until an article changes; then the articles are counted and
   * grouped as they would have been.
   */
  useSaved(entities: Entity[]): void {
    this.saved = entities;
  }

  /**
   * The entities. The clustering is updated where that can be done exactly, else made anew; both give
   * the same result. Unchanged Entity objects are reused (they and their arrays are never modified
   * after they are returned).
   */
  resolve(): Entity[] {
    return runSteps(this.resolveSteps());
  }

  /** resolve() in steps (see steps.ts): one article counted, one step of the grouping, the entities built. */
  *resolveSteps(): Steps<Entity[]> {
    if (this.saved) return this.saved.slice();
    return yield* this.groupSteps();
  }

  /**
   * Counts and groups every article set so far, in steps, also while saved entities stand in for
   * them (useSaved): run after a warm start, it makes the first change cost what it costs after a
   * cold start instead of a whole grouping. The saved entities stay in use.
   */
  *groupSteps(): Steps<Entity[]> {
    // After a warm start the saved entities' mentions are the ones to keep (one copy of each).
    let saved: SavedMentions | undefined;
    if (this.saved && this.pending.size > 0) yield* (saved = new SavedMentions()).collect(this.saved);
    // Taken out of `pending` one at a time: articles set between the steps are counted too.
    for (const [path, candidates] of this.pending) {
      this.pending.delete(path);
      if (candidates) this.index.set(candidates, saved?.take(path));
      else this.index.delete(path);
      this.changes++;
      yield;
    }
    // Other steps may run in between (a second caller): what they counted or grouped, or new user
    // entities, make this run's grouping out of date, and the run starts again from there.
    const { choices } = this;
    if (!this.clustering || this.index.changed.size > INCREMENTAL_ARTICLES || !updateClustering(this.index, this.clustering)) {
      const changes = this.changes;
      const clustering = yield* this.cluster();
      if (changes !== this.changes || choices !== this.choices) return yield* this.groupSteps();
      this.clustering = clustering;
    }
    this.index.settle();
    const changes = ++this.changes;
    const entities = yield* buildEntities(this.clustering, choices);
    return changes === this.changes && choices === this.choices ? entities : yield* this.groupSteps();
  }

  /** Groups the forms anew, in steps; a method of its own, so the tests can count full resolves. */
  private cluster(): Steps<Clustering> {
    return cluster(this.index, this.choices);
  }
}
