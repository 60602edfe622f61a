// Which names the resolver joins by sound and which it keeps apart: transliteration families meet,
// short words, known places and organisations, and different people with close names stay apart.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AliasMatcher } from '../../src/core/aliasMatcher';
import { parseArticle } from '../../src/core/article';
import { extractCandidates } from '../../src/core/entityCandidates';
import { EntityResolver } from '../../src/core/entityResolver';
import { nameSkeleton, sameName, sameNameWord } from '../../src/core/entities/nameSimilarity';
import { aliasEntries, loadKnowledgeBase } from '../../src/core/knowledgeBase';
import { foldText } from '../../src/core/text';
import type { Entity } from '../../src/core/types';

const knowledgeBase = loadKnowledgeBase();
const matcher = new AliasMatcher(aliasEntries(knowledgeBase));

function resolve(articles: Record<string, string>): Entity[] {
  const resolver = new EntityResolver(knowledgeBase);
  for (const [path, text] of Object.entries(articles)) resolver.set(extractCandidates(parseArticle(path, text), matcher));
  return resolver.resolve();
}

/** The entities after the articles `first` are resolved and then `edited` is added: an incremental edit. */
function resolveWithEdit(texts: Record<string, string>, first: string[], edited: string): Entity[] {
  const resolver = new EntityResolver(knowledgeBase);
  for (const path of first) resolver.set(extractCandidates(parseArticle(path, texts[path]), matcher));
  resolver.resolve();
  resolver.set(extractCandidates(parseArticle(edited, texts[edited]), matcher));
  return resolver.resolve();
}

function holder(entities: Entity[], spelling: string): Entity {
  const found = entities.filter((entity) => entity.aliases.some((alias) => foldText(alias) === foldText(spelling)));
  assert.equal(found.length, 1, `one entity spelled "${spelling}", found ${found.map((e) => e.id).join(', ') || 'none'}`);
  return found[0];
}

test('skeletons: Dutch, German and English transliterations of one sound meet; a repeated syllable does not vanish', () => {
  assert.equal(nameSkeleton('Tsjernenko'), nameSkeleton('Chernenko'));
  assert.equal(nameSkeleton('Tsjernenko'), nameSkeleton('Tschernenko'));
  assert.equal(nameSkeleton('Zelenskyj'), nameSkeleton('Zelensky'));
  assert.equal(nameSkeleton('Dmitrij'), nameSkeleton('Dmitri'));
  assert.equal(nameSkeleton('Sarraj'), nameSkeleton('Saaraj'));
  assert.notEqual(nameSkeleton('Sharara'), nameSkeleton('Shara'));
  assert.ok(sameNameWord('koetsjma', 'kuchma') && sameNameWord('zelenskyj', 'zelenski'));
  // A final "j" after a, e, o or u is an i: Aleksej, Alexei, Alexey.
  assert.equal(nameSkeleton('Aleksej'), nameSkeleton('Alexei'));
  assert.ok(sameNameWord('aleksej', 'alexey') && sameNameWord('nikolaj', 'nicolai'));
});

test('a word of four or five letters needs more than its skeleton: "Griet" is no "Groot", "Putin" is "Poetin"', () => {
  assert.ok(!sameNameWord('griet', 'groot') && !sameNameWord('groot', 'griet'));
  assert.ok(sameNameWord('putin', 'poetin') && sameNameWord('saleh', 'salih') && sameNameWord('hafter', 'haftar'));
});

test('a word of two or three letters is joined only as written, never on its skeleton', () => {
  assert.ok(!sameNameWord('wout', 'wit') && !sameNameWord('esch', 'esa') && !sameNameWord('mig', 'maiga'));
  assert.ok(sameNameWord('fayez', 'fayes'));
  const entities = resolve({
    'a.txt': 'Zakenvrouw Marieke de Wit opende de fabriek. De Wit is tevreden.',
    'b.txt': 'Renner Wout Janssens won de sprint. Volgens ploegleider Jansen was Wout sterk.',
  });
  assert.notEqual(holder(entities, 'Wout'), holder(entities, 'De Wit'));
});

