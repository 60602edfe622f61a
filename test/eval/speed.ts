// Measures the entity pipeline on synthetic Dutch news: extractCandidates on ~1 MB of text, AliasMatcher
// with thousands of names, and EntityResolver.set + resolve() on a few thousand articles.
// Usage: node --import tsx test/eval/speed.ts [articles=3000]

import { AliasMatcher } from '../../src/core/aliasMatcher';
import { parseArticle } from '../../src/core/article';
import { extractCandidates } from '../../src/core/entityCandidates';
import { EntityResolver } from '../../src/core/entityResolver';
import { aliasEntries, loadKnowledgeBase } from '../../src/core/knowledgeBase';
import { seededRandom } from '../seededRandom';

const GIVEN = ['Jan', 'Pieter', 'Fatima', 'Khaled', 'Ahmed', 'Maria', 'Sergei', 'Olga', 'Juan', 'Carlos', 'Anna', 'Mohamed', 'Yusuf', 'Ewa', 'Lars', 'Ingrid', 'Omar', 'Li', 'Kenji', 'Amara'];
const SURNAME = ['Jansen', 'de Vries', 'al-Mishri', 'Haftar', 'Koval', 'López', 'van der Berg', 'Bakker', 'el-Amin', 'Petrov', 'Nowak', 'Okafor', 'Tanaka', 'Schmidt', 'Rossi', 'Dubois', 'Novak', 'Hansen', 'Yilmaz', 'Costa'];
const ROLES = ['premier', 'minister van Buitenlandse Zaken', 'woordvoerder', 'generaal', 'burgemeester van Tripoli', 'topman'];
const PLACES = ['Tripoli', 'Kyiv', 'Den Haag', 'Ankara', 'Genève', 'Zwolle', 'Misrata', 'Lviv'];

const next = seededRandom(42);
const random = (n: number) => Math.floor(next() * n);
const pick = <T>(list: T[]) => list[random(list.length)];
const SYLLABLES = ['ba', 'ko', 'vic', 'lan', 'dre', 'mus', 'tor', 'eli', 'sha', 'rin', 'gu', 'pe', 'zo', 'hal', 'mir', 'den'];
/** About 4,000 distinct people: a given name and a surname built from syllables ("Kovicmus"). */
const person = (n: number) => {
  const surname = SYLLABLES[n % 16] + SYLLABLES[(n >> 4) % 16] + SYLLABLES[(n >> 8) % 16];
  return `${GIVEN[n % GIVEN.length]} ${surname.charAt(0).toUpperCase()}${surname.slice(1)}`;
};

