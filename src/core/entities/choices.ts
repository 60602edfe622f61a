// What the resolver is told rather than finds: the known entities (the knowledge base with the
// user's own entries over it) and the user's merges, splits and ignores.

import type { KnownEntity } from '../knowledgeBase';
import { foldText } from '../text';
import type { UserEntities } from '../userEntities';
import { normalizeSpaces } from './nameWords';

export class Choices {
  readonly known: Map<string, KnownEntity>;
  /** ids of the known entities the user's entities file gives */
  readonly userIds = new Set<string>();
  /** folded spelling or id in a merge the user named -> that name (the first merge naming it wins) */
  readonly chosenNames = new Map<string, string>();

  /** User entries override knowledge-base entries with the same id (their aliases are added). */
  constructor(knowledgeBase: readonly KnownEntity[], readonly user: UserEntities | undefined) {
    this.known = new Map(knowledgeBase.map((entity) => [entity.id, entity]));
    user?.merges.forEach((group, i) => {
      const name = user.mergeNames?.[i];
      if (name === undefined) return;
      for (const member of group) {
        for (const key of [member, normalizeSpaces(foldText(member))]) if (!this.chosenNames.has(key)) this.chosenNames.set(key, name);
      }
    });
    for (const entity of user?.entities ?? []) {
      const base = this.known.get(entity.id);
      this.known.set(entity.id, base ? { ...base, ...entity, aliases: [...new Set([...base.aliases, ...entity.aliases])] } : entity);
      this.userIds.add(entity.id);
    }
  }
}
