// Evidence of a name's type in the words around it and in its shape, beyond what the word lists
// give a single neighbour: the words before a list of names ("in Bani Walid en Sirte"), plural and
// compound place and organisation nouns ("de wijken", "de deelgemeente", "de zender"), an age
// ("de 79-jarige"), a party compound ("Swollwacht-lijsttrekker") and the shapes of organisation and
// place names ("PvdA", "Lijst Smolders", "Noord-Amerika"). typeCues adds them up per mention; the resolver
// adds every mention's cues over the corpus, so one article's clear evidence types the name everywhere.

import { boundedMemo } from './boundedMemo';
import type { TypeCues } from './entityCandidates';
import { anyOrganizationHead } from './entityNameSpans';
import { ARABIC_ARTICLE, ARTICLES, COMPASS_WORDS, NAME_PARTICLES, ORGANIZATION_HEADS, PLACE_NAME_STARTS, PLACE_NOUNS, PLACE_PREPOSITIONS, POSSESSIVES, SPEECH_VERBS } from './entityWordLists';
import { allPortfolioWords } from './portfolioNames';
import { endsWithWordFrom, hasEnding, isAcronymWord, isInitial, isListedWord, isPlaceHead, partOf, type Word } from './entityWords';

/** Words that join the names of a list: "Odesa, Charkiv en Dnipro". */
const COORDINATORS = new Set(['en', 'of', 'and', 'or', '&']);
/** Words that introduce examples of the noun before them: "ketens, waaronder Food Lion". */
const EXAMPLE_LINKS = new Set(['zoals', 'waaronder']);
/** The names in a list are read back this many words at most, so a mention's cues cost a constant. */
const MAX_LIST_WORDS = 12;

/** Nouns of sites that name them before their name or as its first word: "bedrijventerrein Hoge Akker", "Sportpark De Weide". */
const SITE_TAILS: readonly string[] = ['park', 'complex', 'terrein', 'winkelcentrum'];

/** Plurals and compounds of the place nouns, and nouns of sites: "de wijken", "het vluchtelingenkamp". */
const PLACE_NOUN_WORDS: ReadonlySet<string> = new Set([
  ...PLACE_NOUNS,
  ...SITE_TAILS,
  ...('steden hoofdsteden dorpen provincies gemeenten gemeentes deelstaten staten eilanden wijken havens ' +
    'gebieden districten departementen valleien bergen rivieren kamp kampen basis bases olieveld olievelden buurt buurten ' +
    'deelgemeente deelgemeenten stadsdeel stadsdelen kerkhof begraafplaats grensovergang grensplaats oblast oblasten ' +
    'vliegbasis vliegbases luchtmachtbasis legerbasis marinebasis terreinen parken').split(' '),
]);
/** Nouns before an organisation's name that the organisation heads do not hold: "de zender Al-Masar", "het tijdschrift Nature", "vliegtuigbouwer Airbus". */
const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set(
  ('zender zenders tijdschrift tijdschriften keten ketens persbureau persbureaus ploeg ploegen team teams collectief ' +
    'dagblad weekblad blad kranten omroepen partijen bedrijven banken clubs fractie fracties vakbonden organisaties ' +
    'uitgeverij denktank merk lijst cooperatie winkel supermarkt warenhuis fabrikant bouwer verzekeraar vervoerder uitgever ' +
    'koepel netbeheerder opiniepeiler leverancier exploitant aanbieder').split(' '),
);
/** Organisation nouns that name a person's trade too: "zijn uitgever Femke Wolters" is a person, "uitgever Podium" a firm. */
const TRADE_NOUNS: ReadonlySet<string> = new Set(['uitgever', 'bouwer', 'fabrikant', 'verzekeraar', 'vervoerder']);
/** Nouns of sites named by the place they are at: "de havens van Es Sider", "de grensovergang bij Rafah". */
const SITE_NOUNS: ReadonlySet<string> = new Set(
  ('haven havens grensovergang grensovergangen vliegveld vliegvelden luchthaven luchthavens olieveld olievelden ' +
    'raffinaderij kerncentrale vluchtelingenkamp legerbasis luchtmachtbasis').split(' '),
);
/** Tails of compounds whose head is a party or body: "PVV-leider", "Swollwacht-lijsttrekker", "D66-wethouder". */
const MEMBER_TAILS: ReadonlySet<string> = new Set(
  ('lijsttrekker fractievoorzitter fractieleider kamerlid wethouder raadslid gedeputeerde voorman voorzitter leider ' +
    'partijleider topman topvrouw senator europarlementarier prominent gezant commissaris lid').split(' '),
);
/** First words of organisations' names: "Real Betis", "Lijst Smolders Tilburg", "Team Jumbo". */
const ORGANIZATION_NAME_STARTS = new Set(['real', 'lijst', 'team', 'sporting', 'atletico', 'athletic', 'olympique', 'dynamo', 'racing']);
/** First parts of compound place names: "Noord-Amerika", "Zuid-Holland", "Midden-Oosten". */
const COMPASS_PARTS: ReadonlySet<string> = new Set([...COMPASS_WORDS, 'centraal', 'north', 'south', 'east']);
/** Internal capitals make an organisation's name ("PvdA", "ZonMw", "GroenLinks"), save a surname's prefix ("McCarthy", "DeSantis"). */
const INTERNAL_CAPITAL = /^\p{Lu}\p{Ll}*\p{Lu}/u;
const SURNAME_PREFIX = /^(?:Mc|Mac|De|Di|Du|Da|La|Le|O)\p{Lu}/u;

