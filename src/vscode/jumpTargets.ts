// Where a jump into an article ends, for callers that know only where it starts. No `vscode`
// import, so Node tests can check it.
import type { CorpusSnapshot } from '../core/corpus';
import { findDateExpressions } from '../core/dates';

/**
 * The end of the date expression that starts at `offset` in the article (a timeline event), so
 * that opening the article selects it; undefined at the article's body start or anywhere else.
 * Reads only that one article.
 */
export function dateExpressionEnd(snapshot: Pick<CorpusSnapshot, 'parsed'>, path: string, offset: number): number | undefined {
  const parsed = snapshot.parsed(path);
  if (!parsed || offset === parsed.bodyStart) return undefined;
  const expression = findDateExpressions(parsed).find((e) => e.start === offset);
  return expression && offset + expression.expression.length;
}
