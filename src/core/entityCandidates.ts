// Per-article entity extraction: pure and cacheable per file. Finds the known spellings (knowledge
// base, user entries) and discovers names no list holds: capitalised word sequences with name
// particles, acronyms, and the roles the text gives them ("VN-gezant voor Libië, Ghassan Salame").
// Nothing here is corpus-wide: the resolver decides what the candidates are, using all articles.

import { wordParts, type AliasMatcher } from './aliasMatcher';
import { addNounCue, addShapeCues, appositionCue, governingNoun, isAfterBij, isAge, leadingIndex, listStart, nounCue, placePreposition } from './entityCues';
import { rolesAround } from './entityRoles';
import { ACRONYM, ARABIC_ARTICLE, ARTICLES, GENERATION_SUFFIXES, MAX_NAME_WORDS, MIXED_ACRONYM, NAME_FINAL_ACRONYMS, NAME_FUNCTION_WORDS, NAME_PARTICLES, ORGANIZATION_LINKS, PLACE_NAME_STARTS, PORTFOLIO_HEADS, PORTFOLIO_WORDS, ROMAN_NUMERAL, SPEECH_VERBS, STOP_CAPITALS, WORD_PREFIXES } from './entityWordLists';
import { ampersandEnd, compoundHeadLength, datelinePlaceEnd, followsInitial, inCapitals, isAcronymWord, isEventHead, isInitial, isNameWord, isNationalityAdjective, isOrdinaryStart, isOrganizationHead, isOrganizationKind, isPlaceHead, isPluralOfWord, isRoleWord, nameEndOffset, partOf, sentenceWords, startsName, type Word } from './entityWords';
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

function emptyCues(): TypeCues {
  return { person: 0, organization: 0, place: 0 };
}

