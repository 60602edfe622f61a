// Organisation and place typing rules of issue 9 (organisations): each case is one the rules got wrong before.
// Invented names throughout, save the known movements and agencies the rules are about.
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
  return extractCandidates(parseArticle('a.txt', text), matcher).mentions;
}

function surfaces(text: string): string[] {
  return mentions(text).map((mention) => mention.surface);
}

function cues(text: string, surface: string) {
  const found = mentions(text).find((mention) => mention.surface === surface);
  assert.ok(found, `${surface} is a mention`);
  return found.cues;
}

function resolve(text: string): Entity[] {
  const resolver = new EntityResolver(knowledgeBase);
  resolver.set(extractCandidates(parseArticle('a.txt', text), matcher));
  return resolver.resolve();
}

/** Each resolved entity's type, by its name. */
function typesByName(text: string): Map<string, Entity['type']> {
  return new Map(resolve(text).map((entity) => [entity.name, entity.type]));
}

test('a portfolio list after "ministerie van" is read past commas and "en" and names the ministry; after a minister it is a role; a ministry at a sentence start keeps its first word', () => {
  assert.deepEqual(surfaces('Het ministerie van Buitenlandse Zaken, Buitenlandse Handel en Ontwikkelingssamenwerking zweeg. Minister Lieke Dorrestijn van Buitenlandse Handel en Ontwikkelingssamenwerking reist af.'), ['ministerie van Buitenlandse Zaken, Buitenlandse Handel en Ontwikkelingssamenwerking', 'Lieke Dorrestijn']);
  assert.deepEqual(surfaces('Vorige week viel het besluit. Buitenlandse Zaken trekt geld uit.'), ['Buitenlandse Zaken']);
  assert.deepEqual(surfaces('Ze sprak met minister van Europese Zaken Joris Hallema.'), ['Joris Hallema']);
});

test('a nationality adjective before the Rode Kruis or Rode Halve Maan names the country society, an organisation', () => {
  const text = 'Het Nederlandse Rode Kruis stuurt hulp. De Libische Rode Halve Maan telt de doden. Ook het Rode Kruis zelf helpt.';
  assert.deepEqual(surfaces(text), ['Nederlandse Rode Kruis', 'Libische Rode Halve Maan', 'Rode Kruis']);
  const types = typesByName(text);
  assert.equal(types.get('Nederlandse Rode Kruis'), 'organization');
  assert.equal(types.get('Libische Rode Halve Maan'), 'organization');
});

test('", dat" after a name marks no person', () => {
  const text = 'De zege ging naar Velto Brams, dat met een jonge renner won.';
  const found = cues(text, 'Velto Brams');
  assert.ok(found.organization > found.person, JSON.stringify(found));
  assert.equal(resolve(text).find((entity) => entity.name === 'Velto Brams')?.type, 'organization');
});

test('a photo credit "Beeld ANP" names the agency, not a person', () => {
  assert.deepEqual(surfaces('Het kabinet viel.\n\nBeeld ANP\n\nDe Kamer vergaderde.'), ['ANP', 'Kamer']);
});

test('"en" after an organisation head ends the name: two airlines, not one', () => {
  assert.deepEqual(surfaces('Ook Nordvik Airlines en Sudhaven Airlines schrappen vluchten.'), ['Nordvik Airlines', 'Sudhaven Airlines']);
  assert.deepEqual(surfaces('Volgens de Autoriteit Wegen en Water is het veilig.'), ['Autoriteit Wegen en Water']);
});

test('"in de" before a name of two words places it as "in" does', () => {
  const found = cues('Het water in de Oude Zijlvaart stijgt.', 'Oude Zijlvaart');
  assert.ok(found.place > found.organization && found.place > found.person, JSON.stringify(found));
  const avenue = cues('Hij sprak zijn aanhangers toe op de Avenida Correia.', 'Avenida Correia');
  assert.ok(avenue.place > avenue.organization, JSON.stringify(avenue));
});

test('a tribunal and a maker named before a name mark an organisation', () => {
  for (const [text, name] of [['Dat meldt het kiestribunaal TRX.', 'TRX'], ['Het toestel komt van vliegtuigbouwer Aerovia.', 'Aerovia']]) {
    const found = cues(text, name);
    assert.ok(found.organization >= 2, `${name}: ${JSON.stringify(found)}`);
  }
});

test('the name after a site noun and "van" or "bij" is a place', () => {
  for (const [text, name] of [['De havens van Ras Merzah en Ain Tarek lagen stil.', 'Ain Tarek'], ['Het leger houdt de grensovergang bij Beit Hanoun open.', 'Beit Hanoun']]) {
    const found = cues(text, name);
    assert.ok(found.place > found.person && found.place > found.organization, `${name}: ${JSON.stringify(found)}`);
  }
});

test('a lower-case kind of regional body before its region names the body: "de rechtbank Overijssel", "de politie Zuid-Limburg"', () => {
  const text = 'De zaak diende bij de rechtbank Overijssel. De politie Zuid-Limburg hield twee mannen aan. '
    + 'De politiezone Velmaar-Ostrode zette camera\'s in. Ze woont in Overijssel. Dat was nadat de rechtbank Jansen had vrijgesproken.';
  assert.deepEqual(surfaces(text), ['rechtbank Overijssel', 'politie Zuid-Limburg', 'politiezone Velmaar-Ostrode', 'Overijssel', 'Jansen']);
  const types = typesByName(text);
  assert.equal(types.get('rechtbank Overijssel'), 'organization');
  assert.equal(types.get('politie Zuid-Limburg'), 'organization');
  assert.equal(types.get('Overijssel'), 'place');
});

