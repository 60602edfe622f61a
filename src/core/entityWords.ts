// Words of a sentence as the name extraction reads them: a sentence's word parts grouped into
// whitespace-separated words, each with what the word lists say of it (found once per distinct word),
// and the tests on words that finding names asks.

import type { AliasMatch, WordPart } from './aliasMatcher';
import { boundedMemo } from './boundedMemo';
import { isListedDutchWord, isOrdinaryDutchWord } from './dutchWords';
import { ACRONYM, ADJECTIVE_STEMS, AMPERSAND_GAP, BANNER_WORDS, ARABIC_ARTICLE, DATELINE_GAP, DEMONYMS, EVENT_HEADS, GENERATION_SUFFIXES, INITIAL_GAP, MAX_COMPOUND_LENGTH, MIN_ORDINARY_START, MIN_PLURAL_STEM, MIXED_ACRONYM, NAMED_THING_NOUNS, ORGANIZATION_HEADS, PLACE_HEADS, ROLE_WORDS, ROMAN_NUMERAL, STOP_CAPITALS, WHITESPACE_GAP } from './entityWordLists';

export interface Word {
  text: string;
  folded: string;
  start: number;
  end: number;
  /** the sentence's word parts: this word's are `partCount` of them from `firstPart` */
  parts: readonly WordPart[];
  firstPart: number;
  partCount: number;
  /** text between the previous word (or sentence start) and this one */
  gap: string;
  /** the gap is whitespace only */
  spaced: boolean;
  capital: boolean;
  /** index of the known match covering this word */
  known: number;
  /** the known match ends inside this word, before a capitalised part ("Weert-Hendrix": a double surname) */
  knownHead: boolean;
  facts: WordFacts;
}

/**
 * Whether a folded word is one of `words` or a compound ending in one ("VN-gezant",
 * "oppositieleider"); `minTail` keeps short accidental endings out.
 */
export function endsWithWordFrom(folded: string, words: ReadonlySet<string>, minTail: number): boolean {
  if (words.has(folded)) return true;
  if (folded.length > MAX_COMPOUND_LENGTH) return false;
  const hyphen = folded.lastIndexOf('-');
  if (hyphen > 0 && words.has(folded.slice(hyphen + 1))) return true;
  for (let cut = 3; cut <= folded.length - minTail; cut++) {
    if (words.has(folded.slice(cut))) return true;
  }
  return false;
}

/** Whether a folded word ends in one of `endings` with at least `minHead` letters before it ("Kostjantynivka", "Eusebiuskerk"). */
export function hasEnding(folded: string, endings: readonly string[], minHead: number): boolean {
  return endings.some((ending) => folded.length >= ending.length + minHead && folded.endsWith(ending));
}

/** "Russische", "Turks", "Noord-Afrikaanse", "Libisch", "Franstalige": adjectives of nationality, region, creed or language. */
export function nationalityAdjective(folded: string): boolean {
  if (ADJECTIVE_STEMS.has(folded)) return true;
  // "Noord-Ierse", "Zuid-Koreaanse": the last part decides.
  const hyphen = folded.lastIndexOf('-');
  if (hyphen > 0 && hyphen < folded.length - 1) return nationalityAdjective(folded.slice(hyphen + 1));
  if (folded.endsWith('e') && ADJECTIVE_STEMS.has(folded.slice(0, -1))) return true;
  // "Ghanees", "Togolese" ("Therese" is a name); "Franstalige", "Nederlandstalig": of a language.
  return /.{4}talige?$/.test(folded) || (folded.length >= 6 && /(?:isch|ische|sche|aans|aanse|iaanse)$/.test(folded)) || (folded.length >= 7 && /(?:ees|[^r]ese)$/.test(folded));
}

/** "Russen", "Libanezen", "Armeniërs" (folded "armeniers"). */
function isDemonym(folded: string): boolean {
  return DEMONYMS.has(folded) || (folded.length > 6 && (folded.endsWith('ezen') || folded.endsWith('iers')));
}

/** What the word lists say of a folded word. */
export interface WordFacts {
  role: boolean;
  organizationHead: boolean;
  nationalityAdjective: boolean;
  demonym: boolean;
  stopCapital: boolean;
  /** a liveblog's or caption's label ("LIVE", "UPDATE"), no acronym in capitals */
  banner: boolean;
  // Asked only of some words (the last of a name, the first of a sentence), so found when first asked.
  placeHead?: boolean;
  eventHead?: boolean;
  namedThingNoun?: boolean;
  /** an ordinary Dutch word (dutchWords.ts) */
  ordinary?: boolean;
  /** a word the dictionary lists, not read as a compound (dutchWords.ts) */
  listed?: boolean;
}