/** INTERNAL_CAPITAL's test, by character codes for ASCII words: this is asked of every mention. */
function hasInternalCapital(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return INTERNAL_CAPITAL.test(text);
    const upper = code >= 65 && code <= 90;
    if (i === 0 ? !upper : !(code >= 97 && code <= 122)) return i > 0 && upper;
  }
  return false;
}

/** ", " between words, without a new string for each gap. */
function isComma(gap: string): boolean {
  return gap === ', ' || (gap.includes(',') && gap.trim() === ',');
}

interface CueFacts {
  placeNoun: boolean;
  organizationNoun: boolean;
  memberTail: boolean;
}

const MAX_REMEMBERED_WORDS = 50_000;

/** Facts per distinct folded word, found once (a compound's suffix scan costs a lookup per letter). */
const cueFacts = boundedMemo((folded): CueFacts => {
  // A plural in 's is folded as "regio-s": the singular says the same.
  const noun = folded.endsWith('-s') ? folded.slice(0, -2) : folded;
  return {
    placeNoun: endsWithWordFrom(noun, PLACE_NOUN_WORDS, 4),
    organizationNoun: endsWithWordFrom(noun, ORGANIZATION_NOUNS, 4),
    memberTail: endsWithWordFrom(folded, MEMBER_TAILS, 3),
  };
}, MAX_REMEMBERED_WORDS);

/**
 * What the noun at words[index] says of the name after it: a place ("de wijken"), an organisation
 * ("de zender"), or nothing. A capital counts only where any word has one ("Luchthaven Zuwara"):
 * elsewhere the word is a name ("PROVINCIES KIEZEN" in a headline is initial throughout).
 */
export function nounCue(words: Word[], index: number): 'place' | 'organization' | undefined {
  if (index < 0) return undefined;
  const noun = words[index];
  if (noun.capital && !isInitial(words, index)) return undefined;
  const facts = cueFacts(noun.folded);
  if (facts.placeNoun) return 'place';
  // After a possessive the trade is someone's: "haar uitgever", "zijn verzekeraar".
  if (!facts.organizationNoun || (index > 0 && POSSESSIVES.has(words[index - 1].folded) && endsWithWordFrom(noun.folded, TRADE_NOUNS, 4))) return undefined;
  return 'organization';
}

/** "de havens van Es Sider", "de grensovergang bij Kerem Shalom": the name after a site's noun and "van" or "bij" is its place. */
function isSiteOf(words: Word[], lead: number): boolean {
  if (lead < 2 || !words[lead].spaced) return false;
  const link = words[lead - 1].folded;
  const noun = words[lead - 2];
  return (link === 'van' || link === 'bij') && !noun.capital && SITE_NOUNS.has(noun.folded);
}

