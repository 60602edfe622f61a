// Ordinary Dutch words (data/dutch-words.json, from the OpenTaal dictionary; see scripts/dutchWords.ts),
// to tell a capitalised word at a sentence start from a name: "Zodra", "Helaas", "Teambaas" and
// "Tienduizenden" are words, "Mark", "Anna" and "Rutte" (listed as names) or "Haftar" (not listed)
// may be names. Decoded once, on first use.

import dutchWordsJson from './data/dutch-words.json';

/** Shortest parts of a compound ("team" + "baas") and stems; shorter ones make accidental splits ("vin" + "cent"). */
const MIN_PART = 4;
/** Endings of plurals and inflections: "rebellen", "tienduizenden", "zaken", "nieuwe". */
const ENDINGS = ['en', 's', "'s", 'e'];

let words: Set<string> | undefined;

function wordSet(): Set<string> {
  if (words) return words;
  // Front-coded: a character for the letters shared with the word before ("0" + n), then the rest.
  // Decoded into an array first: adding each word to the set as it is made was ten times slower.
  const list: string[] = [];
  let previous = '';
  for (const coded of (dutchWordsJson as { words: string }).words.split(' ')) {
    previous = previous.slice(0, coded.charCodeAt(0) - 48) + coded.slice(1);
    list.push(previous);
  }
  words = new Set(list);
  return words;
}

/** A listed word, or one with a plural or inflection ending ("rebellen": "rebel"). */
function isListedForm(folded: string, listed: Set<string>): boolean {
  if (listed.has(folded)) return true;
  for (const ending of ENDINGS) {
    if (folded.length - ending.length < MIN_PART || !folded.endsWith(ending)) continue;
    const stem = folded.slice(0, -ending.length);
    if (listed.has(stem)) return true;
    // "rebellen" -> "rebell" -> "rebel"; "zaken" -> "zak" -> "zaak"
    const last = stem.length - 1;
    if (ending === 'en' && stem[last] === stem[last - 1] && listed.has(stem.slice(0, -1))) return true;
    if (ending === 'en' && listed.has(stem.slice(0, last - 1) + stem[last - 1] + stem.slice(last - 1))) return true;
  }
  return false;
}

/** Compounds of up to three listed words are read ("super" + "markt" + "concern"); longer words are no words here. */
const MAX_COMPOUND_PARTS = 3;
const MAX_COMPOUND_LENGTH = 30;

/**
 * Whether a folded word is an ordinary Dutch word: listed, inflected, or a compound of listed words
 * ("teambaas", "milieuorganisatie", "nobelprijswinnaar"), with a linking "s" or "en" allowed.
 * Costs set lookups per letter and part: callers remember the answer per word.
 */
export function isOrdinaryDutchWord(folded: string): boolean {
  const listed = wordSet();
  return isListedForm(folded, listed) || (folded.length <= MAX_COMPOUND_LENGTH && isCompound(folded, listed, MAX_COMPOUND_PARTS));
}

/** Whether a folded word is listed in the dictionary as an ordinary word, or is an inflection of one ("mannen", "zaken"); compounds are not read. */
export function isListedDutchWord(folded: string): boolean {
  return isListedForm(folded, wordSet());
}

function isCompound(folded: string, listed: Set<string>, parts: number): boolean {
  for (let cut = MIN_PART; cut <= folded.length - MIN_PART; cut++) {
    const head = folded.slice(0, cut);
    if (!listed.has(head) && !(head.endsWith('s') && listed.has(head.slice(0, -1))) && !(head.endsWith('en') && listed.has(head.slice(0, -2)))) continue;
    const tail = folded.slice(cut);
    if (isListedForm(tail, listed) || (parts > 2 && isCompound(tail, listed, parts - 1))) return true;
  }
  return false;
}
