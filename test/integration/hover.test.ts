import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { filesMentioning } from './articleFacts';
import type { DossierApi } from '../../src/extension';
import { activatedApi, workspaceArticles } from './dossierApi';
import { addNamesakeArticles, FREQUENT, NAMESAKES, removeNamesakeArticles, SHARED_SURNAME } from './namesakes';

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

suite('hover cards on more articles than they list, and on shared surnames', () => {
  let api: DossierApi;
  suiteSetup(async () => {
    api = await activatedApi();
    await addNamesakeArticles(api);
  });
  suiteTeardown(async () => { await removeNamesakeArticles(api); });

  test('a card of a person in 8 articles lists 5, says how many more, and links to all of them', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: `Notitie over ${FREQUENT} en de begroting.` });
    const card = await hoversAt(document, FREQUENT);
    assert.match(card, /in 8 articles/);
    // article rows, not the role's source link
    assert.equal(card.match(/^- \[.*\]\(command:dossier\.openArticle/gm)?.length, 5, card);
    assert.match(card, /… and 3 more · \[All 8 articles\]\(command:dossier\.searchActor\?/);
    // the actions come first, right under the name
    assert.match(card.split('\n\n')[1] ?? '', /^\[Show on Timeline\]\(command:dossier\.showOnTimeline\?.*\[Search 8 articles\]/);
  });

  test('a surname two people share gives a card listing both, each with a link to their articles', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: `Gesprek met ${SHARED_SURNAME} over de haven.` });
    const card = await hoversAt(document, SHARED_SURNAME);
    assert.match(card, /2 people with this name/, card);
    for (const name of NAMESAKES) assert.match(card, new RegExp(`\\[${name}\\]\\(command:dossier\\.searchActor\\?[^)]*\\) · person · [^\\n]*1 article`), card);
    // the full name still gives that person's own card
    const own = await hoversAt(await vscode.workspace.openTextDocument({ language: 'plaintext', content: `Gesprek met ${NAMESAKES[0]}.` }), NAMESAKES[0]!);
    assert.match(own, /Show on Timeline/);
    assert.doesNotMatch(own, /people with this name/);
  });
});
