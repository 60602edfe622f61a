// The form index: every form the articles use, with its counts, kept up to date as articles are set
// or deleted (no article is rescanned), the alias links the texts make, and what changed since the
// last resolve.

import type { ArticleCandidates } from '../entityCandidates';
import { foldText } from '../text';
import { countedArticle, type CountedArticle } from './countedArticle';
import { prepare, type FormStats, type PreparedArticle, type TouchedLinks } from './forms';
import { surnameSkeletons } from './nameBlocks';
import { nameSkeleton } from './nameSimilarity';
import { normalizeSpaces, significantWords } from './nameWords';
import type { ArticleSavedMentions } from './savedMentions';

export class FormIndex {
  private readonly articles = new Map<string, CountedArticle>();
  /** per article, computed once in set(): what resolve() needs of each mention, ready to use */
  readonly prepared = new Map<string, PreparedArticle>();
  readonly forms = new Map<string, FormStats>();
  /** every form by the skeletons it is found by as a surname (see surnameSkeletons) and of its first significant word ("l:srj", "f:fs") */
  readonly formsByWord = new Map<string, Set<FormStats>>();
  /** folded alias -> folded name it was linked to (acronym, "beter bekend als") -> count */
  readonly aliasLinks = new Map<string, Map<string, number>>();
  /** increases whenever an alias link appears or disappears: the clustering must be redone */
  linkVersion = 0;
  /** forms that appeared or disappeared since the last resolve */
  readonly formsCreatedOrRemoved = new Set<string>();
  /** articles changed since the last resolve, with what they were then (undefined: absent) */
  readonly changed = new Map<string, PreparedArticle | undefined>();

  /** `saved`: the article's mentions as saved entities hold them, to be shared (see prepare). */
  set(candidates: ArticleCandidates, saved?: ArticleSavedMentions): void {
    const path = candidates.path;
    this.noteChange(path);
    const touched = new Set<FormStats>();
    const touchedLinks: TouchedLinks = new Map();
    const old = this.articles.get(path);
    if (old) this.count(old, -1, touched, touchedLinks);
    this.articles.set(path, countedArticle(candidates));
    this.prepared.set(path, prepare(candidates, saved));
    this.count(candidates, 1, touched, touchedLinks);
    // Removed only now, so an article saved again unchanged keeps every form where it was.
    this.prune(touched, touchedLinks);
  }

  delete(path: string): void {
    const old = this.articles.get(path);
    if (!old) return;
    this.noteChange(path);
    const touched = new Set<FormStats>();
    const touchedLinks: TouchedLinks = new Map();
    this.count(old, -1, touched, touchedLinks);
    this.articles.delete(path);
    this.prepared.delete(path);
    this.prune(touched, touchedLinks);
  }

  private noteChange(path: string): void {
    if (!this.changed.has(path)) this.changed.set(path, this.prepared.get(path));
  }

  private count(candidates: CountedArticle, sign: 1 | -1, touched: Set<FormStats>, touchedLinks: TouchedLinks): void {
    const rolesByMention = new Map<number, number>();
    for (const role of candidates.roles) rolesByMention.set(role.mention, (rolesByMention.get(role.mention) ?? 0) + 1);
    const { keys } = this.prepared.get(candidates.path)!;
    // One change per form for the article, not one per mention: a name's set of articles may hold thousands.
    const formsHere: FormStats[] = [];
    candidates.mentions.forEach((mention, index) => {
      const key = keys[index];
      let stats = this.forms.get(key);
      if (!stats) {
        const folded = key.slice(key.indexOf('|') + 1);
        stats = {
          key, folded, words: significantWords(folded), knownId: mention.knownId, mentions: 0, strong: 0,
          articles: new Set(), cues: { person: 0, organization: 0, place: 0 }, acronym: mention.acronym, roles: 0, pendingMentions: 0,
        };
        this.forms.set(key, stats);
        this.indexForm(stats, true);
        this.formsCreatedOrRemoved.add(key);
      }
      touched.add(stats);
      if (stats.pendingMentions++ === 0) formsHere.push(stats);
      stats.mentions += sign;
      if (!mention.initial) stats.strong += sign;
      stats.cues.person += sign * mention.cues.person;
      stats.cues.organization += sign * mention.cues.organization;
      stats.cues.place += sign * mention.cues.place;
      stats.roles += sign * (rolesByMention.get(index) ?? 0);
    });
    for (const stats of formsHere) {
      // An article is counted out with exactly the mentions it was counted in with.
      if (sign > 0) stats.articles.add(candidates.path);
      else stats.articles.delete(candidates.path);
      stats.pendingMentions = 0;
    }
    for (const link of candidates.aliasLinks) {
      const alias = normalizeSpaces(foldText(link.alias));
      let names = this.aliasLinks.get(alias);
      if (!names) this.aliasLinks.set(alias, (names = new Map()));
      const name = normalizeSpaces(foldText(link.name));
      if (!names.has(name)) this.linkVersion++;
      names.set(name, (names.get(name) ?? 0) + sign);
      let touchedNames = touchedLinks.get(alias);
      if (!touchedNames) touchedLinks.set(alias, (touchedNames = new Set()));
      touchedNames.add(name);
    }
  }

  private indexForm(stats: FormStats, add: boolean): void {
    const words = stats.words;
    if (words.length === 0) return;
    for (const key of new Set([...surnameSkeletons(words).map((skeleton) => `l:${skeleton}`), `f:${nameSkeleton(words[0])}`])) {
      let set = this.formsByWord.get(key);
      if (add) {
        if (!set) this.formsByWord.set(key, (set = new Set()));
        set.add(stats);
      } else if (set) {
        set.delete(stats);
        if (set.size === 0) this.formsByWord.delete(key);
      }
    }
  }

  private prune(touched: Set<FormStats>, touchedLinks: TouchedLinks): void {
    for (const stats of touched) {
      if (stats.mentions > 0) continue;
      this.forms.delete(stats.key);
      this.indexForm(stats, false);
      this.formsCreatedOrRemoved.add(stats.key);
    }
    // Only the touched links: one acronym may be linked to thousands of names.
    for (const [alias, touchedNames] of touchedLinks) {
      const names = this.aliasLinks.get(alias)!;
      for (const name of touchedNames) {
        if (names.get(name)! > 0) continue;
        names.delete(name);
        this.linkVersion++;
      }
      if (names.size === 0) this.aliasLinks.delete(alias);
    }
  }

  /** A resolve took in every change so far. */
  settle(): void {
    this.changed.clear();
    this.formsCreatedOrRemoved.clear();
  }
}
