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

const mentionFacts = (result: ArticleCandidates) => result.mentions.map((m) => `${m.surface}${m.initial ? ' initial' : ''}${m.acronym ? ' acronym' : ''}${m.cues.place > 0 ? ' place' : ''}`);

test('a headline in capitals proves no name and no acronym, and its ordinary words are none; a liveblog time or dateline dash starts a sentence', () => {
  assert.deepEqual(mentionFacts(candidates('TWAALF PROVINCIES KIEZEN NIEUWE STATEN\n\n12:05 - Rebellen rukken op. 23\' - Gele kaart.')), ['Rebellen initial', 'Gele initial']);
  assert.deepEqual(mentionFacts(candidates('KOK EN BOSMA IN GESPREK')), ['KOK initial', 'BOSMA initial']);
  assert.deepEqual(mentionFacts(candidates('BOEREN BLOKKEREN PROVINCIEHUIS IN ASSEN\nDoor Marit Bosma')), ['ASSEN place', 'Marit Bosma']);
});

test('the place of a dateline in capitals is a place, not an acronym', () => {
  assert.deepEqual(mentionFacts(candidates('ZAWIYA (Reuters) - Het bedrijf zweeg.\n\nMARSA BREGA - De haven ligt stil.')), ['ZAWIYA place', 'Reuters', 'MARSA BREGA place']);
});

test('a portfolio after a minister and a name is no entity; a ministry named alone is an organisation', () => {
  const result = candidates('Minister Marco Rubio van Buitenlandse Zaken zei niets, net als de minister voor Buitenlandse Handel. Intussen raadt Buitenlandse Zaken reizen af.');
  assert.deepEqual(result.mentions.map((m) => m.surface), ['Marco Rubio', 'Buitenlandse Zaken']);
  const ministry = result.mentions[1].cues;
  assert.ok(ministry.organization > ministry.person, JSON.stringify(ministry));
});

test('an ordinary Dutch word at a sentence start is no part of the name after it, and a role word in front is no name', () => {
  const result = candidates('Teambaas Christian Horner zweeg. Zodra Haftar kwam, vertrokken ze. Tienduizenden Belgen protesteerden. Luchthaven Zuwara ging dicht. Zakenvrouw Anna de Wit lachte.');
  const names = result.mentions.map((m) => `${m.surface}${m.initial ? ' initial' : ''}`);
  // After a noun naming its kind ("Luchthaven") the word left is no sentence-initial word.
  assert.deepEqual(names, ['Christian Horner', 'Haftar', 'Zuwara', 'Anna de Wit']);
  assert.ok(result.mentions[2].cues.place > 0, 'a place noun before the name is a cue');
});

test('a question that opens with a verb in the present tense keeps the verb out of the name after it', () => {
  const result = candidates('Vertrouwt Andrij Melnyk de onderhandelaars? Verliest Hanna Koval de steun? Steunt Pieter Bakker het plan?');
  assert.deepEqual(result.mentions.map((m) => m.surface), ['Andrij Melnyk', 'Hanna Koval', 'Pieter Bakker']);
});

test('an inhabitant of a city before a name is no part of it, mid-sentence too', () => {
  const result = candidates('In de zaak stond Amsterdammer Kees de Vries terecht. Ook Kortrijkzaan Ward Lemaire was er.');
  assert.deepEqual(result.mentions.map((m) => m.surface), ['Kees de Vries', 'Ward Lemaire']);
});

test('initials written together stay with the surname; an abbreviated surname after a particle keeps its full stop', () => {
  const result = candidates('Officier J.P. Hoekstra zei dat. Medeverdachte Karim el-B. zweeg, net als George W. Bush.');
  assert.deepEqual(result.mentions.map((m) => m.surface), ['J.P. Hoekstra', 'Karim el-B.', 'George W. Bush']);
});

test('a portfolio right after a role is part of the role; a double surname whose first part is a town stays one name', () => {
  const result = candidates('Wethouder Economie Mieke Tiel-Hendrix opende de beurs. Volgens gedeputeerde Mobiliteit Jan Bos is het goed. Directeur Energie Beheer Nederland zweeg.');
  assert.deepEqual(result.mentions.map((m) => m.surface), ['Mieke Tiel-Hendrix', 'Jan Bos', 'Energie Beheer Nederland']);
});

test('one of a nation before a name is no part of it; one that is a name too only after "de"', () => {
  const result = candidates('Hij won van de Noor Casper Lund en de Zweed Daniel Berg. Noor Vermeulen keek toe.');
  assert.deepEqual(result.mentions.map((m) => m.surface), ['Casper Lund', 'Daniel Berg', 'Noor Vermeulen']);
});

test('given names that are also words, names the dictionary lists and organisation names keep their first word', () => {
  const result = candidates('Mark Rutte zweeg. Rob Jetten sprak. Storm Dijkstra won. Socialistische Partij wint.');
  assert.deepEqual(result.mentions.map((m) => m.surface), ['Mark Rutte', 'Rob Jetten', 'Storm Dijkstra', 'Socialistische Partij']);
});

