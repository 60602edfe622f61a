// The dossier.articles view: articles grouped by month (by year and month in large archives) or by
// actor, rebuilt from each snapshot. Rows keep their ids and expansion across reloads.
import * as vscode from 'vscode';
import type { CorpusSnapshot } from '../core/corpus';
import type { Entity, EntityType } from '../core/types';
import { buildEntityCard, CARD_COMMANDS, ENTITY_ICONS } from './entityCard';
import { dossierMarkdown } from './markdownString';
import { formatMonth } from './monthLabel';
import { ExpandedRows } from './treeExpansion';
import {
  actorRowLabel, articleRowText, articlesOfEntity, articleTooltip, firstMentions, groupAccessibilityLabel,
  groupByActor, groupByMonth, groupDescription, monthTreeRoots, type MonthGroup, type YearGroup,
} from './treeModel';
import type { DossierModel } from './workspaceIndex';

export type Grouping = 'month' | 'actor';

/**
 * An article row. It is also the argument its context-menu commands get: `path`, `offset` and
 * `end` as dossier.openArticle takes them, `entityId` as dossier.showOnTimeline takes it.
 */
export interface ArticleNode {
  kind: 'article';
  id: string;
  path: string;
  parent: ArticlesNode;
  /** the actor it is listed under, else the actor it names most */
  entityId?: string;
  /** under an actor: that actor's first mention in the article, to select when it opens */
  offset?: number;
  end?: number;
}

export type ArticlesNode =
  | { kind: 'year'; id: string; group: YearGroup }
  | { kind: 'month'; id: string; group: MonthGroup; parent?: ArticlesNode }
  | { kind: 'actorGroup'; id: string; type: EntityType; entities: Entity[] }
  | { kind: 'actor'; id: string; entityId: string; parent: ArticlesNode }
  | ArticleNode;

const GROUPING_KEY = 'dossier.groupBy';

