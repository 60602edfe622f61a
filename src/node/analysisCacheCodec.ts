// How one file's analysis is written in the cache. Name mentions are most of an analysis (about
// 60% of its JSON, mostly key names), and each mention's spelling and each role's sentence are
// already in the article's sentences: they are stored as rows of values, the spelling only where
// it is not the sentence's text at the mention, the role's sentence not at all. Half the bytes and
// about half the time to load. Anything of another shape is stored as it is, so nothing is lost.
import type { FileAnalysis } from '../core/analysis';
import { candidateMention, sharedCues, sharedSpelling, type CandidateMention, type CandidateRole } from '../core/entityCandidates';
import type { Sentence } from '../core/types';

/** An analysis as stored: `mentions` holds MENTION_WIDTH values per mention, `roles` one row per role. */
export interface CompactAnalysis {
  path: string;
  plain?: FileAnalysis;
  parsed?: unknown;
  expressions?: unknown;
  mentions?: (string | number)[];
  roles?: [text: string, start: number, mention: number][];
  aliasLinks?: unknown;
  inference?: unknown;
}

const MENTION_KEYS = new Set(['surface', 'start', 'end', 'sentence', 'knownId', 'initial', 'acronym', 'cues']);
const CUE_KEYS = new Set(['person', 'organization', 'place']);
const ROLE_KEYS = new Set(['text', 'path', 'sentence', 'start', 'mention']);
/** spelling (0: the sentence's text), start, end, sentence, flags, known id (0: none), three cues */
const MENTION_WIDTH = 9;
const INITIAL = 1;
const ACRONYM = 2;

export function encodeAnalysis(analysis: FileAnalysis): CompactAnalysis {
  const { path, article } = analysis;
  if (article === undefined) return { path, plain: analysis };
  const { parsed, expressions, candidates, inference } = article;
  const sentences = parsed.sentences;
  if (candidates.path !== path || inference.path !== path || parsed.path !== path) return { path, plain: analysis };
  const mentions: (string | number)[] = [];
  for (const mention of candidates.mentions) {
    if (!hasOnlyKeys(mention, MENTION_KEYS) || !hasOnlyKeys(mention.cues, CUE_KEYS)) return { path, plain: analysis };
    const { person, organization, place } = mention.cues;
    const surface = textAt(sentences[mention.sentence], mention.start, mention.end) === mention.surface ? 0 : mention.surface;
    const flags = (mention.initial ? INITIAL : 0) | (mention.acronym ? ACRONYM : 0);
    mentions.push(surface, mention.start, mention.end, mention.sentence, flags, mention.knownId ?? 0, person, organization, place);
  }
  const roles: CompactAnalysis['roles'] = [];
  for (const role of candidates.roles) {
    const sentence = sentences[candidates.mentions[role.mention]?.sentence ?? -1];
    if (!hasOnlyKeys(role, ROLE_KEYS) || role.path !== path || sentence?.text !== role.sentence) return { path, plain: analysis };
    roles.push([role.text, role.start, role.mention]);
  }
  return { path, parsed, expressions, mentions, roles, aliasLinks: candidates.aliasLinks, inference };
}

/** The analysis `encodeAnalysis` was given. Throws on data it did not write (the cache is then corrupt). */
export function decodeAnalysis(stored: CompactAnalysis): FileAnalysis {
  if (stored.plain !== undefined) return stored.plain;
  const { path } = stored;
  const parsed = stored.parsed as { sentences: Sentence[] };
  const sentences = parsed.sentences;
  const values = stored.mentions!;
  if (values.length % MENTION_WIDTH !== 0) throw new Error('mentions cut short');
  const mentions: CandidateMention[] = [];
  for (let i = 0; i < values.length; i += MENTION_WIDTH) {
    const start = values[i + 1] as number;
    const end = values[i + 2] as number;
    const sentence = values[i + 3] as number;
    const flags = values[i + 4] as number;
    const knownId = values[i + 5];
    const written = values[i] === 0 ? textAt(sentences[sentence], start, end) : values[i];
    if (typeof written !== 'string') throw new Error('a mention outside its sentence');
    const surface = sharedSpelling(written);
    const cues = sharedCues({ person: values[i + 6] as number, organization: values[i + 7] as number, place: values[i + 8] as number });
    mentions.push(candidateMention({ surface, start, end, sentence, initial: (flags & INITIAL) !== 0, acronym: (flags & ACRONYM) !== 0, cues }, knownId === 0 ? undefined : (knownId as string)));
  }
  const roles: CandidateRole[] = stored.roles!.map(([text, start, mention]) => ({ text, path, sentence: sentences[mentions[mention].sentence].text, start, mention }));
  const candidates = { path, mentions, roles, aliasLinks: stored.aliasLinks };
  return { path, article: { parsed, expressions: stored.expressions, candidates, inference: stored.inference } } as FileAnalysis;
}

/** The sentence's text from file offset `start` to `end`; undefined when they lie outside it. */
function textAt(sentence: Sentence | undefined, start: number, end: number): string | undefined {
  if (!sentence || start < sentence.start || end > sentence.start + sentence.text.length || end < start) return undefined;
  return sentence.text.slice(start - sentence.start, end - sentence.start);
}

function hasOnlyKeys(value: object, keys: ReadonlySet<string>): boolean {
  for (const key in value) if (!keys.has(key)) return false;
  return true;
}
