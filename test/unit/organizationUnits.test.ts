// Names of organisations' units and branches, and names that are no actors (issue 9): each case is
// one the rules got wrong before. Invented people and units, known organisations and places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AliasMatcher } from '../../src/core/aliasMatcher';
import { parseArticle } from '../../src/core/article';
import { extractCandidates, type CandidateMention } from '../../src/core/entityCandidates';
import { EntityResolver } from '../../src/core/entityResolver';
import { aliasEntries, loadKnowledgeBase } from '../../src/core/knowledgeBase';
import type { Entity } from '../../src/core/types';

const knowledgeBase = loadKnowledgeBase();
const matcher = new AliasMatcher(aliasEntries(knowledgeBase));

function mentions(text: string): CandidateMention[] {
  return extractCandidates(parseArticle('a.txt', ` date 2024-05\n\n${text}\n`), matcher).mentions;
}

function surfaces(text: string): string[] {
  return mentions(text).map((mention) => mention.surface);
}

function resolve(articles: Record<string, string>): Entity[] {
  const resolver = new EntityResolver(knowledgeBase);
  for (const [path, text] of Object.entries(articles)) resolver.set(extractCandidates(parseArticle(path, ` date 2024-05\n\n${text}\n`), matcher));
  return resolver.resolve();
}

test('a known organisation and a known place after it name the branch, unless the place is an indirect object', () => {
  assert.deepEqual(surfaces('Greenpeace Denemarken vecht de beslissing aan.'), ['Greenpeace Denemarken']);
  assert.deepEqual(surfaces('Volgens Rabobank Zwolle gaat het goed met de boeren.'), ['Rabobank Zwolle']);
  assert.deepEqual(surfaces('Daarmee geeft de NAVO Oekraïne een signaal.'), ['NAVO', 'Oekraïne']);
  assert.equal(mentions('Greenpeace Denemarken vecht de beslissing aan.')[0].knownId, undefined, 'the branch is not the parent');
});

test('a known acronym and one capitalised word after it name a unit; a credit or a person after it stays apart', () => {
  assert.deepEqual(surfaces('Vakbond FNV Bouw wil snel een gesprek.'), ['FNV Bouw']);
  assert.deepEqual(surfaces('Hij werd naar het AZ Berkenhof in Kortrijk gebracht.'), ['AZ Berkenhof', 'Kortrijk']);
  assert.deepEqual(surfaces('De fractie vergaderde. Beeld ANP Wendel van Ommeren'), ['ANP', 'Wendel van Ommeren']);
  assert.deepEqual(surfaces('Dat meldde de NOS Tom Egbers gisteren al.'), ['NOS', 'Tom Egbers']);
});

test('an organisation word at a sentence start or before "van" and a place stays in the name', () => {
  assert.deepEqual(surfaces('Waterschap Dommelvallei wil binnen twee weken weten hoeveel.'), ['Waterschap Dommelvallei']);
  assert.deepEqual(surfaces('Zij studeerde aan de Universiteit van Tel Aviv.'), ['Universiteit van Tel Aviv']);
});

test('after a noun naming its kind at a sentence start, a one-word name is no sentence-initial word', () => {
  const [pollster] = mentions('Opiniepeiler Vorelda geeft de president 41 procent.');
  assert.equal(pollster.surface, 'Vorelda');
  assert.equal(pollster.initial, false);
});

test('storms, operations and ships are named things, no actors', () => {
  assert.deepEqual(surfaces('Het containerschip Morvalia Star lag dwars in het kanaal bij Suez.'), ['Suez']);
  assert.deepEqual(surfaces('In het noorden raast storm Eunice over Friesland.'), ['Friesland']);
  assert.deepEqual(surfaces('Met operatie Barkhane bestreed Frankrijk jihadisten.'), ['Frankrijk']);
  assert.deepEqual(surfaces('Storm Dijkstra won de sprint.'), ['Storm Dijkstra'], 'a given name at a sentence start');
});

