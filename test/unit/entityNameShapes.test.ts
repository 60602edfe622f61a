// Names found whole and nothing else (issue 9, kinds 1, 3 and organisation recall): each case is one
// the extraction got wrong before.
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

test('a known acronym is an acronym: an ordinary word that sounds like it is no spelling of it', () => {
  const result = candidates('Het CDA won. Nemo zong \'The Code\' in de finale. Het KNMI gaf code rood.');
  assert.deepEqual(result.mentions.filter((m) => m.knownId !== undefined).map((m) => `${m.surface} ${m.acronym}`), ['CDA true', 'KNMI true']);
  const cda = resolve('Het CDA won de verkiezingen in Zwolle.', 'Nemo zong \'The Code\' in de finale. Daarna sprak Nemo.').find((entity) => entity.id === 'cda')!;
  assert.deepEqual(cda.aliases, ['CDA']);
  // A known acronym in brackets names the party of the person before it, not the person.
  assert.deepEqual(candidates('Wethouder Monique Hazelaar (CDA) stemde tegen.').aliasLinks, []);
  // Unless it spells the initials of the name before it: then the text gives its full name.
  assert.deepEqual(candidates('Het Christen-Democratisch Appèl (CDA) stemde tegen.').aliasLinks, [{ alias: 'CDA', name: 'Christen-Democratisch Appèl' }]);
});

test('an acronym takes no role: a role before a comma belongs to the name before it', () => {
  const result = candidates('De Wever blijft burgemeester, PVDA grote winnaar in Antwerpen.');
  assert.deepEqual(result.roles.map((role) => result.mentions[role.mention].surface), []);
});

test('names joined by an ampersand are one name, an organisation', () => {
  const result = candidates('In Gent won CD&V niet. De supermarkten van Stop & Shop en Procter & Gamble groeiden.');
  assert.deepEqual(result.mentions.map((m) => m.surface), ['Gent', 'CD&V', 'Stop & Shop', 'Procter & Gamble']);
  assert.equal(result.mentions[1].knownId, 'cd-v');
  for (const mention of result.mentions.slice(2)) assert.ok(mention.cues.organization > mention.cues.person, mention.surface);
});

test('an initial with its period, "jr." and "sr." belong to the name', () => {
  assert.deepEqual(surfaces('De OM eiste straf tegen Ricardo V. uit Purmerend en Dennis K. (41). Ook George W. Bush en Ferdinand Marcos jr. kwamen.'), [
    'OM', 'Ricardo V.', 'Purmerend', 'Dennis K.', 'George W. Bush', 'Ferdinand Marcos jr.',
  ]);
});

test('an acronym before a known name, and a capitalised function word that begins a name, are part of one organisation name', () => {
  const result = candidates('Het stadion van ADO Den Haag ligt stil. Ze werkte bij de TU Eindhoven. Mathias De Clercq van Voor Gent bleef burgemeester. Volgens de krant The Times en The Observer niet.');
  const names = result.mentions.filter((m) => /ADO|TU|Voor|The/.test(m.surface));
  assert.deepEqual(names.map((m) => m.surface), ['ADO Den Haag', 'TU Eindhoven', 'Voor Gent', 'The Times', 'The Observer']);
  for (const mention of names) assert.ok(mention.cues.organization > mention.cues.person && mention.knownId === undefined, mention.surface);
  // At a sentence start a function word is no part of the name after it; in a line of capitals no word is an acronym.
  assert.deepEqual(surfaces('Voor Rutte was het genoeg.'), ['Rutte']);
  assert.deepEqual(surfaces('GOAL PSV!\n\nDe bal ging erin.'), ['GOAL', 'PSV']);
});

test('an acronym spelled from the initials of the name before it is introduced there, mixed case too', () => {
  assert.deepEqual(candidates('Dat zegt Artsen zonder Grenzen (AzG). De Bond van Kunstenaars (BvK) zweeg, en Esther van Hintum (BvK) ook.').aliasLinks, [
    { alias: 'AzG', name: 'Artsen zonder Grenzen' },
    { alias: 'BvK', name: 'Bond van Kunstenaars' },
  ]);
});