/** Short last parts of one-word names of buildings, waters and streets: "Odulphuskerk", "Kallodok", "Ramsesmoskee", "Beukenlaan". */
const BUILDING_TAILS: readonly string[] = ['kerk', 'moskee', 'kapel', 'dok', 'sluis', 'toren', 'burcht', 'laan', 'weg', 'straat', 'singel', 'bocht', 'gracht', 'kade', 'plein', 'dreef', 'steeg', 'markt', 'park', 'baan', 'plaats'];
/** Letters before such a tail: "Verkerk" and "Ten Toren" are surnames. */
const MIN_BUILDING_NAME = 4;


/** A noun's evidence weighs as much as an organisation head's before the name. */
export function addNounCue(cues: TypeCues, noun: 'place' | 'organization' | undefined): void {
  if (noun !== undefined) cues[noun] += 2;
}

/** A word of a name in a list: capitalised (known or not), or a particle inside it. */
function isListNameWord(word: Word): boolean {
  return (word.capital && !word.facts.stopCapital) || NAME_PARTICLES.has(word.folded);
}

/** Whether another name of a list follows words[last]: "Oudervaart, Kalverveen en ...". */
function listGoesOn(words: Word[], last: number): boolean {
  const next = words[last + 1];
  if (next === undefined) return false;
  if (isComma(next.gap)) return next.capital && !next.facts.stopCapital;
  return COORDINATORS.has(next.folded) && last + 2 < words.length && words[last + 2].capital;
}

/**
 * The first word of the list of names that holds the name at words[first..last] ("Bani Walid en
 * Sirte", "Odesa, Charkiv en Dnipro"), or `first` when it is in none: the words before that index
 * govern every name of the list. A comma alone makes no list ("in Kalverveen, Brandsma vertrok").
 */
export function listStart(words: Word[], first: number, last: number): number {
  let start = first;
  let joined = listGoesOn(words, last);
  while (start > 1 && first - start < MAX_LIST_WORDS) {
    const link = words[start - 1];
    let end: number;
    if (COORDINATORS.has(link.folded) && link.spaced && words[start].spaced) end = start - 2;
    else if (joined && isComma(words[start].gap)) end = start - 1;
    else break;
    if (!words[end].capital || words[end].facts.stopCapital) break;
    let itemStart = end;
    while (itemStart > 0 && end - itemStart < 4 && words[itemStart].spaced && isListNameWord(words[itemStart - 1])) itemStart--;
    // A particle begins no name of the list: "de havens van Es Sider en Ras Lanuf" lists from "Es".
    while (itemStart < end && !words[itemStart].capital) itemStart++;
    start = itemStart;
    joined = true;
  }
  return start;
}

/** "De 79-jarige Duterte", "de twintigjarige": an age before a name is a person's. */
export function isAge(folded: string): boolean {
  return folded.endsWith('jarige');
}

/**
 * Where the words before the name at words[start] begin, past an inflected adjective after "het":
 * "vanuit het Algerijnse Tindouf", "in het zuidelijke Sebha" are read as "vanuit het Tindouf".
 */
export function leadingIndex(words: Word[], start: number): number {
  let lead = start;
  while (lead > 1 && start - lead < 2 && words[lead - 1].folded.endsWith('e') && (words[lead - 1].facts.nationalityAdjective || !words[lead - 1].capital)) lead--;
  return lead < start && words[lead - 1].folded === 'het' ? lead : start;
}

/**
 * The index of the noun that may govern the name whose words begin at `lead` ("de stad Sirte", "de
 * wijken Stadshagen en Holtenbroek"), past an article or a link to examples ("ketens, waaronder").
 */
export function governingNoun(words: Word[], lead: number): number {
  let k = lead - 1;
  if (k > 0 && EXAMPLE_LINKS.has(words[k].folded)) k--;
  else if (k > 0 && ARTICLES.has(words[k].folded)) k--;
  return k;
}

/**
 * The preposition that places the name whose words begin at `lead`, with or without an article:
 * "in Tripoli", "naar de Krim", "vanaf Schiphol"; "op" only with "het" ("op het Binnenhof"), as "op"
 * before a person is common ("kritiek op Rutte").
 */
