// Per-article entity extraction: pure and cacheable per file. Finds the known spellings (knowledge
// base, user entries) and discovers names no list holds: capitalised word sequences with name
// particles, acronyms, and the roles the text gives them ("VN-gezant voor Libië, Ghassan Salame").
// Nothing here is corpus-wide: the resolver decides what the candidates are, using all articles.

import { wordParts, type AliasMatch, type AliasMatcher } from './aliasMatcher';
import { linkAliases, linkSpelledAcronyms } from './entityAliasLinks';
import { isOrdinaryDutchWord } from './dutchWords';
import { titleSpans } from './entityTitles';
import { typeListsOfOrganizations } from './entityLists';
import { appositionCue, governingNoun, isAfterBij, leadingIndex, listStart, nounCue, placePreposition, typeCues } from './entityCues';
import { anyOrganizationHead, compassEnd, followsPortfolio, isAdjectiveBeforeNoun, isDemonymBeforeName, isGivenNameWord, isMinistryOf, isOrdinaryWordBeforePlace, isPossessiveName, knownNameEnd, knownSurnameEnd, nameAfterPrefix, nameEnd, nameHeadLength, organizationTailEnd, organizationUnitEnd, startsWithCapitalParticle } from './entityNameSpans';
import { rolesAround } from './entityRoles';
import { isNationalSociety } from './nationalSocieties';
import { followsRegionalBodyKind, isRegionShaped } from './regionalBodies';
import { allPortfolioWords, portfolioEnd } from './portfolioNames';
import { ACRONYM, ARTICLES, CAPITALISED_COMPOUND_HEADS, COMMON_ACRONYMS, COUNTRY_CODE, CREDIT_WORDS, EVENT_LINKS, EVENT_STARTS, COMPASS_NOUNS, NAME_FUNCTION_WORDS, PLACE_KIND_WORDS, WEAPON_NOUNS, ROMAN_NAME_NUMERAL, ROMAN_NUMERAL, STOP_CAPITALS, WORD_PREFIXES } from './entityWordLists';
import { ampersandEnd, datelinePlaceEnd, endsWithWordFrom, capitalsLineEnd, isAcronymWord, isEventHead, isInitial, isListedWord, isNamedThingNoun, isNameWord, isNationalityAdjective, isOrdinaryStart, isOrganizationHead, isOrganizationKind, isPlaceHead, isPluralOfWord, isRoleWord, nameEndOffset, partOf, sentenceWords, startsName, type Word } from './entityWords';
import { foldText, ownCopy, visibleText } from './text';
import type { EntityType, ParsedArticle, Role } from './types';

// The word tests other modules share, where they have always been imported from.
export { ARABIC_ARTICLE } from './entityWordLists';
export { isNationalityAdjective, isOrganizationHead, isRoleWord } from './entityWords';

export type TypeCues = Record<EntityType, number>;

export interface CandidateMention {
  /** the spelling as written, without invisible characters (for a compound such as "GNA-regering" only the name part, "GNA") */
  surface: string;
  start: number;
  end: number;
  /** index into the article's sentences */
  sentence: number;
  /** the entity a known spelling (knowledge base, user file) names */
  knownId?: string;
  /** first word of a sentence, heading or quotation: the capital proves nothing */
  initial: boolean;
  /** an acronym: all capitals ("LNA", "G7") or capitals with lower-case particles ("PvdA") */
  acronym: boolean;
  /** evidence for each type from the words around it */
  cues: TypeCues;
}

/** A role or function found next to a mention; `mention` indexes the article's mentions. */
export interface CandidateRole extends Role {
  mention: number;
}

/**
 * Two spellings the text says are one entity: an acronym next to its full name ("Libische Nationale
 * Leger (LNA)"), or a name "beter bekend als" another.
 */
export interface AliasLink {
  alias: string;
  name: string;
}

export interface ArticleCandidates {
  path: string;
  mentions: CandidateMention[];
  roles: CandidateRole[];
  aliasLinks: AliasLink[];
}

/**
 * One frozen object per distinct set of cues (sums of a few fixed weights: a few dozen values), where
 * an object each would cost more than the mention's other fields.
 */
const cuesByPersonCue = new Map<number, TypeCues[]>();

