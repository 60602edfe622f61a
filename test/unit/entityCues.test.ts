import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AliasMatcher } from '../../src/core/aliasMatcher';
import { parseArticle } from '../../src/core/article';
import { extractCandidates, type TypeCues } from '../../src/core/entityCandidates';
import { EntityResolver } from '../../src/core/entityResolver';
import { aliasEntries, loadKnowledgeBase } from '../../src/core/knowledgeBase';
import type { Entity, EntityType } from '../../src/core/types';

// Invented names throughout: the cues are read from the words around a name and from its shape.
const knowledgeBase = loadKnowledgeBase();
const matcher = new AliasMatcher(aliasEntries(knowledgeBase));

function cuesOf(text: string): Map<string, TypeCues> {
  return new Map(extractCandidates(parseArticle('a.txt', text), matcher).mentions.map((mention) => [mention.surface, mention.cues]));
}

/** The type the cues of one mention point to, or undefined without any. */
function leaning(cues: TypeCues | undefined): EntityType | undefined {
  assert.ok(cues, 'the name is a mention');
  const best = Math.max(cues.person, cues.organization, cues.place);
  if (best === 0) return undefined;
  return cues.person === best ? 'person' : cues.organization === best ? 'organization' : 'place';
}

function resolve(articles: Record<string, string>): Entity[] {
  const resolver = new EntityResolver(knowledgeBase);
  for (const [path, text] of Object.entries(articles)) resolver.set(extractCandidates(parseArticle(path, text), matcher));
  return resolver.resolve();
}

function typeOf(entities: Entity[], name: string): EntityType {
  const found = entities.filter((entity) => entity.aliases.includes(name));
  assert.equal(found.length, 1, `one entity spelled ${name}`);
  return found[0].type;
}

test('the words before a list govern each of its names', () => {
  const cues = cuesOf('Betogers liepen in Oudervaart, Kalverveen en Westerbroek. Ook de wijken Noorderhof en Zandplaat kregen water. Boeren trokken naar Hedelum Noord en Vlierdonk.');
  for (const name of ['Oudervaart', 'Kalverveen', 'Westerbroek', 'Noorderhof', 'Zandplaat', 'Vlierdonk']) assert.equal(leaning(cues.get(name)), 'place', name);
});

test('a list does not reach past a verb, nor begin at a comma', () => {
  const cues = cuesOf('De burgemeester sprak in Oudervaart met Joris Brandsma en Ellen Mertens. Hij bleef in Kalverveen, Brandsma vertrok.');
  assert.equal(leaning(cues.get('Ellen Mertens')), 'person');
  assert.notEqual(leaning(cues.get('Brandsma')), 'place');
});

test('plural and compound place nouns, and "het" with an adjective after a preposition, mark a place', () => {
  const cues = cuesOf("De boeren in de deelgemeente Walemse protesteerden. Hulpverleners bereikten het vluchtelingenkamp Tawargi. De rebellen trokken op vanuit het Algerijnse Tamsalt. Stroom viel uit in de regio's Hemmeland en Ostvalk.");
  for (const name of ['Walemse', 'Tawargi', 'Tamsalt', 'Hemmeland', 'Ostvalk']) assert.equal(leaning(cues.get(name)), 'place', name);
});

test('organisation nouns the heads lack, before a name or a list of examples, mark an organisation', () => {
  const cues = cuesOf('Op beelden van de zender Radio Mistral is dat te zien. Het stond in het tijdschrift Velox Review. Het concern verkoopt ketens, waaronder Prijsmeester en Versland.');
  for (const name of ['Radio Mistral', 'Velox Review', 'Prijsmeester', 'Versland']) assert.equal(leaning(cues.get(name)), 'organization', name);
});

test('a trade noun after a possessive is someone\'s trade, not the kind of a firm', () => {
  const cues = cuesOf('Het boek verschijnt bij uitgever Letterwerk. Dat zegt haar uitgever Mirjam Sloot.');
  assert.equal(leaning(cues.get('Letterwerk')), 'organization');
  assert.notEqual(leaning(cues.get('Mirjam Sloot')), 'organization');
});

test('the shape of a name: internal capitals, a party compound, a list or club, a compass part', () => {
  const cues = cuesOf('Later sprak men over ZorgNet en over McAllister. De Groenfront-lijsttrekker zweeg. Later kwam de Lijst Brouwer Oss met een plan. Ook Real Valdera won. De kou trof ook Noord-Ostmark.');
  assert.equal(leaning(cues.get('ZorgNet')), 'organization');
  assert.equal(leaning(cues.get('McAllister')), undefined);
  assert.equal(leaning(cues.get('Groenfront')), 'organization');
  assert.equal(leaning(cues.get('Lijst Brouwer Oss')), 'organization');
  assert.equal(leaning(cues.get('Real Valdera')), 'organization');
  assert.equal(leaning(cues.get('Noord-Ostmark')), 'place');
});