export function placePreposition(words: Word[], lead: number): string | undefined {
  if (lead === 0 || !words[lead].spaced) return undefined;
  const previous = words[lead - 1].folded;
  if (PLACE_PREPOSITIONS.has(previous) || previous === 'vanaf') return previous;
  if (lead < 2 || !ARTICLES.has(previous)) return undefined;
  const before = words[lead - 2].folded;
  return PLACE_PREPOSITIONS.has(before) || before === 'vanaf' || (before === 'op' && previous === 'het') ? before : undefined;
}

/**
 * "bij Sirte", "bij Hilversum": a single word right after "bij" is weak evidence of a place, as
 * "bij" also names where someone works ("bij Shell"); an acronym there is more often an
 * organisation ("bij PSV").
 */
export function isAfterBij(words: Word[], first: number, last: number): boolean {
  return first === last && first > 0 && words[first - 1].folded === 'bij' && words[first].spaced && !isAcronymWord(words[first]);
}

/** Adjectives an apposition may hold before its noun: "de grootste lokale partij", "een kleine havenstad". */
const MAX_APPOSITION_ADJECTIVES = 3;
const APPOSITION_ARTICLES = new Set(['de', 'het', 'een']);

/**
 * What the noun of an apposition after the name says of it: "Swollwacht, de grootste lokale
 * partij" an organisation, "Derna, een havenstad" a place. Only inflected adjectives may come
 * first ("Rutte, de man achter het kabinet" says nothing); a role ("Rutte, de leider van") is
 * left to entityRoles.ts.
 */
export function appositionCue(words: Word[], last: number): 'place' | 'organization' | undefined {
  const article = words[last + 1];
  if (article === undefined || !isComma(article.gap) || !APPOSITION_ARTICLES.has(article.folded)) return undefined;
  for (let k = last + 2; k < words.length && k - last - 2 <= MAX_APPOSITION_ADJECTIVES; k++) {
    const word = words[k];
    if (!word.spaced || word.facts.role || (word.capital && !word.facts.nationalityAdjective)) return undefined;
    if (word.facts.organizationHead) return 'organization';
    const cue = nounCue(words, k);
    if (cue !== undefined) return cue;
    if (!word.folded.endsWith('e')) return undefined;
  }
  return undefined;
}

/**
 * A compound noun of a site written as the first word of its name ("Sportpark", "Bedrijventerrein");
 * not the noun alone ("Park Ji-sung"), nor a town's noun in an organisation's name ("Woonstad Tiel").
 */
function isSiteNounStart(word: Word): boolean {
  return word.capital && word.partCount === 1 && hasEnding(word.folded, SITE_TAILS, MIN_SITE_HEAD);
}
const MIN_SITE_HEAD = 4;

/** "Al-Qusayr", "El Fula": a name that opens with an Arabic article, hyphenated or as a word of its own. */
function opensWithArabicArticle(word: Word): boolean {
  return ARABIC_ARTICLE.test(word.text) || (word.capital && (word.folded === 'al' || word.folded === 'el'));
}

/** Cues the name's own words give: internal capitals, a compass part first or last, a first word of club or list, a compound's tail. */
export function addShapeCues(words: Word[], first: number, last: number, cues: TypeCues): void {
  const word = words[first];
  if (word.partCount === 1 && hasInternalCapital(word.text) && !SURNAME_PREFIX.test(word.text) && !isAcronymWord(word)) cues.organization += 1;
  if (word.partCount > 1 && COMPASS_PARTS.has(partOf(word, 0).folded) && partOf(word, 1).capital) cues.place += 1;
  // "Utrecht-Zuid", "Haarlem-Noord": a part of a town.
  else if (first === last && word.partCount > 1 && partOf(word, 0).capital && partOf(word, word.partCount - 1).capital && COMPASS_WORDS.has(partOf(word, word.partCount - 1).folded)) cues.place += 1;
  if (last > first && ORGANIZATION_NAME_STARTS.has(word.folded)) cues.organization += 1;
  const tail = partOf(words[last], words[last].partCount - 1);
  if (first === last && words[last].partCount > 1 && !tail.capital) {
    // "Swollwacht-lijsttrekker" names a party, "Novodevitsji-kerkhof" a place.
    const facts = cueFacts(tail.folded);
    if (facts.memberTail) cues.organization += 1;
    else if (facts.placeNoun) cues.place += 1;
  }
}