export function sharedCues(cues: TypeCues): TypeCues {
  let same = cuesByPersonCue.get(cues.person);
  if (!same) cuesByPersonCue.set(cues.person, (same = []));
  for (const shared of same) if (shared.organization === cues.organization && shared.place === cues.place) return shared;
  const shared = Object.freeze({ ...cues });
  same.push(shared);
  return shared;
}

/**
 * Surfaces as one string per spelling, shared by all its mentions in every article, and a copy of
 * their own rather than a slice that keeps the sentence's text alive.
 */
const surfaces = new Map<string, string>();
const MAX_SURFACES = 50_000;

function sharedSurface(text: string, start: number, end: number): string {
  return sharedSpelling(text.slice(start, end));
}

/** The one string kept for this spelling (see sharedSurface), e.g. for a mention read from a cache. */
export function sharedSpelling(written: string): string {
  let shared = surfaces.get(written);
  if (shared === undefined) {
    if (surfaces.size >= MAX_SURFACES) surfaces.clear();
    surfaces.set(written, (shared = ownCopy(written)));
  }
  return shared;
}

/**
 * A mention with its known id, if any, in the object as it is made: an id added afterwards moves
 * the object's fields to a separate store (about 40 bytes a mention, at every mention kept).
 */
export function candidateMention(fields: Omit<CandidateMention, 'knownId'>, knownId: string | undefined): CandidateMention {
  const { surface, start, end, sentence, initial, acronym, cues } = fields;
  return knownId === undefined
    ? { surface, start, end, sentence, initial, acronym, cues }
    : { surface, start, end, sentence, knownId, initial, acronym, cues };
}

