// The status-bar item: how many articles Dossier has read and how many files it skipped, with
// progress while it indexes; clicking it shows the Dossier view. It stays hidden in a workspace
// without articles (a code repository), where the view's welcome text explains why.
import * as vscode from 'vscode';
import type { CorpusSnapshot } from '../core/corpus';
import { inertText } from '../core/inertText';
import type { IndexProgress, WorkspaceIndex } from './workspaceIndex';

/** Skipped files named in the tooltip; the output lists them all. */
const TOOLTIP_SKIPPED = 10;

export function registerStatusBar(context: vscode.ExtensionContext, index: Pick<WorkspaceIndex, 'onDidChange' | 'onDidProgress' | 'snapshot'>): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('dossier.status', vscode.StatusBarAlignment.Left, 0);
  item.name = 'Dossier';
  item.command = { title: vscode.l10n.t('Show the Dossier view'), command: 'workbench.view.extension.dossier' };
  let progress: IndexProgress | undefined;
  const update = () => showState(item, index.snapshot(), progress);
  context.subscriptions.push(
    item,
    index.onDidChange(update),
    index.onDidProgress((next) => {
      progress = next;
      update();
    }),
  );
  update();
  return item;
}

function showState(item: vscode.StatusBarItem, snapshot: CorpusSnapshot, progress: IndexProgress | undefined): void {
  const articles = snapshot.articles.length;
  if (articles === 0 && !(progress && progress.articles > 0)) {
    item.hide();
    return;
  }
  if (progress) {
    item.text = `$(sync~spin) ${progress.total === 0 ? vscode.l10n.t('Dossier: looking for articles…') : vscode.l10n.t('Dossier: indexing {0} of {1} files', progress.done, progress.total)}`;
    item.tooltip = vscode.l10n.t('Dossier is reading the articles in this workspace.');
  } else {
    const skipped = snapshot.skipped.length;
    const count = articles === 1 ? vscode.l10n.t('1 article') : vscode.l10n.t('{0} articles', articles);
    item.text = skipped > 0 ? `$(book) ${count} $(warning) ${vscode.l10n.t('{0} skipped', skipped)}` : `$(book) ${count}`;
    item.tooltip = tooltip(count, snapshot);
  }
  item.show();
}

/** Plain text (a string tooltip is never rendered as markdown); file names and reasons made inert. */
function tooltip(count: string, snapshot: CorpusSnapshot): string {
  const lines = [vscode.l10n.t('Dossier: {0}', count)];
  const { skipped } = snapshot;
  if (skipped.length > 0) {
    lines.push('', skipped.length === 1 ? vscode.l10n.t('1 file skipped:') : vscode.l10n.t('{0} files skipped:', skipped.length));
    for (const { path, reason } of skipped.slice(0, TOOLTIP_SKIPPED)) lines.push(`${inertText(path)}: ${inertText(reason)}`);
    if (skipped.length > TOOLTIP_SKIPPED) lines.push(vscode.l10n.t('… and {0} more (Dossier: Show Output lists them all)', skipped.length - TOOLTIP_SKIPPED));
  }
  lines.push('', vscode.l10n.t('Click to show the Dossier view.'));
  return lines.join('\n');
}
