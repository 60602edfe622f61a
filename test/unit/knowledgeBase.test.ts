import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aliasEntries, DESCRIPTION_LANGUAGES, isEntityId, loadKnowledgeBase, validateKnownEntity } from '../../src/core/knowledgeBase';
import knowledgeBaseJson from '../../src/core/data/knowledge-base.json';
import { AliasMatcher } from '../../src/core/aliasMatcher';
import { foldText } from '../../src/core/text';

const knowledgeBase = loadKnowledgeBase();

test('the knowledge base loads, with unique readable ids, valid types and descriptions', () => {
  // The knowledge base proper and the gazetteer's groups (known-groups.json).
  assert.ok(knowledgeBase.length >= 1500 && knowledgeBase.length <= 2500, `${knowledgeBase.length} entities`);
  assert.equal(new Set(knowledgeBase.map((e) => e.id)).size, knowledgeBase.length);
  for (const entity of knowledgeBase) {
    assert.ok(isEntityId(entity.id), entity.id);
    assert.ok(['person', 'organization', 'place'].includes(entity.type));
    assert.ok(entity.description && entity.description.length > 5, entity.id);
    assert.ok(!entity.aliases.includes(entity.name), entity.id);
  }
  const types = new Set(knowledgeBase.map((e) => e.type));
  assert.deepEqual([...types].sort(), ['organization', 'person', 'place']);
});

test('every description is written in English and in Dutch, and the interface language picks one', () => {
  assert.deepEqual([...DESCRIPTION_LANGUAGES], ['en', 'nl']);
  for (const entry of knowledgeBaseJson.entities) {
    const { en, nl } = entry.description as Record<string, unknown>;
    assert.ok(typeof en === 'string' && en.trim() !== '' && typeof nl === 'string' && nl.trim() !== '', entry.id);
    assert.notEqual(nl, en, `${entry.id}: the Dutch description is a copy of the English one`);
  }
  const byId = (language?: string) => new Map(loadKnowledgeBase(language).map((e) => [e.id, e.description]));
  assert.equal(byId('nl').get('netherlands'), 'Land in West-Europa');
  assert.equal(byId('nl-BE').get('antonio-guterres'), 'Secretaris-generaal van de VN sinds 2017');
  assert.equal(byId('en').get('netherlands'), 'Country in Western Europe');
  assert.equal(byId('de').get('netherlands'), 'Country in Western Europe', 'languages without descriptions get English');
  assert.deepEqual(byId(), byId('en'));
});

test('no spelling names two entities', () => {
  const owner = new Map<string, string>();
  for (const entry of aliasEntries(knowledgeBase)) {
    const key = foldText(entry.alias);
    const previous = owner.get(key);
    assert.ok(previous === undefined || previous === entry.id, `"${entry.alias}" names ${previous} and ${entry.id}`);
    owner.set(key, entry.id);
  }
});

test('Dutch and English names of widely reported actors are found', () => {
  const matcher = new AliasMatcher(aliasEntries(knowledgeBase));
  const ids = (text: string) => matcher.findAll(text).map((m) => m.id);
  assert.deepEqual(ids('Libië Libya Turkije Turkey Rusland Russia VS Verenigde Staten Amerika'), ['libya', 'libya', 'turkey', 'turkey', 'russia', 'russia', 'united-states', 'united-states', 'united-states']);
  assert.deepEqual(ids('VN Verenigde Naties UN VN-Veiligheidsraad EU NAVO NATO Afrikaanse Unie Arabische Liga IMF WHO'), [
    'united-nations', 'united-nations', 'united-nations', 'un-security-council', 'european-union', 'nato', 'nato', 'african-union', 'arab-league', 'imf', 'who',
  ]);
  assert.deepEqual(ids('Guterres Erdogan Poetin Putin Trump Biden Macron Merkel Rutte Netanyahu Zelensky Xi Jinping al-Sisi'), [
    'antonio-guterres', 'recep-tayyip-erdogan', 'vladimir-putin', 'vladimir-putin', 'donald-trump', 'joe-biden', 'emmanuel-macron',
    'angela-merkel', 'mark-rutte', 'benjamin-netanyahu', 'volodymyr-zelensky', 'xi-jinping', 'abdel-fattah-al-sisi',
  ]);
});

test('it is general: the actors Dossier must discover in the seeds are not listed', () => {
  const matcher = new AliasMatcher(aliasEntries(knowledgeBase));
  for (const name of ['Haftar', 'Khalifa Haftar', 'al-Sarraj', 'Sarraj', 'am-Saaraj', 'al-Mishri', 'Salamé', 'Ghassan Salame', 'Kadhafi', 'Khadafi', 'Shoukry', 'Ghadames', 'Tobroek', 'GNA', 'LNA']) {
    assert.deepEqual(matcher.findAll(name), [], name);
  }
});

test('validateKnownEntity reports problems with their path', () => {
  assert.deepEqual(validateKnownEntity({ id: 'x', name: 'X', type: 'place' }, 'e').errors, []);
  assert.deepEqual(validateKnownEntity({ id: 'X Y', name: 'X', type: 'place' }, 'e').errors.map((e) => e.split(':')[0]), ['e.id']);
  assert.deepEqual(validateKnownEntity(null, 'e').errors, ['e: expected an object']);
});

test('the gazetteer: provinces, states, regions, cities, agencies, media and parties are known, with their type and group description', () => {
  const matcher = new AliasMatcher(aliasEntries(knowledgeBase));
  const byId = new Map(knowledgeBase.map((e) => [e.id, e]));
  const found = (text: string) => matcher.findAll(text).map((m) => `${m.surface}:${byId.get(m.id)!.type}`);
  assert.deepEqual(found('Noord-Brabant, Friesland, New Mexico, Beieren, Antwerpen, Den Bosch'), [
    'Noord-Brabant:place', 'Friesland:place', 'New Mexico:place', 'Beieren:place', 'Antwerpen:place', 'Den Bosch:place',
  ]);
  assert.deepEqual(found('Beeld ANP, foto Getty Images, volgens Belga, de NOS en Al Arabiya; VVD en Vlaams Belang'), [
    'ANP:organization', 'Getty Images:organization', 'Belga:organization', 'NOS:organization', 'Al Arabiya:organization', 'VVD:organization', 'Vlaams Belang:organization',
  ]);
  assert.equal(byId.get('fryslan')!.name, 'Fryslân');
  assert.equal(loadKnowledgeBase('nl').find((e) => e.id === 'new-mexico')!.description, 'Staat van de Verenigde Staten');
});

test('shipped spellings carry no role: the role before a known name is read as a role', () => {
  const matcher = new AliasMatcher(aliasEntries(knowledgeBase));
  assert.deepEqual(matcher.findAll('Koning Willem-Alexander en paus Franciscus').map((m) => m.surface), ['Willem-Alexander', 'Franciscus']);
  for (const entity of knowledgeBase) {
    for (const spelling of [entity.name, ...entity.aliases]) assert.ok(!/^(?:koning|king|paus|pope|president|premier) /i.test(spelling), spelling);
  }
});
