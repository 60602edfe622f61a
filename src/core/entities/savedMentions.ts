// The mentions of entities saved by an earlier resolve (a warm start), by article: the resolver's
// per-article index takes these very objects when it first counts an article, instead of keeping
// a second copy of every mention beside them (see prepare in forms.ts).

import { partitionPoint } from '../sortedSearch';
import type { Steps } from '../steps';
import type { Entity, Mention } from '../types';
import type { CandidateMention } from '../entityCandidates';

export class SavedMentions {
  private readonly byPath = new Map<string, Mention[]>();

  /** Files every mention of `entities` under its article, in steps, one entity each. */
  *collect(entities: readonly Entity[]): Steps {
    for (const entity of entities) {
      for (const mention of entity.mentions) {
        const list = this.byPath.get(mention.path);
        if (list) list.push(mention);
        else this.byPath.set(mention.path, [mention]);
      }
      yield;
    }
  }

  /** The saved mentions of one article, by start, handed out once (then let go). */
  take(path: string): ArticleSavedMentions | undefined {
    const list = this.byPath.get(path);
    if (!list) return undefined;
    this.byPath.delete(path);
    return new ArticleSavedMentions(list.sort((a, b) => a.start - b.start));
  }
}

export class ArticleSavedMentions {
  constructor(private readonly byStart: readonly Mention[]) {}

  /** The saved mention at the candidate's place and spelled as it is, if there is one. */
  find(candidate: CandidateMention): Mention | undefined {
    const list = this.byStart;
    for (let i = partitionPoint(list.length, (k) => list[k].start < candidate.start); i < list.length && list[i].start === candidate.start; i++) {
      if (list[i].end === candidate.end && list[i].surface === candidate.surface) return list[i];
    }
    return undefined;
  }
}
