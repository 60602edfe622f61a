// What the parser warns about in an article (a date header that is no date) goes to the output
// channel once per file: when the warning first appears or changes, not on every rescan.
import * as vscode from 'vscode';
import type { CorpusSnapshot } from '../core/corpus';
import { inertText } from '../core/inertText';

export class ArticleWarnings {
  /** articles read since their warnings were last looked at */
  private readonly pending = new Set<string>();
  /** path -> the warnings printed for it */
  private readonly printed = new Map<string, string>();

  constructor(private readonly output: Pick<vscode.OutputChannel, 'appendLine'>) {}

  /** The article at `path` was (re)read: look at its warnings at the next report. */
  read(path: string): void {
    this.pending.add(path);
  }

  forget(path: string): void {
    this.pending.delete(path);
    this.printed.delete(path);
  }

  /** Prints the new warnings of the articles read since the last report, as `snapshot` has them. */
  report(snapshot: CorpusSnapshot): void {
    for (const path of this.pending) {
      const warnings = snapshot.article(path)?.warnings ?? [];
      const signature = warnings.join('\n');
      if ((this.printed.get(path) ?? '') === signature) continue;
      if (signature === '') this.printed.delete(path);
      else this.printed.set(path, signature);
      for (const warning of warnings) this.output.appendLine(vscode.l10n.t('Warning in {0}: {1}', inertText(path), inertText(warning)));
    }
    this.pending.clear();
  }
}