test('an age marks a person; a name after "van" does not speak for the verb after it', () => {
  const cues = cuesOf('De 61-jarige Verhoeven was niet aanwezig. Partijleider Ruud Kampen van de VolksUnie zei dat hij tevreden was.');
  assert.equal(leaning(cues.get('Verhoeven')), 'person');
  assert.equal(leaning(cues.get('VolksUnie')), 'organization');
});

test('one article with evidence types the name in every article', () => {
  const entities = resolve({
    'a.txt': 'Het water stond hoog in Bremmelo en Kalverveen. De dijkgraaf was somber.',
    'b.txt': 'Kalverveen kreeg gisteren bezoek. Bewoners van Kalverveen waren blij.',
    'c.txt': 'De VolksUnie won, aldus lijsttrekker Ruud Kampen. Volgens de VolksUnie is het een goede dag.',
    'd.txt': 'VolksUnie wil meer geld voor zorg, zei Ruud Kampen.',
  });
  assert.equal(typeOf(entities, 'Kalverveen'), 'place');
  assert.equal(typeOf(entities, 'VolksUnie'), 'organization');
});

test('an apposition after the name types it by its noun; a role in it is left to the roles', () => {
  const cues = cuesOf('Ook Dorpsbelang, de grootste lokale partij, won. Hulp kwam aan in Marsaten, een kleine havenstad in het oosten. Over Jorritsma, de leider van de fractie, werd gesproken. Het ging om Verbeek, de man achter het bedrijf.');
  assert.equal(leaning(cues.get('Dorpsbelang')), 'organization');
  assert.equal(leaning(cues.get('Marsaten')), 'place');
  assert.notEqual(leaning(cues.get('Jorritsma')), 'place');
  assert.notEqual(leaning(cues.get('Jorritsma')), 'organization');
  assert.equal(leaning(cues.get('Verbeek')), undefined);
});

test('"vanaf" and "op het" place a name, "op" alone does not; a compound with a site noun names a place', () => {
  const cues = cuesOf('Vluchten vanaf Velsterveld vielen uit. Zij demonstreerden op het Wagenveld. Er kwam kritiek op Brandsma. De rouwstoet ging naar het Hovelaken-kerkhof.');
  assert.equal(leaning(cues.get('Velsterveld')), 'place');
  assert.equal(leaning(cues.get('Wagenveld')), 'place');
  assert.equal(leaning(cues.get('Brandsma')), undefined);
  assert.equal(leaning(cues.get('Hovelaken')), 'place');
});

test('a gazetteer name keeps its known type whatever the words around it say', () => {
  const entities = resolve({ 'a.txt': 'De 40-jarige Zwolle, de grootste lokale partij, zei niets. Partijleider Piet Mulder van Zwolle zweeg.' });
  assert.equal(typeOf(entities, 'Zwolle'), 'place');
});

test('a single word after "bij" leans to a place, an acronym there does not, and other evidence outweighs it', () => {
  const cues = cuesOf('De troepen groeven zich in bij Marsaten. Hij speelde jaren bij VKB.');
  assert.equal(leaning(cues.get('Marsaten')), 'place');
  assert.notEqual(leaning(cues.get('VKB')), 'place');
  const entities = resolve({
    'a.txt': 'Zij werkt al jaren bij Veldhorst. Het ging goed.',
    'b.txt': 'Het bedrijf Veldhorst maakt fietsen.',
  });
  assert.equal(typeOf(entities, 'Veldhorst'), 'organization');
});

test('an acronym after an article leans to an organisation, enough for a name used once', () => {
  const cues = cuesOf('De SVKB eist de aanslag op. Volgens de minister is de KZF te duur.');
  assert.equal(leaning(cues.get('SVKB')), 'organization');
  assert.equal(leaning(cues.get('KZF')), 'organization');
  const entities = resolve({ 'a.txt': 'Volgens de minister is de KZF te duur.' });
  assert.equal(typeOf(entities, 'KZF'), 'organization');
});

test('English heads and a network name organisations: committees, labs, technologies, films, International, Netwerk', () => {
  const entities = resolve({ 'a.txt': 'Volgens het Northfield Relief Committee en Varnow Technologies is er honger. Hij werkte bij Oskarsen Films. Ook Kinderhulp International en Netwerk Filmmakers zwegen.' });
  for (const name of ['Northfield Relief Committee', 'Varnow Technologies', 'Oskarsen Films', 'Kinderhulp International', 'Netwerk Filmmakers']) assert.equal(typeOf(entities, name), 'organization', name);
});

test('an oblast and an air base are places', () => {
  const cues = cuesOf('De gouverneur van de oblast Varnovsk meldt schade. Ook de vliegbasis Kerelovo is geraakt.');
  assert.equal(leaning(cues.get('Varnovsk')), 'place');
  assert.equal(leaning(cues.get('Kerelovo')), 'place');
});
