import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ArticlesNode, ArticlesTreeProvider } from '../../src/vscode/articlesTree';
import { datedMonth, filesMentioning } from './articleFacts';
import { activatedApi, workspaceArticles } from './dossierApi';

function row(provider: ArticlesTreeProvider, node: ArticlesNode): { label: string; count: number } {
  const item = provider.getTreeItem(node);
  const label = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
  // "5" or "5 · 1 inferred": the count comes first
  return { label, count: Number(/^\d+/.exec(String(item.description))?.[0]) };
}

suite('articles tree', () => {
  // The provider behind the real dossier.articles view, from the extension's API.
  let provider: ArticlesTreeProvider;
  suiteSetup(async () => {
    provider = (await activatedApi()).tree.provider;
  });
  suiteTeardown(() => vscode.commands.executeCommand('dossier.groupByMonth'));

  test('by month: one group per month, newest first, every article once', async () => {
    await vscode.commands.executeCommand('dossier.groupByMonth');
    const texts = await workspaceArticles();
    const roots = provider.getChildren();
    const rows = roots.map((node) => row(provider, node));
    assert.equal(rows.reduce((sum, r) => sum + r.count, 0), texts.size);
    const children = roots.flatMap((node) => provider.getChildren(node));
    assert.deepEqual(children.map((c) => (c.kind === 'article' ? c.path : '')).sort(), [...texts.keys()].sort());

    const months = [...new Set([...texts.values()].map(datedMonth).filter((m): m is string => m !== null))].sort().reverse();
    const monthNodes = roots.filter((n): n is Extract<ArticlesNode, { kind: 'month' }> => n.kind === 'month' && n.group.month !== null);
    for (const month of months) assert.ok(monthNodes.some((n) => n.group.month === month), `a group for ${month}`);
    const order = monthNodes.map((n) => n.group.month!);
    assert.deepEqual(order, [...order].sort().reverse());
    // A dated article is in the group of its date line.
    for (const node of monthNodes) {
      for (const child of provider.getChildren(node)) {
        if (child.kind !== 'article') continue;
        const dated = datedMonth(texts.get(child.path) ?? '');
        if (dated) assert.equal(dated, node.group.month, child.path);
      }
    }
    const february = monthNodes.find((n) => n.group.month === '2020-02');
    if (february) assert.match(row(provider, february).label, /^February 2020/);
  });

  test('by actor: people, organisations and places, with article counts across spellings', async () => {
    await vscode.commands.executeCommand('dossier.groupByActor');
    const roots = provider.getChildren();
    assert.deepEqual(roots.map((n) => row(provider, n).label), ['People', 'Organisations', 'Places']);
    const people = provider.getChildren(roots[0]!);
    const rows = people.map((n) => ({ node: n, ...row(provider, n) }));
    const texts = await workspaceArticles();
    const haftar = rows.find((r) => r.label.includes('Haftar'));
    assert.ok(haftar, rows.map((r) => r.label).join(', '));
    assert.equal(haftar.count, filesMentioning(texts, 'Haftar').length);
    const sarraj = rows.find((r) => r.label.includes('Sarraj'));
    assert.ok(sarraj, 'al-Sarraj is a person');
    assert.equal(sarraj.count, filesMentioning(texts, 'Sarraj', 'Saaraj').length, 'am-Saaraj counts as al-Sarraj');
    assert.equal(provider.getChildren(sarraj.node).length, sarraj.count);
    const counts = rows.map((r) => r.count);
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
  });

  test('the view title commands switch the grouping', async () => {
    await vscode.commands.executeCommand('dossier.groupByActor');
    assert.equal(provider.currentGrouping, 'actor');
    assert.equal(provider.getChildren()[0]?.kind, 'actorGroup');
    await vscode.commands.executeCommand('dossier.groupByMonth');
    assert.equal(provider.currentGrouping, 'month');
    assert.equal(provider.getChildren()[0]?.kind, 'month');
  });
});
