// Forms: what the resolver keeps of every spelling the articles use, counted as articles are set or
// deleted, and each article's mentions prepared once (form keys, spellings, roles) for every resolve.

import type { ArticleCandidates, TypeCues } from '../entityCandidates';
import { foldText } from '../text';
import type { Mention, Role } from '../types';
import { typedOtherThanPerson } from './nameBlocks';
import { MAX_MEMO } from './nameSimilarity';
import { normalizeSpaces } from './nameWords';
import type { ArticleSavedMentions } from './savedMentions';

export interface FormStats {
  key: string;
  folded: string;
  /** significant folded words: particles and Arabic articles removed */
  words: string[];
  knownId: string | undefined;
  mentions: number;
  /** mentions not at a sentence start: the capital is evidence of a name */
  strong: number;
  /** the articles that mention it */
  articles: Set<string>;
  cues: TypeCues;
  acronym: boolean;
  roles: number;
  /** mentions in the article being counted, so its set of articles changes once (0 between counts) */
  pendingMentions: number;
}

export interface FormInfo {
  stats: FormStats;
  /** significant folded words: particles and Arabic articles removed */
  words: string[];
}

/** What a mention's surface gives, found once per distinct surface. */
export interface SurfaceForms {
  /** the surface with its spaces normalised */
  spelling: string;
  folded: string;
  /** the form key without a known id */
  key: string;
  /** form key per known id, made when first asked for */
  knownKeys: Map<string, string> | undefined;
}

/**
 * The same spellings recur in thousands of articles, and folding (Unicode normalisation) is slow;
 * each form key is also made once, so the forms map is looked up with the same string every time.
 */
const surfaceForms = new Map<string, SurfaceForms>();

export function formsOfSurface(surface: string): SurfaceForms {
  let forms = surfaceForms.get(surface);
  if (forms === undefined) {
    if (surfaceForms.size > MAX_MEMO) surfaceForms.clear();
    const folded = normalizeSpaces(foldText(surface));
    surfaceForms.set(surface, (forms = { spelling: normalizeSpaces(surface), folded, key: `|${folded}`, knownKeys: undefined }));
  }
  return forms;
}

export function formKey(knownId: string | undefined, forms: SurfaceForms): string {
  if (knownId === undefined) return forms.key;
  forms.knownKeys ??= new Map();
  let key = forms.knownKeys.get(knownId);
  if (key === undefined) forms.knownKeys.set(knownId, (key = `${knownId}|${forms.folded}`));
  return key;
}

/** The organisation cue an organisation noun right before a mention gives ("de kiescommissie HNEC"; see entityCandidates). */
const ORGANIZATION_NOUN_CUE = 2;

/**
 * An acronym is a name by its own evidence when the articles use it twice, or once with strong
 * evidence of an organisation ("het staatspersbureau KCNA", "de Noord-Ierse partij DUP").
 */
export function acronymIsName(stats: FormStats): boolean {
  return stats.mentions >= 2 || stats.cues.organization >= ORGANIZATION_NOUN_CUE;
}

/** What the acceptance of a form and its ties by sound depend on besides its existence. */
export function formFlags(stats: FormStats): number {
  return (stats.strong > 0 ? 1 : 0) | (stats.acronym && acronymIsName(stats) ? 2 : 0) | (typedOtherThanPerson(stats) ? 4 : 0);
}

/** Alias links an article change touched: folded alias -> folded names. */
export type TouchedLinks = Map<string, Set<string>>;

export interface PreparedArticle {
  /** form key of each mention */
  keys: string[];
  /** each mention's spelling with its spaces normalised */
  spellings: string[];
  mentions: Mention[];
  roles: { mention: number; role: Role; key: string }[];
}

/**
 * What resolve() needs of an article, made once when it is set and shared by every resolve; its
 * mentions are the `saved` ones where an earlier resolve's entities hold them already.
 */
export function prepare(candidates: ArticleCandidates, saved?: ArticleSavedMentions): PreparedArticle {
  const path = candidates.path;
  const keys: string[] = [];
  const spellings: string[] = [];
  for (const mention of candidates.mentions) {
    const forms = formsOfSurface(mention.surface);
    keys.push(formKey(mention.knownId, forms));
    spellings.push(forms.spelling);
  }
  return {
    keys,
    spellings,
    mentions: candidates.mentions.map((mention) => saved?.find(mention) ?? { path, start: mention.start, end: mention.end, surface: mention.surface }),
    roles: candidates.roles.map((role) => ({
      mention: role.mention,
      role: { text: role.text, path, sentence: role.sentence, start: role.start },
      key: `${path}|${foldText(role.text)}`,
    })),
  };
}

export function bump(map: Map<string, number>, key: string, by: number): void {
  const value = (map.get(key) ?? 0) + by;
  if (value <= 0) map.delete(key);
  else map.set(key, value);
}