export function extractCandidates(article: ParsedArticle, known: AliasMatcher): ArticleCandidates {
  const mentions: CandidateMention[] = [];
  const roles: CandidateRole[] = [];
  const aliasLinks: AliasLink[] = [];
  const weaponTypes = new Set<string>();
  article.sentences.forEach((sentence, sentenceIndex) => {
    // Names are read through invisible characters ("Ghas\u200Bsan"); offsets are mapped back below.
    const visible = visibleText(sentence.text);
    const text = visible.text;
    const parts = wordParts(text);
    const knownMatches = known.matchParts(text, parts);
    const words = sentenceWords(text, parts, knownMatches);
    const local: { mention: CandidateMention; first: number; last: number }[] = [];
    // a headline in capitals: the sentence, or its first line (see capitalsLineEnd)
    const capitalsEnd = capitalsLineEnd(words);
    const inCapitalsAt = (k: number) => k <= capitalsEnd;
    const datelineEnd = capitalsEnd >= 0 ? -1 : datelinePlaceEnd(words);
    const add = (first: number, last: number, start: number, end: number, knownId: string | undefined, acronym: boolean, surface = sharedSurface(text, start, end)) => {
      const dateline = last === datelineEnd;
      const mention = candidateMention({
        surface,
        start: sentence.start + start,
        end: sentence.start + end,
        sentence: sentenceIndex,
        // In a line of capitals no capital proves a name or an acronym; a dateline's name is a place.
        initial: knownId === undefined && !dateline && (inCapitalsAt(first) || (!acronym && (isInitial(words, first) || (first === last && isUnsupportedWord(words, first))))),
        acronym: acronym && !inCapitalsAt(first) && !dateline,
        cues: typeCues(words, first, last),
      }, knownId);
      if (dateline) mention.cues.place += 2;
      local.push({ mention, first, last });
    };
    // Where the words themselves show an organisation ("Procter & Gamble", "TU Eindhoven"), its mention carries a noun's weight of evidence.
    const addOrganization = (first: number, last: number, start: number, end: number) => {
      add(first, last, start, end, undefined, false);
      local[local.length - 1].mention.cues.organization += 2;
    };

    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      if (word.known >= 0) {
        const match = knownMatches[word.known];
        let last = i;
        while (last + 1 < words.length && words[last + 1].known === word.known) last++;
        // "Amsterdam UMC", "Massachusetts Institute of Technology": a known name before the words of an
        // organisation is the first word of the organisation's name.
        const organizationEnd = match.end === words[last].end ? organizationTailEnd(words, last + 1) : -1;
        if (organizationEnd > last) {
          addOrganization(i, organizationEnd, match.start, words[organizationEnd].end);
          i = organizationEnd;
          continue;
        }
        const unitEnd = inCapitalsAt(i) || match.end !== words[last].end ? -1 : organizationUnitEnd(words, knownMatches, i, last);
        if (unitEnd > last) {
          addOrganization(i, unitEnd, match.start, nameEndOffset(text, words[unitEnd]));
          i = unitEnd;
          continue;
        }
        if (isNationalSociety(words, i, match.surface) || followsRegionalBodyKind(words, i, last, match)) {
          // "politiezone Mechelen-Willebroek": a region's capitalised second part is part of its name.
          addOrganization(i - 1, last, words[i - 1].start, words[last].knownHead ? words[last].end : match.end);
          i = last;
          continue;
        }
        if (i === last && isOwnCompoundName(text, word, match, knownMatches[word.known + 1], known)) {
          add(i, i, word.start, word.end, undefined, false);
          continue;
        }
        // "Lula's": the possessive is written as part of the name.
        if (match.end === partOf(words[last], 0).end && isPossessiveName(words[last])) {
          add(i, last, match.start, words[last].end, match.id, false);
          i = last;
          continue;
        }
        // "Hoorn&Zonen": a known name (a town) joined by an ampersand is a firm's name.
        const joinedToKnown = match.end === words[last].end ? ampersandEnd(words, last) : last;
        if (joinedToKnown > last) {
          addOrganization(i, joinedToKnown, match.start, words[joinedToKnown].end);
          i = joinedToKnown;
          continue;
        }
        // A known acronym is one too, so no ordinary word joins it by sound ("Code" is no CDA).
        add(i, last, match.start, match.end, match.id, i === last && isAcronymWord(word), match.surface);
        i = last;
        continue;
      }
      // "KOK STRIJDEN OM OLYMPISCH TICKET": in a line of capitals a function word is no acronym, nor
      // an ordinary word ("BOEREN BLOKKEREN PROVINCIEHUIS"); a liveblog's "LIVE |" is no acronym anywhere.
      if (!isNameWord(word) || (inCapitalsAt(i) && (word.facts.stopCapital || isOrdinaryStart(word))) || (word.facts.banner && isAcronymWord(word))) continue;
      // "Direct Energie (Fra)", "Remco Evenepoel (Bel)": a country's code after a team or rider is no name.
      if (COUNTRY_CODE.test(word.text) && word.gap.endsWith('(') && text.startsWith(')', word.end)) continue;
      if (i === 0 && datelineEnd >= 0 && words[datelineEnd].known < 0) {
        add(0, datelineEnd, word.start, words[datelineEnd].end, undefined, false);
        i = datelineEnd;
        continue;
      }
      if (isDemonymBeforeName(words, i)) continue;
      if (isConventionalCompound(word)) continue;
      // "Provincie Gelderland laat weten": the province is the place.
      const placeAfter = words[i + 1];
      if (PLACE_KIND_WORDS.has(word.folded) && placeAfter?.spaced && placeAfter.known >= 0 && knownMatches[placeAfter.known].type === 'place') continue;
      // "storm Eunice", "operatie Barkhane": the name of a thing, no actor. Not after a capital: "Storm
      // Dijkstra" is a given name and a surname.
      if (i > 0 && word.spaced && !words[i - 1].capital && isNamedThingNoun(words[i - 1])) {
        i = nameEnd(words, i);
        continue;
      }
      if (followsPortfolio(words, i)) {
        // "minister van Buitenlandse Zaken Ayman Safadi": skip the portfolio, keep the name after it.
        const end = portfolioEnd(words, i, nameEnd(words, i));
        // "het ministerie van Infrastructuur en Waterstaat": the ministry itself, named by its portfolio.
        if (isMinistryOf(words, i) && allPortfolioWords(words, i, end)) addOrganization(i - 2, end, words[i - 2].start, words[end].end);
        i = end;
        continue;
      }
      const ampersandLast = ampersandEnd(words, i);
      // "Kramer & Bos Advocaten": the firm's word after the joined names is part of its name.
      const firmWord = words[ampersandLast + 1];
      const joinedEnd = ampersandLast > i && firmWord?.spaced && firmWord.capital && firmWord.partCount === 1 && firmWord.facts.organizationHead ? ampersandLast + 1 : ampersandLast;
      if (joinedEnd > i) {
        // Names joined by "&" are firms and parties ("Procter & Gamble", "CD&V"), not people.
        addOrganization(i, joinedEnd, word.start, words[joinedEnd].end);
        i = joinedEnd;
        continue;
      }
      const head = nameHeadLength(word);
      // "F-16", "A-merk": a single letter before a hyphen is no name.
      const headPart = partOf(word, 0);
      if (head === 1 && headPart.end - headPart.start === 1) continue;
      // "Patriot-systemen": the type of a weapon, no actor, here nor where the article writes it alone.
      if (head > 0 && endsWithWordFrom(partOf(word, word.partCount - 1).folded, WEAPON_NOUNS, 4)) {
        weaponTypes.add(foldText(text.slice(word.start, partOf(word, head - 1).end)));
        continue;
      }
      if (i > 0 && COMPASS_NOUNS.has(word.folded) && words[i - 1].folded === 'het' && word.partCount === 1) continue;
      // "Jury's uit Nederland": at a sentence start the plural of an ordinary word is no name.
      if (isInitial(words, i) && isPluralOfWord(word)) continue;
      if (head > 0) {
        const headEnd = partOf(word, head - 1).end;
        const headText = text.slice(word.start, headEnd);
        if (STOP_CAPITALS.has(headPart.folded) || COMMON_ACRONYMS.has(headPart.folded) || isNationalityAdjective(headPart.folded) || isRoleWord(headPart.folded) || WORD_PREFIXES.has(headPart.folded)) continue;
        const acronym = head === 1 && ACRONYM.test(headText) && !ROMAN_NUMERAL.test(headText);
        add(i, i, word.start, headEnd, undefined, acronym);
        // "Philips-fabriek" names the firm, "Berlaymont-gebouw" the building.
        if (isOrganizationHead(partOf(word, word.partCount - 1).folded)) local[local.length - 1].mention.cues.organization += 2;
        else if (isPlaceHead(word)) local[local.length - 1].mention.cues.place += 2;
        continue;
      }
      const acronymWord = isAcronymWord(word);
      // "FOD Financiën": a body's acronym before a portfolio names the body.
      const portfolioAfter = acronymWord && !inCapitalsAt(i) && i + 1 < words.length && words[i + 1].spaced ? portfolioEnd(words, i + 1, -1) : -1;
      if (portfolioAfter > i) {
        addOrganization(i, portfolioAfter, word.start, words[portfolioAfter].end);
        i = portfolioAfter;
        continue;
      }
      // "TU Eindhoven", "ADO Den Haag" (an acronym before a known name), "van Voor Gent", "de krant The
      // Times" (a capitalised function word): one name, of an organisation.
      const prefixed = (acronymWord && !inCapitalsAt(i)) || (NAME_FUNCTION_WORDS.has(word.folded) && (word.folded === 'the' || !isInitial(words, i))) ? nameAfterPrefix(words, i + 1, acronymWord) : -1;
      if (prefixed > i) {
        addOrganization(i, prefixed, word.start, words[prefixed].end);
        i = prefixed;
        continue;
      }
      // "JD Vance", "FC Barcelona": two capitals before a name are initials or part of the name.
      // In a line of capitals every word looks like an acronym: none are initials ("KOK STRIJDEN OM OLYMPISCH TICKET");
      // nor after a credit: "beeld RD Knuffels bij de foto's" names the paper, then a caption begins.
      const initials = !inCapitalsAt(i) && acronymWord && word.text.length === 2 && !(i > 0 && CREDIT_WORDS.has(words[i - 1].folded)) && i + 1 < words.length && words[i + 1].spaced && startsName(words[i + 1]) && !isAcronymWord(words[i + 1]);
      // "Rutte III", "Balkenende IV": a numeral after a name is no acronym.
      if (ROMAN_NAME_NUMERAL.test(word.text) && i > 0 && word.spaced && partOf(words[i - 1], words[i - 1].partCount - 1).capital) continue;
      if (acronymWord && !initials) {
        if (COMMON_ACRONYMS.has(word.folded)) continue;
        // "de VSB Poëzieprijs", "de AKO Literatuurprijs": a sponsor's acronym is part of the prize's name.
        const after = words[i + 1];
        if (after !== undefined && after.spaced && after.capital && isEventHead(after)) {
          i++;
          continue;
        }
        add(i, i, word.start, word.end, undefined, true);
        continue;
      }
      if (!initials && !startsName(word) && !startsWithCapitalParticle(words, i) && !isGivenNameWord(words, i)) continue;
      // After a noun of its kind it is a name: "de deelgemeente Walemse".
      if (isAdjectiveBeforeNoun(words, i) && nounCue(words, governingNoun(words, i)) === undefined) continue;
      // "Dichter des Vaderlands Ilse Kamphuis", "Ridder des Konings": the genitive after "des" ends a role, no name begins there.
      if (i > 0 && words[i - 1].folded === 'des' && !words[i - 1].capital && word.partCount === 1 && word.folded.endsWith('s') && word.known < 0) continue;
      let last = nameEnd(words, i);
      // "Teambaas Christian Horner", "Tienduizenden Belgen": an ordinary word at a sentence start is
      // no part of the name after it (alone, it is left to the resolver, which keeps it only when other
      // mentions show it capitalised mid-sentence).
      const ordinaryStart = isInitial(words, i) && isOrdinaryStart(word) && !allPortfolioWords(words, i, last);
      // "Vakbond FNV", "Milieuorganisatie Milieudefensie": at a sentence start the kind of a known
      // organisation is no name; the known name is read next. Before a known place the kind and the
      // place are the name ("Havenbedrijf Rotterdam").
      const next = words[last + 1];
      const kindBeforeKnown = next !== undefined && next.known >= 0 && next.spaced && last === i && word.facts.organizationHead;
      const kindBeforePlace = kindBeforeKnown && knownMatches[next.known].type === 'place';
      if (kindBeforeKnown && isInitial(words, i) && !kindBeforePlace) continue;
      last = compassEnd(words, knownMatches, i, knownSurnameEnd(words, knownMatches, i, last));
      const wordsBeforePlace = isOrdinaryWordBeforePlace(words, knownMatches, i, last);
      let first = i;
      const hasOrganizationHead = anyOrganizationHead(words, first, last);
      // "Milieuorganisatie Milieudefensie", "Oliemaatschappij Adnoc": a compound naming the kind of
      // organisation is no part of the name after it, which is a name even where it reads as words.
      // "Bewonersvereniging Lombok-Oost": before a region the kind and the region are the name, as before a known place.
      const kindBeforeRegion = last === i + 1 && isRegionShaped(words[last]);
      const kindOfOrganization = ordinaryStart && first < last && isOrganizationKind(word) && !anyOrganizationHead(words, first + 1, last) && !kindBeforePlace && !kindBeforeRegion;
      // "Uitbater Korvalis Energie", "de Chinese Marvoren Ports": before a name that is no word an
      // ordinary word or an adjective is no part of an organisation's name ("Nationale Politie" is).
      const nameAfter = words[first + 1];
      const beforeOwnName = first < last && !word.facts.organizationHead && nameAfter.known < 0 && !nameAfter.facts.organizationHead && !isOrdinaryStart(nameAfter) && !isAdjectiveShaped(nameAfter);
      if (ordinaryStart && (!hasOrganizationHead || kindOfOrganization || beforeOwnName) && first < last && !(wordsBeforePlace && isListedWord(word))) {
        const rest = words[first + 1];
        if (!startsName(rest)) {
          i = last;
          continue;
        }
        first++;
        last = knownSurnameEnd(words, knownMatches, first, nameEnd(words, first));
      }
      // "Russische Sergei ..." / "Libische Haftar": a leading (inflected) adjective is a cue, not part
      // of the name; "Frans Timmermans" keeps its given name.
      // "de Perzische Golf", "de Finse Golf": before a place's head the adjective is part of the name.
      while ((!hasOrganizationHead || beforeOwnName) && !isPlaceHead(words[last]) && first < last && words[first].folded.endsWith('e') && words[first].facts.nationalityAdjective) first++;
      if (first === last && (words[first].facts.nationalityAdjective || words[first].facts.demonym || words[first].facts.stopCapital)) {
        i = last;
        continue;
      }
      if (isEventHead(words[last]) || EVENT_STARTS.has(words[first].folded)) {
        // The place or subject in an event's name is no mention ("Ronde van het Baskenland"); after a
        // sentence-initial word ("Verkiezingen voor de Tweede Kamer") the capital proves no event.
        i = isInitial(words, first) ? last : eventNameEnd(words, last);
        continue;
      }
      if (followsRegionalBodyKind(words, first, last, undefined)) {
        addOrganization(first - 1, last, words[first - 1].start, nameEndOffset(text, words[last]));
        i = last;
        continue;
      }
      // "Jan Bos (Digitalisering en Koninkrijksrelaties)": in brackets after a name a portfolio is that person's.
      const bracketedPortfolio = first > 0 && words[first].gap.endsWith('(') && words[first - 1].capital ? portfolioEnd(words, first, -1) : -1;
      if (bracketedPortfolio >= last) {
        i = bracketedPortfolio;
        continue;
      }
      add(first, last, words[first].start, nameEndOffset(text, words[last]), undefined, false);
      // After a leading adjective the name stands mid-sentence; after an ordinary first word a single
      // remaining word still stands where any word is capitalised, unless that word names its kind
      // ("Milieuorganisatie Milieudefensie", "Opiniepeiler Vorelda").
      if (first !== i) local[local.length - 1].mention.initial = ordinaryStart && first === last && !kindOfOrganization && nounCue(words, i) === undefined;
      if (kindOfOrganization) local[local.length - 1].mention.cues.organization += 2;
      // Weaker than a preposition's evidence of a place: "in de Stadsschouwburg Utrecht" is a building.
      else if (wordsBeforePlace && first === i && !isPlaceHead(word)) local[local.length - 1].mention.cues.organization += 0.75;
      i = last;
    }

    // "de serie 'Het Verdwijnen'": the names in a quoted title are none.
    const titles = titleSpans(text);
    const kept = titles.length === 0 ? local : local.filter(({ mention }) => !titles.some(([from, to]) => mention.start - sentence.start >= from && mention.end - sentence.start <= to));
    const sentenceMentions = kept.map((entry) => entry.mention);
    linkAliases(text, sentence.start, sentenceMentions, aliasLinks);
    typeListsOfOrganizations(text, sentence.start, sentenceMentions);
    for (const { mention, first, last } of kept) {
      mention.start = sentence.start + visible.writtenStart(mention.start - sentence.start);
      mention.end = sentence.start + visible.writtenEnd(mention.end - sentence.start);
      const index = mentions.length;
      mentions.push(mention);
      // "De Wever blijft burgemeester, PVDA grote winnaar": an acronym names no person and holds no role.
      for (const roleText of mention.acronym ? [] : rolesAround(words, first, last)) {
        roles.push({ text: roleText, path: article.path, sentence: text, start: mention.start, mention: index });
        mention.cues.person += 2;
      }
      mention.cues = sharedCues(mention.cues);
    }
  });
  forgetKnownSurnames(mentions);
  linkSpelledAcronyms(mentions, aliasLinks);
  const candidates = { path: article.path, mentions, roles, aliasLinks };
  return weaponTypes.size === 0 ? candidates : withoutWeaponTypes(candidates, weaponTypes);
}

