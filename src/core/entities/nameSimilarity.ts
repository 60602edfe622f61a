// When two folded words or names are spellings of one name: phonetic skeletons for transliterations
// and Jaro-Winkler similarity. Pure, with bounded memos; the resolver decides which pairs to compare.

import { ARABIC_ARTICLE } from '../entityCandidates';
import { foldText } from '../text';
import { withoutGenerationSuffix } from './nameWords';

/** Word-by-word Jaro-Winkler above this is the same spelling even when the phonetic skeletons differ. */
const SAME_WORD_SIMILARITY = 0.92;
/** With equal skeletons a lower similarity suffices (Sarraj ~ Saaraj, Kadhafi ~ Gaddafi). */
const SAME_SKELETON_SIMILARITY = 0.75;
/** Words of five letters or fewer are mostly their vowels: "Griet" is no "Groot", "Putin" still "Poetin". */
const SHORT_SKELETON_SIMILARITY = 0.8;
const MAX_SHORT_WORD = 5;
const MAX_NAME_WORD = 40;
/** Shorter words are one only when spelt alike: their skeleton is too short to tell names apart. */
const MIN_SOUND_JOINED = 4;
/** Bound of each memo of the resolver. */
export const MAX_MEMO = 200_000;

/**
 * A phonetic skeleton for transliterated names: Kadhafi, Khadafi, Kadafi, Gaddafi and Qaddafi all
 * give "kdf"; Sarraj, Saaraj and Serraj give "srj"; Fayez, Fayes and Fayiz give "fs"; the Dutch
 * transliterations of Cyrillic ("Klitsjko", "Joelia") meet the English ones ("Klitschko", "Yulia").
 */
export function nameSkeleton(word: string): string {
  let skeleton = skeletons.get(word);
  if (skeleton === undefined) {
    if (skeletons.size > MAX_MEMO) skeletons.clear();
    skeletons.set(word, (skeleton = computeSkeleton(word)));
  }
  return skeleton;
}

/** Skeletons are asked for the same words again and again; the memo is bounded. */
const skeletons = new Map<string, string>();

function computeSkeleton(word: string): string {
  const w = soundLetters(word).replace(/h/g, '');
  return w === '' ? '' : w[0] + w.slice(1).replace(/[aeiouy]/g, '');
}

/**
 * The word in one spelling per sound (see nameSkeleton), an "h" still written: the letters
 * skeletons and syllable shapes are made of.
 */
function soundLetters(word: string): string {
  let w = foldText(word).replace(ARABIC_ARTICLE, '').replace(/[^a-z]/g, '');
  // Dutch "tsj", German "tsch" and English "ch" are one sound: Tsjernomyrdin, Chernomyrdin; Koetsjma, Kuchma.
  w = w.replace(/tsch|tsj|tch/g, 'k').replace(/sch/g, 's').replace(/kh|gh|ch|ck|q|c|g/g, 'k').replace(/dh/g, 'd').replace(/th/g, 't').replace(/sh|z/g, 's')
    .replace(/ph/g, 'f').replace(/w/g, 'v').replace(/x/g, 'ks').replace(/oe/g, 'u').replace(/sj/g, 's')
    // A final "j" after i or y is the Dutch and Polish way of writing a final y or i: Zelenskyj, Zelensky; Dmitrij, Dmitri;
    // after another vowel it is an i: Aleksej, Alexei; Nikolaj, Nikolai.
    .replace(/([iy])j$/, '$1').replace(/([aeou])j$/, '$1i').replace(/j(?=[aeiou])/g, 'y');
  // Doubled letters are one sound (Sarraj, Saraj); a consonant repeated across a vowel is a
  // syllable of its own and stays (Sharara is not Shara).
  return w.replace(/(.)\1+/g, '$1');
}

/**
 * Where the vowels and consonants of a word stand, an "h" after a vowel counted as a consonant but
 * a final one (Dbeibah, Dbeiba) or one spelling a consonant (Zaluzhny, Zaloezjny) not:
 * transliterations of one name vary their vowels, not their syllables (Mohammed, Muhammad:
 * CVCVCVC), while close names of two people differ in them (Mahmoud: CVCCVC).
 */
function syllableShape(word: string): string {
  return soundLetters(word).replace(/([^aeiouy])h/g, '$1').replace(/([aeiouy])h$/, '$1').replace(/[aeiouy]+/g, 'V').replace(/[^V]/g, 'C');
}

