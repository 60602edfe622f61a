// Entry point: wires the live index and the features together. Nothing heavy runs here; the
// first indexing starts in the background once activation has returned.
import * as vscode from 'vscode';
import { Corpus } from './core/corpus';
import { inertText } from './core/inertText';
import { loadKnowledgeBase } from './core/knowledgeBase';
import { AnalysisPool } from './node/analysisPool';
import { registerAddArticlesFolder } from './vscode/addArticlesFolder';
import { registerArticleFileCommands } from './vscode/articleFileCommands';
import { registerArticlesTree, type ArticlesNode, type ArticlesTreeProvider } from './vscode/articlesTree';
import { registerArticleWrap } from './vscode/articleWrap';
import { registerCorrections } from './vscode/corrections';
import { registerEditEntities } from './vscode/editEntities';
import { registerEntitiesProblems } from './vscode/entitiesProblems';
import { registerEntityPage } from './vscode/entityPage';
import { registerExportCommands } from './vscode/exportCommands';
import { registerHover } from './vscode/hoverProvider';
import { registerIndexCache } from './vscode/indexCache';
import { registerMentionNavigation } from './vscode/mentionNavigation';
import { registerNameCompletion } from './vscode/nameCompletion';
import { registerOpenArticle } from './vscode/openArticle';
import { registerSearch } from './vscode/searchQuickPick';
import { registerSpellingDiagnostics } from './vscode/spellingDiagnostics';
import { registerStatusBar } from './vscode/statusBar';
import { registerTimeline } from './vscode/timelinePanel';
import { WorkspaceIndex, type DossierModel } from './vscode/workspaceIndex';

/** What activate() returns: the tests inside VS Code read the model and the tree through it. */
export interface DossierApi {
  model: DossierModel;
  tree: { provider: ArticlesTreeProvider; view: vscode.TreeView<ArticlesNode> };
  statusBar: vscode.StatusBarItem;
}

export function activate(context: vscode.ExtensionContext): DossierApi {
  const output = vscode.window.createOutputChannel('Dossier');
  // Knowledge-base descriptions in the interface's language.
  const knowledgeBase = loadKnowledgeBase(vscode.env.language);
  // Files are analysed in worker threads, so a large workspace does not hold up the extension host.
  const analyser = new AnalysisPool({
    knowledgeBase,
    onWorkersUnavailable: (reason) => output.appendLine(vscode.l10n.t('Analysis workers could not start ({0}); files are analysed on the extension host', inertText(reason))),
  });
  const cache = registerIndexCache(context, output);
  const index = new WorkspaceIndex(new Corpus({ knowledgeBase }), output, { analyser, cache });
  context.subscriptions.push(output, index, { dispose: () => void analyser.dispose() });

  registerOpenArticle(context, index);
  const tree = registerArticlesTree(context, index);
  registerArticleFileCommands(context, index);
  registerArticleWrap(context, index);
  registerHover(context, index);
  registerNameCompletion(context, index);
  registerSpellingDiagnostics(context, index);
  registerMentionNavigation(context, index);
  registerSearch(context, index, output);
  registerTimeline(context, index);
  registerEntityPage(context, index);
  registerExportCommands(context, index);
  registerEditEntities(context);
  registerCorrections(context, index);
  registerEntitiesProblems(context);
  context.subscriptions.push(vscode.commands.registerCommand('dossier.refresh', () => index.rescan()));
  registerAddArticlesFolder(context);
  const statusBar = registerStatusBar(context, index);
  context.subscriptions.push(vscode.commands.registerCommand('dossier.showOutput', () => output.show(true)));

  setTimeout(() => index.start(), 0);
  return { model: index, tree, statusBar };
}

export function deactivate(): void {}