test('a one-word name that nothing types is a place when it ends like one ("-ivka", "-hoek"), else an organisation', () => {
  const types = typesByName('Er werd gevochten rond het centrum van Velykivka. De bouw van Dorshoek begint. Ook Zarvox doet mee.');
  assert.equal(types.get('Velykivka'), 'place');
  assert.equal(types.get('Dorshoek'), 'place');
  assert.equal(types.get('Zarvox'), 'organization');
});

test('a one-word name that nothing types is a person when it ends like a surname ("-ova", "-enko", "-vili")', () => {
  const types = typesByName('Hij vertaalde Kuznetsova en Marchenko. Ook Beridzevili las voor.');
  assert.equal(types.get('Kuznetsova'), 'person');
  assert.equal(types.get('Marchenko'), 'person');
  assert.equal(types.get('Beridzevili'), 'person');
});

test('one ordinary word before a known place names an organisation there ("Woonstad Rotterdam"), a building\'s word a place', () => {
  const types = typesByName('De plannen van corporatie Woonstad Rotterdam en de partij Leefbaar Rotterdam. Het feest was in de Stadsschouwburg Utrecht.');
  assert.equal(types.get('Woonstad Rotterdam'), 'organization');
  assert.equal(types.get('Leefbaar Rotterdam'), 'organization');
  assert.equal(types.get('Stadsschouwburg Utrecht'), 'place');
});

test('a capitalised adjective before a lower-case word is no name, nor the end of one; a premium is a prize', () => {
  assert.deepEqual(surfaces('Leidse onderzoekers vonden het. Daar studeerde Venhorst Slavische talen bij de Haagse politie.'), ['Venhorst']);
  assert.deepEqual(surfaces('Zij kreeg de Spinozapremie.'), []);
});

test('at a sentence start the kind of an organisation before a known place is part of its name, before a known organisation not', () => {
  assert.deepEqual(surfaces('Havenbedrijf Rotterdam laat weten dat het meewerkt. Vakbond FNV reageerde niet.'), ['Havenbedrijf Rotterdam', 'FNV']);
});

test('a tournament or race named in English, or a prize named "Gouden …", is an event, no organisation: "de Australian Open", "de Davis Cup"', () => {
  assert.deepEqual(surfaces('Zij won de Australian Open en de Davis Cup, niet de Amstel Gold Race. Open VLD feliciteerde haar.'), ['Open VLD']);
  assert.deepEqual(surfaces('De film kreeg twee Gouden Kalveren en een Gouden Palm.'), []);
});

test('a portfolio after a Eurocommissioner, alderman or schepen is part of the role; a place after one is no portfolio', () => {
  assert.deepEqual(surfaces('Eurocommissaris voor Landbouw Pieter Vandamme kwam. Ook de wethouder van Wonen Jan Bos sprak, met de wethouder van Tiel.'), ['Pieter Vandamme', 'Jan Bos', 'Tiel']);
});

test('"Defence Force" names an organisation, "de grootste fractie" types its acronym, a Luxemburger is no name', () => {
  const types = typesByName('Een groep van Dorpers Defence Force reed naar de stad. De ZVP, de grootste fractie, steunt het plan. De Luxemburger beloofde niets.');
  assert.equal(types.get('Dorpers Defence Force'), 'organization');
  assert.equal(types.get('ZVP'), 'organization');
  assert.equal(types.has('Luxemburger'), false);
});

test('a party before "-Kamerlid" is named as before "-leider"; a compound of names stays one', () => {
  assert.deepEqual(surfaces('Ook sprak PVV-Kamerlid Jeanet Velders. Swollwacht-Kamerlid Anna Bos knikte. De VN-Veiligheidsraad vergaderde.'), ['PVV', 'Jeanet Velders', 'Swollwacht', 'Anna Bos', 'VN-Veiligheidsraad']);
});

test('after two given names a particle other than "van" goes on to the surname; "van" says what they are of', () => {
  assert.deepEqual(surfaces('Later sprak Jan Willem de Rooij met Anna Maria ter Horst. Ook Karel Velt van Buitenlandse Zaken kwam.'), ['Jan Willem de Rooij', 'Anna Maria ter Horst', 'Karel Velt', 'Buitenlandse Zaken']);
});

test('after the kind of body comes its place or subject, no surname: "de Veldwijk" is not the tenants\' association', () => {
  const types = typesByName('De Huurdersvereniging Veldwijk protesteert. Zij wonen al jaren in de Veldwijk, zegt de Veldwijk zelf.');
  assert.equal(types.get('Huurdersvereniging Veldwijk'), 'organization');
  assert.equal(types.get('Veldwijk'), 'place');
});

test('a sponsor\'s acronym before a prize is part of the prize; the genitive after "des" ends a role', () => {
  const found = surfaces('Hij kreeg de VSB Poëzieprijs, zei Dichter des Vaderlands Tessa Voorn.');
  assert.ok(found.includes('Tessa Voorn'), found.join(', '));
  assert.ok(!found.some((surface) => surface.includes('VSB') || surface.includes('Vaderlands')), found.join(', '));
});