/** The candidates without the mentions of a weapon type the article writes in a compound ("twee Patriots" beside "Patriot-systemen"). */
function withoutWeaponTypes(candidates: ArticleCandidates, weaponTypes: ReadonlySet<string>): ArticleCandidates {
  const isWeaponType = (mention: CandidateMention) => {
    if (mention.knownId !== undefined) return false;
    const folded = foldText(mention.surface);
    return weaponTypes.has(folded) || (folded.endsWith('s') && weaponTypes.has(folded.slice(0, -1)));
  };
  const newIndex: number[] = [];
  const mentions: CandidateMention[] = [];
  candidates.mentions.forEach((mention, index) => {
    newIndex[index] = isWeaponType(mention) ? -1 : mentions.push(mention) - 1;
  });
  const roles = candidates.roles.filter((role) => newIndex[role.mention] >= 0).map((role) => ({ ...role, mention: newIndex[role.mention] }));
  return { ...candidates, mentions, roles };
}

/** "Kamerdebat", "Kamercommissie": an ordinary noun after the name of a body Dutch capitalises in compounds (see CAPITALISED_COMPOUND_HEADS). */
function isConventionalCompound(word: Word): boolean {
  if (word.partCount !== 1) return false;
  const head = CAPITALISED_COMPOUND_HEADS.find((candidate) => word.folded.startsWith(candidate));
  return head !== undefined && word.folded.length - head.length >= MIN_COMPOUND_TAIL && isOrdinaryDutchWord(word.folded.slice(head.length));
}
const MIN_COMPOUND_TAIL = 4;