export function extractCandidates(article: ParsedArticle, known: AliasMatcher): ArticleCandidates {
  const mentions: CandidateMention[] = [];
  const roles: CandidateRole[] = [];
  const aliasLinks: AliasLink[] = [];
  article.sentences.forEach((sentence, sentenceIndex) => {
    // Names are read through invisible characters ("Ghas\u200Bsan"); offsets are mapped back below.
    const visible = visibleText(sentence.text);
    const text = visible.text;
    const parts = wordParts(text);
    const knownMatches = known.matchParts(text, parts);
    const words = sentenceWords(text, parts, knownMatches);
    const local: { mention: CandidateMention; first: number; last: number }[] = [];
    const capitals = inCapitals(words);
    const datelineEnd = capitals ? -1 : datelinePlaceEnd(words);
    const add = (first: number, last: number, start: number, end: number, knownId: string | undefined, acronym: boolean, surface = sharedSurface(text, start, end)) => {
      const dateline = last === datelineEnd;
      const mention = candidateMention({
        surface,
        start: sentence.start + start,
        end: sentence.start + end,
        sentence: sentenceIndex,
        // In a line of capitals no capital proves a name or an acronym; a dateline's name is a place.
        initial: knownId === undefined && !dateline && (capitals || (!acronym && isInitial(words, first))),
        acronym: acronym && !capitals && !dateline,
        cues: typeCues(words, first, last),
      }, knownId);
      if (dateline) mention.cues.place += 2;
      local.push({ mention, first, last });
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
          add(i, organizationEnd, match.start, words[organizationEnd].end, undefined, false);
          local[local.length - 1].mention.cues.organization += 2;
          i = organizationEnd;
          continue;
        }
        // A known acronym is one too, so no ordinary word joins it by sound ("Code" is no CDA).
        add(i, last, match.start, match.end, match.id, i === last && isAcronymWord(word), match.surface);
        i = last;
        continue;
      }
      if (!isNameWord(word)) continue;
      if (i === 0 && datelineEnd >= 0 && words[datelineEnd].known < 0) {
        add(0, datelineEnd, word.start, words[datelineEnd].end, undefined, false);
        i = datelineEnd;
        continue;
      }
      if (followsPortfolio(words, i)) {
        // "minister van Buitenlandse Zaken Ayman Safadi": skip the portfolio, keep the name after it.
        const runEnd = nameEnd(words, i);
        let k = i;
        while (k <= runEnd && (PORTFOLIO_WORDS.has(words[k].folded) || words[k].folded === 'en')) k++;
        i = k > i && k <= runEnd ? k - 1 : runEnd;
        continue;
      }
      const joinedEnd = ampersandEnd(words, i);
      if (joinedEnd > i) {
        add(i, joinedEnd, word.start, words[joinedEnd].end, undefined, false);
        // Names joined by "&" are firms and parties ("Procter & Gamble", "CD&V"), not people.
        local[local.length - 1].mention.cues.organization += 2;
        i = joinedEnd;
        continue;
      }
      const head = compoundHeadLength(word);
      // "F-16", "A-merk": a single letter before a hyphen is no name.
      const headPart = partOf(word, 0);
      if (head === 1 && headPart.end - headPart.start === 1) continue;
      // "Jury's uit Nederland": at a sentence start the plural of an ordinary word is no name.
      if (head === 1 && isInitial(words, i) && isPluralOfWord(word)) continue;
      if (head > 0) {
        const headEnd = partOf(word, head - 1).end;
        const headText = text.slice(word.start, headEnd);
        if (STOP_CAPITALS.has(headPart.folded) || isNationalityAdjective(headPart.folded) || isRoleWord(headPart.folded) || WORD_PREFIXES.has(headPart.folded)) continue;
        const acronym = head === 1 && ACRONYM.test(headText) && !ROMAN_NUMERAL.test(headText);
        add(i, i, word.start, headEnd, undefined, acronym);
        if (isOrganizationHead(partOf(word, word.partCount - 1).folded)) local[local.length - 1].mention.cues.organization += 2;
        continue;
      }
      // "TU Eindhoven", "ADO Den Haag" (an acronym before a known name), "van Voor Gent", "de krant The
      // Times" (a capitalised function word): one name, of an organisation.
      const prefixed = (isAcronymWord(word) && !capitals) || (NAME_FUNCTION_WORDS.has(word.folded) && (word.folded === 'the' || !isInitial(words, i))) ? nameAfterPrefix(words, i + 1, isAcronymWord(word)) : -1;
      if (prefixed > i) {
        add(i, prefixed, word.start, words[prefixed].end, undefined, false);
        local[local.length - 1].mention.cues.organization += 2;
        i = prefixed;
        continue;
      }
      // "JD Vance", "FC Barcelona": two capitals before a name are initials or part of the name.
      const initials = isAcronymWord(word) && word.text.length === 2 && i + 1 < words.length && words[i + 1].spaced && startsName(words[i + 1]) && !isAcronymWord(words[i + 1]);
      if (isAcronymWord(word) && !initials) {
        add(i, i, word.start, word.end, undefined, true);
        continue;
      }
      if (!initials && !startsName(word) && !startsWithCapitalParticle(words, i)) continue;
      let last = nameEnd(words, i);
      // "Teambaas Christian Horner", "Tienduizenden Belgen": an ordinary word at a sentence start is
      // no part of the name after it (alone, it is left to the resolver, which keeps it only when other
      // mentions show it capitalised mid-sentence).
      const ordinaryStart = isInitial(words, i) && isOrdinaryStart(word);
      // "Ivanka Trump": an unknown given name before a known surname names someone else.
      const next = words[last + 1];
      if (next && next.known >= 0 && last - i < 2 && next.spaced && knownMatches[next.known].start === next.start && knownMatches[next.known].end === next.end
        && (last + 2 >= words.length || words[last + 2].known !== next.known) && allCapitalNoAdjective(words, i, last)) {
        last++;
      }
      let first = i;
      const hasOrganizationHead = anyOrganizationHead(words, first, last);
      // "Milieuorganisatie Milieudefensie", "Oliemaatschappij Adnoc": a compound naming the kind of
      // organisation is no part of the name after it, which is a name even where it reads as words.
      const kindOfOrganization = ordinaryStart && first < last && isOrganizationKind(word) && !anyOrganizationHead(words, first + 1, last);
      if (ordinaryStart && (!hasOrganizationHead || kindOfOrganization) && first < last) {
        const rest = words[first + 1];
        if (!startsName(rest) || (!kindOfOrganization && first + 1 === last && isOrdinaryStart(rest))) {
          i = last;
          continue;
        }
        first++;
        last = nameEnd(words, first);
      }
      // "Russische Sergei ..." / "Libische Haftar": a leading (inflected) adjective is a cue, not part
      // of the name; "Frans Timmermans" keeps its given name.
      while (!hasOrganizationHead && first < last && words[first].folded.endsWith('e') && words[first].facts.nationalityAdjective) first++;
      if ((first === last && (words[first].facts.nationalityAdjective || words[first].facts.demonym || words[first].facts.stopCapital)) || isEventHead(words[last])) {
        i = last;
        continue;
      }
      add(first, last, words[first].start, nameEndOffset(text, words[last]), undefined, false);
      // After a leading adjective the name stands mid-sentence; after an ordinary first word a single
      // remaining word ("Luchthaven Zuwara") still stands where any word is capitalised.
      if (first !== i) local[local.length - 1].mention.initial = ordinaryStart && first === last && !kindOfOrganization;
      if (kindOfOrganization) local[local.length - 1].mention.cues.organization += 2;
      i = last;
    }

    linkAliases(text, sentence.start, local.map((entry) => entry.mention), aliasLinks);
    for (const { mention, first, last } of local) {
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
  return { path: article.path, mentions, roles, aliasLinks };
}

/** "Van der Leyen", "De Vries", "Al Sisi": a capitalised particle that begins a name. */
function startsWithCapitalParticle(words: Word[], i: number): boolean {
  if (!words[i].capital || !NAME_PARTICLES.has(words[i].folded)) return false;
  // At a sentence start "De Croo" may be a name or an article ("De Beschermingsmacht"): the mention
  // keeps the particle and is marked initial; the resolver decides with the rest of the corpus.
  let k = i + 1;
  while (k < words.length && NAME_PARTICLES.has(words[k].folded) && k - i < 3) k++;
  if (k < words.length && k === i + 1 && words[k].spaced && isKnownSurname(words, k)) return !isInitial(words, i);
  if (!(k < words.length && words[k].spaced && startsName(words[k]) && !words[k].facts.nationalityAdjective && compoundHeadLength(words[k]) === 0)) return false;
  // "De Hoge Raad van State", "De Beschermingsmacht": before a longer name or an organisation word a
  // capital "De" at a sentence start is an article.
  if (!isInitial(words, i)) return true;
  return !words[k].facts.organizationHead && !(k + 1 < words.length && words[k + 1].spaced && isNameWord(words[k + 1]));
}

/** The last word of the name that starts at words[i]. */
function nameEnd(words: Word[], i: number): number {
  let end = i;
  let k = i + 1;
  let joinedParticles = false;
  while (k < words.length && k - i < MAX_NAME_WORDS) {
    const word = words[k];
    if (!word.spaced && !followsInitial(words, k)) break;
    // "zei Van Rijswijk": a known one-word name (a town) after a capitalised particle is a surname.
    if (k === i + 1 && word.spaced && NAME_PARTICLES.has(words[i].folded) && isKnownSurname(words, k)) {
      end = k++;
      continue;
    }
    if (isNameWord(word) && compoundHeadLength(word) === 0 && !isAcronymWord(word) && !word.facts.stopCapital && !word.facts.role) {
      end = k++;
      continue;
    }
    if (!word.spaced) break;
    if ((isAcronymWord(word) && NAME_FINAL_ACRONYMS.has(word.folded)) || GENERATION_SUFFIXES.has(word.folded)) return k;
    // Particles join a given name to a surname ("Ursula von der Leyen"), or parts of an organisation's
    // name ("Hoge Raad van State"); not a second time ("Caroline van der Plas van BBB").
    const organization = anyOrganizationHead(words, i, k - 1);
    const canJoin = organization || (!joinedParticles && k - i === 1);
    // Particles may be capitalised inside a name: "Alexander De Croo", "Bart De Wever".
    if (canJoin && (isParticle(words, k) || (organization && !word.capital && ORGANIZATION_LINKS.has(word.folded)))) {
      let m = k + 1;
      while (m < words.length && !words[m].capital && isParticle(words, m) && /^[\s'’]+$/.test(words[m].gap)) m++;
      const target = words[m];
      if (m < words.length && m - k <= 3 && /^[\s'’]+$/.test(target.gap) && (isNameWord(target) || isKnownSurname(words, m)) && !isAcronymWord(target) && !target.facts.stopCapital && compoundHeadLength(target) === 0) {
        end = m;
        k = m + 1;
        joinedParticles = true;
        continue;
      }
    }
    break;
  }
  return end;
}

/**
 * The last word of the name that follows a prefix at words[k - 1]: a known name, or (after a function
 * word, not an acronym: "JD Vance" is a person) a name of its own; -1 for none.
 */
function nameAfterPrefix(words: Word[], k: number, acronym: boolean): number {
  if (k >= words.length || !words[k].spaced) return -1;
  const known = words[k].known;
  if (known >= 0) {
    let last = k;
    while (last + 1 < words.length && words[last + 1].known === known) last++;
    return last;
  }
  return !acronym && startsName(words[k]) && compoundHeadLength(words[k]) === 0 && !isAcronymWord(words[k]) ? nameEnd(words, k) : -1;
}

/** The last word of an organisation's name that goes on at words[k] ("UMC", "Institute of Technology"), or -1. */
function organizationTailEnd(words: Word[], k: number): number {
  if (k >= words.length || !words[k].spaced) return -1;
  if (isAcronymWord(words[k])) return NAME_FINAL_ACRONYMS.has(words[k].folded) ? k : -1;
  if (!startsName(words[k]) || compoundHeadLength(words[k]) > 0) return -1;
  const end = nameEnd(words, k);
  return anyOrganizationHead(words, k, end) ? end : -1;
}

/** "Reinier van Zutphen", "Jan van Gent": a known one-word name (a town) after particles is a surname. */
function isKnownSurname(words: Word[], m: number): boolean {
  const known = words[m].known;
  return known >= 0 && words[m].capital && (m + 1 >= words.length || words[m + 1].known !== known) && words[m - 1].known !== known;
}

/** A lower-case name particle; "'t" is read as the word "t" after an apostrophe ("Van 't Schip"). */
function isParticle(words: Word[], k: number): boolean {
  return NAME_PARTICLES.has(words[k].folded) || (words[k].folded === 't' && /['’]$/.test(words[k].gap));
}

/**
 * "minister van Buitenlandse Zaken", "minister voor Buitenlandse Handel", "minister Marco Rubio van
 * Buitenlandse Zaken": the capitalised words name a portfolio, not an entity.
 */
function followsPortfolio(words: Word[], i: number): boolean {
  if (i < 2 || !words[i].spaced || (words[i - 1].folded !== 'van' && words[i - 1].folded !== 'voor')) return false;
  if (isPortfolioHead(words[i - 2].folded)) return true;
  // A minister's name may stand between: capitalised words back to the title.
  let k = i - 2;
  while (k > 0 && i - k <= MAX_NAME_WORDS && (words[k].capital || NAME_PARTICLES.has(words[k].folded))) k--;
  return k < i - 2 && isPortfolioHead(words[k].folded) && PORTFOLIO_WORDS.has(words[i].folded);
}

function isPortfolioHead(folded: string): boolean {
  return PORTFOLIO_HEADS.has(folded) || folded.endsWith('minister');
}

/** Whether one of words[from..to] names an organisation ("Raad", "Partij"). */
function anyOrganizationHead(words: Word[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (words[k].facts.organizationHead) return true;
  return false;
}

function allPortfolioWords(words: Word[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (!PORTFOLIO_WORDS.has(words[k].folded) && words[k].folded !== 'en') return false;
  return true;
}

function allCapitalNoAdjective(words: Word[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (!words[k].capital || words[k].facts.nationalityAdjective) return false;
  return true;
}

function typeCues(words: Word[], first: number, last: number): TypeCues {
  const cues = emptyCues();
  const previous = first > 0 ? words[first - 1].folded : '';
  const next = last + 1 < words.length ? words[last + 1].folded : '';
  const adjacent = first > 0 && words[first].spaced;
  // The words before a list govern each of its names ("in Bani Walid en Sirte"), and "het" with an
  // adjective stands for "het" ("vanuit het Algerijnse Tindouf").
  const lead = leadingIndex(words, listStart(words, first, last));
  const leading = lead > 0 ? words[lead - 1].folded : '';
  const beforeLeading = lead > 1 ? words[lead - 2].folded : '';
  const preposition = placePreposition(words, lead);
  // "in Tripoli", "naar Ghadames"; but "de prijs gaat naar Moungi Bawendi": a two-word name after
  // "naar" is more often a person than a place.
  if (preposition !== undefined) cues.place += first === last || leading === 'in' || leading === 'uit' ? 1 : 0.2;
  else if (isAfterBij(words, first, last)) cues.place += 0.5;
  if (last > first && PLACE_NAME_STARTS.has(words[first].folded)) cues.place += 1;
  if (isPlaceHead(words[last])) cues.place += 2;
  // "de wijken Stadshagen en Holtenbroek", "de zender Al-Masar"; "Derna, een havenstad".
  if (lead > 0 && words[lead].spaced) addNounCue(cues, nounCue(words, governingNoun(words, lead)));
  addNounCue(cues, appositionCue(words, last));
  if (adjacent && isAge(previous)) cues.person += 1;
  addShapeCues(words, first, last, cues);
  if (adjacent && words[first - 1].facts.role) cues.person += 2;
  // "trainer van Sparta Praag", "leider van de PVV": what a role is "of" is an organisation or place.
  const link = ARTICLES.has(previous) ? first - 2 : first - 1;
  if (adjacent && link >= 1 && (words[link].folded === 'van' || words[link].folded === 'bij') && words[link - 1].facts.role) cues.organization += 1;
  // "het staatsoliebedrijf Adnoc", "de omroep Libië al-Ahrar TV": a name after an organisation noun.
  if (adjacent && !words[first - 1].capital && words[first - 1].facts.organizationHead) cues.organization += 2;
  // "zei Khaled al-Mishri", "Guterres zei"; not "leider van de PvdA zei", where the leader speaks.
  const complement = leading === 'van' || (ARTICLES.has(leading) && beforeLeading === 'van');
  if ((adjacent && SPEECH_VERBS.has(previous)) || (!complement && last + 1 < words.length && words[last + 1].spaced && SPEECH_VERBS.has(next))) cues.person += 1;
  // "de GNA", "het Rode Kruis"; a capitalised "De" may be part of a name ("De Croo").
  if (adjacent && ARTICLES.has(previous) && !words[first - 1].capital) cues.organization += 0.5;
  let capitalOrArabic = 0;
  let arabic = false;
  for (let k = first; k <= last; k++) {
    const word = words[k];
    const arabicArticle = ARABIC_ARTICLE.test(word.text);
    if (word.capital || arabicArticle) capitalOrArabic++;
    arabic ||= arabicArticle || word.folded === 'bin' || word.folded === 'ibn';
  }
  // "Buitenlandse Zaken raadt reizen af": a portfolio named alone is its ministry.
  if (allPortfolioWords(words, first, last)) cues.organization += 2;
  if (anyOrganizationHead(words, first, last)) cues.organization += 2;
  else if (last > first && capitalOrArabic >= 2) cues.person += 0.25;
  if (arabic) cues.person += 0.5;
  return cues;
}

/** "beter bekend als Hemedti", "alias", "bekend onder zijn strijdersnaam": a second name follows. */
const ALSO_KNOWN_AS = /^\s*,?\s*\(?(?:beter |ook |vooral |eerder )?(?:bekend als|bekend onder (?:zijn|haar|de) [\p{L}-]*naam|alias|bijgenaamd|ook wel|better known as|also known as)\s*$/u;

/**
 * "Libische Nationale Leger (LNA)" and "LNA (Libyan National Army)" introduce an acronym;
 * "Mohamed Hamdan Dagalo, beter bekend als Hemedti" a second name.
 */
function linkAliases(text: string, offset: number, mentions: CandidateMention[], out: AliasLink[]): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    if (a.knownId !== undefined && b.knownId !== undefined) continue;
    const between = text.slice(a.end - offset, b.start - offset);
    if (ALSO_KNOWN_AS.test(between)) {
      out.push({ alias: b.surface, name: a.surface });
      continue;
    }
    const closes = text.slice(b.end - offset).trimStart().startsWith(')');
    if (!closes || !/^[\p{L}\-]*\s*\(\s*$/u.test(between)) continue;
    if (introducedAcronym(b, a) && !introducedAcronym(a, b)) out.push({ alias: b.surface, name: a.surface });
    else if (introducedAcronym(a, b) && !introducedAcronym(b, a) && b.surface.includes(' ')) out.push({ alias: a.surface, name: b.surface });
  }
}

/**
 * An acronym the text may introduce for `name`; a known one in brackets names something else
 * ("Monique Hazelaar (CDA)", "ZAANDAM (ANP)"), and one in mixed case only the name it spells the
 * initials of ("Artsen zonder Grenzen (AzG)", not "Esther van Hintum (PvdA)").
 */
function introducedAcronym(mention: CandidateMention, name: CandidateMention): boolean {
  if (!mention.acronym || mention.knownId !== undefined) return false;
  return !MIXED_ACRONYM.test(mention.surface) || foldText(mention.surface) === initialsOf(name.surface);
}

/** "Partij van de Arbeid" -> "pvda": the first letters of the words, folded. */
function initialsOf(name: string): string {
  return foldText(name).split(/[\s-]+/).map((word) => word.charAt(0)).join('');
}
