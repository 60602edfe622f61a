// The dossier.articles view: articles grouped by month or by actor, rebuilt from each snapshot.
import * as vscode from 'vscode';
import type { CorpusSnapshot } from '../core/corpus';
import type { ArticleView, Entity, EntityType, Month } from '../core/types';
import { ENTITY_ICONS } from './entityCard';
import { dossierMarkdown } from './markdownString';
import { formatMonth } from './monthLabel';
import { actorRowLabel, actorTooltip, articleRowText, articlesOfEntity, articleTooltip, groupByActor, groupByMonth } from './treeModel';
import type { DossierModel } from './workspaceIndex';

export type Grouping = 'month' | 'actor';

export type ArticlesNode =
  | { kind: 'month'; id: string; month: Month | null; inferred: boolean; articles: ArticleView[] }
  | { kind: 'actorGroup'; id: string; type: EntityType; entities: Entity[] }
  | { kind: 'actor'; id: string; entityId: string; parent: ArticlesNode }
  | { kind: 'article'; id: string; path: string; parent: ArticlesNode };

const GROUPING_KEY = 'dossier.groupBy';

export class ArticlesTreeProvider implements vscode.TreeDataProvider<ArticlesNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<ArticlesNode | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private grouping: Grouping;
  /** the roots for the current snapshot and grouping; children are made when expanded */
  private roots: ArticlesNode[] | undefined;
  private rootsVersion = -1;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly model: DossierModel, private readonly state: vscode.Memento, private readonly locale = vscode.env.language) {
    this.grouping = state.get<Grouping>(GROUPING_KEY) === 'actor' ? 'actor' : 'month';
    void vscode.commands.executeCommand('setContext', GROUPING_KEY, this.grouping);
    this.subscription = model.onDidChange(() => this.refresh());
  }

  get currentGrouping(): Grouping {
    return this.grouping;
  }

  async setGrouping(grouping: Grouping): Promise<void> {
    this.grouping = grouping;
    await this.state.update(GROUPING_KEY, grouping);
    await vscode.commands.executeCommand('setContext', GROUPING_KEY, grouping);
    this.refresh();
  }

  refresh(): void {
    this.roots = undefined;
    this.changeEmitter.fire(undefined);
  }

  getChildren(node?: ArticlesNode): ArticlesNode[] {
    const snapshot = this.model.snapshot();
    if (!node) return this.rootNodes(snapshot);
    switch (node.kind) {
      case 'month':
        return node.articles.map((article) => articleNode(article.path, node));
      case 'actorGroup':
        return node.entities.map((entity): ArticlesNode => ({ kind: 'actor', id: `actor:${entity.id}`, entityId: entity.id, parent: node }));
      case 'actor': {
        const entity = snapshot.entity(node.entityId);
        return entity ? articlesOfEntity(entity, snapshot.article).map((article) => articleNode(article.path, node)) : [];
      }
      case 'article':
        return [];
    }
  }

  getParent(node: ArticlesNode): ArticlesNode | undefined {
    return node.kind === 'actor' || node.kind === 'article' ? node.parent : undefined;
  }

  getTreeItem(node: ArticlesNode): vscode.TreeItem {
    const snapshot = this.model.snapshot();
    const t = vscode.l10n.t;
    switch (node.kind) {
      case 'month': {
        const label = node.month ? formatMonth(node.month, this.locale) : t('Undated');
        const item = new vscode.TreeItem(node.inferred ? t('{0} (inferred)', label) : label, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        item.description = String(node.articles.length);
        item.iconPath = new vscode.ThemeIcon(node.month === null ? 'circle-slash' : node.inferred ? 'question' : 'calendar');
        item.contextValue = 'month';
        item.tooltip = node.inferred ? t('No article of this month has a date line; the month was inferred from the text.') : undefined;
        return item;
      }
      case 'actorGroup': {
        const item = new vscode.TreeItem(actorGroupLabel(node.type), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        item.description = String(node.entities.length);
        item.iconPath = new vscode.ThemeIcon(ENTITY_ICONS[node.type]);
        item.contextValue = 'actorGroup';
        return item;
      }
      case 'actor': {
        const entity = snapshot.entity(node.entityId);
        const item = new vscode.TreeItem(actorRowLabel(entity, node.entityId), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        item.description = String(entity?.articles.length ?? 0);
        item.iconPath = new vscode.ThemeIcon(entity ? ENTITY_ICONS[entity.type] : 'symbol-misc');
        item.contextValue = 'actor';
        return item;
      }
      case 'article': {
        const article = snapshot.article(node.path);
        const { label, description } = articleRowText(article, node.path, t);
        const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        item.description = description;
        item.iconPath = new vscode.ThemeIcon('file-text');
        item.resourceUri = this.model.uriFor(node.path);
        item.contextValue = 'article';
        item.command = { command: 'dossier.openArticle', title: t('Open Article'), arguments: [{ path: node.path, offset: article?.bodyStart ?? 0 }] };
        return item;
      }
    }
  }

  /** Tooltips are built only when VS Code asks for one (on hover), not for every row. */
  resolveTreeItem(item: vscode.TreeItem, node: ArticlesNode): vscode.TreeItem {
    const snapshot = this.model.snapshot();
    const t = vscode.l10n.t;
    if (node.kind === 'article') {
      const article = snapshot.article(node.path);
      if (article) {
        item.tooltip = dossierMarkdown(articleTooltip(article, {
          entityName: (id) => snapshot.entity(id)?.name,
          formatMonth: (month) => formatMonth(month, this.locale),
          t,
        }));
      }
    } else if (node.kind === 'actor') {
      const entity = snapshot.entity(node.entityId);
      if (entity) item.tooltip = dossierMarkdown(actorTooltip(entity, t));
    }
    return item;
  }

  /** Finds the tree node of an article under the current grouping (for TreeView.reveal). */
  findArticle(path: string): ArticlesNode | undefined {
    const snapshot = this.model.snapshot();
    const article = snapshot.article(path);
    if (!article) return undefined;
    const roots = this.rootNodes(snapshot);
    if (this.grouping === 'month') {
      const group = roots.find((root) => root.kind === 'month' && root.month === article.month);
      return group && articleNode(path, group);
    }
    const entityId = article.entities[0];
    const entity = entityId ? snapshot.entity(entityId) : undefined;
    const group = entity && roots.find((root) => root.kind === 'actorGroup' && root.type === entity.type);
    if (!entity || !group) return undefined;
    return articleNode(path, { kind: 'actor', id: `actor:${entity.id}`, entityId: entity.id, parent: group });
  }

  dispose(): void {
    this.subscription.dispose();
    this.changeEmitter.dispose();
  }

  private rootNodes(snapshot: CorpusSnapshot): ArticlesNode[] {
    if (this.roots && this.rootsVersion === snapshot.version) return this.roots;
    this.rootsVersion = snapshot.version;
    this.roots = this.grouping === 'month'
      ? groupByMonth(snapshot.articles).map((group): ArticlesNode => ({ kind: 'month', id: `month:${group.month ?? 'undated'}`, ...group }))
      : groupByActor(snapshot.entities).map((group): ArticlesNode => ({ kind: 'actorGroup', id: `actors:${group.type}`, ...group }));
    return this.roots;
  }
}

/** Registers the view and its grouping commands; returns the provider (tests read it). */
export function registerArticlesTree(context: vscode.ExtensionContext, model: DossierModel): { provider: ArticlesTreeProvider; view: vscode.TreeView<ArticlesNode> } {
  const provider = new ArticlesTreeProvider(model, context.workspaceState);
  const view = vscode.window.createTreeView('dossier.articles', { treeDataProvider: provider, showCollapseAll: true });
  context.subscriptions.push(
    provider,
    view,
    vscode.commands.registerCommand('dossier.groupByMonth', () => provider.setGrouping('month')),
    vscode.commands.registerCommand('dossier.groupByActor', () => provider.setGrouping('actor')),
  );
  return { provider, view };
}

function articleNode(path: string, parent: ArticlesNode): ArticlesNode {
  return { kind: 'article', id: `${parent.id}/${path}`, path, parent };
}

function actorGroupLabel(type: EntityType): string {
  switch (type) {
    case 'person': return vscode.l10n.t('People');
    case 'organization': return vscode.l10n.t('Organisations');
    case 'place': return vscode.l10n.t('Places');
  }
}
