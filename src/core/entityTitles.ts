// Titles of works in quotes ("de dramaserie 'Het Verdwijnen'", "met 'The Code' won hij") name no
// entity, nor do the names inside them. entityCandidates drops the mentions inside these spans.
// Every sentence is asked, and most hold quoted speech: the scan jumps from one opening quote to the next.

import { endsWithWordFrom } from './entityWords';
import { foldText } from './text';

/** Nouns of works whose title follows in quotes: "de film 'Zoutwater'", "het album 'Nachtwerk'"; compounds ("dramaserie") too. */
const TITLE_NOUNS: ReadonlySet<string> = new Set(
  ('serie film boek roman album single nummer lied liedje programma documentaire voorstelling podcast musical opera ' +
    'toneelstuk tentoonstelling expositie bundel debuut show plaat song novel').split(' '),
);
/** Articles that open a title written in capitals: "'The Code'", "'Het Verdwijnen'". */
const TITLE_ARTICLES: ReadonlySet<string> = new Set(['the', 'het', 'de', 'een', 'a', 'an', 'le', 'la', 'les', 'el', 'il', 'der', 'die', 'das']);
/** Function words a title in capitals may hold in lower case: "'Lord of the Rings'". */
const TITLE_FUNCTION_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'in', 'on', 'to', 'for', 'a', 'van', 'de', 'het', 'en', 'een', 'op', 'voor', 'der']);
const CLOSING_QUOTES = "'’\"”»";
/** What may follow a closing quote: the end, a space, a bracket or a punctuation mark. */
const AFTER_QUOTE = ' \t\n,.;:!?)';
/** What may stand before an opening quote besides the start: a space or a bracket. */
const BEFORE_QUOTE = ' \t\n(';
const MAX_TITLE_LENGTH = 80;
const MAX_TITLE_WORDS = 8;

/** The [start, end) offsets in `text` of quoted titles: after a noun of works, or opened by an article with every word capitalised. */
export function titleSpans(text: string): [number, number][] {
  let spans: [number, number][] | undefined;
  for (let i = nextOpeningQuote(text, 0); i >= 0 && i + 2 < text.length; i = nextOpeningQuote(text, i + 1)) {
    if ((i > 0 && !BEFORE_QUOTE.includes(text[i - 1])) || !isUpper(text[i + 1])) continue;
    let j = i + 1;
    while (j < text.length && j - i <= MAX_TITLE_LENGTH && text[j] !== '\n' && !CLOSING_QUOTES.includes(text[j])) j++;
    if (j >= text.length || !CLOSING_QUOTES.includes(text[j]) || (j + 1 < text.length && !AFTER_QUOTE.includes(text[j + 1]))) continue;
    if (isTitle(text.slice(i + 1, j), wordBefore(text, i))) (spans ??= []).push([i, j + 1]);
    i = j;
  }
  return spans ?? [];
}

/** Finds opening quotes in native code: a character loop in script cost more than the rest of the scan. */
const OPENING_QUOTE = /['‘"“„«]/g;

function nextOpeningQuote(text: string, from: number): number {
  OPENING_QUOTE.lastIndex = from;
  return OPENING_QUOTE.exec(text)?.index ?? -1;
}

function isUpper(character: string): boolean {
  return character !== character.toLowerCase();
}

/** The word that ends right before offset `at` (spaces skipped), or ''. */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && text[end - 1] === ' ') end--;
  let start = end;
  while (start > 0 && !BEFORE_QUOTE.includes(text[start - 1])) start--;
  return text.slice(start, end);
}

function isTitle(inner: string, before: string): boolean {
  const words = inner.trim().split(' ');
  if (words.length > MAX_TITLE_WORDS) return false;
  if (before !== '' && !isUpper(before[0]) && endsWithWordFrom(foldText(before), TITLE_NOUNS, 4)) return true;
  if (words.length < 2 || !TITLE_ARTICLES.has(foldText(words[0]))) return false;
  return words.every((word, k) => k === 0 || (word !== '' && (isUpper(word[0]) || (word[0] >= '0' && word[0] <= '9') || TITLE_FUNCTION_WORDS.has(word))));
}
