// The extraction rules of issue 9 (error kinds 1, 2, 3, 6): each case is one the rules got wrong before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AliasMatcher } from '../../src/core/aliasMatcher';
import { parseArticle } from '../../src/core/article';
import { extractCandidates, type ArticleCandidates } from '../../src/core/entityCandidates';
import { aliasEntries, loadKnowledgeBase } from '../../src/core/knowledgeBase';

const matcher = new AliasMatcher(aliasEntries(loadKnowledgeBase()));

function candidates(text: string): ArticleCandidates {
  return extractCandidates(parseArticle('a.txt', text), matcher);
}

function rolesOf(result: ArticleCandidates): Record<string, string[]> {
  const roles: Record<string, string[]> = {};
  for (const role of result.roles) (roles[result.mentions[role.mention].surface] ??= []).push(role.text);
  return roles;
}

test('a role is the apposition of its own name, never a phrase that holds another name', () => {
  const result = candidates('Ze sprak met Piet Jansen, partijleider Kees de Boer en Klaas Bakker. Merkel, de Franse president Emmanuel Macron en Rutte zwegen.');
  assert.deepEqual(rolesOf(result), { 'Kees de Boer': ['partijleider'], 'Emmanuel Macron': ['Franse president'] });
});
