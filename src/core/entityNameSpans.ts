// Where a name begins and ends among a sentence's words: particles joining a given name to a surname
// or the parts of an organisation's name, a known name after a prefix ("TU Eindhoven") or after a given
// name as its surname, a body's unit or region ("GGD Utrecht-West", "… Zuidwest"), a minister's
// portfolio that names no entity, "ministerie van …". Used by entityCandidates.ts, which decides what
// the spans are.

import { COMPASS_WORDS, NAME_DEMONYMS, NAME_FINAL_ACRONYMS, NAME_PARTICLES, ORGANIZATION_LINKS, PORTFOLIO_HEADS, PORTFOLIO_ROLE_HEADS, PORTFOLIO_WORDS, GENERATION_SUFFIXES, MAX_NAME_WORDS } from './entityWordLists';
import { ACRONYM, ARTICLES, CREDIT_WORDS, POSSESSIVES } from './entityWordLists';
import type { AliasMatch } from './aliasMatcher';
import { compoundHeadLength, followsInitial, isAcronymWord, isAmpersandGap, isEventHead, isInitial, isNameWord, isOrdinaryStart, partOf, startsName, type Word } from './entityWords';
import { portfolioEnd } from './portfolioNames';
import { isRegionShaped } from './regionalBodies';

/**
 * "Lula's", "Zelenski's", "De Boo's": a name with the possessive "'s" is the name as written, not a
 * name joined to a noun; an acronym's "'s" ("NAVO's") stays a compound, as its plural would.
 */