test('a short word with inner capitals is an acronym, no person', () => {
  const result = candidates('Lodewijk Asscher van de PvdA zei dat. Ook FvD en KvK zwegen.');
  assert.deepEqual(result.mentions.filter((m) => m.acronym).map((m) => m.surface), ['PvdA', 'FvD', 'KvK']);
  assert.deepEqual(result.mentions.filter((m) => /Asscher/.test(m.surface)).map((m) => m.acronym), [false]);
});

test('a compound naming the kind of organisation at a sentence start is no part of the name after it', () => {
  const [mention] = candidates('Milieuorganisatie Groenwacht spande een zaak aan.').mentions;
  assert.equal(mention.surface, 'Groenwacht');
  assert.equal(mention.initial, false);
  assert.ok(mention.cues.organization > mention.cues.person);
});

test('demonyms, nationality adjectives and plural role nouns are no names', () => {
  assert.deepEqual(surfaces('Tienduizenden Armeniërs vluchtten. De Ghanees scoorde. De Filipijnse president sprak. Zo kiezen de Statenleden de senaat.'), []);
  assert.deepEqual(surfaces('Voor de ambassade stonden honderden Argentijnen en Colombianen.'), []);
});

test('the plural of an ordinary word at a sentence start is no name; a possessive of a name is', () => {
  assert.deepEqual(surfaces("Jury's uit Nederland stemden niet mee. Foto's tonen de schade. Lula's partij won."), ['Nederland', "Lula's"]);
  const heil = resolve("Jerry Heil zong. Jury's uit Nederland stemden niet mee.").find((entity) => entity.name === 'Jerry Heil')!;
  assert.deepEqual(heil.aliases, ['Jerry Heil']);
});

test('a known town after a capitalised particle within a sentence is a surname', () => {
  const result = candidates("'Dat is verstandig', zei Van Rijswijk. In Rijswijk bleef het stil.");
  assert.deepEqual(result.mentions.map((m) => `${m.surface} ${m.knownId ?? ''}`.trim()), ['Van Rijswijk', 'Rijswijk rijswijk']);
});

test('a known name before the words of an organisation begins the organisation name', () => {
  const result = candidates('Ze werkt bij het Amsterdam UMC en studeerde aan het Massachusetts Institute of Technology. In Amsterdam regent het.');
  assert.deepEqual(result.mentions.map((m) => `${m.surface} ${m.knownId ?? ''}`.trim()), ['Amsterdam UMC', 'Massachusetts Institute of Technology', 'Amsterdam amsterdam']);
  for (const mention of result.mentions.slice(0, 2)) assert.ok(mention.cues.organization > mention.cues.person, mention.surface);
});

test('an acronym met once is an organisation after a noun of its kind, and nothing alone; a changed article updates it', () => {
  const entities = resolve('Toen meldde het staatspersbureau ZKNA de lancering.', 'Volgens het rapport van BMQX was het rustig.');
  assert.deepEqual(entities.filter((e) => e.origin === 'discovered').map((e) => `${e.name} ${e.type}`), ['ZKNA organization']);
  const resolver = new EntityResolver(knowledgeBase);
  resolver.set(candidates('Volgens het rapport van BMQX was het rustig.', 'a.txt'));
  assert.deepEqual(resolver.resolve().filter((e) => e.origin === 'discovered').map((e) => e.name), []);
  resolver.set(candidates('Volgens de kiescommissie BMQX was het rustig.', 'a.txt'));
  assert.deepEqual(resolver.resolve().filter((e) => e.origin === 'discovered').map((e) => e.name), ['BMQX']);
});

// Possessives of names: "Lula's", "De Boo's" are the name as written, a mention of the name it is
// the possessive of, and no spelling of its own where the name is also written bare.
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

// Titles, ranks, kin words and headlines around names.
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
