// Titles of works in quotes ("de dramaserie 'Het Verdwijnen'", "met 'The Code' won hij") name no
// entity, nor do the names inside them. entityCandidates drops the mentions inside these spans.

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
/** A quoted stretch of one line, opened after a space or a bracket and closed before one or a punctuation mark. */
const QUOTED = /(?<=^|[\s(])['‘"“„«]([^'’"”»\n]{1,80}?)['’"”»](?=$|[\s,.;:!?)])/gu;
const MAX_TITLE_WORDS = 8;

/** The [start, end) offsets in `text` of quoted titles: after a noun of works, or opened by an article with every word capitalised. */
export function titleSpans(text: string): [number, number][] {
  if (!/['‘"“„«]/u.test(text)) return [];
  const spans: [number, number][] = [];
  for (const match of text.matchAll(QUOTED)) {
    const inner = match[1];
    const start = match.index ?? 0;
    if (isTitle(inner, text.slice(Math.max(0, start - 40), start))) spans.push([start, start + match[0].length]);
  }
  return spans;
}

function isTitle(inner: string, before: string): boolean {
  const words = inner.trim().split(/\s+/);
  if (words.length === 0 || words.length > MAX_TITLE_WORDS) return false;
  const previous = /(\p{Ll}[\p{L}-]*)\s*$/u.exec(before);
  if (previous && endsWithWordFrom(foldText(previous[1]), TITLE_NOUNS, 4)) return /^\p{Lu}/u.test(words[0]);
  if (words.length < 2 || !TITLE_ARTICLES.has(foldText(words[0])) || !/^\p{Lu}/u.test(words[0])) return false;
  return words.slice(1).every((word) => /^[\p{Lu}\p{N}]/u.test(word) || TITLE_FUNCTION_WORDS.has(word));
}