/** Distinct words remembered; past this the memory starts afresh. */
const MAX_REMEMBERED_WORDS = 50_000;

/**
 * Facts per distinct folded word, found once: the same words recur in every article and are asked
 * about several times per mention, while a compound's suffix scan costs a lookup per letter.
 */
const wordFacts = boundedMemo((folded): WordFacts => ({
  role: endsWithWordFrom(folded, ROLE_WORDS, 6),
  organizationHead: endsWithWordFrom(folded, ORGANIZATION_HEADS, 4),
  nationalityAdjective: nationalityAdjective(folded),
  demonym: isDemonym(folded),
  stopCapital: STOP_CAPITALS.has(folded),
  banner: BANNER_WORDS.has(folded),
}), MAX_REMEMBERED_WORDS);

export function isRoleWord(folded: string): boolean {
  return wordFacts(folded).role;
}

export function isOrganizationHead(folded: string): boolean {
  return wordFacts(folded).organizationHead;
}

export function isNationalityAdjective(folded: string): boolean {
  return wordFacts(folded).nationalityAdjective;
}

/**
 * Groups a sentence's word parts back into whitespace-separated words. This runs on every word of
 * every article: a word refers to its parts by index and shares strings where it can, so it costs
 * one object.
 */
export function sentenceWords(text: string, parts: WordPart[], known: AliasMatch[]): Word[] {
  const words: Word[] = [];
  let knownIndex = 0;
  let previousEnd = 0;
  for (let i = 0; i < parts.length; ) {
    let j = i + 1;
    while (j < parts.length && !parts[j].wordStart) j++;
    const start = parts[i].start;
    const end = parts[j - 1].end;
    while (knownIndex < known.length && known[knownIndex].end <= start) knownIndex++;
    const covering = knownIndex < known.length && known[knownIndex].start <= start ? knownIndex : -1;
    const folded = j === i + 1 ? parts[i].folded : foldedJoin(parts, i, j);
    const gap = text.slice(previousEnd, start);
    words.push({
      // A word written as its folded form (lower case, no accents) is that string.
      text: folded.length === end - start && text.startsWith(folded, start) ? folded : text.slice(start, end),
      folded,
      start,
      end,
      parts,
      firstPart: i,
      partCount: j - i,
      gap,
      spaced: gap === ' ' || WHITESPACE_GAP.test(gap),
      capital: parts[i].capital,
      known: covering,
      knownHead: covering >= 0 && known[covering].end < end && j - i > 1 && partAfter(parts, i, j, known[covering].end)?.capital === true,
      facts: wordFacts(folded),
    });
    previousEnd = end;
    i = j;
  }
  return words;
}

/** The part of parts[from, to) that begins after `offset`. */
function partAfter(parts: readonly WordPart[], from: number, to: number, offset: number): WordPart | undefined {
  for (let k = from; k < to; k++) if (parts[k].start >= offset) return parts[k];
  return undefined;
}

/** "vn-gezant": the folded parts of one word joined by hyphens. */
function foldedJoin(parts: readonly WordPart[], from: number, to: number): string {
  let folded = parts[from].folded;
  for (let k = from + 1; k < to; k++) folded += `-${parts[k].folded}`;
  return folded;
}

export function partOf(word: Word, k: number): WordPart {
  return word.parts[word.firstPart + k];
}

export function isInitial(words: Word[], i: number): boolean {
  return i === 0 || INITIAL_GAP.test(words[i].gap.trimEnd());
}

/**
 * The last word of the sentence's first line when that line is a headline or shout in capitals (two
 * words or more, one of 4+ letters: "TWAALF PROVINCIES KIEZEN", "GOAL PSV!"), else -1. The line may
 * be the whole sentence, or a headline that the byline under it joins ("BOEREN BLOKKEREN\nDoor …").
 */
export function capitalsLineEnd(words: Word[]): number {
  if (words.length === 0) return -1;
  let end = 0;
  while (end + 1 < words.length && !words[end + 1].gap.includes('\n')) end++;
  return inCapitals(words, end) ? end : -1;
}

