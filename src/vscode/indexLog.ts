// One line in the "Dossier" output per indexing run (a scan, a batch of file events): when, why,
// and what came of it, so a person can follow what the index did and how long it took, and how
// long at most it kept the extension host from other work.
import * as vscode from 'vscode';
import type { CorpusSnapshot } from '../core/corpus';

/** Why the index ran. */
export type RunCause = 'startup' | 'refresh' | 'settings' | 'folders' | 'files';

export interface RunFacts {
  cause: RunCause;
  /** files the run looked at: found by a scan, or named by file events */
  files: number;
  /** files whose bytes it read (unchanged files are not read again) */
  read: number;
  startedAt: Date;
  milliseconds: number;
  /** the longest time the extension host could run nothing else during the run */
  longestPauseMs: number;
}

export function runLine(facts: RunFacts, snapshot: CorpusSnapshot): string {
  const seconds = (facts.milliseconds / 1000).toFixed(1);
  const outcome = vscode.l10n.t('{0} articles, {1} skipped; {2} files looked at, {3} read, in {4} s; longest extension-host pause {5} ms', snapshot.articles.length, snapshot.skipped.length, facts.files, facts.read, seconds, facts.longestPauseMs);
  return `[${localTimestamp(facts.startedAt)}] ${causeLabel(facts.cause)}: ${outcome}`;
}

function causeLabel(cause: RunCause): string {
  switch (cause) {
    case 'startup': return vscode.l10n.t('Scan at startup');
    case 'refresh': return vscode.l10n.t('Refresh');
    case 'settings': return vscode.l10n.t('Scan after a settings change');
    case 'folders': return vscode.l10n.t('Scan after the workspace folders changed');
    case 'files': return vscode.l10n.t('File changes');
  }
}

/** "2024-03-01 14:05:09" in local time, as VS Code's own logs show it. */
function localTimestamp(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}`;
}
