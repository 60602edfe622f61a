// "Dossier: Search Articles": a quick pick that searches the corpus on every keystroke.
import * as vscode from 'vscode';
import type { SearchHit } from '../core/types';
import { formatMonth } from './monthLabel';
import { openArticle } from './openArticle';
import { actorQuery, entityIdOf } from './actorArgs';
import type { DossierModel } from './workspaceIndex';

const DEBOUNCE_MS = 60;
const RESULT_LIMIT = 50;
/** Longer titles would push the month (the description) out of sight. */
const MAX_LABEL = 70;

interface HitItem extends vscode.QuickPickItem {
  hit: SearchHit;
}

export function registerSearch(context: vscode.ExtensionContext, model: DossierModel): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('dossier.search', (initial?: unknown) => showSearch(model, typeof initial === 'string' ? initial : '')),
    vscode.commands.registerCommand('dossier.searchActor', (arg: unknown) => {
      const entityId = entityIdOf(arg);
      const entity = entityId ? model.snapshot().entity(entityId) : undefined;
      return showSearch(model, entity ? actorQuery(entity.name) : '');
    }),
  );
}

/** Shows the search, starting from `initialValue`; returns the quick pick so tests can drive it. */
export function showSearch(model: DossierModel, initialValue: string, locale = vscode.env.language): vscode.QuickPick<HitItem> {
  const quickPick = vscode.window.createQuickPick<HitItem>();
  quickPick.title = vscode.l10n.t('Dossier: Search Articles');
  quickPick.placeholder = vscode.l10n.t('Search words; filter with actor:"Name" or month:2020-02');
  // The results are already the search's answer, in its order: VS Code must not filter them again.
  quickPick.matchOnDescription = false;
  quickPick.matchOnDetail = false;
  quickPick.value = initialValue;

  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    clearTimeout(timer);
    quickPick.busy = true;
    timer = setTimeout(() => {
      const query = quickPick.value;
      const hits = query.trim() === '' ? [] : model.snapshot().search(query, RESULT_LIMIT);
      if (query !== quickPick.value) return; // a newer keystroke is on its way
      quickPick.items = hits.map((hit): HitItem => ({
        label: shorten(hit.title || hit.path, MAX_LABEL),
        description: hit.month ? formatMonth(hit.month, locale) : vscode.l10n.t('undated'),
        detail: hit.snippet,
        // alwaysShow keeps VS Code from hiding results whose title does not contain the query
        alwaysShow: true,
        hit,
      }));
      quickPick.busy = false;
    }, DEBOUNCE_MS);
  };

  quickPick.onDidChangeValue(update);
  quickPick.onDidAccept(() => {
    const [item] = quickPick.selectedItems;
    if (!item) return;
    quickPick.hide();
    void openArticle(model, { path: item.hit.path, offset: item.hit.matchStart, end: item.hit.matchEnd });
  });
  quickPick.onDidHide(() => {
    clearTimeout(timer);
    quickPick.dispose();
  });
  quickPick.show();
  update();
  return quickPick;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
