// Movements whose member in each country is named by its nationality adjective: "het Nederlandse
// Rode Kruis", "de Libische Rode Halve Maan" are organisations of their own, not the movement named
// after an adjective ("de Amerikaanse Senaat" is the Senate).

import { NATIONAL_SOCIETY_MOVEMENTS } from './entityWordLists';
import type { Word } from './entityWords';
import { foldText } from './text';

/** Whether the known name `surface` that begins at words[i] is a movement's and a nationality adjective stands right before it. */
export function isNationalSociety(words: Word[], i: number, surface: string): boolean {
  if (i === 0 || !words[i].spaced) return false;
  const adjective = words[i - 1];
  return adjective.capital && adjective.partCount === 1 && adjective.facts.nationalityAdjective && NATIONAL_SOCIETY_MOVEMENTS.has(foldText(surface));
}
