import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/corpus';
import type { Entity, EntityType } from '../../src/core/types';
import { runCorrection, type CorrectionNotice, type CorrectionQuestions, type EntitiesFileStore } from '../../src/vscode/correctionFlow';

const ARTICLES: Record<string, string> = {
  'a.txt': ' date 2020-02\nPieter Bakker sprak in Libië met Moammar Khadafi. Anna Vos van Groen Licht zei niets.\n',
  'b.txt': ' date 2020-03\nMoammar Kadhafi was opnieuw in Tripoli. Anna Vos kwam later.\n',
  'c.txt': ' date 2020-03\nKees Bakker ontmoette Moammar Kadafi en Jan Smit in Libië.\n',
};

function snapshot(entitiesText: string | null = null) {
  const corpus = new Corpus();
  for (const [path, text] of Object.entries(ARTICLES)) corpus.upsertText(path, text);
  corpus.setUserEntities(entitiesText);
  return corpus.snapshot();
}

const idOf = (name: string) => snapshot().entities.find((entity) => entity.name === name)!.id;

/** Questions answered from a script, recording what was asked and told. */
function scripted(answers: { entity?: string; spelling?: string; name?: string; type?: EntityType } = {}) {
  const asked: string[] = [];
  const told: CorrectionNotice[] = [];
  const questions: CorrectionQuestions = {
    pickEntity: async (entities: readonly Entity[], except?: Entity) => {
      asked.push(except ? `entity except ${except.name}` : 'entity');
      return entities.find((entity) => entity.name === answers.entity);
    },
    pickSpelling: async (entity) => (asked.push(`spelling of ${entity.name}`), answers.spelling),
    askName: async (entity) => (asked.push(`name of ${entity.name}`), answers.name),
    pickType: async (entity) => (asked.push(`type of ${entity.name}`), answers.type),
    tell: (notice) => void told.push(notice),
  };
  return { questions, asked, told };
}

function memoryStore(text: string | null | { refused: 'no-entities-file' | 'symbolic-link' } = null) {
  const writes: string[] = [];
  let reads = 0;
  const store: EntitiesFileStore = {
    update: async (edit) => {
      reads++;
      if (text !== null && typeof text === 'object') return text.refused;
      const written = edit(text);
      if (written === undefined) return 'unchanged';
      writes.push(written);
      return 'written';
    },
  };
  return { store, writes, reads: () => reads };
}

test('merge from a card: asks for the other actor, writes the file, and the corpus then has one actor', async () => {
  const { questions, asked, told } = scripted({ entity: 'Anna Vos' });
  const { store, writes } = memoryStore();
  assert.equal(await runCorrection('merge', [idOf('Jan Smit')], snapshot(), questions, store), true);
  assert.deepEqual(asked, ['entity except Jan Smit']);
  assert.deepEqual(told, []);
  assert.deepEqual(JSON.parse(writes[0]), { merges: [['Jan Smit', 'Anna Vos']] });
  const merged = snapshot(writes[0]).entities.filter((entity) => entity.aliases.includes('Jan Smit'));
  assert.deepEqual(merged.map((entity) => entity.aliases.includes('Anna Vos')), [true]);
});

test('from the tree: the row is the argument, and VS Code\'s list of selected rows is no detail', async () => {
  const row = { kind: 'actor', id: 'actor:x', entityId: idOf('Jan Smit') };
  const { questions, asked } = scripted({ type: 'organization' });
  const { store, writes } = memoryStore();
  assert.equal(await runCorrection('changeType', [row, [row]], snapshot(), questions, store), true);
  assert.deepEqual(asked, ['type of Jan Smit']);
  assert.deepEqual(JSON.parse(writes[0]), { entities: [{ id: 'jan-smit', name: 'Jan Smit', type: 'organization' }] });
});

test('without an entity the actor is asked for; the detail argument answers the question', async () => {
  const { questions, asked } = scripted({ entity: 'Anna Vos' });
  const { store, writes } = memoryStore();
  assert.equal(await runCorrection('rename', [undefined, 'Anna de Vos'], snapshot(), questions, store), true);
  assert.deepEqual(asked, ['entity']);
  assert.deepEqual(JSON.parse(writes[0]), { merges: [{ name: 'Anna de Vos', spellings: ['Anna Vos'] }] });
  const merge = scripted();
  assert.equal(await runCorrection('merge', [idOf('Jan Smit'), idOf('Anna Vos')], snapshot(), merge.questions, memoryStore().store), true);
  assert.deepEqual(merge.asked, []);
});

test('a split asks for the spelling; an actor with one spelling is told so without a question', async () => {
  const kadafi = snapshot().entities.find((entity) => entity.aliases.includes('Moammar Kadhafi'))!;
  const { questions, asked } = scripted({ spelling: 'Moammar Kadhafi' });
  const { store, writes } = memoryStore();
  assert.equal(await runCorrection('split', [kadafi.id], snapshot(), questions, store), true);
  assert.deepEqual(asked, [`spelling of ${kadafi.name}`]);
  assert.equal(JSON.parse(writes[0]).splits[0][0], 'Moammar Kadhafi');

  const single = scripted();
  const untouched = memoryStore();
  assert.equal(await runCorrection('split', [idOf('Tripoli')], snapshot(), single.questions, untouched.store), false);
  assert.deepEqual([single.asked, single.told, untouched.reads()], [[], ['one-spelling'], 0]);
});

test('ignore writes the spellings only that actor has', async () => {
  const { questions } = scripted();
  const { store, writes } = memoryStore('{ "ignore": [] }');
  assert.equal(await runCorrection('ignore', [idOf('Pieter Bakker')], snapshot(), questions, store), true);
  assert.equal(writes[0], '{ "ignore": ["Pieter Bakker"] }');
});

test('nothing is written when the user cancels, the actor is gone, the file may not be written or cannot be read', async () => {
  const cancelled = scripted();
  const none = memoryStore();
  assert.equal(await runCorrection('rename', [idOf('Jan Smit')], snapshot(), cancelled.questions, none.store), false);
  assert.equal(none.reads(), 0);

  const cases: Array<[unknown[], string | null | { refused: 'no-entities-file' | 'symbolic-link' }, CorrectionNotice]> = [
    [['no-such-actor'], null, 'unknown-entity'],
    [[idOf('Jan Smit')], { refused: 'symbolic-link' }, 'symbolic-link'],
    [[idOf('Jan Smit')], { refused: 'no-entities-file' }, 'no-entities-file'],
    [[idOf('Jan Smit')], '{ "ignore": [', 'invalid-json'],
    [[idOf('Jan Smit')], '{ "ignore": "Jan Smit" }', 'not-an-array'],
    [[idOf('Jan Smit')], '{ "ignore": ["Jan Smit"] }', 'already-there'],
  ];
  for (const [args, file, notice] of cases) {
    const { questions, told } = scripted();
    const { store, writes } = memoryStore(file);
    assert.equal(await runCorrection('ignore', args, snapshot(), questions, store), false, notice);
    assert.deepEqual([told, writes], [[notice], []], notice);
  }
});