/** "Nationale", "Verenigde", "Islamitische": an inflected adjective, which the dictionary may not list in that form. */
function isAdjectiveShaped(word: Word): boolean {
  return word.partCount === 1 && word.folded.length >= MIN_ADJECTIVE_LENGTH && word.folded.endsWith('e');
}
const MIN_ADJECTIVE_LENGTH = 6;

/**
 * "formateur Karel de Panne … zei De Panne": where the article names a person whose surname is a known
 * place or organisation, that name alone, with nothing around it saying place or organisation, is
 * the person's surname, left to the resolver to tie to the full name ("in De Panne" stays the place).
 */
function forgetKnownSurnames(mentions: CandidateMention[]): void {
  const surnames = new Set<string>();
  for (const mention of mentions) {
    // Only a name the words around it show to be a person's ("formateur Karel de Panne").
    const { person, organization, place } = mention.cues;
    if (mention.knownId !== undefined || mention.acronym || person <= Math.max(organization, place)) continue;
    // The surname of an unknown full name: what follows its given name ("Karel de Panne" -> "de panne").
    const space = mention.surface.indexOf(' ');
    if (space > 0) surnames.add(foldText(mention.surface.slice(space + 1)));
  }
  if (surnames.size === 0) return;
  mentions.forEach((mention, index) => {
    if (mention.knownId === undefined || mention.cues.place > 0 || mention.cues.organization > 0 || !surnames.has(foldText(mention.surface))) return;
    mentions[index] = candidateMention({ ...mention, initial: false }, undefined);
  });
}

