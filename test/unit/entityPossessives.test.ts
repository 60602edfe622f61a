// Possessives of names (issue 9): "Lula's", "De Boo's" are the name as written, a mention of the
// name it is the possessive of, and no spelling of its own where the name is also written bare.
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

function resolve(...texts: string[]) {
  const resolver = new EntityResolver(knowledgeBase);
  texts.forEach((text, i) => resolver.set(candidates(text, `${i}.txt`)));
  return resolver.resolve();
}

const person = (entities: ReturnType<typeof resolve>, name: string) => entities.find((entity) => entity.name === name)!;

test("a name's possessive with an apostrophe is written whole, a known name's too; an acronym's is not", () => {
  assert.deepEqual(surfaces("Volgens Wieringa's woordvoerder is De Boo's ploeggenoot weg. Poetin's plan faalde. De NAVO's top begon."), ["Wieringa's", "De Boo's", "Poetin's", 'NAVO']);
  assert.equal(candidates("Poetin's plan faalde.").mentions[0].knownId, 'vladimir-putin');
});

test('a possessive is a mention of the name, and no spelling of its own where the name is written bare', () => {
  const entities = resolve("Schaatser Tessa de Boo won. De Boo's ploeggenoot werd tweede. 'Dat had ik niet verwacht', zei De Boo.");
  const boo = person(entities, 'Tessa de Boo');
  assert.deepEqual(boo.mentions.map((m) => m.surface), ['Tessa de Boo', "De Boo's", 'De Boo']);
  assert.deepEqual([...boo.aliases].sort(), ['De Boo', 'Tessa de Boo']);
});

test("a possessive alone is tied to the full name of its article", () => {
  const entities = resolve("Gedeputeerde Marit Wieringa stapt op. Wieringa's vertrek kwam onverwacht.", 'Een ander stuk over Karel Wieringa, die in Assen woont.');
  assert.deepEqual(person(entities, 'Marit Wieringa').mentions.map((m) => m.surface), ['Marit Wieringa', "Wieringa's"]);
});

test('a Dutch genitive s ("Haddads", "Koks") is tied to the full name of its article, never corpus-wide', () => {
  const entities = resolve(
    "Minister Renato Haddad sprak. Haddads voorstel kreeg steun. Volgens Koks coach won schaatsster Femke Kok.",
    'Timmermans zei niets.',
    'Later sprak Bas Timmerman. Volgens Timmermans is het klaar.',
  );
  assert.deepEqual(person(entities, 'Renato Haddad').mentions.map((m) => m.surface), ['Renato Haddad', 'Haddads']);
  assert.deepEqual(person(entities, 'Femke Kok').mentions.map((m) => m.surface), ['Koks', 'Femke Kok']);
  assert.deepEqual(person(entities, 'Bas Timmerman').mentions.map((m) => `${m.path} ${m.surface}`), ['2.txt Bas Timmerman', '2.txt Timmermans']);
});

test('an incremental resolve ties possessives as a full one does', () => {
  const texts = ["De Boo's ploeggenoot won.", 'Schaatser Tessa de Boo won goud.', 'Haddads voorstel kreeg steun.', 'Minister Renato Haddad sprak. Haddads voorstel kreeg steun.'];
  const resolver = new EntityResolver(knowledgeBase);
  const ids = (entities: ReturnType<typeof resolve>) => entities.map((entity) => `${entity.id}: ${entity.mentions.map((m) => `${m.path} ${m.surface}`).join(', ')}`).sort();
  texts.forEach((text, i) => {
    resolver.set(candidates(text, `${i}.txt`));
    assert.deepEqual(ids(resolver.resolve()), ids(resolve(...texts.slice(0, i + 1))));
  });
});

test("a known name's possessive in a line of capitals is the known name, not a compound of its own", () => {
  const mention = candidates("NETANYAHU'S PLAN FAALT\n\nHet kabinet zwijgt.").mentions[0];
  assert.equal(`${mention.surface} ${mention.knownId}`, "NETANYAHU'S benjamin-netanyahu");
});