/** Organisations' words that end given names and surnames as well: "Koenraad", "Nijkamer", "Westhof". */
const NAME_TAIL_HEADS: readonly string[] = ['raad', 'kamer', 'hof'];

/**
 * "Jeroen Nijkamer", "Koenraad Peeters": two or three capitalised words that are no Dutch words,
 * one of them ending in an organisation's word that ends names too, are a given name and a surname.
 * The word itself ("Raad", "Kamer"), an ordinary word or an adjective beside it ("Algemene
 * Rekenkamer", "Vlaamse Ombudsraad") keeps the evidence of an organisation.
 */
function isPersonShapedName(words: Word[], first: number, last: number): boolean {
  if (last - first < 1 || last - first > 2) return false;
  let nameTail = false;
  for (let k = first; k <= last; k++) {
    const word = words[k];
    if (!word.capital || (k > first && !word.spaced) || word.partCount !== 1 || word.known >= 0 || isAcronymWord(word) || ORGANIZATION_HEADS.has(word.folded)) return false;
    if (!word.facts.organizationHead) {
      if (isListedWord(word) || word.facts.nationalityAdjective) return false;
    } else if (hasEnding(word.folded, NAME_TAIL_HEADS, MIN_NAME_TAIL_HEAD)) nameTail = true;
    else return false;
  }
  return nameTail;
}
const MIN_NAME_TAIL_HEAD = 3;

/** ", dat" or ", wat" right after the name: a relative clause on a neuter noun, which a person's name is not. */
function isNeuterRelative(words: Word[], last: number): boolean {
  const next = words[last + 1];
  return next !== undefined && (next.folded === 'dat' || next.folded === 'wat') && isComma(next.gap) && last + 2 < words.length;
}

function emptyCues(): TypeCues {
  return { person: 0, organization: 0, place: 0 };
}

/** The evidence for each type that the words in and around words[first..last] give. */
export function typeCues(words: Word[], first: number, last: number): TypeCues {
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
  // "naar" is more often a person than a place, unless it opens with an Arabic article ("naar El Fula").
  if (preposition !== undefined) cues.place += first === last || preposition === 'in' || preposition === 'uit' || opensWithArabicArticle(words[first]) ? 1 : 0.2;
  else if (isAfterBij(words, first, last)) cues.place += 0.5;
  // "New Mexico", "Port Sudan"; "Sportpark De Weide", "Bedrijventerrein Noord": a site's noun that begins its name.
  if (last > first && (PLACE_NAME_STARTS.has(words[first].folded) || isSiteNounStart(words[first]))) cues.place += 1;
  if (isPlaceHead(words[last])) cues.place += 2;
  // "Anna Bijnsbaan": also the last word of a longer name.
  else if (words[last].partCount === 1 && hasEnding(words[last].folded, BUILDING_TAILS, MIN_BUILDING_NAME)) cues.place += 1;
  // "de wijken Stadshagen en Holtenbroek", "de zender Al-Masar"; "Derna, een havenstad".
  if (lead > 0 && words[lead].spaced) addNounCue(cues, nounCue(words, governingNoun(words, lead)));
  if (isSiteOf(words, lead)) cues.place += 2;
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
  // "de GNA", "het Rode Kruis"; a capitalised "De" may be part of a name ("De Croo"), not of an
  // acronym's. An acronym with an article is a body ("de FNP", "De SBU eist"): people and places
  // have none, so the article alone makes it a name.
  // In a line of capitals ("OP DE TOCHT") the article is in capitals too, and every word looks like an acronym.
  if (adjacent && ARTICLES.has(previous)) {
    if (first === last && isAcronymWord(words[first]) && !isAcronymWord(words[first - 1])) cues.organization += 2;
    else if (!words[first - 1].capital) cues.organization += 0.5;
  }
  // "Lotto Dstny, dat met ...", "Delta, dat samen met": the neuter relative pronoun follows no person.
  if (isNeuterRelative(words, last)) cues.organization += 1;
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
  if (anyOrganizationHead(words, first, last) && !isPersonShapedName(words, first, last)) cues.organization += 2;
  else if (last > first && capitalOrArabic >= 2) cues.person += 0.25;
  if (arabic) cues.person += 0.5;
  return cues;
}
