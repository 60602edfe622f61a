// What the writing features show, worked out without `vscode` so Node tests can check it: the
// completion items for the name being typed, and the spelling findings of a document with the
// edits their quick fixes make. All of it reads structures built once per snapshot.
import type { CorpusSnapshot } from '../core/corpus';
import { inertText } from '../core/inertText';
import { nameCompletionsOf } from '../core/nameCompletion';
import { spellingKey, spellingVariantsOf } from '../core/spellingVariants';
import type { EntityType } from '../core/types';
import { aboutLine, entityTypeLabel, type Localize } from './entityCard';

type Snapshot = Pick<CorpusSnapshot, 'entities'>;

export interface NameCompletionItem {
  /** the preferred spelling, as shown */
  label: string;
  /** "person · premier" */
  description: string;
  /** for the details pane: how many articles name it, and the spelling that matched */
  documentation: string;
  /** the preferred spelling as the articles write it */
  insertText: string;
  /** keeps the order: most articles first */
  sortText: string;
  type: EntityType;
}

export interface NameCompletionItems {
  /** [start, end) of the line that an accepted item replaces; end is the cursor */
  start: number;
  end: number;
  items: NameCompletionItem[];
}

export function nameCompletionItems(snapshot: Snapshot, line: string, character: number, t: Localize): NameCompletionItems | undefined {
  const found = nameCompletionsOf(snapshot).completeAt(line, character);
  if (!found) return undefined;
  const items = found.suggestions.map(({ entity, spelling }, rank) => {
    const about = aboutLine(entity);
    const articles = entity.articles.length === 1 ? t('in 1 article') : t('in {0} articles', entity.articles.length);
    const written = spellingKey(spelling) === spellingKey(entity.name) ? '' : ` · ${t('also written as {0}', spelling)}`;
    return {
      label: inertText(entity.name),
      description: inertText(entityTypeLabel(entity.type, t) + (about ? ` · ${about}` : '')),
      documentation: inertText(articles + written),
      insertText: inertText(entity.name),
      sortText: String(rank).padStart(4, '0'),
      type: entity.type,
    };
  });
  return { start: found.start, end: found.end, items };
}

export interface SpellingFinding {
  start: number;
  end: number;
  /** "“am-Saaraj” is a spelling of “Fayez al-Sarraj”: the articles write …" */
  message: string;
  /** what the quick fix writes */
  replacement: string;
  /** findings with the same key are the same variant of the same entity ("replace all") */
  key: string;
}

/** The variant spellings in a document's text, left to right; reads only the document. */
export function spellingFindings(snapshot: Snapshot, text: string, t: Localize): SpellingFinding[] {
  const variants = spellingVariantsOf(snapshot);
  return variants.findIn(text).map((variant) => {
    const usage = variants.usage(variant);
    return {
      start: variant.start,
      end: variant.end,
      message: inertText(t('“{0}” is a spelling of “{1}”: the articles write “{1}” {2} times, “{3}” {4} times', variant.surface, variant.entity.name, usage.preferred, variant.spelling, usage.variant)),
      replacement: inertText(variant.replacement),
      key: `${variant.entity.id}\u0000${spellingKey(variant.spelling)}`,
    };
  });
}

/** The findings "replace all in the file" replaces, given the one it was asked on. */
export function sameVariant(findings: readonly SpellingFinding[], finding: SpellingFinding): SpellingFinding[] {
  return findings.filter((other) => other.key === finding.key);
}