export function isPossessiveName(word: Word): boolean {
  if (word.partCount !== 2 || partOf(word, 1).folded !== 's') return false;
  const head = partOf(word, 0);
  const headLength = head.end - word.start;
  return head.capital && /^['’][sS]$/.test(word.text.slice(headLength)) && !ACRONYM.test(word.text.slice(0, headLength));
}

/** The number of parts of a word that form a name before a lower-case noun (see compoundHeadLength); 0 for a possessive name. */
export function nameHeadLength(word: Word): number {
  return isPossessiveName(word) ? 0 : compoundHeadLength(word);
}

/** "Van der Leyen", "De Vries", "Al Sisi": a capitalised particle that begins a name. */
export function startsWithCapitalParticle(words: Word[], i: number): boolean {
  if (!words[i].capital || !NAME_PARTICLES.has(words[i].folded)) return false;
  // At a sentence start "De Croo" may be a name or an article ("De Beschermingsmacht"): the mention
  // keeps the particle and is marked initial; the resolver decides with the rest of the corpus.
  let k = i + 1;
  while (k < words.length && NAME_PARTICLES.has(words[k].folded) && k - i < 3) k++;
  if (k < words.length && k === i + 1 && words[k].spaced && isKnownSurname(words, k)) return !isInitial(words, i);
  if (!(k < words.length && words[k].spaced && startsName(words[k]) && !words[k].facts.nationalityAdjective && nameHeadLength(words[k]) === 0)) return false;
  // "De Hoge Raad van State", "De Beschermingsmacht": before a longer name or an organisation word a
  // capital "De" at a sentence start is an article.
  if (!isInitial(words, i)) return true;
  return !words[k].facts.organizationHead && !(k + 1 < words.length && words[k + 1].spaced && isNameWord(words[k + 1]));
}

/** Endings of adjectives: "Slavische", "Bossche", and towns' "Leidse", "Haagse", "Delftse", "Mechelse", "Almeerse" (not "-sse", "-nse": "Vosse", "Janse" are surnames). */
const ADJECTIVE_ENDING = /(?:sche|[dgmtkfplr]se)$/;

/**
 * "Slavische talen", "Leidse onderzoekers", "de Haagse politiek": a capitalised adjective before a
 * lower-case word is no name, nor the end of one ("studeerde Ooms Slavische talen").
 */
export function isAdjectiveBeforeNoun(words: Word[], k: number): boolean {
  const word = words[k];
  const next = words[k + 1];
  return word.known < 0 && word.partCount === 1 && word.folded.length >= 5 && ADJECTIVE_ENDING.test(word.folded)
    && next !== undefined && next.spaced && !next.capital && !NAME_PARTICLES.has(next.folded) && /^\p{Ll}/u.test(next.text);
}

/** The last word of the name that starts at words[i]. */
export function nameEnd(words: Word[], i: number): number {
  let end = i;
  let k = i + 1;
  let joinedParticles = false;
  while (k < words.length && k - i < MAX_NAME_WORDS) {
    const word = words[k];
    // "Autoriteit Wonen & Bouwen": an organisation's name goes on past an ampersand.
    if (!word.spaced && !followsInitial(words, k) && !(isAmpersandGap(word.gap) && word.capital && anyOrganizationHead(words, i, k - 1))) break;
    if (isAdjectiveBeforeNoun(words, k)) break;
    // "zei Van Rijswijk": a known one-word name (a town) after a capitalised particle is a surname.
    if (k === i + 1 && word.spaced && NAME_PARTICLES.has(words[i].folded) && isKnownSurname(words, k)) {
      end = k++;
      continue;
    }
    // "Mieke Weert-Hendrix": a double surname whose first part is a known name (a town) goes on with the name.
    if ((isNameWord(word) || (word.spaced && word.knownHead && partOf(word, word.partCount - 1).capital)) && nameHeadLength(word) === 0 && !isAcronymWord(word) && (!word.facts.stopCapital || afterSurnameParticle(words, k)) && (!word.facts.role || isDoubleName(word))) {
      end = k++;
      continue;
    }
    if (!word.spaced) break;
    if ((isAcronymWord(word) && NAME_FINAL_ACRONYMS.has(word.folded)) || GENERATION_SUFFIXES.has(word.folded)) return k;
    // Particles join a given name to a surname ("Ursula von der Leyen"), or parts of an organisation's
    // name ("Hoge Raad van State"); not a second time ("Caroline van der Plas van BBB").
    const organization = anyOrganizationHead(words, i, k - 1);
    // After two given names a particle other than "van" goes on to an unknown surname ("Jan Willem de
    // Rooij", "Anna Maria ter Horst"), not to a known name ("gaf Mark Rutte de Kamer gelijk"); "van"
    // there is mostly what they are of ("Marco Rubio van Buitenlandse Zaken").
    const afterTwoNames = !organization && !joinedParticles && k - i === 2 && !words[k - 1].facts.organizationHead && word.folded !== 'van';
    const canJoin = organization || (!joinedParticles && k - i === 1) || afterTwoNames;
    // Particles may be capitalised inside a name: "Alexander De Croo", "Bart De Wever".
    // "Autoriteit Consument en Markt" is one name; "United Airlines en American Airlines" two, the first complete at its head.
    const linksOn = organization && !word.capital && ORGANIZATION_LINKS.has(word.folded) && !(word.folded === 'en' && words[k - 1].facts.organizationHead);
    if (canJoin && (isParticle(words, k) || linksOn)) {
      let m = k + 1;
      // "Institute for the Study of War": an English link takes its article along.
      while (m < words.length && !words[m].capital && (isParticle(words, m) || (linksOn && words[m].folded === 'the')) && /^[\s'’]+$/.test(words[m].gap)) m++;
      const target = words[m];
      const surnameAfterTwo = !afterTwoNames || (target !== undefined && target.known < 0 && !target.facts.organizationHead && !words[m - 1].capital);
      if (m < words.length && m - k <= 3 && surnameAfterTwo && /^[\s'’]+$/.test(target.gap) && (isNameWord(target) || isKnownSurname(words, m) || (organization && isKnownNameStart(words, m))) && !isAcronymWord(target) && !target.facts.stopCapital && nameHeadLength(target) === 0) {
        // "Universiteit van Tel Aviv": an organisation's name takes the whole known name after its link.
        end = organization && target.known >= 0 ? knownNameEnd(words, m) : m;
        k = end + 1;
        joinedParticles = true;
        continue;
      }
    }
    break;
  }
  return end;
}

/** "Mulder-Baas": capitalised parts joined by hyphens are a double surname, even where the last is a role's word. */
function isDoubleName(word: Word): boolean {
  if (word.partCount < 2) return false;
  for (let k = 0; k < word.partCount; k++) if (!partOf(word, k).capital) return false;
  return true;
}

/** "Brinkman-Ter Haar": after a double surname's capitalised particle the next word is its surname, whatever else it is. */
function afterSurnameParticle(words: Word[], k: number): boolean {
  const previous = words[k - 1];
  const particle = partOf(previous, previous.partCount - 1);
  return words[k].spaced && previous.partCount > 1 && particle.capital && NAME_PARTICLES.has(particle.folded);
}

/**
 * The last word of the name that follows a prefix at words[k - 1]: a known name, or (after a function
 * word, not an acronym: "JD Vance" is a person) a name of its own; -1 for none.
 */
export function nameAfterPrefix(words: Word[], k: number, acronym: boolean): number {
  if (k >= words.length || !words[k].spaced) return -1;
  if (words[k].known >= 0) return knownNameEnd(words, k);
  return !acronym && startsName(words[k]) && nameHeadLength(words[k]) === 0 && !isAcronymWord(words[k]) ? nameEnd(words, k) : -1;
}

/** The last word of the known name that words[k] begins. */
export function knownNameEnd(words: Word[], k: number): number {
  let last = k;
  while (last + 1 < words.length && words[last + 1].known === words[k].known) last++;
  return last;
}

/** The last word of an organisation's name that goes on at words[k] ("UMC", "Institute of Technology"), or -1. */
export function organizationTailEnd(words: Word[], k: number): number {
  if (k >= words.length || !words[k].spaced) return -1;
  if (isAcronymWord(words[k])) return NAME_FINAL_ACRONYMS.has(words[k].folded) ? k : -1;
  if (!startsName(words[k]) || nameHeadLength(words[k]) > 0) return -1;
  const end = nameEnd(words, k);
  return anyOrganizationHead(words, k, end) ? end : -1;
}

/** "Reinier van Zutphen", "Jan van Gent": a known one-word name (a town) after particles is a surname. */
function isKnownSurname(words: Word[], m: number): boolean {
  const known = words[m].known;
  return known >= 0 && words[m].capital && (m + 1 >= words.length || words[m + 1].known !== known) && words[m - 1].known !== known;
}

/** A known name of several words begins at words[m] ("Tel Aviv"), written as a name. */
function isKnownNameStart(words: Word[], m: number): boolean {
  return words[m].known >= 0 && words[m].capital && words[m - 1].known !== words[m].known && knownNameEnd(words, m) > m;
}

/** A lower-case name particle; "'t" is read as the word "t" after an apostrophe ("Van 't Schip"). */
function isParticle(words: Word[], k: number): boolean {
  return NAME_PARTICLES.has(words[k].folded) || (words[k].folded === 't' && /['’]$/.test(words[k].gap));
}

/**
 * "minister van Buitenlandse Zaken", "minister voor Buitenlandse Handel", "minister Marco Rubio van
 * Buitenlandse Zaken": the capitalised words name a portfolio, not an entity.
 */
export function followsPortfolio(words: Word[], i: number): boolean {
  if (isPortfolioAfterRole(words, i)) return true;
  if (i < 2 || !words[i].spaced || (words[i - 1].folded !== 'van' && words[i - 1].folded !== 'voor')) return false;
  if (isPortfolioHead(words[i - 2].folded)) return true;
  if (PORTFOLIO_ROLE_HEADS.has(words[i - 2].folded) && PORTFOLIO_WORDS.has(words[i].folded)) return true;
  // A minister's name may stand between: capitalised words back to the title.
  let k = i - 2;
  while (k > 0 && i - k <= MAX_NAME_WORDS && (words[k].capital || NAME_PARTICLES.has(words[k].folded))) k--;
  return k < i - 2 && isPortfolioHead(words[k].folded) && PORTFOLIO_WORDS.has(words[i].folded);
}

/**
 * "wethouder Economie Mieke Weert-Hendrix", "gedeputeerde Mobiliteit Jan Bos": a portfolio written
 * right after a role, before a person's name (not a word, no organisation: "directeur Energie Beheer
 * Nederland" names a firm), is part of the role.
 */
function isPortfolioAfterRole(words: Word[], i: number): boolean {
  if (i < 1 || !words[i].spaced || !words[i - 1].facts.role || !PORTFOLIO_WORDS.has(words[i].folded)) return false;
  const last = portfolioEnd(words, i, i);
  const next = words[last + 1];
  if (!next || !next.spaced || !startsName(next) || PORTFOLIO_WORDS.has(next.folded) || isOrdinaryStart(next)) return false;
  return !anyOrganizationHead(words, last + 1, nameEnd(words, last + 1));
}

function isPortfolioHead(folded: string): boolean {
  return PORTFOLIO_HEADS.has(folded) || folded.endsWith('minister');
}

/** Whether one of words[from..to] names an organisation ("Raad", "Partij"). */
export function anyOrganizationHead(words: Word[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (words[k].facts.organizationHead) return true;
  return false;
}

export function allCapitalNoAdjective(words: Word[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (!words[k].capital || words[k].facts.nationalityAdjective) return false;
  return true;
}

/** "de Noor Casper Ruud", "de Pool Hubert Hurkacz": a demonym that is a name as well, after "de" and before a name. */
export function isDemonymBeforeName(words: Word[], i: number): boolean {
  const next = words[i + 1];
  return i > 0 && words[i - 1].folded === 'de' && !words[i - 1].capital && words[i].spaced && NAME_DEMONYMS.has(words[i].folded) && next !== undefined && next.spaced && startsName(next);
}

/**
 * The last word of a unit or branch written after a known organisation that ends at words[last]
 * ("Greenpeace Denemarken", "Rabobank Zwolle", "FNV Bouw", "AZ Berkenhof"), or -1: a known place, or
 * after an acronym one capitalised word (see acronymUnitEnd). The unit is an organisation of its own.
 * Not in a credit, where the photographer follows the agency ("Beeld ANP Wendel ..."). A place before
 * an article or a possessive is an indirect object ("geeft de NAVO Oekraïne een signaal"), no branch.
 */
export function organizationUnitEnd(words: Word[], knownMatches: readonly AliasMatch[], first: number, last: number): number {
  const next = words[last + 1];
  if (knownMatches[words[first].known].type !== 'organization' || next === undefined || !next.spaced || !next.capital) return -1;
  if (first > 0 && CREDIT_WORDS.has(words[first - 1].folded)) return -1;
  if (next.known < 0) return first === last ? acronymUnitEnd(words, first) : -1;
  const end = knownNameEnd(words, last + 1);
  const place = knownMatches[next.known];
  const after = words[end + 1];
  // "Rabobank Zwolle, de huisbank van ...": after a comma the article opens an apposition.
  const object = after !== undefined && after.spaced && (ARTICLES.has(after.folded) || POSSESSIVES.has(after.folded));
  // "GGD Utrecht-West", "ING Gent-Zuid": a region made of the place and another part is a unit too.
  const wholeWord = place.end === words[end].end && !words[end].knownHead;
  return place.type === 'place' && (wholeWord || (end === last + 1 && isRegionShaped(words[end]))) && !object ? end : -1;
}

/**
 * The word after the known acronym at words[i] when it names the acronym's unit ("FNV Bouw", "AZ
 * Groeninge"), or -1: one capitalised word, not the first of a person's name ("de NOS Tom Egbers",
 * "ANP Wendel van Ommeren"), an event ("NOS Sportgala") or a role. (Unknown acronyms take no
 * unit: measured, that made more false organisations than it found.)
 */
function acronymUnitEnd(words: Word[], i: number): number {
  const next = words[i + 1];
  if (!isAcronymWord(words[i]) || next === undefined || !next.spaced || next.known >= 0) return -1;
  const after = words[i + 2];
  const nameGoesOn = after !== undefined && after.spaced && (isNameWord(after) || NAME_PARTICLES.has(after.folded));
  // "AZ Berkenhof", "AZ Sint-Maarten": one name, its parts capitalised.
  const unitWord = (next.partCount === 1 || isDoubleName(next)) && startsName(next) && !isAcronymWord(next) && !isEventHead(next) && !nameGoesOn;
  return unitWord ? i + 1 : -1;
}

/**
 * The end of a name whose words are words[first..last] when a known name follows as its surname:
 * "Ivanka Trump", "Pieter Tiel" (an unknown given name before a known surname or place names
 * someone else); "formateur Karel de Panne" (a known name written with a lower-case particle after
 * a given name is that person's surname; the place is written "De Panne").
 */
export function knownSurnameEnd(words: Word[], knownMatches: readonly AliasMatch[], first: number, last: number): number {
  const next = words[last + 1];
  if (next && next.known >= 0 && last - first < 2 && next.spaced && knownMatches[next.known].start === next.start && knownMatches[next.known].end === next.end
    && (last + 2 >= words.length || words[last + 2].known !== next.known) && allCapitalNoAdjective(words, first, last)) {
    return last + 1;
  }
  return surnameWithParticleEnd(words, knownMatches, first, last);
}

/**
 * "woordvoerster Elke Van Dam", "zegt Wil Jansen": a word that is no name elsewhere ("elke", "wil")
 * capitalised mid-sentence before a surname is a given name.
 */
export function isGivenNameWord(words: Word[], i: number): boolean {
  const word = words[i];
  const next = words[i + 1];
  // after a lower-case word on the same line: not a byline's "Door" under a headline, nor a title's "Wat We Hebben"
  return word.facts.stopCapital && word.capital && word.partCount === 1 && word.gap === ' ' && i > 0 && !words[i - 1].capital && !isAcronymWord(word)
    && next !== undefined && next.spaced && next.capital && ((isNameWord(next) && !next.facts.stopCapital) || NAME_PARTICLES.has(next.folded));
}

/** "ministerie van" (lower case, as running text writes it) before words[i]. */
export function isMinistryOf(words: Word[], i: number): boolean {
  return i >= 2 && words[i - 1].folded === 'van' && words[i - 2].folded === 'ministerie' && !words[i - 2].capital && words[i - 1].spaced && words[i - 2].partCount === 1;
}

/**
 * "Omgevingsdienst Utrecht Zuidwest", "Veiligheidsregio Noord-Holland Noord": a point of the compass
 * after an organisation's name that ends in a place names the part of the region it serves.
 */
export function compassEnd(words: Word[], knownMatches: readonly AliasMatch[], first: number, last: number): number {
  const next = words[last + 1];
  const region = words[last];
  if (!next?.spaced || !next.capital || next.partCount !== 1 || !COMPASS_WORDS.has(next.folded) || !anyOrganizationHead(words, first, last)) return last;
  const place = region.known >= 0 ? knownMatches[region.known].type === 'place' : isRegionShaped(region);
  return place ? last + 1 : last;
}

/** Ordinary words this long are seldom given names ("Roos", "Frank" are). */
const MIN_ORDINARY_NAME_WORD = 6;

/**
 * "Woonstad Tiel", "Leefbaar Tiel": one ordinary word before a known place, the whole of
 * words[first..last], names an organisation of that place, not a person with a town's surname.
 */
export function isOrdinaryWordBeforePlace(words: Word[], knownMatches: readonly AliasMatch[], first: number, last: number): boolean {
  const place = words[last];
  return last === first + 1 && place.known >= 0 && knownMatches[place.known].type === 'place' && words[first].folded.length >= MIN_ORDINARY_NAME_WORD && isOrdinaryStart(words[first]);
}

/** The end of a name whose words[first..last] are followed by a known name that begins with a lower-case particle ("Karel de Panne"). */
function surnameWithParticleEnd(words: Word[], knownMatches: readonly AliasMatch[], first: number, last: number): number {
  const next = words[last + 1];
  if (!next || next.known < 0 || !next.spaced || next.capital || !NAME_PARTICLES.has(next.folded) || last - first > 1 || !allCapitalNoAdjective(words, first, last)) return last;
  const match = knownMatches[next.known];
  if (match.start !== next.start) return last;
  let end = last + 1;
  while (end + 1 < words.length && words[end + 1].known === next.known) end++;
  return match.end === words[end].end ? end : last;
}