test('a Dutch spelling of a known person in full joins the knowledge-base entity', () => {
  const entities = resolve({
    'a.txt': 'President Volodymyr Zelenskyj sprak in Kyiv met de pers.',
    'b.txt': 'President Volodymyr Zelensky vloog naar Brussel.',
    'c.txt': 'Oud-premier Viktor Tsjernenko overleed. Premier Viktor Chernenko leidde de regering.',
  });
  assert.equal(holder(entities, 'Volodymyr Zelenskyj').id, 'volodymyr-zelensky');
  assert.equal(holder(entities, 'Viktor Tsjernenko'), holder(entities, 'Viktor Chernenko'));
});

test('a known place or organisation takes no spelling that only sounds like it', () => {
  const entities = resolve({
    'a.txt': 'De prins van Monaco opende het festival.',
    'b.txt': 'Volgens trainer Monako was de ploeg moe. Het team van Monako won.',
  });
  assert.equal(holder(entities, 'Monaco').type, 'place');
  assert.notEqual(holder(entities, 'Monako'), holder(entities, 'Monaco'));
});

test('"Abdel Aziz" written apart and joined is one person, and the surname alone goes with him', () => {
  const entities = resolve({
    'a.txt': 'President Abdel Aziz Belkacem trad af na protesten.',
    'b.txt': 'Oud-president Abdelaziz Belkacem is overleden. Belkacem regeerde twintig jaar.',
    'c.txt': 'Het regime van Belkacem viel in 2019.',
  });
  const belkacem = holder(entities, 'Abdelaziz Belkacem');
  assert.equal(holder(entities, 'Abdel Aziz Belkacem'), belkacem);
  assert.equal(holder(entities, 'Belkacem'), belkacem);
  assert.deepEqual(belkacem.articles, ['a.txt', 'b.txt', 'c.txt']);
});

test('a name the texts type as a place is a person\'s surname only as written, not by sound', () => {
  const entities = resolve({
    'a.txt': 'De minister van Buitenlandse Zaken, Pavel Karmisa, reisde naar Brussel. Karmisa sprak met zijn collega.',
    'b.txt': 'De milities trokken zich terug uit Karmesa. In Karmesa bleef het rustig.',
  });
  assert.notEqual(holder(entities, 'Karmesa'), holder(entities, 'Pavel Karmisa'));
  assert.equal(holder(entities, 'Karmisa'), holder(entities, 'Pavel Karmisa'));
});

test('incremental resolve: an edit that makes a name a place changes its ties by sound as a full resolve does', () => {
  const texts: Record<string, string> = {
    'a.txt': 'De minister van Buitenlandse Zaken, Pavel Karmisa, reisde naar Brussel.',
    'b.txt': 'Volgens Karmesa, die gisteren sprak, is het akkoord dood.',
  };
  const placed = 'Volgens Karmesa, die gisteren sprak, is het akkoord dood. De milities trokken zich terug uit Karmesa. In Karmesa bleef het rustig.';
  const resolver = new EntityResolver(knowledgeBase);
  for (const [path, text] of Object.entries(texts)) resolver.set(extractCandidates(parseArticle(path, text), matcher));
  assert.equal(holder(resolver.resolve(), 'Karmesa'), holder(resolver.resolve(), 'Pavel Karmisa'));
  for (const text of [placed, texts['b.txt'], placed]) {
    resolver.set(extractCandidates(parseArticle('b.txt', text), matcher));
    assert.deepEqual(resolver.resolve(), resolve({ ...texts, 'b.txt': text }));
  }
  assert.notEqual(holder(resolver.resolve(), 'Karmesa'), holder(resolver.resolve(), 'Pavel Karmisa'));
});

