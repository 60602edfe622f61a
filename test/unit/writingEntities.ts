// Entities for the writing features' tests (completion, spelling, mention navigation), built
// directly: a spelling list and mention counts per spelling, sorted as a snapshot lists them.
import type { Entity, EntityType } from '../../src/core/types';

/** An entity named in `articles` articles, each mention written as the spelling it is counted under. */
export function writingEntity(id: string, type: EntityType, spellings: Record<string, number>, articles: number): Entity {
  const paths = Array.from({ length: articles }, (_, i) => `${id}/${i}.txt`);
  const mentions = Object.entries(spellings).flatMap(([surface, count]) =>
    Array.from({ length: count }, (_, i) => ({ path: paths[i % articles], start: 10 * i, end: 10 * i + surface.length, surface })));
  const aliases = Object.keys(spellings);
  return { id, name: aliases[0], type, aliases, articles: paths, mentions, roles: [], origin: 'discovered' };
}

// Chilean politics, not the seeds; most articles first.
export const CHILE: Entity[] = [
  writingEntity('gabriel-boric', 'person', { 'Gabriel Boric': 30, 'Gabriël Borić': 2, 'Gabriel Borik': 3, Boric: 40 }, 25),
  writingEntity('santiago', 'place', { Santiago: 12, 'Santiago de Chile': 2 }, 10),
  writingEntity('jose-antonio-kast', 'person', { 'José Antonio Kast': 8, Kast: 5, 'José Antonio Cast': 1 }, 6),
  writingEntity('felipe-kast', 'person', { 'Felipe Kast': 3 }, 2),
  writingEntity('michelle-bachelet', 'person', { 'Michelle Bachelet': 4, 'Michele Bachelet': 1 }, 2),
  writingEntity('kastro', 'organization', { Kastro: 1 }, 1),
];
