// Jumps into articles (tree rows, dossier.openArticle as cards and search call it, Open to the
// Side) and the tree's rows as a person and a screen reader meet them.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/extension';
import { ArticlesTreeProvider, type ArticlesNode } from '../../src/vscode/articlesTree';
import { activatedApi } from './dossierApi';

type Node<K extends ArticlesNode['kind']> = Extract<ArticlesNode, { kind: K }>;

async function until<T>(what: string, probe: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  for (let waited = 0; ; waited += 50) {
    const value = probe();
    if (value !== undefined) return value;
    assert.ok(waited < timeoutMs, `timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

suite('jumps and tree rows', () => {
  let api: DossierApi;
  let provider: ArticlesTreeProvider;
  suiteSetup(async () => {
    api = await activatedApi();
    provider = api.tree.provider;
  });
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('dossier.groupByMonth');
  });

  /** The People row of Khalifa Haftar and his article rows. */
  async function haftarRows(): Promise<{ actor: Node<'actor'>; articles: Node<'article'>[] }> {
    await vscode.commands.executeCommand('dossier.groupByActor');
    const people = provider.getChildren().find((n) => n.kind === 'actorGroup' && n.type === 'person')!;
    const actor = provider.getChildren(people).find((n): n is Node<'actor'> => n.kind === 'actor' && /Haftar/.test(api.model.snapshot().entity(n.entityId)?.name ?? ''));
    assert.ok(actor, 'Haftar is listed under People');
    return { actor, articles: provider.getChildren(actor) as Node<'article'>[] };
  }

  test('an article opened from under an actor has that actor\'s first mention selected, centred', async () => {
    const { actor, articles } = await haftarRows();
    const entity = api.model.snapshot().entity(actor.entityId)!;
    for (const node of articles.slice(0, 3)) {
      const command = provider.getTreeItem(node).command!;
      await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
      const editor = await until('the article editor', () => (vscode.window.activeTextEditor?.document.uri.path.endsWith(node.path) ? vscode.window.activeTextEditor : undefined));
      const first = Math.min(...entity.mentions.filter((m) => m.path === node.path).map((m) => m.start));
      assert.equal(editor.document.offsetAt(editor.selection.start), first, node.path);
      assert.ok(entity.aliases.includes(editor.document.getText(editor.selection)), `selected "${editor.document.getText(editor.selection)}"`);
      assert.ok(editor.selection.start.line > 0 || first > 0, 'not the start of the file');
      await until('the selection in view', () => (editor.visibleRanges.some((r) => r.contains(editor.selection)) ? true : undefined));
    }
  });

  test('dossier.openArticle selects [offset, end) as cards and search pass it, also in an open editor', async () => {
    const snapshot = api.model.snapshot();
    const mention = snapshot.entities.find((e) => e.mentions.length > 3)!.mentions.at(-1)!;
    for (const args of [{ path: mention.path, offset: mention.start, end: mention.end }, [{ path: mention.path, offset: mention.start, end: mention.end }]]) {
      const editor = (await vscode.commands.executeCommand<vscode.TextEditor>('dossier.openArticle', args))!;
      assert.equal(editor.document.getText(editor.selection), mention.surface);
      assert.deepEqual([editor.document.offsetAt(editor.selection.start), editor.document.offsetAt(editor.selection.end)], [mention.start, mention.end]);
      await until('the selection in view', () => (editor.visibleRanges.some((r) => r.contains(editor.selection)) ? true : undefined));
    }
  });

  test('Open to the Side (an article row\'s context menu) opens it in the group beside', async () => {
    const { articles } = await haftarRows();
    await vscode.commands.executeCommand('dossier.openArticle', { path: articles[0]!.path });
    await vscode.commands.executeCommand('dossier.openArticleToSide', articles[1]);
    const editor = await until('an editor beside', () => (vscode.window.activeTextEditor?.viewColumn === vscode.ViewColumn.Two ? vscode.window.activeTextEditor : undefined));
    assert.ok(editor.document.uri.path.endsWith(articles[1]!.path));
    assert.ok(editor.document.getText(editor.selection).length > 0, 'the mention is selected');
  });

  test('Copy Path copies the article\'s file path', async () => {
    const { articles } = await haftarRows();
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('dossier.copyArticlePath', articles[0]);
    assert.equal(await vscode.env.clipboard.readText(), api.model.uriFor(articles[0]!.path)!.fsPath);
  });

  test('rows under an actor show the month; screen readers hear counts; the actor tooltip is the card', async () => {
    const { actor, articles } = await haftarRows();
    const snapshot = api.model.snapshot();
    const entity = snapshot.entity(actor.entityId)!;
    const dated = articles.find((n) => snapshot.article(n.path)?.month === '2020-02')!;
    assert.match(String(provider.getTreeItem(dated).description), /^February 2020( \(inferred\))? · /);
    const actorItem = provider.getTreeItem(actor);
    assert.equal(actorItem.accessibilityInformation?.label, `${entity.name}, ${entity.articles.length} articles`);
    const tooltip = provider.resolveTreeItem(actorItem, actor).tooltip as vscode.MarkdownString;
    assert.match(tooltip.value, /Also written as:/);
    assert.match(tooltip.value, new RegExp(`in ${entity.articles.length} articles`));
    assert.ok(entity.roles.length > 0 && tooltip.value.includes('Roles:'), 'the roles the articles give him');

    await vscode.commands.executeCommand('dossier.groupByMonth');
    const february = provider.getChildren().find((n): n is Node<'month'> => n.kind === 'month' && n.group.month === '2020-02')!;
    const { articles: inMonth, inferred } = february.group;
    const item = provider.getTreeItem(february);
    const expected = `February 2020, ${inMonth.length} article${inMonth.length === 1 ? '' : 's'}${inferred > 0 ? `, ${inferred} with an inferred month` : ''}`;
    assert.equal(item.accessibilityInformation?.label, expected);
  });

  test('a month holding an inferred article says so: the count in its row, the marker in the article row', async () => {
    const snapshot = api.model.snapshot();
    const inferred = snapshot.articles.find((a) => a.monthSource === 'inferred');
    assert.ok(inferred?.month, 'the seeds have an article whose month is inferred');
    const month = provider.getChildren().find((n): n is Node<'month'> => n.kind === 'month' && n.group.month === inferred.month)!;
    const count = snapshot.articles.filter((a) => a.month === inferred.month && a.monthSource === 'inferred').length;
    assert.equal(provider.getTreeItem(month).description, `${month.group.articles.length} · ${count} inferred`);
    const row = provider.getChildren(month).find((n) => n.kind === 'article' && n.path === inferred.path)!;
    const item = provider.getTreeItem(row);
    assert.match(String(item.description), /^month inferred · /);
    assert.equal((item.iconPath as vscode.ThemeIcon).id, 'question');
  });

  test('row ids are the same in a new tree (a reload), and expanded rows come back expanded', async () => {
    const ids = (tree: ArticlesTreeProvider) => tree.getChildren().flatMap((root) => [root.id, ...tree.getChildren(root).map((c) => c.id)]);
    const state = new Map<string, unknown>();
    const memento = { keys: () => [...state.keys()], get: (key: string) => state.get(key), update: async (key: string, value: unknown) => { state.set(key, value); } } as vscode.Memento;
    const first = new ArticlesTreeProvider(api.model, memento);
    const root = first.getChildren()[0]!;
    first.expanded.set(root.id, true);
    const reloaded = new ArticlesTreeProvider(api.model, memento);
    try {
      assert.deepEqual(ids(reloaded), ids(first));
      assert.equal(reloaded.getTreeItem(reloaded.getChildren()[0]!).collapsibleState, vscode.TreeItemCollapsibleState.Expanded);
      assert.equal(reloaded.getTreeItem(reloaded.getChildren()[1]!).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    } finally {
      first.dispose();
      reloaded.dispose();
    }
  });

  test('the open article is revealed and selected in the visible tree, the focus staying in the editor', async () => {
    await vscode.commands.executeCommand('dossier.articles.focus');
    const path = api.model.snapshot().articles.at(-1)!.path;
    const document = await vscode.workspace.openTextDocument(api.model.uriFor(path)!);
    await vscode.window.showTextDocument(document);
    const view = api.tree.view;
    await until('the row selected', () => (view.selection.some((n) => n.kind === 'article' && n.path === path) ? true : undefined));
    assert.equal(vscode.window.activeTextEditor?.document, document, 'the editor keeps the focus');
  });
});