/**
 * "die eerder Welzijn deed", "van Vrouwen en Mannen": a capitalised word the dictionary lists as an
 * ordinary word is no name by its capital alone, only where its context says it names something: an
 * article ("de Senaat"), a role ("zijn zus Griet"), a noun of its kind ("het tijdschrift Nature"), a place preposition ("in
 * Best", also before a list of names), an apposition. A surname alone ("Kok") is still tied to the
 * full name its article gives.
 */
function isUnsupportedWord(words: Word[], i: number): boolean {
  if (!isListedWord(words[i])) return false;
  // An article ("de Senaat") or a role or kin word ("zijn zus Griet", "trainer Kok") before it says it names something.
  if (i > 0 && words[i].spaced && (ARTICLES.has(words[i - 1].folded) || words[i - 1].facts.role)) return false;
  // The words before a list govern each of its names, as in typeCues ("in Bani Walid en Best").
  const lead = leadingIndex(words, listStart(words, i, i));
  return placePreposition(words, lead) === undefined && !isAfterBij(words, i, i) && nounCue(words, governingNoun(words, lead)) === undefined && appositionCue(words, i) === undefined;
}

/**
 * "Gaza-Stad", "VN-Veiligheidsraad", "Parijs-Roubaix": a known name joined by a hyphen to capitalised
 * parts that are no known name is part of a name of its own, not a mention of the known one
 * ("PVV-leider" names the PVV, "Israël-Hamas" two known names).
 */
