// Two spellings the text says are one entity: an acronym next to its full name ("Libische Nationale
// Leger (LNA)"), an acronym of a name the same article writes in full ("de Autoriteit Financiële
// Markten ... de AFM"), or a name "beter bekend als" another.

import type { AliasLink, CandidateMention } from './entityCandidates';
import { MIXED_ACRONYM } from './entityWordLists';
import { isOrganizationHead } from './entityWords';
import { foldText } from './text';

/** "beter bekend als Hemedti", "alias", "bekend onder zijn strijdersnaam": a second name follows. */
const ALSO_KNOWN_AS = /^\s*,?\s*\(?(?:beter |ook |vooral |eerder )?(?:bekend als|bekend onder (?:zijn|haar|de) [\p{L}-]*naam|alias|bijgenaamd|ook wel|better known as|also known as)\s*$/u;

/**
 * "Libische Nationale Leger (LNA)" and "LNA (Libyan National Army)" introduce an acronym;
 * "Mohamed Hamdan Dagalo, beter bekend als Hemedti" a second name.
 */
export function linkAliases(text: string, offset: number, mentions: CandidateMention[], out: AliasLink[]): void {
  const affiliations = listedAffiliations(text, offset, mentions);
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
    if (!closes || !/^[\p{L}\-]*\s*\(\s*$/u.test(between) || affiliations.has(i + 1)) continue;
    if (introducedAcronym(b, a) && !introducedAcronym(a, b)) out.push({ alias: b.surface, name: a.surface });
    else if (introducedAcronym(a, b) && !introducedAcronym(b, a) && b.surface.includes(' ')) out.push({ alias: a.surface, name: b.surface });
  }
}

/**
 * "Anne Smulders (SGP), Wim Bakx (CU) en Ineke Verwoerd (CDA)": in a list of names each with a
 * bracketed acronym, one known as a party or an organisation, the brackets say where each belongs,
 * not another name of it. Returns the indexes of those acronyms.
 */
function listedAffiliations(text: string, offset: number, mentions: CandidateMention[]): Set<number> {
  const bracketed: number[] = [];
  for (let i = 1; i < mentions.length; i++) {
    const between = text.slice(mentions[i - 1].end - offset, mentions[i].start - offset);
    if (mentions[i].acronym && /^\s*\(\s*$/.test(between) && text.slice(mentions[i].end - offset).trimStart().startsWith(')')) bracketed.push(i);
  }
  const affiliations = new Set<number>();
  for (let k = 0; k + 1 < bracketed.length; k++) {
    const [first, second] = [bracketed[k], bracketed[k + 1]];
    // The next name with its brackets follows this closing bracket after a comma or "en".
    if (second - first !== 2) continue;
    const gap = text.slice(mentions[first].end - offset, mentions[second - 1].start - offset);
    if (!/^\s*\)\s*(?:,|en|of|and)\s*$/.test(gap)) continue;
    if (mentions[first].knownId === undefined && mentions[second].knownId === undefined) continue;
    affiliations.add(first).add(second);
  }
  return affiliations;
}

/**
 * An acronym the text may introduce for `name`; a known one in brackets names something else
 * ("Monique Hazelaar (CDA)", "ZAANDAM (ANP)") unless it spells the name's initials, and one in
 * mixed case only the name it spells the initials of ("Artsen zonder Grenzen (AzG)", not "Esther
 * van Hintum (PvdA)").
 */
function introducedAcronym(mention: CandidateMention, name: CandidateMention): boolean {
  if (!mention.acronym) return false;
  const spellsName = foldText(mention.surface) === initialsOf(name.surface);
  // A known one is the name's only where it spells its initials: "Leids Universitair Medisch Centrum (LUMC)".
  if (mention.knownId !== undefined) return spellsName && name.knownId === undefined;
  return !MIXED_ACRONYM.test(mention.surface) || spellsName;
}

/** Acronyms this short spell too many names by chance ("PS", "OM"): they need brackets. */
const MIN_SPELLED_ACRONYM = 3;

/**
 * Links each unknown acronym of an article to an organisation's name of three or more words in it
 * (one with a head such as "Council" or "Organisatie") whose capitalised words' initials spell it
 * ("Norwegian Refugee Council" and "NRC", "Internationale Organisatie voor Migratie" and "IOM"): a
 * writer who uses both means one thing. A person's initials ("AMLO") would make the person an
 * acronym's organisation; an acronym that spells two of the article's names is left alone.
 */
export function linkSpelledAcronyms(mentions: readonly CandidateMention[], out: AliasLink[]): void {
  // Most articles have no unknown acronym: their names are not read at all.
  const acronyms = new Set<string>();
  for (const { surface, acronym, knownId } of mentions) if (acronym && knownId === undefined && surface.length >= MIN_SPELLED_ACRONYM) acronyms.add(surface);
  // One the text introduced in brackets is linked already.
  for (const { alias } of out) acronyms.delete(alias);
  if (acronyms.size === 0) return;
  const namesByInitials = new Map<string, Set<string>>();
  for (const { surface, acronym } of mentions) {
    if (acronym || surface.indexOf(' ') < 0) continue;
    const initials = capitalInitials(surface);
    if (initials.length < MIN_SPELLED_ACRONYM || !acronyms.has(initials)) continue;
    const words = surface.split(' ');
    if (words.length < MIN_SPELLED_ACRONYM || !words.some((word) => isOrganizationHead(foldText(word)))) continue;
    let names = namesByInitials.get(initials);
    if (!names) namesByInitials.set(initials, (names = new Set()));
    names.add(surface);
  }
  for (const acronym of acronyms) {
    const names = namesByInitials.get(acronym);
    if (names?.size === 1) out.push({ alias: acronym, name: [...names][0] });
  }
}

/** "Internationale Organisatie voor Migratie" -> "IOM": the first letters of the capitalised words, as written. */
function capitalInitials(name: string): string {
  let initials = '';
  for (let i = 0; i < name.length; i++) {
    if (i > 0 && name[i - 1] !== ' ') continue;
    const letter = name[i];
    if (letter !== letter.toLowerCase()) initials += letter;
  }
  return initials;
}

/** "Partij van de Arbeid" -> "pvda": the first letters of the words, folded. */
function initialsOf(name: string): string {
  return foldText(name).split(/[\s-]+/).map((word) => word.charAt(0)).join('');
}
