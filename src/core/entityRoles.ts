// The roles the text gives a name, before it ("premier Fayez am-Saaraj", "VN-gezant voor Libië, Ghassan
// Salame") and after it ("Khaled al-Mishri, hoofd van de Hoge Raad van State").

import { ARTICLES, MAX_ROLE_WORDS, POSSESSIVES, QUOTED_GAP, ROLE_LINKS, ROLE_MODIFIER_EXCEPTIONS, ROLE_MODIFIERS, ROLE_WORDS } from './entityWordLists';
import { startsName, type Word } from './entityWords';
import { collapseSpaces } from './text';

/** Roles before ("premier Fayez am-Saaraj", "VN-gezant voor Libië, Ghassan Salame") and after ("Khaled al-Mishri, hoofd van ..."). */
export function rolesAround(words: Word[], first: number, last: number): string[] {
  const found: string[] = [];
  const before = roleBefore(words, first);
  if (before) found.push(before);
  const after = roleAfter(words, last);
  if (after) found.push(after);
  return found;
}

/** Checks that the words between a role word and the end of its phrase form a complement ("van de VN in het land"). */
function validComplement(words: Word[], from: number, to: number): boolean {
  let linked = false;
  for (let k = from; k <= to; k++) {
    const word = words[k];
    if (ROLE_LINKS.has(word.folded)) {
      linked = true;
      continue;
    }
    if (word.capital || word.known >= 0 || ARTICLES.has(word.folded)) continue;
    // After "van", "voor"...: a noun phrase ("van rivaliserende troepen", "in het Noord-Afrikaanse
    // land"); a lower-case word after a name is a verb, and the phrase has ended ("... Jevkoerov reisde").
    const previous = words[k - 1];
    const inPhrase = ROLE_LINKS.has(previous.folded) || ARTICLES.has(previous.folded) || (!previous.capital && previous.folded.endsWith('e')) || previous.facts.nationalityAdjective;
    if (!linked || !inPhrase) return false;
  }
  return true;
}

function roleBefore(words: Word[], first: number): string | undefined {
  if (first === 0) return undefined;
  const gap = words[first].gap;
  if (!QUOTED_GAP.test(gap) && !/^\s*,\s*$/.test(gap)) return undefined;
  const end = first - 1;
  for (let r = end; r >= 0 && end - r < MAX_ROLE_WORDS; r--) {
    if (r < end && !QUOTED_GAP.test(words[r + 1].gap)) return undefined;
    if (!words[r].facts.role) continue;
    // "functionaris bij de door de VN": a name inside the complement is not the role's holder; nor is
    // one in apposition to a noun ("topman van het staatsoliebedrijf Adnoc") unless a comma says so.
    if (r < end && (ROLE_LINKS.has(words[end].folded) || ARTICLES.has(words[end].folded))) return undefined;
    if (r < end && !words[end].capital && words[end].known < 0 && !/,/.test(gap)) return undefined;
    // "Middenvelder Frenkie de Jong van FC Barcelona": a complement starts with "van", "voor"...
    if (r < end && !ROLE_LINKS.has(words[r + 1].folded)) return undefined;
    if (!validComplement(words, r + 1, end)) return undefined;
    return cleanRole(words, withModifiers(words, r), end);
  }
  return undefined;
}

function roleAfter(words: Word[], last: number): string | undefined {
  if (last + 1 >= words.length || !/^\s*,\s*$/.test(words[last + 1].gap)) return undefined;
  let k = last + 1;
  if (ARTICLES.has(words[k].folded)) k++;
  while (k < words.length && isRoleModifier(words[k]) && !words[k].facts.role) k++;
  if (k >= words.length || !words[k].facts.role || (k > last + 1 && !QUOTED_GAP.test(words[k].gap))) return undefined;
  // "Piet Jansen, partijleider Kees de Boer": a name right after the role word is the role's own holder.
  if (k + 1 < words.length && words[k + 1].spaced && (words[k + 1].known >= 0 || startsName(words[k + 1]))) return undefined;
  const roleWord = k;
  let end = k;
  while (end + 1 < words.length && end + 1 - roleWord < MAX_ROLE_WORDS && QUOTED_GAP.test(words[end + 1].gap) && validComplement(words, roleWord + 1, end + 1)) end++;
  // A complement ends on a name or noun, not on a dangling "van de".
  while (end > roleWord && (ROLE_LINKS.has(words[end].folded) || ARTICLES.has(words[end].folded))) end--;
  return cleanRole(words, last + 1, end);
}

/**
 * Where a role phrase starts, given its role word at r: adjectives before it are included when an
 * article precedes them ("de afvallige generaal"), which tells them apart from verbs ("rukte generaal").
 */
function withModifiers(words: Word[], r: number): number {
  let start = r;
  while (start > 0 && QUOTED_GAP.test(words[start].gap) && isRoleModifier(words[start - 1])) start--;
  if (start === r || start === 0) return start;
  const before = words[start - 1].folded;
  return ARTICLES.has(before) || POSSESSIVES.has(before) ? start : r;
}

/** "speciale", "afvallige", "Russische", "oud-", "voormalig": words that may precede a role. */
function isRoleModifier(word: Word): boolean {
  if (word.facts.nationalityAdjective) return true;
  if (ROLE_MODIFIERS.has(word.folded)) return true;
  return !word.capital && word.folded.length > 3 && word.folded.endsWith('e') && !ROLE_MODIFIER_EXCEPTIONS.has(word.folded) && !ARTICLES.has(word.folded);
}

function cleanRole(words: Word[], from: number, to: number): string | undefined {
  let start = from;
  while (start <= to && ARTICLES.has(words[start].folded)) start++;
  if (start > to) return undefined;
  let text = words.slice(start, to + 1).map((word, i) => (i === 0 ? '' : word.gap.replace(/[^\s]/g, '') || ' ') + word.text).join('');
  text = collapseSpaces(text.replace(/['"‘’“”«»]/g, '')).trim();
  // "Trainer John van 't Schip" at a sentence start: the role is "trainer".
  if (ROLE_WORDS.has(words[start].folded)) text = text.charAt(0).toLowerCase() + text.slice(1);
  return text || undefined;
}