function isOwnCompoundName(text: string, word: Word, match: AliasMatch, nextMatch: AliasMatch | undefined, known: AliasMatcher): boolean {
  // "NETANYAHU'S" in a headline is the possessive, not a compound.
  if (match.start !== word.start || match.end >= word.end || (nextMatch !== undefined && nextMatch.start < word.end) || isPossessiveName(word)) return false;
  let tailStart = -1;
  for (let k = 1; k < word.partCount; k++) {
    const part = partOf(word, k);
    if (part.start < match.end) continue;
    // "PVV-Kamerlid" names the PVV, as "PVV-leider" does.
    if (!part.capital || isRoleWord(part.folded)) return false;
    if (tailStart < 0) tailStart = part.start;
  }
  // Matches begin only at words: the tail is looked up on its own, which few words come to.
  const tail = text.slice(tailStart, word.end);
  return !known.findAll(tail).some((tailMatch) => tailMatch.start === 0);
}

/** The last word of an event's name whose first words end at words[last]: its place or subject after a link ("van (het) Baskenland"), if any. */
function eventNameEnd(words: Word[], last: number): number {
  let k = last + 1;
  if (k >= words.length || !words[k].spaced || !EVENT_LINKS.has(words[k].folded)) return last;
  k++;
  if (k < words.length && words[k].spaced && ARTICLES.has(words[k].folded)) k++;
  if (k >= words.length || !words[k].spaced) return last;
  if (words[k].known >= 0) return knownNameEnd(words, k);
  return startsName(words[k]) && nameHeadLength(words[k]) === 0 ? nameEnd(words, k) : last;
}
