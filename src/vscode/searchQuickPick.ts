// "Dossier: Search Articles": a quick pick that searches the corpus on every keystroke. The title
// counts the matching articles; a query that finds nothing, or whose filters cannot be read, gets
// rows that say so (see searchRows.ts).
import * as vscode from 'vscode';
import { inertText } from '../core/inertText';
import type { SearchResults } from '../core/corpus';
import type { SearchHit } from '../core/types';
import { formatMonth } from './monthLabel';
import { openArticle } from './openArticle';
import { actorQuery, entityIdOf } from './actorArgs';
import { messageRows, resultCount } from './searchRows';
import { iconLabelText } from './themeIcons';
import type { DossierModel } from './workspaceIndex';

const DEBOUNCE_MS = 60;
/** Enough for every article of most actors (`actor:"Name"` from a card lists them all). */
const RESULT_LIMIT = 200;
/** Longer titles would push the month (the description) out of sight. */
const MAX_LABEL = 70;
/** How much of a failed query the log quotes. */
const MAX_LOGGED_QUERY = 200;

/** A result row; without `hit`, a message row, which may carry a corrected `query` to search instead. */
interface SearchItem extends vscode.QuickPickItem {
  hit?: SearchHit;
  query?: string;
}

export function registerSearch(context: vscode.ExtensionContext, model: DossierModel, output: vscode.OutputChannel): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('dossier.search', (initial?: unknown) => showSearch(model, output, typeof initial === 'string' ? initial : '')),
    vscode.commands.registerCommand('dossier.searchActor', (arg: unknown) => {
      const entityId = entityIdOf(arg);
      const entity = entityId ? model.snapshot().entity(entityId) : undefined;
      return showSearch(model, output, entity ? actorQuery(entity.name) : '');
    }),
  );
}

/** Shows the search, starting from `initialValue`; returns the quick pick so tests can drive it. */
export function showSearch(model: DossierModel, output: vscode.OutputChannel, initialValue: string, locale = vscode.env.language): vscode.QuickPick<SearchItem> {
  const quickPick = vscode.window.createQuickPick<SearchItem>();
  const title = vscode.l10n.t('Dossier: Search Articles');
  quickPick.title = title;
  quickPick.placeholder = vscode.l10n.t('Words; filters actor:"Name", month:2020-02, month:februari, month:2020-02..2020-04');
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
      let items: SearchItem[];
      let results: SearchResults | undefined;
      try {
        results = query.trim() === '' ? undefined : model.snapshot().searchResults(query, RESULT_LIMIT);
        const messages = results ? messageRows(query, results, vscode.l10n.t) : [];
        items = messages.map((row): SearchItem => ({ ...row, alwaysShow: true }));
        items.push(...(results?.hits ?? []).map((hit): SearchItem => ({
          // Titles, paths and snippets come from the files: shown as text, never as icons.
          label: iconLabelText(shorten(hit.title || hit.path, MAX_LABEL)),
          description: hit.month ? formatMonth(hit.month, locale) : vscode.l10n.t('undated'),
          detail: iconLabelText(hit.snippet),
          // alwaysShow keeps VS Code from hiding results whose title does not contain the query
          alwaysShow: true,
          hit,
        })));
      } catch (error) {
        // Old results would answer a query that was not asked: say what happened instead.
        const message = inertText(error instanceof Error ? error.message : String(error));
        output.appendLine(vscode.l10n.t('Search for "{0}" failed: {1}', inertText(shorten(query, MAX_LOGGED_QUERY)), message));
        // the stack's frames name the extension's own code, not the query
        const frames = error instanceof Error ? (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)) : [];
        if (frames.length > 0) output.appendLine(frames.join('\n'));
        items = [{ label: iconLabelText(vscode.l10n.t('Search failed: {0}', message)), detail: vscode.l10n.t('Details are in the "Dossier" output.'), alwaysShow: true }];
      }
      if (query !== quickPick.value) return; // a newer keystroke is on its way
      const count = resultCount(results, vscode.l10n.t);
      quickPick.title = count ? `${title} · ${count}` : title;
      quickPick.items = items;
      quickPick.busy = false;
    }, DEBOUNCE_MS);
  };

  quickPick.onDidChangeValue(update);
  quickPick.onDidAccept(() => {
    const { hit, query } = quickPick.selectedItems[0] ?? {};
    if (query !== undefined) {
      // (a value set here does not fire onDidChangeValue)
      quickPick.value = query;
      update();
      return;
    }
    if (!hit) return;
    quickPick.hide();
    void openArticle(model, { path: hit.path, offset: hit.matchStart, end: hit.matchEnd });
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