export class ArticlesTreeProvider implements vscode.TreeDataProvider<ArticlesNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<ArticlesNode | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private grouping: Grouping;
  /** the roots for the current snapshot and grouping; children are made when expanded */
  private roots: ArticlesNode[] | undefined;
  private rootsVersion = -1;
  private readonly subscription: vscode.Disposable;
  readonly expanded: ExpandedRows;

  constructor(private readonly model: DossierModel, private readonly state: vscode.Memento, private readonly locale = vscode.env.language) {
    this.grouping = state.get<Grouping>(GROUPING_KEY) === 'actor' ? 'actor' : 'month';
    this.expanded = new ExpandedRows(state);
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
      case 'year':
        return node.group.months.map((group) => monthNode(group, node));
      case 'month':
        return node.group.articles.map((article) => articleNode(article.path, node, article.entities[0]));
      case 'actorGroup':
        return node.entities.map((entity): ArticlesNode => ({ kind: 'actor', id: `actor:${entity.id}`, entityId: entity.id, parent: node }));
      case 'actor': {
        const entity = snapshot.entity(node.entityId);
        if (!entity) return [];
        const mentions = firstMentions(entity);
        return articlesOfEntity(entity, snapshot.article).map((article) => articleNode(article.path, node, entity.id, mentions.get(article.path)));
      }
      case 'article':
        return [];
    }
  }

  getParent(node: ArticlesNode): ArticlesNode | undefined {
    return node.kind === 'year' || node.kind === 'actorGroup' ? undefined : node.parent;
  }

  getTreeItem(node: ArticlesNode): vscode.TreeItem {
    const snapshot = this.model.snapshot();
    const t = vscode.l10n.t;
    const group = (label: string, icon: string, description: string, accessibility: string) => {
      const state = this.expanded.has(node.id) ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
      const item = new vscode.TreeItem(label, state);
      item.id = node.id;
      item.iconPath = new vscode.ThemeIcon(icon);
      item.description = description;
      item.accessibilityInformation = { label: accessibility };
      item.contextValue = node.kind;
      return item;
    };
    switch (node.kind) {
      case 'year': {
        const { year, articleCount, inferred } = node.group;
        return group(year, inferred > 0 ? 'question' : 'calendar', groupDescription(articleCount, inferred, t), groupAccessibilityLabel(year, articleCount, inferred, t));
      }
      case 'month': {
        const { month, articles, inferred } = node.group;
        const label = month ? formatMonth(month, this.locale) : t('Undated');
        const icon = month === null ? 'circle-slash' : inferred > 0 ? 'question' : 'calendar';
        const item = group(label, icon, groupDescription(articles.length, inferred, t), groupAccessibilityLabel(label, articles.length, inferred, t));
        if (inferred > 0) item.tooltip = t('{0} of these {1} articles have no date line; their month was inferred from the text.', inferred, articles.length);
        return item;
      }
      case 'actorGroup': {
        const label = actorGroupLabel(node.type);
        const count = node.entities.length;
        return group(label, ENTITY_ICONS[node.type], String(count), count === 1 ? t('{0}, 1 actor', label) : t('{0}, {1} actors', label, count));
      }
      case 'actor': {
        const entity = snapshot.entity(node.entityId);
        const label = actorRowLabel(entity, node.entityId);
        const count = entity?.articles.length ?? 0;
        return group(label, entity ? ENTITY_ICONS[entity.type] : 'symbol-misc', String(count), groupAccessibilityLabel(label, count, 0, t));
      }
      case 'article': {
        const article = snapshot.article(node.path);
        const row = articleRowText(article, node.path, {
          t,
          formatMonth: (month) => formatMonth(month, this.locale),
          showMonth: node.parent.kind === 'actor',
        });
        const item = new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        item.description = row.description;
        item.accessibilityInformation = { label: row.accessibilityLabel };
        // the inferred marker in the icon too: a long title pushes the description out of sight
        item.iconPath = new vscode.ThemeIcon(article?.monthSource === 'inferred' ? 'question' : 'file-text');
        item.resourceUri = this.model.uriFor(node.path);
        item.contextValue = 'article';
        const open = { path: node.path, offset: node.offset ?? article?.bodyStart ?? 0, end: node.end };
        item.command = { command: 'dossier.openArticle', title: t('Open Article'), arguments: [open] };
        return item;
      }
    }
  }

  /** Tooltips are built only when VS Code asks for one (on hover), not for every row. */
  resolveTreeItem(item: vscode.TreeItem, node: ArticlesNode): vscode.TreeItem {
    const snapshot = this.model.snapshot();
    const t = vscode.l10n.t;
    const month = (value: string) => formatMonth(value, this.locale);
    if (node.kind === 'article') {
      const article = snapshot.article(node.path);
      if (article) item.tooltip = dossierMarkdown(articleTooltip(article, { entityName: (id) => snapshot.entity(id)?.name, formatMonth: month, t }));
    } else if (node.kind === 'actor') {
      // the hover card itself: description, roles, other spellings, counts and links
      const entity = snapshot.entity(node.entityId);
      if (entity) item.tooltip = dossierMarkdown(buildEntityCard(entity, { article: snapshot.article, formatMonth: month, t }), CARD_COMMANDS);
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
      const year = article.month?.slice(0, 4);
      const holder = roots.find((root) => root.kind === 'year' && root.group.year === year);
      const months = holder ? this.getChildren(holder) : roots;
      const group = months.find((node) => node.kind === 'month' && node.group.month === article.month);
      return group && articleNode(path, group, article.entities[0]);
    }
    const entity = article.entities[0] ? snapshot.entity(article.entities[0]) : undefined;
    const group = entity && roots.find((root) => root.kind === 'actorGroup' && root.type === entity.type);
    if (!entity || !group) return undefined;
    return articleNode(path, { kind: 'actor', id: `actor:${entity.id}`, entityId: entity.id, parent: group }, entity.id);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changeEmitter.dispose();
  }

  private rootNodes(snapshot: CorpusSnapshot): ArticlesNode[] {
    if (this.roots && this.rootsVersion === snapshot.version) return this.roots;
    this.rootsVersion = snapshot.version;
    this.roots = this.grouping === 'month'
      ? monthTreeRoots(groupByMonth(snapshot.articles)).map((group): ArticlesNode => ('year' in group ? { kind: 'year', id: `year:${group.year}`, group } : monthNode(group)))
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
    view.onDidExpandElement(({ element }) => provider.expanded.set(element.id, true)),
    view.onDidCollapseElement(({ element }) => provider.expanded.set(element.id, false)),
    vscode.window.onDidChangeActiveTextEditor(() => revealActiveArticle(view, provider, model)),
    view.onDidChangeVisibility(() => revealActiveArticle(view, provider, model)),
    vscode.commands.registerCommand('dossier.groupByMonth', () => provider.setGrouping('month')),
    vscode.commands.registerCommand('dossier.groupByActor', () => provider.setGrouping('actor')),
  );
  // after a reload the editor is back before the articles are indexed
  void model.whenIndexed().then(() => revealActiveArticle(view, provider, model), () => undefined);
  return { provider, view };
}

/** Selects the active editor's article in the visible tree, leaving the focus in the editor. */
function revealActiveArticle(view: vscode.TreeView<ArticlesNode>, provider: ArticlesTreeProvider, model: DossierModel): void {
  const uri = vscode.window.activeTextEditor?.document.uri;
  const path = uri && model.pathFor(uri);
  if (!view.visible || !path) return;
  // opened from this tree (perhaps under another actor than findArticle would pick): already shown
  if (view.selection.some((node) => node.kind === 'article' && node.path === path)) return;
  const node = provider.findArticle(path);
  if (node) view.reveal(node, { select: true, focus: false }).then(undefined, () => undefined);
}

function monthNode(group: MonthGroup, parent?: ArticlesNode): ArticlesNode {
  return { kind: 'month', id: `month:${group.month ?? 'undated'}`, group, parent };
}

function articleNode(path: string, parent: ArticlesNode, entityId: string | undefined, mention?: { start: number; end: number }): ArticleNode {
  return { kind: 'article', id: `${parent.id}/${path}`, path, parent, entityId, offset: mention?.start, end: mention?.end };
}

function actorGroupLabel(type: EntityType): string {
  switch (type) {
    case 'person': return vscode.l10n.t('People');
    case 'organization': return vscode.l10n.t('Organisations');
    case 'place': return vscode.l10n.t('Places');
  }
}
