// What one file becomes on its own, before anything corpus-wide is known: decoded, parsed, its
// date expressions and name candidates found. Pure and plain data (structured-clone and JSON safe),
// so it can run in a worker thread or be kept in a cache, and the corpus takes it as it is.

import { AliasMatcher } from './aliasMatcher';
import { parseArticle } from './article';
import { decodeArticleBytes } from './decode';
import { explicitMonths, explicitYears, findDateExpressions, mentionedMonths, type DateExpression } from './dates';
import { extractCandidates, type ArticleCandidates } from './entityCandidates';
import { aliasEntries, type KnownEntity } from './knowledgeBase';
import type { InferenceInput } from './monthInference';
import { proseProblem } from './prose';
import { foldText } from './text';
import type { ParsedArticle } from './types';
import { parseUserEntities, type UserEntities } from './userEntities';

/** Default upper size for one article file. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface AnalysedArticle {
  parsed: ParsedArticle;
  expressions: DateExpression[];
  candidates: ArticleCandidates;
  /** what month inference needs of this file; depends on nothing corpus-wide */
  inference: InferenceInput;
}

/** One file's analysis: the article, or why it was skipped (not text, not running prose). */
export type FileAnalysis = { path: string; article: AnalysedArticle; skipped?: undefined } | { path: string; skipped: string; article?: undefined };

/** The matcher for the known spellings: the knowledge base, then the user's entities (listed last, so their spellings win). */
export function knownSpellingsMatcher(known: readonly KnownEntity[]): AliasMatcher {
  return new AliasMatcher(aliasEntries([...known]));
}

/** The known entities: the knowledge base, then the user's (listed last, so their spellings win). */
export function knownEntitiesWith(knowledgeBase: readonly KnownEntity[], userEntities: UserEntities | undefined): KnownEntity[] {
  return [...knowledgeBase, ...(userEntities?.entities ?? [])];
}

/**
 * The matcher for the entities file `userEntitiesText` (null for none), the one the corpus uses
 * with that file: for analyses made elsewhere (a worker thread) from the file's text alone.
 */
export function matcherForEntitiesText(knowledgeBase: readonly KnownEntity[], userEntitiesText: string | null): AliasMatcher {
  return knownSpellingsMatcher(knownEntitiesWith(knowledgeBase, userEntitiesText === null ? undefined : parseUserEntities(userEntitiesText).value));
}

export function analyseFile(path: string, bytes: Uint8Array, matcher: AliasMatcher, maxBytes = DEFAULT_MAX_BYTES): FileAnalysis {
  const decoded = decodeArticleBytes(bytes, maxBytes);
  if (!decoded.ok) return { path, skipped: decoded.reason };
  const problem = proseProblem(decoded.text);
  if (problem !== null) return { path, skipped: problem };
  return { path, article: analyseText(path, decoded.text, matcher) };
}

export function analyseText(path: string, text: string, matcher: AliasMatcher): AnalysedArticle {
  const parsed = parseArticle(path, text);
  const expressions = findDateExpressions(parsed);
  return withCandidates(parsed, expressions, matcher);
}

/** The name candidates (and what inference needs of them) found again, e.g. after the known spellings changed. */
export function withCandidates(parsed: ParsedArticle, expressions: DateExpression[], matcher: AliasMatcher): AnalysedArticle {
  const candidates = extractCandidates(parsed, matcher);
  return { parsed, expressions, candidates, inference: inferenceInput(parsed, expressions, candidates) };
}

/**
 * What month inference needs of one article. Its features are the names it mentions with real
 * evidence (known ids, or folded spellings), so they are known before any corpus-wide resolution.
 */
function inferenceInput(parsed: ParsedArticle, expressions: DateExpression[], candidates: ArticleCandidates): InferenceInput {
  const { headerMonth } = parsed;
  const names = namesWithEvidence(candidates);
  const features = [...new Set(names.map((mention) => mention.knownId ?? foldText(mention.surface)))];
  return {
    path: parsed.path,
    headerMonth,
    mentionedMonths: headerMonth ? [] : mentionedMonths(expressions),
    explicitYears: headerMonth ? [] : explicitYears(expressions),
    explicitMonths: headerMonth ? [] : explicitMonths(expressions),
    features,
  };
}

/** Mentions that are names for sure: known ones, and discovered ones whose capital is not just sentence-initial. */
export function namesWithEvidence(candidates: ArticleCandidates) {
  return candidates.mentions.filter((mention) => mention.knownId || !mention.initial);
}
