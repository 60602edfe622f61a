import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { filesMentioning } from './articleFacts';
import { activatedApi, workspaceArticles } from './dossierApi';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

async function hoversAt(document: vscode.TextDocument, word: string): Promise<string> {
  const offset = document.getText().indexOf(word);
  assert.ok(offset >= 0, `"${word}" is in the document`);
  const position = document.positionAt(offset + 2);
  return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position));
}

suite('hover cards', () => {
  suiteSetup(async () => { await activatedApi(); });

  test('"am-Saaraj" in an untitled plaintext file shows the al-Sarraj card', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Het overleg met am-Saaraj in Tripoli liep vast.' });
    const card = await hoversAt(document, 'am-Saaraj');
    assert.match(card, /al-Sarraj/);
    // Not every word is an entity.
    assert.doesNotMatch(await hoversAt(document, 'overleg'), /Sarraj/);
  });

  test('markdown files get cards too; the card merges the spellings and counts their articles', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Notities\n\nGesprek met **Fayez al-Sarraj** over Ghadames.' });
    const card = await hoversAt(document, 'al-Sarraj');
    assert.match(card, /al-Sarraj/);
    assert.match(card, /am-Saaraj/, 'the other spelling is listed');
    const naming = filesMentioning(await workspaceArticles(), 'Sarraj', 'Saaraj');
    assert.ok(naming.length > 1);
    assert.match(card, new RegExp(`in ${naming.length} articles`), `named in ${naming.join(', ')}:\n${card}`);
  });

  test('other languages get no card', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'json', content: '{"name": "am-Saaraj"}' });
    assert.doesNotMatch(await hoversAt(document, 'am-Saaraj'), /al-Sarraj/);
  });
});