function inCapitals(words: Word[], last: number): boolean {
  let lettered = 0;
  let long = false;
  for (let k = 0; k <= last; k++) {
    const word = words[k];
    // Most words have a lower-case letter where a capital may stand: no case conversion for them.
    const second = word.text.charCodeAt(1);
    if (second >= 97 && second <= 122) return false;
    const upper = word.text.toUpperCase();
    if (upper === word.folded) continue; // no letters (digits, signs)
    if (upper !== word.text) return false;
    lettered++;
    long ||= word.text.length >= 4;
  }
  return lettered >= 2 && long;
}

/** "TRIPOLI (ANP) -", "ALEPPO - Rebellen ...": the last word of a dateline's place in capitals, or -1. */
export function datelinePlaceEnd(words: Word[]): number {
  let end = -1;
  while (end + 1 < words.length && words[end + 1].capital && words[end + 1].text.length >= 3 && words[end + 1].text.toUpperCase() === words[end + 1].text && (end < 0 || words[end + 1].spaced)) end++;
  if (end < 0 || end + 1 >= words.length) return -1;
  return DATELINE_GAP.test(words[end + 1].gap) ? end : -1;
}

export function isAcronymWord(word: Word): boolean {
  if (word.partCount !== 1) return false;
  return (ACRONYM.test(word.text) && !ROMAN_NUMERAL.test(word.text) && /\p{Lu}.*\p{Lu}|\p{N}/u.test(word.text)) || MIXED_ACRONYM.test(word.text);
}

/** A word that can be part of a name: capitalised, or joined to a lower-case Arabic article. */
export function isNameWord(word: Word): boolean {
  if (word.known >= 0) return false;
  // Cheap tests first: this is asked of every word.
  if (word.partCount > 1 && partOf(word, 1).capital && ARABIC_ARTICLE.test(word.text)) return true;
  return word.capital && (word.text.charCodeAt(0) < 128 || !/^\p{N}/u.test(word.text));
}

/** "Facebook-pagina", "GNA-regering", "Haftar-troepen": a name joined to a lower-case noun. */
export function compoundHeadLength(word: Word): number {
  if (word.partCount < 2 || ARABIC_ARTICLE.test(word.text) || isSyllableName(word) || opensDoubleSurname(word)) return 0;
  for (let k = 1; k < word.partCount; k++) if (!partOf(word, k).capital) return k;
  // "Swollwacht-Kamerlid", "GroenLinks-PvdA-Kamerlid": a role capitalised for the Kamer in it is no part of the name.
  return isRoleWord(partOf(word, word.partCount - 1).folded) ? word.partCount - 1 : 0;
}

/** Particles that begin the second part of a Dutch double surname: "Karaman-de Wit", "Jansen-van der Berg". */
const DOUBLE_SURNAME_PARTICLES: ReadonlySet<string> = new Set(['van', 'de', 'der', 'den', 'te', 'ter', 'ten']);

/** "Karaman-de" in "Karaman-de Wit": a surname and the particles of the next, which goes on after the space. */
function opensDoubleSurname(word: Word): boolean {
  if (!partOf(word, 0).capital || word.text.endsWith('-')) return false;
  for (let k = 1; k < word.partCount; k++) if (!DOUBLE_SURNAME_PARTICLES.has(partOf(word, k).folded) || partOf(word, k).capital) return false;
  return true;
}

/** "Jong-un", "Yo-jong", "Suk-yeol", "Ki-moon": names of short syllables, not a name plus a noun. */
function isSyllableName(word: Word): boolean {
  const head = partOf(word, 0);
  if (!head.capital || !/^\p{Lu}\p{Ll}{1,3}$/u.test(word.text.slice(head.start - word.start, head.end - word.start))) return false;
  for (let k = 1; k < word.partCount; k++) {
    const part = partOf(word, k);
    if (part.folded.length < 2 || part.folded.length > 4 || part.capital) return false;
  }
  return true;
}

/**
 * An ordinary Dutch word of 6+ letters ("Teambaas", "Tienduizenden", "Luchthaven"): shorter words are
 * too often given names as well ("Rob", "Storm", "Fleur"); the short conjunctions and adverbs that
 * begin sentences are in STOP_CAPITALS.
 */