test('a known town after a given name and particles is a surname', () => {
  const result = candidates('Volgens Reinier van Zutphen en Jan van Gent blijft de burgemeester van Gent.');
  assert.deepEqual(result.mentions.map((m) => `${m.surface}:${m.knownId ?? ''}`), ['Reinier van Zutphen:', 'Jan van Gent:', 'Gent:gent']);
});

test('places by shape and evidence: a place name\'s first word, a structure\'s last word, a two-word name after "in"', () => {
  const result = candidates('Het vliegtuig landde in Ras Kanadra. Port Harbin ligt stil. Het Willem Drees Stadion is vol. Ze wonen in Ayla Marwan.');
  const place = (surface: string) => {
    const mention = result.mentions.find((m) => m.surface === surface)!;
    return mention.cues.place > mention.cues.person && mention.cues.place > mention.cues.organization;
  };
  for (const surface of ['Ras Kanadra', 'Port Harbin', 'Willem Drees Stadion', 'Ayla Marwan']) assert.ok(place(surface), surface);
});

test('prizes, contests, elections and wars are no entities, nor the places in their names', () => {
  const result = candidates('Hij won de Nobelprijs en de Grote Prijs van Monaco. Het Eurovisie Songfestival en de Provinciale Statenverkiezingen volgen. Na de Tweede Wereldoorlog sprak Jan Pronk.');
  assert.deepEqual(result.mentions.map((m) => m.surface), ['Jan Pronk']);
});

test('a word the dictionary lists, capitalised alone mid-sentence, proves a name only where its context says so', () => {
  const result = candidates('Toen sprak Hilde Crevits, die eerder Welzijn deed en nu Onderwijs krijgt. Het tijdschrift Nature en de Senaat zwegen. Het regent in Zandberg en Wouden. Toen zei Wim Kok dat Kok bleef.');
  assert.deepEqual(mentionFacts(result), ['Hilde Crevits', 'Welzijn initial', 'Onderwijs initial', 'Nature', 'Senaat', 'Zandberg place', 'Wouden place', 'Wim Kok', 'Kok initial']);
});

test('a known name joined by a hyphen to capitalised parts that name nothing known is a name of its own', () => {
  const result = candidates('Toen vielen bommen op Gaza-Stad, zei de PVV-leider over de oorlog Israël-Hamas.');
  assert.deepEqual(result.mentions.map((m) => `${m.surface}${m.knownId ? ' known' : ''}`), ['Gaza-Stad', 'PVV known', 'Israël known']);
});

test('races named by their first word are no entities, nor the places in them; after a sentence-initial event word the name after it is one', () => {
  const result = candidates('Hij viel in de Ronde van het Baskenland en reed de Tour de France. Verkiezingen voor de Tweede Kamer volgen.');
  assert.deepEqual(result.mentions.map((m) => m.surface), ['Tweede Kamer']);
});

test('in a list of names each with a bracketed acronym, one of them a known party, the brackets are parties, not spellings', () => {
  const result = candidates('Het college bestaat uit Bram Kuiper (SGP), Wessel Draaisma (XPB) en Ineke Stroeve (CDA). De Vrije Boerenpartij (XPB) doet niet mee.');
  assert.deepEqual(result.aliasLinks, [{ alias: 'XPB', name: 'Vrije Boerenpartij' }]);
});

test('a short preposition or conjunction at a sentence start is no part of the name after it', () => {
  const surfaces = candidates('Naast Van Leeuwen stapt ook Kuiper op. Zoals Draaisma al zei: het is tijd.').mentions.map((m) => m.surface);
  assert.deepEqual(surfaces, ['Van Leeuwen', 'Kuiper', 'Draaisma']);
});

test('a known place written with a lower-case particle after a given name is a surname, and so is that name alone beside it', () => {
  const result = candidates('Volgens formateur Gerald de Haan is het akkoord rond. De Haan adviseerde drie partijen, zei De Haan. Het dorp De Haan ligt aan zee; in De Haan is het stil.');
  assert.deepEqual(result.mentions.map((m) => `${m.surface}${m.knownId === undefined ? '' : ' known'}`), ['Gerald de Haan', 'De Haan', 'De Haan', 'De Haan known', 'De Haan known']);
});

test('a Roman numeral after a name is no acronym: "kabinet-Rutte IV", "Willem III"', () => {
  const surfaces = candidates('Het kabinet-Balkenende IV viel. Koning Willem III regeerde lang.').mentions.map((m) => m.surface);
  assert.ok(!surfaces.includes('IV') && !surfaces.includes('III'), surfaces.join(', '));
});

