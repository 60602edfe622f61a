// Public bodies named by the region they serve, with their kind in lower case before it: "de
// rechtbank Gelderland", "de politie Oost-Nederland", "de politiezone Mechelen-Willebroek". The kind
// and the region together are the body's name; the region alone would read as the place.

import type { AliasMatch } from './aliasMatcher';
import { COMPASS_WORDS } from './entityWordLists';
import { partOf, type Word } from './entityWords';

/** Kinds of body whose name is the kind followed by the region it serves. */
const REGIONAL_BODY_KINDS: ReadonlySet<string> = new Set(
  ('rechtbank arrondissementsrechtbank ondernemingsrechtbank arbeidsrechtbank gerechtshof politie politiezone ' +
    'veiligheidsregio brandweer waterschap hoogheemraadschap').split(' '),
);

/**
 * Whether words[first..last] names a region right after a lower-case kind of regional body. The
 * region is a known place, or shaped like one: a compass compound ("Oost-Nederland") or two
 * capitalised places joined by a hyphen ("Mechelen-Willebroek"). A person's name is neither, so "toen
 * de rechtbank Jansen veroordeelde" keeps Jansen.
 */
export function followsRegionalBodyKind(words: Word[], first: number, last: number, known: AliasMatch | undefined): boolean {
  if (first === 0 || !words[first].spaced) return false;
  const kind = words[first - 1];
  if (kind.capital || !REGIONAL_BODY_KINDS.has(kind.folded)) return false;
  if (known !== undefined) return known.type === 'place';
  return first === last && isRegionShaped(words[first]);
}

/** "Oost-Nederland", "Mechelen-Willebroek": a compass compound, or two capitalised places joined by a hyphen. */
export function isRegionShaped(word: Word): boolean {
  if (word.partCount !== 2 || word.text.includes("'") || word.text.includes('’')) return false;
  const head = partOf(word, 0);
  const tail = partOf(word, 1);
  return tail.capital && (COMPASS_WORDS.has(head.folded) || (head.capital && tail.folded.length >= 3 && head.folded.length >= 3));
}