test('a capitalised dictionary word with no evidence of what it names is no entity', () => {
  const names = resolve({ 'a.txt': 'Erik Valdema vraagt de bondgenoten om meer Patriot-systemen.' }).map((entity) => entity.name);
  assert.ok(!names.includes('Patriot'), names.join(', '));
  assert.ok(names.includes('Erik Valdema'));
});

test('a surname alone that reads as a place in another article is the place there, not the person', () => {
  const entities = resolve({
    'a.txt': 'Wethouder Ines Koldervaart opende de school. Koldervaart zei dat de bouw meeviel.',
    'b.txt': 'In Koldervaart brak een brand uit. De brandweer kwam uit Koldervaart en was snel ter plaatse.',
  });
  const person = entities.find((entity) => entity.name === 'Ines Koldervaart');
  assert.ok(person, entities.map((entity) => entity.name).join(', '));
  assert.deepEqual([...new Set(person.mentions.map((mention) => mention.path))], ['a.txt']);
  const place = entities.find((entity) => entity.name === 'Koldervaart');
  assert.equal(place?.type, 'place');
});

test('a province or municipality written before its name is the place', () => {
  assert.deepEqual(surfaces('Provincie Gelderland laat weten dat het geld er is.'), ['Gelderland']);
  assert.deepEqual(surfaces('Volgens de Gemeente Utrecht klopt dat niet.'), ['Utrecht']);
});

test('a weapon type written in a compound is no actor, nor where the article writes it alone; a known group before the weapon is', () => {
  assert.deepEqual(surfaces('Erik Valdema vraagt om meer Patriot-systemen. Twee Patriots staan al bij Kyiv.'), ['Erik Valdema', 'Kyiv']);
  assert.deepEqual(surfaces('De Hamas-raketten vielen op Israël.'), ['Hamas', 'Israël']);
  const candidates = extractCandidates(parseArticle('a.txt', ' date 2024-05\n\nDe Patriot-systemen zijn er. Woordvoerder Erik Valdema bevestigt het.\n'), matcher);
  assert.deepEqual(candidates.roles.map((role) => candidates.mentions[role.mention].surface), ['Erik Valdema'], 'roles still point at their mention');
});

test('"het Westen" is a bloc, no actor', () => {
  assert.deepEqual(surfaces('Het Westen moet meer doen, zegt Erik Valdema.'), ['Erik Valdema']);
});

test('a one-word name ending in a building or a dock is a place; a surname with a short head is not', () => {
  const byName = new Map(resolve({ 'a.txt': 'Daarna werd de Ostervaldkerk gesloten. Later zei Verkerk dat hij tevreden was.' }).map((entity) => [entity.name, entity.type]));
  assert.equal(byName.get('Ostervaldkerk'), 'place');
  assert.equal(byName.get('Verkerk'), 'person');
});

test('before an organisation\'s own name an ordinary word or an adjective is no part of it; before a word it is', () => {
  assert.deepEqual(surfaces('Uitbater Korvalis Energie zegt dat de centrale openblijft.'), ['Korvalis Energie']);
  assert.deepEqual(surfaces('Volgens de Chinese Marvoren Ports klopt dat.'), ['Marvoren Ports']);
  assert.deepEqual(surfaces('De Europese Onderzoeksraad betaalt het onderzoek.'), ['Europese Onderzoeksraad']);
});

test('a compound Dutch capitalises after the Kamer or the Staten is an ordinary noun; the Kamer itself is a name', () => {
  assert.deepEqual(surfaces('Dat bleek in het Kamerdebat. De Kamercommissie vroeg uitleg. Een Statenmeerderheid wil dat ook, zei de Kamer.'), ['Kamer']);
});

test('a point of the compass after a body named by its region is part of the name; after a place alone it is not', () => {
  assert.deepEqual(surfaces('Het toezicht ligt bij de Omgevingsdienst Utrecht Zuidwest.'), ['Omgevingsdienst Utrecht Zuidwest']);
  assert.deepEqual(surfaces('Volgens de Veiligheidsregio Noord-Holland Noord is het sein veilig gegeven.'), ['Veiligheidsregio Noord-Holland Noord']);
  assert.deepEqual(surfaces('Hij woont al jaren in Utrecht West.').slice(0, 1), ['Utrecht']);
});