/** Jaro-Winkler similarity in [0, 1]. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Array<boolean>(a.length).fill(false);
  const bMatched = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j++) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = bMatched[j] = true;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[j]) j++;
    if (a[i] !== b[j]) transpositions++;
    j++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < Math.min(4, a.length, b.length) && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Pairs of different words compared so far: the measure of the resolver's pairwise work, for the scaling tests. */
let nameComparisons = 0;

export function nameComparisonCount(): number {
  return nameComparisons;
}

/** Two words are spellings of one name: equal, near-equal, or equal in skeleton and close. */
export function sameNameWord(a: string, b: string): boolean {
  if (a === b) return true;
  // Similarity is quadratic in the word's length; names are short.
  if (a.length > MAX_NAME_WORD || b.length > MAX_NAME_WORD) return false;
  nameComparisons++;
  // Words whose digits differ name different things ("Naam12", "Naam13"), however alike they look.
  if (!sameDigits(a, b)) return false;
  const similarity = jaroWinkler(a, b);
  const shorter = Math.min(a.length, b.length);
  if (similarity >= SAME_WORD_SIMILARITY && shorter >= MIN_SOUND_JOINED) return true;
  // A skeleton of a word of two or three letters is one or two consonants: "Wit" is not "Wout", "ESA" not "Esch".
  if (shorter < MIN_SOUND_JOINED || nameSkeleton(a) !== nameSkeleton(b) || syllableShape(a) !== syllableShape(b)) return false;
  const needed = shorter <= MAX_SHORT_WORD ? SHORT_SKELETON_SIMILARITY : SAME_SKELETON_SIMILARITY;
  return similarity >= needed || jaroWinkler(englishSpelling(a), englishSpelling(b)) >= needed;
}

/**
 * A Dutch transliteration of Cyrillic written the English way, so the similarity sees the same
 * letters where the sounds are the same: "koetsjma" -> "kuchma", "joelia" -> "yulia".
 */
function englishSpelling(word: string): string {
  return word.replace(/tsj/g, 'ch').replace(/sj/g, 'sh').replace(/oe/g, 'u').replace(/([iy])j$/, '$1').replace(/j(?=[aeiou])/g, 'y');
}

/** The digits of the two words, in order, are the same (none at all in most names). */
function sameDigits(a: string, b: string): boolean {
  const isDigit = (code: number) => code >= 48 && code <= 57;
  for (let i = 0, j = 0; ; i++, j++) {
    while (i < a.length && !isDigit(a.charCodeAt(i))) i++;
    while (j < b.length && !isDigit(b.charCodeAt(j))) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    if (a[i] !== b[j]) return false;
  }
}

export function sameName(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === b.length) return a.every((word, i) => sameNameWord(word, b[i]));
  // "Jean-Claude Mbemba" and "Jean Claude Mbemba": a given name is written with or without its hyphen.
  const partsA = givenNameParts(a);
  const partsB = givenNameParts(b);
  return partsA.length === partsB.length && partsA.every((word, i) => sameNameWord(word, partsB[i]));
}

/** The words of a name with its given names split at their hyphens ("jean-claude mbemba" -> jean, claude, mbemba); the surname stays whole. */
function givenNameParts(words: readonly string[]): readonly string[] {
  if (words.length < 2 || !words.some((word, i) => i < words.length - 1 && word.includes('-'))) return words;
  return [...words.slice(0, -1).flatMap((word) => word.split('-').filter((part) => part !== '')), words[words.length - 1]];
}

/** The number of words of a name its given names split at their hyphens: names that may be spellings of one another have the same. */
export function nameWordCount(words: readonly string[]): number {
  let count = words.length;
  for (let i = 0; i < words.length - 1; i++) for (const char of words[i]) if (char === '-') count++;
  return count;
}

/** The full name ends with the partial one; a double surname may be named by its first part. */
export function endsWithName(fullName: readonly string[], partial: readonly string[], exact = false): boolean {
  const full = withoutGenerationSuffix(fullName);
  if (partial.length >= full.length) return false;
  const same = (a: string, b: string) => (exact ? a === b : sameNameWord(a, b));
  const tail = full.slice(full.length - partial.length);
  if (tail.every((word, i) => same(word, partial[i]))) return true;
  const last = full[full.length - 1];
  const hyphen = last.indexOf('-');
  return partial.length === 1 && hyphen > 0 && same(last.slice(0, hyphen), partial[0]);
}