test('a surname alone beside two people of that name goes with the one the article names first, also after an edit', () => {
  const texts: Record<string, string> = {
    'a.txt': 'Oud-president Ramon Valera is gearresteerd. Zijn dochter Lucia Valera reisde mee. Valera ontkent alles.',
    'b.txt': 'Lucia Valera is vicepresident.',
  };
  const entities = resolve(texts);
  const ramon = holder(entities, 'Ramon Valera');
  assert.deepEqual(ramon.mentions.map((mention) => mention.surface), ['Ramon Valera', 'Valera']);
  assert.deepEqual(holder(entities, 'Lucia Valera').articles, ['a.txt', 'b.txt']);
  const resolver = new EntityResolver(knowledgeBase);
  for (const [path, text] of Object.entries(texts)) resolver.set(extractCandidates(parseArticle(path, text), matcher));
  resolver.resolve();
  const swapped = 'Vicepresident Lucia Valera sprak. Haar vader Ramon Valera zweeg. Valera gaf een verklaring.';
  resolver.set(extractCandidates(parseArticle('a.txt', swapped), matcher));
  const after = resolver.resolve();
  assert.deepEqual(after, resolve({ ...texts, 'a.txt': swapped }));
  assert.ok(holder(after, 'Lucia Valera').mentions.some((mention) => mention.surface === 'Valera'));
});

test('a surname alone goes with the one full name that ends in it and "jr."; the father of that name stays another person', () => {
  const texts: Record<string, string> = {
    'a.txt': 'President Rodrigo Almeda jr. opende het parlement. Almeda sprak over de economie. Volgens Almeda groeit de export.',
    'b.txt': 'Zijn vader Rodrigo Almeda regeerde twintig jaar over het land.',
    'c.txt': 'Rodrigo Almeda jr. volgde in 2022 zijn vader Rodrigo Almeda op.',
  };
  const entities = resolve(texts);
  const son = holder(entities, 'Rodrigo Almeda jr.');
  assert.deepEqual(son.mentions.map((mention) => `${mention.path} ${mention.surface}`), ['a.txt Rodrigo Almeda jr.', 'a.txt Almeda', 'a.txt Almeda', 'c.txt Rodrigo Almeda jr.']);
  assert.deepEqual(holder(entities, 'Rodrigo Almeda').articles, ['b.txt', 'c.txt']);
  const resolver = new EntityResolver(knowledgeBase);
  resolver.set(extractCandidates(parseArticle('b.txt', texts['b.txt']), matcher));
  resolver.resolve();
  for (const path of ['a.txt', 'c.txt']) resolver.set(extractCandidates(parseArticle(path, texts[path]), matcher));
  assert.deepEqual(resolver.resolve(), entities);
});

test('a rare acronym of the initials of a person the article names in full is that person, also when the name comes later', () => {
  const texts: Record<string, string> = {
    'a.txt': 'Minister Hendrika Balk-Verwey sprak gisteren. HBV, zoals zij in de Kamer heet, wil meer geld voor de dijken.',
    'b.txt': 'Morgen staakt de vakbond. Hendrika Balk-Verwey reageerde niet.',
  };
  const entities = resolve(texts);
  const minister = holder(entities, 'Hendrika Balk-Verwey');
  assert.deepEqual(minister.mentions.map((mention) => `${mention.path} ${mention.surface}`), ['a.txt Hendrika Balk-Verwey', 'a.txt HBV', 'b.txt Hendrika Balk-Verwey']);
  // Incremental: the acronym comes after the name, or the name (new to the corpus) after the acronym.
  for (const before of [{ ...texts, 'a.txt': 'Minister Hendrika Balk-Verwey sprak gisteren.' }, { 'a.txt': 'HBV, zoals zij in de Kamer heet, wil meer geld.', 'b.txt': 'Morgen staakt de vakbond.' }]) {
    const resolver = new EntityResolver(knowledgeBase);
    for (const [path, text] of Object.entries(before)) resolver.set(extractCandidates(parseArticle(path, text), matcher));
    resolver.resolve();
    for (const [path, text] of Object.entries(texts)) resolver.set(extractCandidates(parseArticle(path, text), matcher));
    assert.deepEqual(resolver.resolve(), entities);
  }
});