test('names joined by a plus sign are one firm, as names joined by an ampersand are', () => {
  assert.deepEqual(surfaces('Het onderzoek werd gedaan door ingenieursbureau Kuiper+Visser.'), ['Kuiper+Visser']);
  assert.deepEqual(surfaces('Ook Kuiper + Visser deed mee.'), ['Kuiper + Visser']);
});

test('a name joined to a building or site noun names that place', () => {
  const [building] = mentions('De boeren stonden op een podium voor het Kastanjehof-gebouw.');
  assert.equal(building.surface, 'Kastanjehof');
  assert.ok(building.cues.place > building.cues.organization);
});

test("a given name and a surname that ends in an organisation's word are a person; the word itself or an adjective before it keeps the organisation", () => {
  const cuesOf = (text: string) => mentions(text).map((mention) => [mention.surface, mention.cues.person > mention.cues.organization ? 'person' : 'organization']);
  assert.deepEqual(cuesOf('Beeld ANP / Jeroen Nijkamer'), [['ANP', 'organization'], ['Jeroen Nijkamer', 'person']]);
  assert.deepEqual(cuesOf('Dat zegt Koenraad Peeters.'), [['Koenraad Peeters', 'person']]);
  assert.deepEqual(cuesOf('De Vlaamse Ombudsraad is kritisch.').map(([, type]) => type), ['organization']);
});

test('in a line of capitals ordinary words are no names and an article makes no acronym a body; a liveblog label is no acronym', () => {
  assert.deepEqual(surfaces('BOEREN BLOKKEREN PROVINCIEHUIS IN ZWOLLE'), ['ZWOLLE']);
  const [tocht] = mentions('RUIM 1400 BANEN OP DE TOCHT');
  assert.ok(tocht === undefined || tocht.cues.organization === 0);
  assert.deepEqual(surfaces('LIVE | NAVO vergadert in Brussel'), ['NAVO', 'Brussel']);
  assert.deepEqual(surfaces('Het OM eist een straf.'), ['OM']);
});

test('a one-word street name is a place, even after an article', () => {
  const [street] = mentions('De bewoners van de Kastanjelaan protesteren.');
  assert.equal(street.surface, 'Kastanjelaan');
  assert.ok(street.cues.place > street.cues.organization);
});

test('a town joined to a point of the compass is a part of that town', () => {
  const [part] = mentions('De trein stopt niet in Utrecht-Zuid en rijdt door.');
  assert.equal(part.surface, 'Utrecht-Zuid');
  assert.ok(part.cues.place > 1);
});

test("after 'ministerie van' the portfolio names the ministry; after a minister's title it is a role", () => {
  assert.deepEqual(surfaces('Volgens het ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur is het plan klaar.'), ['ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur']);
  assert.equal(mentions('Het Russische ministerie van Defensie zegt dat.')[0].cues.organization > 0, true);
  assert.deepEqual(surfaces('Dat zei minister van Buitenlandse Zaken Jan Bos.'), ['Jan Bos']);
});

test('a known place joined to another part names a unit; a known place joined by an ampersand names a firm; a kind before a region is the name', () => {
  assert.deepEqual(surfaces('Dat blijkt uit cijfers van de GGD Utrecht-West.'), ['GGD Utrecht-West']);
  assert.deepEqual(surfaces('Het bedrijf werd gekocht door Hoorn&Zonen.'), ['Hoorn&Zonen']);
  assert.deepEqual(surfaces('Volgens de buurt is Bewonersvereniging Lombok-Oost boos.'), ['Bewonersvereniging Lombok-Oost']);
});

test('substances, holidays and a city\'s inhabitants are no names', () => {
  assert.deepEqual(surfaces('Na Pasen meet het waterschap opnieuw de PFAS in het water.'), []);
  assert.deepEqual(surfaces('Veel Arnhemmers kwamen kijken.'), []);
});

