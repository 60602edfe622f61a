// Names in one list are of one kind: "Nieuw Elan, CDA en GroenLinks" are parties, "Cofidis, Vital
// Concept en Team Roompot" teams. A name with nothing around it to say what it names takes the kind
// its list shows.

import type { CandidateMention } from './entityCandidates';

/** The text between two names of one list: a comma, "en", "of" or "&". */
const LIST_GAP = /^\s*(?:,|,?\s*(?:en|of|and|&))\s*$/;

/**
 * Gives an organisation cue to each name without cues in a list that holds an organisation (a known
 * acronym, or a name whose words say organisation) and no name the words around it show to be a
 * person's or a place's. `mentions` are one sentence's, in order, with offsets from `offset`.
 */
export function typeListsOfOrganizations(text: string, offset: number, mentions: CandidateMention[]): void {
  let start = 0;
  for (let i = 1; i <= mentions.length; i++) {
    const continues = i < mentions.length && LIST_GAP.test(text.slice(mentions[i - 1].end - offset, mentions[i].start - offset));
    if (continues) continue;
    // Two names with only a comma between them are as often an apposition or a credit ("Beeld AFP,
    // Mads Olsen") as a list.
    const closesList = i - start >= 3 || (i - start === 2 && !text.slice(mentions[start].end - offset, mentions[start + 1].start - offset).trim().startsWith(','));
    if (closesList) typeList(mentions.slice(start, i));
    start = i;
  }
}

function typeList(list: CandidateMention[]): void {
  let organizations = 0;
  for (const { cues, acronym, knownId } of list) {
    if (cues.person >= 1 || cues.place >= 1) return;
    if ((acronym && knownId !== undefined) || cues.organization >= 2) organizations++;
  }
  if (organizations === 0) return;
  for (const mention of list) {
    const { person, organization, place } = mention.cues;
    if (mention.knownId === undefined && !mention.acronym && organization === 0 && place === 0 && person < 1) mention.cues.organization += 1;
  }
}