export function isOrdinaryStart(word: Word): boolean {
  if (word.partCount !== 1 || word.folded.length < MIN_ORDINARY_START || word.known >= 0) return false;
  return (word.facts.ordinary ??= isOrdinaryDutchWord(word.folded) || isPresentTenseVerb(word.folded));
}

/**
 * "Vertrouwt Zelenskyj de onderhandelaars?", "Verliest Lula de steun?": a question opens with the
 * verb, whose present-tense form (stem + t) the dictionary does not list; the stem and the infinitive
 * are listed ("vertrouw", "vertrouwen"; "verlies", "verliezen").
 */
function isPresentTenseVerb(folded: string): boolean {
  if (!folded.endsWith('t')) return false;
  const stem = folded.slice(0, -1);
  const voicedStem = stem.replace(/s$/, 'z').replace(/f$/, 'v');
  return isListedDutchWord(stem) && (isListedDutchWord(`${stem}en`) || isListedDutchWord(`${voicedStem}en`));
}

/** A single word the dictionary lists as an ordinary word ("Welzijn", "Mannen"), not read as a compound. */
export function isListedWord(word: Word): boolean {
  if (word.partCount !== 1 || word.known >= 0) return false;
  return (word.facts.listed ??= isListedDutchWord(word.folded));
}

/** "Jury's", "Baby's": an ordinary word with the plural "'s" ("Lula's" is a name's possessive). Asked only at sentence starts. */
export function isPluralOfWord(word: Word): boolean {
  if (word.partCount !== 2 || partOf(word, 1).folded !== 's') return false;
  const head = partOf(word, 0).folded;
  return head.length >= MIN_PLURAL_STEM && isOrdinaryDutchWord(head);
}

export function isPlaceHead(word: Word): boolean {
  return (word.facts.placeHead ??= endsWithWordFrom(word.folded, PLACE_HEADS, 5));
}

export function isEventHead(word: Word): boolean {
  return (word.facts.eventHead ??= endsWithWordFrom(word.folded, EVENT_HEADS, 5));
}

/** A noun whose name follows it and names no actor ("storm", "containerschip"; see NAMED_THING_NOUNS). */
export function isNamedThingNoun(word: Word): boolean {
  return (word.facts.namedThingNoun ??= endsWithWordFrom(word.folded, NAMED_THING_NOUNS, 4));
}

export function startsName(word: Word): boolean {
  return isNameWord(word) && !word.facts.stopCapital && !word.facts.role && !word.facts.demonym;
}

/**
 * "George W. Bush", "J.P. Wesselink": the word after an initial and its full stop goes on with the
 * name, and so does an initial written right after another one.
 */
export function followsInitial(words: Word[], k: number): boolean {
  return (words[k].gap === '. ' || (words[k].gap === '.' && isInitialLetter(words[k]))) && isInitialLetter(words[k - 1]);
}

function isInitialLetter(word: Word): boolean {
  return word.text.length === 1 && word.capital;
}

/** "Said el-A.": a name ending in an abbreviated surname after a particle. */
function endsWithInitial(word: Word): boolean {
  const last = partOf(word, word.partCount - 1);
  return last.end - last.start === 1 && last.capital;
}

/** Where a name that ends with `last` ends: an initial ("Ricardo V.", "Said el-A.") and "jr." keep their full stop. */
export function nameEndOffset(text: string, last: Word): number {
  return text.charCodeAt(last.end) === 46 && (endsWithInitial(last) || GENERATION_SUFFIXES.has(last.folded)) ? last.end + 1 : last.end;
}

/** Asked after most names: a gap without either sign is settled without the pattern. */
export function isAmpersandGap(gap: string): boolean {
  return gap.length <= 3 && (gap.includes('&') || gap.includes('+')) && AMPERSAND_GAP.test(gap);
}

/** "CD&V", "Stop & Shop", "Smulders+Bakx": the last of the capitalised words joined to words[i] by ampersands or plus signs. */
export function ampersandEnd(words: Word[], i: number): number {
  let end = i;
  while (end + 1 < words.length && isAmpersandGap(words[end + 1].gap) && isNameWord(words[end + 1]) && words[end + 1].partCount === 1) end++;
  return end;
}

/** "Milieuorganisatie", "Persbureau": a compound that ends in an organisation word, not the word itself ("Partij", "Universiteit" begin names). */
export function isOrganizationKind(word: Word): boolean {
  return word.facts.organizationHead && !ORGANIZATION_HEADS.has(word.folded);
}
