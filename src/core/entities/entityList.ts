// The entities built from the clustering's groups, in the groups' order: known ones under their
// own id, discovered ones under their slug (a taken slug gets a number).

import type { Steps } from '../steps';
import type { Entity } from '../types';
import type { Choices } from './choices';
import type { Clustering } from './clustering';
import type { EntityGroup } from './entityGroup';
import { slugify } from './nameWords';

/**
 * The entities in the order of their groups; ids are given in that order, a taken id gets a number.
 * In steps (see src/core/steps.ts), one entity built each.
 */
export function* buildEntities(clustering: Clustering, choices: Choices): Steps<Entity[]> {
  const usedIds = new Set<string>();
  const entities: Entity[] = [];
  for (const root of clustering.rootOrder) {
    const group = clustering.groupsByRoot.get(root)!;
    if (group.mentions.length === 0) continue;
    const knownId = clustering.rootKnown.get(root);
    const known = knownId === undefined ? undefined : choices.known.get(knownId);
    if (!group.entity) group.describe(known, chosenName(choices, group));
    let id = known?.id ?? group.slug;
    if (!known) {
      const base = id;
      for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    }
    usedIds.add(id);
    if (!group.entity) {
      group.entity = group.build(id, known, choices.userIds);
      yield;
    } else if (group.entity.id !== id) group.entity = { ...group.entity, id };
    entities.push(group.entity);
  }
  return entities;
}

/** The name the user gave a merge that names one of the group's spellings or ids. */
function chosenName(choices: Choices, group: EntityGroup): string | undefined {
  if (choices.chosenNames.size === 0) return undefined;
  for (const { stats } of group.forms) {
    const name = choices.chosenNames.get(stats.folded) ?? choices.chosenNames.get(stats.knownId ?? slugify(stats.folded));
    if (name !== undefined) return name;
  }
  return undefined;
}
