// The entities file as a person editing it sees it: Dossier's problems in the Problems panel at
// the offending key, the editor's own schema checks and completion, and both cleared by a fix.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatedApi, workspaceFolder } from './dossierApi';

const broken = `{
  "entities": [
    { "name": "Anna de Wit", "type": "person" },
    { "id": "jan-de-vries", "name": "Jan de Vries", "type": "ship" }
  ],
  "merges": [["only one"]],
  "extra": true
}
`;

const fixed = `{
  "entities": [
    { "id": "anna-de-wit", "name": "Anna de Wit", "type": "person" },
    { "id": "jan-de-vries", "name": "Jan de Vries", "type": "person" }
  ],
  "merges": [{ "name": "Anna de Wit", "spellings": ["A. de Wit"] }]
}
`;

/** Polls until `ready` gives a value: diagnostics arrive from the index and the JSON server in their own time. */
async function eventually<T>(what: string, ready: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  for (const started = Date.now(); Date.now() - started < timeoutMs; await new Promise((done) => setTimeout(done, 200))) {
    const value = await ready();
    if (value !== undefined) return value;
  }
  throw new Error(`timed out waiting for ${what}`);
}

function diagnosticsBy(uri: vscode.Uri, dossier: boolean): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => (diagnostic.source === 'Dossier') === dossier);
}

/** Each diagnostic as "line (1-based): the text its range covers | its message". */
function shown(document: vscode.TextDocument, diagnostics: vscode.Diagnostic[]): string[] {
  return diagnostics
    .map((d) => `${d.range.start.line + 1}: ${document.getText(d.range)} | ${d.message}`)
    .sort();
}

suite('the entities file', () => {
  let uri: vscode.Uri;

  suiteSetup(async () => {
    await activatedApi();
    uri = vscode.Uri.joinPath(workspaceFolder(), '.dossier', 'entities.json');
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    await eventually('the problems to go with the file', () => (diagnosticsBy(uri, true).length === 0 ? true : undefined));
  });

  test('a broken file gives a Problems entry per mistake, at the line of the key it names', async () => {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(broken));
    const diagnostics = await eventually('Dossier problems', () => (diagnosticsBy(uri, true).length === 4 ? diagnosticsBy(uri, true) : undefined));
    const document = await vscode.workspace.openTextDocument(uri);
    assert.deepEqual(shown(document, diagnostics), [
      '3: { "name": "Anna de Wit", "type": "person" } | entities[0].id: the id is missing; add one such as "anna-de-wit" (made from the name)',
      '4: "type": "ship" | entities[1].type: expected one of "person", "organization", "place"',
      '6: ["only one"] | merges[0]: a group needs at least two names',
      '7: "extra": true | extra: unknown key (expected "entities", "merges", "splits" or "ignore")',
    ]);
    assert.ok(diagnostics.every((d) => d.severity === vscode.DiagnosticSeverity.Warning));
  });

  test('the schema: the editor marks a wrong type and a missing id, and completes an entity\'s keys', async () => {
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'json');
    const lines = await eventually('schema diagnostics from the JSON language server', () => {
      const found = diagnosticsBy(uri, false).map((d) => d.range.start.line + 1);
      return found.includes(3) && found.includes(4) && found.includes(7) ? found : undefined;
    });
    assert.ok(lines.every((line) => [3, 4, 6, 7].includes(line)), `schema problems on lines ${lines.join(', ')}`);
    const typeProblem = diagnosticsBy(uri, false).find((d) => d.range.start.line === 3)!;
    assert.match(typeProblem.message, /person/);

    // Inside the first entity, after its opening brace: the keys an entity can have.
    const completions = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(2, 5));
    const labels = completions.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    for (const key of ['id', 'aliases', 'description']) assert.ok(labels.includes(key), `completion offers "${key}": ${labels.join(', ')}`);
  });

  test('a fix clears both Dossier\'s problems and the schema\'s', async () => {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(fixed));
    await eventually('the problems to clear', () => (vscode.languages.getDiagnostics(uri).length === 0 ? true : undefined));
    const document = await vscode.workspace.openTextDocument(uri);
    assert.equal(document.getText(), fixed);
  });
});