function article(i: number): string {
  const sentences: string[] = [` date 20${10 + (i % 15)}-0${1 + (i % 9)}`];
  for (let s = 0; s < 16; s++) {
    const who = random(4) === 0 ? `${pick(GIVEN)} ${pick(SURNAME)}` : person(random(4096));
    switch (s % 4) {
      case 0: sentences.push(`De ${pick(ROLES)} ${who} sprak donderdag in ${pick(PLACES)} met de VN over het conflict.`); break;
      case 1: sentences.push(`'We zullen niet wijken', zei ${who}, ${pick(ROLES)}, volgens de Libische Nationale Leger (LNA).`); break;
      case 2: sentences.push(`Volgens ${who.split(' ').slice(1).join(' ')} steunen Rusland en Turkije elk een van de partijen in ${pick(PLACES)}.`); break;
      default: sentences.push(`Maar de Europese Unie en de NAVO waarschuwden dat de gevechten rond ${pick(PLACES)} tot een nieuwe burgeroorlog kunnen leiden.`);
    }
  }
  return sentences.join(' ');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

const count = Number(process.argv[2] ?? 3000);
const knowledgeBase = loadKnowledgeBase();
const texts = Array.from({ length: count }, (_, i) => article(i));
const parsed = texts.map((text, i) => parseArticle(`a${i}.txt`, text));
const megabyte: typeof parsed = [];
for (let size = 0, i = 0; size < 1_000_000; i++) {
  megabyte.push(parsed[i]);
  size += texts[i].length;
}
const megabyteText = megabyte.map((p) => p.sentences.map((s) => s.text).join(' ')).join('\n');
const manyNames = [...aliasEntries(knowledgeBase)];
for (let i = 0; i < 3000; i++) manyNames.push({ id: `p${i}`, alias: `${GIVEN[i % GIVEN.length]} ${SURNAME[Math.floor(i / GIVEN.length) % SURNAME.length]}${i}` });

const matcher = new AliasMatcher(aliasEntries(knowledgeBase));
const bigMatcher = new AliasMatcher(manyNames);
console.log(`synthetic corpus: ${count} articles, ${(texts.reduce((n, t) => n + t.length, 0) / 1e6).toFixed(1)} MB; 1 MB sample = ${megabyte.length} articles`);
console.log(`AliasMatcher.findAll, 1 MB, ${bigMatcher.size} names: ${time(7, () => bigMatcher.findAll(megabyteText)).toFixed(0)} ms (median of 7)`);
console.log(`extractCandidates, 1 MB: ${time(7, () => megabyte.forEach((p) => extractCandidates(p, matcher))).toFixed(0)} ms (median of 7)`);
const candidates = parsed.map((p) => extractCandidates(p, matcher));
const resolver = new EntityResolver(knowledgeBase);
console.log(`EntityResolver.set, ${count} articles: ${time(1, () => candidates.forEach((c) => resolver.set(c))).toFixed(0)} ms`);
let entities = 0;
// Setting the user's entities (here: none) makes the next resolve() start from scratch.
console.log(`resolve() from scratch, ${count} articles: ${time(5, () => { resolver.setUserEntities(undefined); entities = resolver.resolve().length; }).toFixed(0)} ms (median of 5), ${entities} entities`);
console.log(`set() of one changed article + resolve(): ${time(5, () => { resolver.set(candidates[7]); resolver.resolve(); }).toFixed(0)} ms (median of 5)`);
const edited = candidates.map((c, i) => (i % 97 === 0 ? { ...c, mentions: c.mentions.slice(0, -1), roles: c.roles.filter((r) => r.mention < c.mentions.length - 1) } : c));
console.log(`set() of one edited article (a mention fewer) + resolve(), and back: ${time(5, () => { resolver.set(edited[97]); resolver.resolve(); resolver.set(candidates[97]); resolver.resolve(); }).toFixed(0)} ms (median of 5)`);
console.log(`delete() of one article + resolve(), and back: ${time(5, () => { resolver.delete(candidates[11].path); resolver.resolve(); resolver.set(candidates[11]); resolver.resolve(); }).toFixed(0)} ms (median of 5)`);
// A person never seen before, named in full and by surname: a new group, found without regrouping the
// others. Each new article is deleted again before the next, so every run brings a name the corpus lacks.
const NEW_PEOPLE = ['Quintus Zorbalan', 'Ulrike Brachvogel', 'Tadeusz Wyszkowicz', 'Hamid Oyelaran', 'Svetla Ignatova'];
const additions: number[] = [];
const removals: number[] = [];
NEW_PEOPLE.forEach((person, i) => {
  let start = performance.now();
  resolver.set(extractCandidates(parseArticle(`new${i}.txt`, `De minister ${person} sprak in Tripoli met de VN. Volgens ${person.split(' ')[1]} is er geen akkoord.`), matcher));
  resolver.resolve();
  additions.push(performance.now() - start);
  start = performance.now();
  resolver.delete(`new${i}.txt`);
  resolver.resolve();
  removals.push(performance.now() - start);
});
console.log(`set() of a new article with a new name + resolve(): ${median(additions).toFixed(0)} ms; its delete() + resolve(): ${median(removals).toFixed(0)} ms (medians of ${NEW_PEOPLE.length})`);