test('close given names of two people stay apart; transliterations of one, whose syllables are the same, meet', () => {
  assert.ok(!sameNameWord('mohammed', 'mahmoud') && !sameNameWord('mohamed', 'mahmud'));
  assert.ok(sameNameWord('mohammed', 'muhammad') && sameNameWord('dbeibah', 'dbeiba') && sameNameWord('zaluzhny', 'zaloezjny'));
  const entities = resolve({
    'a.txt': 'Minister Mohammed Zayani sprak in Caïro. Zijn neef Mahmoud Zayani zweeg.',
    'b.txt': 'Volgens Muhammad Zayani is er een akkoord.',
  });
  assert.notEqual(holder(entities, 'Mohammed Zayani'), holder(entities, 'Mahmoud Zayani'));
  assert.equal(holder(entities, 'Mohammed Zayani'), holder(entities, 'Muhammad Zayani'));
});

test('a surname at a sentence start linked to another name joins that name to its one full name, whichever article comes first', () => {
  const texts: Record<string, string> = {
    'a.txt': 'De rebellen van Karim al-Tahiri namen de stad in. Al-Tahiri, beter bekend als Abu Yusuf al-Masri, sprak de strijders toe.',
    'b.txt': 'Volgens Abu Yusuf al-Masri is de oorlog voorbij.',
  };
  const entities = resolve(texts);
  assert.equal(holder(entities, 'Abu Yusuf al-Masri'), holder(entities, 'Karim al-Tahiri'));
  assert.equal(holder(entities, 'Al-Tahiri'), holder(entities, 'Karim al-Tahiri'));
  for (const first of ['a.txt', 'b.txt']) {
    const resolver = new EntityResolver(knowledgeBase);
    resolver.set(extractCandidates(parseArticle(first, texts[first]), matcher));
    resolver.resolve();
    for (const [path, text] of Object.entries(texts)) resolver.set(extractCandidates(parseArticle(path, text), matcher));
    assert.deepEqual(resolver.resolve(), entities);
  }
});

test('a surname alone that two full names carry, one of them part of the other, goes with the longest', () => {
  const texts: Record<string, string> = {
    'a.txt': 'Minister Maria Helena Rocha Vieira opende de brug.',
    'b.txt': 'Volgens Helena Rocha Vieira is de brug klaar.',
    'c.txt': 'Pas daarna sprak Vieira over de kosten.',
  };
  const entities = resolve(texts);
  assert.equal(holder(entities, 'Vieira'), holder(entities, 'Maria Helena Rocha Vieira'));
  assert.deepEqual(holder(entities, 'Vieira').articles, ['a.txt', 'b.txt', 'c.txt']);
  assert.deepEqual(resolveWithEdit(texts, ['c.txt', 'b.txt'], 'a.txt'), entities);
});

test('a given name written with and without its hyphen is one person, also when the other spelling comes in an edit; a double surname keeps its words', () => {
  assert.ok(sameName(['jean-claude', 'mbemba'], ['jean', 'claude', 'mbemba']));
  assert.ok(!sameName(['jean', 'mbemba'], ['jean-claude', 'mbemba']));
  assert.ok(!sameName(['owusu-ansah'], ['owusu', 'ansah']));
  const texts: Record<string, string> = {
    'a.txt': 'Invaller Jean-Claude Kabeya besliste de wedstrijd. Trainer Jan Pauwels was blij.',
    'b.txt': 'Pauwels bracht in het slot nog Jean Claude Kabeya. Daarna scoorde Kabeya.',
  };
  const entities = resolve(texts);
  assert.equal(holder(entities, 'Jean-Claude Kabeya'), holder(entities, 'Jean Claude Kabeya'));
  assert.deepEqual(resolveWithEdit(texts, ['a.txt'], 'b.txt'), entities);
});