test('names in a list with a party take its kind when nothing else says what they are; a country code in brackets is no name', () => {
  const result = candidates('Nieuw Elan, CDA en GroenLinks vormen een coalitie. Ook Vital Concept (Fra) en Bora (Dui) rijden mee.');
  assert.ok(result.mentions[0].surface === 'Nieuw Elan' && result.mentions[0].cues.organization > 0);
  assert.deepEqual(result.mentions.map((m) => m.surface), ['Nieuw Elan', 'CDA', 'GroenLinks', 'Vital Concept', 'Bora']);
  // Two names with nothing known among them say nothing of each other.
  assert.equal(candidates('Ze sprak met Piet Jansen en Klaas Bakker.').mentions.filter((m) => m.cues.organization > 0).length, 0);
});

test('a photo credit after a sentence names the agency only: "… de stad. Beeld AFP"', () => {
  const surfaces = candidates('De troepen rukken op naar de stad. Beeld AFP\n\nHet leger trok zich terug. Foto EPA').mentions.map((m) => m.surface);
  assert.deepEqual(surfaces, ['AFP', 'EPA']);
});

test('an adjective of language is no name; two capitals after a credit word are the credit, not initials', () => {
  const surfaces = candidates('Aan de Franstalige kant staan de Nederlandstalige partijen. De stoelen staan leeg. beeld RD Knuffels bij de foto.').mentions.map((m) => m.surface);
  assert.deepEqual(surfaces.slice(0, 1), ['RD']);
  assert.ok(!surfaces.some((surface) => surface.includes('talige') || surface.startsWith('RD ')), surfaces.join(', '));
});

test('an acronym spelling the initials of an organisation named in full in the same article is linked to it; a person\'s initials and an acronym of two names are not', () => {
  const result = candidates('De Noordelijke Vissers Federatie slaat alarm. De NVF wil steun. Volgens Jan Karel Visser zweeg JKV. De Kleine Boeren Bond en de Kustbewoners Belangen Bond eisen geld; de KBB zwijgt.');
  assert.deepEqual(result.aliasLinks, [{ alias: 'NVF', name: 'Noordelijke Vissers Federatie' }]);
});

test('acronyms of tournaments, benefits and taxes are no names, with an article or without', () => {
  const surfaces = candidates('Oranje gaat naar het EK. De AOW stijgt, zegt de BTW-adviseur. De WK-finale begint.').mentions.map((m) => m.surface);
  assert.deepEqual(surfaces, ['Oranje']);
});

test('an English link takes its article into an organisation\'s name; an adjective before a place\'s head is part of the name', () => {
  const surfaces = candidates('Volgens het Centre for the Study of Rivers kwam het schip uit de Noordse Golf.').mentions.map((m) => m.surface);
  assert.deepEqual(surfaces, ['Centre for the Study of Rivers', 'Noordse Golf']);
});

test('at a sentence start the kind of an organisation before a known one is no part of its name; mid-sentence a kind and a known place make one name', () => {
  const result = candidates('Het regent. Vakbond FNV wijst erop. Milieuorganisatie Greenpeace reageerde. Zij speelde bij Toneelgroep Maastricht.');
  const surfaces = result.mentions.map((m) => `${m.surface}${m.knownId ? ' known' : ''}`);
  assert.ok(surfaces.includes('FNV known') && surfaces.includes('Greenpeace known'), surfaces.join(', '));
  assert.ok(surfaces.includes('Toneelgroep Maastricht'), surfaces.join(', '));
  assert.ok(!surfaces.some((surface) => surface.startsWith('Vakbond FNV') || surface.startsWith('Milieuorganisatie Greenpeace')), surfaces.join(', '));
});

test('names inside a quoted title are no mentions', () => {
  const surfaces = candidates("De zanger Nemo won met 'The Harbour Code' in Malmö. De serie 'Het Verdwijnen van Anna Kuiper' trok kijkers.").mentions.map((m) => m.surface);
  assert.deepEqual(surfaces, ['Nemo', 'Malmö']);
});

test('adjectives of provinces and cities are no names nor parts of the place after them, save before a place\'s head', () => {
  const surfaces = candidates('Het regent. In het Overijsselse Hardenberg, de Gelderse Vallei en het Gentse stadhuis.').mentions.map((m) => m.surface);
  assert.deepEqual(surfaces, ['Hardenberg', 'Gelderse Vallei']);
});

test('a double surname whose second part opens with a particle is one name ("Karaman-de Wit"); a name and a noun are not', () => {
  assert.deepEqual(candidates('Dat zegt voorzitter Ahmet Karaman-de Wit. Volgens Karaman-de Wit klopt het.').mentions.map((m) => m.surface), ['Ahmet Karaman-de Wit', 'Karaman-de Wit']);
  assert.deepEqual(candidates('Dat zegt gedeputeerde Hilde Mulder-Ter Haar.').mentions.map((m) => m.surface), ['Hilde Mulder-Ter Haar']);
  assert.deepEqual(candidates('Wethouder Anja Jansen-van der Berg zweeg.').mentions.map((m) => m.surface), ['Anja Jansen-van der Berg']);
  assert.deepEqual(candidates('De Haftar-troepen rukten op.').mentions.map((m) => m.surface), ['Haftar']);
});
