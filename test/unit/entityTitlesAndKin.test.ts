// Titles, ranks, kin words and headlines around names (issue 9): the words are no part of the name
// after them, and say a listed word after them is a name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AliasMatcher } from '../../src/core/aliasMatcher';
import { parseArticle } from '../../src/core/article';
import { extractCandidates, type ArticleCandidates } from '../../src/core/entityCandidates';
import { EntityResolver } from '../../src/core/entityResolver';
import { aliasEntries, loadKnowledgeBase } from '../../src/core/knowledgeBase';

const knowledgeBase = loadKnowledgeBase();
const matcher = new AliasMatcher(aliasEntries(knowledgeBase));

function candidates(text: string, path = 'a.txt'): ArticleCandidates {
  return extractCandidates(parseArticle(path, text), matcher);
}

const surfaces = (text: string) => candidates(text).mentions.map((m) => m.surface);

test('kin words, foreign ranks and honorifics are no part of the name after them', () => {
  assert.deepEqual(surfaces('Vader Geert Hoekstra zei het. De Amerikaanse Colonel Mark Dunham sprak. Ook General Petrenko was er. Sir Alan Whitby kwam.'), ['Geert Hoekstra', 'Mark Dunham', 'Petrenko', 'Alan Whitby']);
  const roles = candidates('Zijn broer Joost Hoekstra is wethouder.').roles.map((role) => role.text);
  assert.ok(roles.includes('broer'));
});

test('a photo credit "Beeld" is no part of the name of the agency or photographer', () => {
  assert.deepEqual(surfaces('Beeld Reuters / Gleb Lisovski'), ['Reuters', 'Gleb Lisovski']);
});

test('a surname after an ordinary word at a sentence start is kept, to be tied to its full name', () => {
  const resolver = new EntityResolver(knowledgeBase);
  resolver.set(candidates('Statenlid Ineke Stapelkamp is gekozen. Zakenvrouw Stapelkamp leidde een transportbedrijf.'));
  const stapelkamp = resolver.resolve().find((entity) => entity.name === 'Ineke Stapelkamp')!;
  assert.deepEqual(stapelkamp.mentions.map((m) => m.surface), ['Ineke Stapelkamp', 'Stapelkamp']);
});

test('in a line of capitals no two-letter word is initials and no function word an acronym', () => {
  assert.deepEqual(surfaces('HOEKSTRA EN DUNHAM STRIJDEN OM OLYMPISCH TICKET\n\nHet begint.').filter((surface) => surface.includes(' ') || surface === 'OM'), []);
});

test('a listed word after a role or kin word is a name: "zijn zus Griet"', () => {
  const griet = candidates('Hij vond zijn zus Griet terug.').mentions.find((m) => m.surface === 'Griet')!;
  assert.equal(griet.initial, false);
});