test('initials before a surname go with the full name whose given names they abbreviate, not with another of that surname, also after an edit', () => {
  const texts: Record<string, string> = {
    'a.txt': 'Officier van justitie Jan-Pieter Hoekstra eiste zes jaar. Advocaat Marleen Hoekstra vroeg vrijspraak.',
    'b.txt': 'In zijn repliek bleef officier J.P. Hoekstra bij zijn eis. Ook M. Hoekstra hield vast aan haar pleidooi. Volgens W. Hoekstra was het te laat.',
  };
  const entities = resolve(texts);
  assert.equal(holder(entities, 'J.P. Hoekstra'), holder(entities, 'Jan-Pieter Hoekstra'));
  assert.equal(holder(entities, 'M. Hoekstra'), holder(entities, 'Marleen Hoekstra'));
  assert.notEqual(holder(entities, 'W. Hoekstra'), holder(entities, 'Jan-Pieter Hoekstra'));
  assert.notEqual(holder(entities, 'W. Hoekstra'), holder(entities, 'Marleen Hoekstra'));
  assert.deepEqual(resolveWithEdit(texts, ['b.txt'], 'a.txt'), resolve({ 'b.txt': texts['b.txt'], 'a.txt': texts['a.txt'] }));
});

test('a surname with two letters swapped goes with the name, alone and in full, also when it comes in an edit', () => {
  assert.ok(sameNameWord('zelenksi', 'zelenski'));
  const texts: Record<string, string> = {
    'a.txt': 'Minister Andrij Kovalenski sprak in Kyiv.',
    'b.txt': "Het bezoek was kort. 'Kovalenksi komt terug', zei een woordvoerder. Ook Andrij Kovalensik was er.",
  };
  const entities = resolve(texts);
  assert.equal(holder(entities, 'Kovalenksi'), holder(entities, 'Andrij Kovalenski'));
  assert.equal(holder(entities, 'Andrij Kovalensik'), holder(entities, 'Andrij Kovalenski'));
  assert.deepEqual(resolveWithEdit(texts, ['a.txt'], 'b.txt'), entities);
});

test('"het Hof" or "de Raad" alone goes with the body its article names in full, never with one corpus-wide', () => {
  const texts = {
    'a.txt': 'Het Grondwettelijk Hof vernietigde dinsdag de wet. Volgens het Hof schendt die de vrijheid van onderwijs.',
    'b.txt': 'De Raad van Toezicht van de omroep vergaderde. De Raad wil een nieuwe directeur.',
    'c.txt': 'De advocaat ging in beroep. Het Hof doet over zes weken uitspraak.',
    'd.txt': 'De burgemeester zweeg. De Raad stemde later in met het plan.',
  };
  for (const entities of [resolve(texts), resolveWithEdit(texts, ['a.txt', 'c.txt', 'd.txt'], 'b.txt'), resolveWithEdit(texts, ['b.txt', 'c.txt', 'd.txt'], 'a.txt')]) {
    const atArticle = (path: string, spelling: string) => entities.find((entity) => entity.mentions.some((mention) => mention.path === path && foldText(mention.surface) === foldText(spelling)));
    assert.equal(atArticle('a.txt', 'Hof')?.id, holder(entities, 'Grondwettelijk Hof').id);
    assert.equal(atArticle('b.txt', 'Raad')?.id, holder(entities, 'Raad van Toezicht').id);
    // The only court or council named in full does not take those of articles that name none.
    assert.notEqual(atArticle('c.txt', 'Hof')?.id, holder(entities, 'Grondwettelijk Hof').id);
    assert.notEqual(atArticle('d.txt', 'Raad')?.id, holder(entities, 'Raad van Toezicht').id);
  }
});
