// The words of a name as the resolver compares them: folded, particles and Arabic articles left
// out, and the readable ids made from a name.

import { ARABIC_ARTICLE, GENERATION_SUFFIXES, NAME_PARTICLES } from '../entityWordLists';
import { foldText } from '../text';


/** Particles that are significant words all the same. */
const NAMING_PARTICLES = new Set(['abu']);

export function normalizeSpaces(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * "Abd", "Abdel", "Abdul", "Abdoel" ... ("servant of") make one name with the word after them,
 * written apart or joined: "Abdel Aziz" is "Abdelaziz", "Abd al-Rahman" is "Abdalrahman".
 */
const ABD = /^abd(?:[aeiou]|oe)?[lr]?$/;

/**
 * "al-Sarraj" -> "sarraj"; particles dropped: "Mohammed bin Salman" -> mohammed, salman; an Arabic
 * compound joined: "Abdel Aziz Bouteflika" -> abdelaziz, bouteflika.
 */
export function significantWords(folded: string): string[] {
  const words: string[] = [];
  const raws = folded.split(/[\s]+/);
  for (let i = 0; i < raws.length; i++) {
    const raw = ABD.test(raws[i]) && i + 1 < raws.length ? raws[i] + raws[++i].replace(/[-‐'’]/g, '') : raws[i];
    const word = raw.replace(ARABIC_ARTICLE, '').replace(/['’]s$/, '');
    // "Ben" first is a given name ("Ben van Beurden"), later a particle ("Zine el-Abidine Ben Ali").
    if (word !== '' && (!NAME_PARTICLES.has(word) || NAMING_PARTICLES.has(word) || (word === 'ben' && words.length === 0 && raw === folded.split(/\s+/)[0]))) words.push(word);
  }
  return words;
}

/**
 * The words of a full name up to its surname: "Ferdinand Marcos jr." is named "Marcos" alone, so
 * the generation suffix is no part of the surname (and "Ferdinand Marcos", the father, no partial name of the son).
 */
export function withoutGenerationSuffix(words: readonly string[]): readonly string[] {
  return words.length > 2 && GENERATION_SUFFIXES.has(words[words.length - 1].replace(/\.$/, '')) ? words.slice(0, -1) : words;
}

/** Folded words that are initials: "j.", "j.p.". */
export const INITIALS_WORD = /^(?:\p{L}\.)+$/u;

/** A name written with initials before its surname ("j.p. wesselink"): a full name spelt out is the better name of the person. */
export function beginsWithInitials(words: readonly string[]): boolean {
  return words.length > 1 && INITIALS_WORD.test(words[0]);
}

/** Acronyms of fewer letters are too often someone's initials by chance. */
const MIN_INITIALS = 3;

/**
 * The initials of a folded name, every word and every part of a double name counted, particles
 * too, when there are enough of them to stand for it: "annegret kramp-karrenbauer" -> "akk",
 * "mohammed bin salman" -> "mbs"; else undefined.
 */
export function nameInitials(folded: string): string | undefined {
  const parts = folded.split(/[\s-]+/).filter((part) => part !== '');
  return parts.length >= MIN_INITIALS ? parts.map((part) => part[0]).join('') : undefined;
}

/** A readable, stable id: "Fayez al-Sarraj" -> "fayez-al-sarraj". */
export function slugify(name: string): string {
  return foldText(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'entity';
}
