// Writing with Dossier, the providers called directly in the extension host (and the registered
// ones through VS Code's commands): completion, spelling diagnostics with quick fixes, Go to
// Definition and references — in the user's own documents, never in articles.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/extension';
import { MentionNavigation } from '../../src/vscode/mentionNavigation';
import { NameCompletionProvider } from '../../src/vscode/nameCompletion';
import { SpellingDiagnostics, SPELLING_SOURCE } from '../../src/vscode/spellingDiagnostics';
import { activatedApi, workspaceArticles, workspaceFolder } from './dossierApi';

const note = (content: string) => vscode.workspace.openTextDocument({ language: 'plaintext', content });
const endOf = (document: vscode.TextDocument) => document.lineAt(document.lineCount - 1).range.end;
const labels = (list: vscode.CompletionList | undefined) => (list?.items ?? []).map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
const token = new vscode.CancellationTokenSource().token;

async function spellingDiagnostics(uri: vscode.Uri, expected: number): Promise<vscode.Diagnostic[]> {
  for (let waited = 0; ; waited += 100) {
    const found = vscode.languages.getDiagnostics(uri).filter((d) => d.source === SPELLING_SOURCE && d.severity === vscode.DiagnosticSeverity.Information);
    if (found.length === expected || waited > 10_000) return found;
    await new Promise((done) => setTimeout(done, 100));
  }
}

suite('writing with Dossier', () => {
  let api: DossierApi;
  suiteSetup(async () => { api = await activatedApi(); });

  test('completion: a spelling leads to the preferred one, replacing what was typed', async () => {
    const document = await note('Overleg met Saar');
    const list = new NameCompletionProvider(api.model).provideCompletionItems(document, endOf(document));
    assert.deepEqual(labels(list), ['Fayez al-Sarraj']);
    const item = list!.items[0];
    assert.equal(item.insertText, 'Fayez al-Sarraj');
    assert.equal(document.getText(item.range as vscode.Range), 'Saar');
    // and through VS Code, as the editor asks
    const asked = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, endOf(document));
    assert.ok(labels(asked).includes('Fayez al-Sarraj'));
  });

  test('spelling: a variant gets an Information diagnostic and quick fixes for one and for all', async () => {
    const document = await note('Fayez am-Saaraj sprak. Later Fayez am-Saaraj weer.');
    const [first, second] = await spellingDiagnostics(document.uri, 2);
    assert.ok(first && second);
    assert.equal(document.getText(first.range), 'Fayez am-Saaraj');
    assert.match(first.message, /“Fayez al-Sarraj”/);
    const provider = new SpellingDiagnostics(api.model, () => true);
    try {
      const actions = provider.provideCodeActions(document, first.range);
      assert.deepEqual(actions.map((a) => a.title), ['Replace “Fayez am-Saaraj” with “Fayez al-Sarraj”', 'Replace all 2 like “Fayez am-Saaraj” in this file with “Fayez al-Sarraj”']);
      assert.ok(await vscode.workspace.applyEdit(actions[1].edit!));
      assert.equal(document.getText(), 'Fayez al-Sarraj sprak. Later Fayez al-Sarraj weer.');
      assert.deepEqual(await spellingDiagnostics(document.uri, 0), []);
    } finally {
      provider.dispose();
    }
  });

  test('spelling: dossier.spelling.enabled off clears the diagnostics', async () => {
    const document = await note('Later Fayez am-Saaraj weer.');
    assert.equal((await spellingDiagnostics(document.uri, 1)).length, 1);
    const config = vscode.workspace.getConfiguration('dossier.spelling');
    await config.update('enabled', false, vscode.ConfigurationTarget.Workspace);
    try {
      assert.deepEqual(await spellingDiagnostics(document.uri, 0), []);
    } finally {
      await config.update('enabled', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('Go to Definition: the first mention in the articles; references: every mention', async () => {
    const document = await note('Notitie over Khalifa Haftar.');
    const at = document.positionAt(document.getText().indexOf('Haftar') + 2);
    const navigation = new MentionNavigation(api.model);
    const [definition, ...more] = await navigation.provideDefinition(document, at);
    assert.equal(more.length, 0);
    const entity = api.model.snapshot().entities.find((e) => e.name === 'Khalifa Haftar')!;
    const article = await vscode.workspace.openTextDocument(definition.uri);
    const first = api.model.snapshot().articles.find((a) => entity.articles.includes(a.path))!;
    assert.equal(api.model.pathFor(definition.uri), first.path, 'the first article (by month) naming it');
    assert.match(article.getText(definition.range), /^(Khalifa )?Haftar$/);
    const references = await navigation.provideReferences(document, at, { includeDeclaration: true }, token);
    assert.equal(references.length, entity.mentions.length);
    for (const reference of references.slice(0, 10)) {
      const text = (await vscode.workspace.openTextDocument(reference.uri)).getText(reference.range);
      assert.match(text, /Haftar/, `${reference.uri.path} ${JSON.stringify(reference.range)}`);
    }
  });

  test('in an article: no completion, no spelling marks, no definitions', async () => {
    const texts = await workspaceArticles();
    const [name] = [...texts].find(([, text]) => text.includes('am-Saaraj'))!;
    const article = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceFolder(), name));
    await vscode.window.showTextDocument(article);
    const at = article.positionAt(article.getText().indexOf('am-Saaraj') + 4);
    assert.equal(new NameCompletionProvider(api.model).provideCompletionItems(article, at), undefined);
    assert.deepEqual(await new MentionNavigation(api.model).provideDefinition(article, at), []);
    // the registered provider had its chance: the note above got marks within this time
    await new Promise((done) => setTimeout(done, 1000));
    assert.deepEqual(vscode.languages.getDiagnostics(article.uri).filter((d) => d.source === SPELLING_SOURCE && d.severity === vscode.DiagnosticSeverity.Information), []);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