test("a site's noun at the start of its name, or before it, makes it a place; the noun alone may begin a person's name", () => {
  const placeOver = (text: string) => mentions(text).map((m) => m.cues.place > m.cues.person);
  assert.deepEqual(placeOver('De wedstrijd is op Sportpark De Klaproos.'), [true]);
  assert.deepEqual(placeOver('Op bedrijventerrein Hoge Akker brandt een loods.'), [true]);
  assert.deepEqual(placeOver('Oud-minister Park Ji-sung kwam ook.'), [false]);
});

test('Arabic first words of place names make a place; "Tal van" at a sentence start is a quantity', () => {
  const placeOver = (text: string) => mentions(text).filter((m) => !m.initial).map((m) => [m.surface, m.cues.place > m.cues.person]);
  assert.deepEqual(placeOver('De milities trokken zich terug uit Tal Abyad en Beit Hanoun.'), [['Tal Abyad', true], ['Beit Hanoun', true]]);
  assert.deepEqual(placeOver('Tal van bedrijven sloot de deuren.'), []);
});

test('a two-word name with an Arabic article after "naar" is a place; another two-word name there is not taken for one', () => {
  const [town] = mentions('Het leger trok zich terug naar El Fula.');
  assert.ok(town.cues.place > town.cues.person);
  const [winner] = mentions('De prijs gaat naar Marit Bosma.');
  assert.ok(winner.cues.place < 1);
});

test('an ordinal is no name; the Tweede Kamer still is one', () => {
  assert.deepEqual(surfaces('Tweede werd de Belg. Zij speelden de Derde symfonie.'), []);
  assert.deepEqual(surfaces('De Tweede Kamer stemde in.'), ['Tweede Kamer']);
});

test('a branch before an apposition is still a branch; a law\'s title is no name', () => {
  assert.deepEqual(surfaces('Ook Rabobank Zwolle, de huisbank van veel boeren, zegt dat.'), ['Rabobank Zwolle']);
  assert.deepEqual(surfaces('Hij verwijst naar de Wet betaalbare huur, die sinds juli geldt.'), []);
});

test('a firm of joined names keeps its profession; a foundation\'s name goes on past "op"; a unit after an acronym may be a hyphenated name', () => {
  assert.deepEqual(surfaces('Namens de buren procedeert Kramer & Bos Advocaten.'), ['Kramer & Bos Advocaten']);
  assert.deepEqual(surfaces('De Stichting Recht op Rust stapt naar de rechter.'), ['Stichting Recht op Rust']);
  assert.deepEqual(surfaces('Hij werd naar het AZ Sint-Maarten gebracht.'), ['AZ Sint-Maarten']);
});

test('a street as the last word of a longer name, a town\'s adjective, a league and the VAR', () => {
  const [street] = mentions('De school staat aan de Anna Bijnsbaan.');
  assert.ok(street.cues.place > street.cues.person);
  assert.deepEqual(surfaces('De Mechelse politie en de Almeerse raad zwijgen.'), []);
  assert.deepEqual(surfaces('De club speelt in de Eredivisie. De VAR greep in.'), []);
});

test("a given name that is a word elsewhere ('Elke') stays part of the name after a role; a byline's 'Door' does not", () => {
  assert.deepEqual(surfaces('Het is druk, zegt woordvoerster Elke Van Dam.'), ['Elke Van Dam']);
  assert.deepEqual(surfaces('De minister van Telecommunicatie Petra Verlinden noemt het onaanvaardbaar.'), ['Petra Verlinden']);
  assert.deepEqual(surfaces('BOEREN BLOKKEREN PROVINCIEHUIS\nDoor Marit Bosma'), ['Marit Bosma']);
});

test("a body's acronym before a portfolio names the body; a portfolio in brackets after a name is that person's; an ampersand inside an organisation's name", () => {
  assert.deepEqual(surfaces('De centrales van de FOD Binnenlandse Zaken schakelen over.'), ['FOD Binnenlandse Zaken']);
  assert.deepEqual(surfaces('Staatssecretaris Jan Bos (Digitalisering en Koninkrijksrelaties) laat weten dat.'), ['Jan Bos']);
  assert.deepEqual(surfaces('Volgens de Autoriteit Wonen & Bouwen klopt het.'), ['Autoriteit Wonen & Bouwen']);
});
