import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Corpus } from '../../src/core/corpus';
import { LinePositions, mentionOrderOf } from '../../src/core/mentionOrder';

describe('mention order', () => {
  const corpus = new Corpus();
  corpus.upsertText('b.txt', ' date 2021-03\nDe Chileense president Gabriel Boric sprak in Santiago. Boric zei weinig.\n');
  corpus.upsertText('a.txt', ' date 2022-01\nGabriel Boric reisde naar Santiago.\n');
  corpus.upsertText('c.txt', 'Zonder datum: Gabriel Boric in Santiago.\n');
  const snapshot = corpus.snapshot();
  const boric = snapshot.entities.find((e) => e.name === 'Gabriel Boric')!;

  test('the first mention is in the first article by month, the first in its text', () => {
    const order = mentionOrderOf(snapshot);
    const first = order.firstMention(boric)!;
    assert.equal(first.path, 'b.txt');
    assert.equal(first.surface, 'Gabriel Boric');
    assert.deepEqual(order.mentionsOf(boric).map((m) => m.path), ['b.txt', 'b.txt', 'a.txt', 'c.txt']);
    assert.equal(mentionOrderOf(snapshot), order, 'built once per snapshot');
  });

  test('offsets to lines and characters, for every kind of line end', () => {
    const text = 'ab\ncd\r\nef\rg';
    const positions = new LinePositions(text);
    for (const [offset, line, character] of [[0, 0, 0], [2, 0, 2], [3, 1, 0], [4, 1, 1], [7, 2, 0], [10, 3, 0], [11, 3, 1]]) {
      assert.deepEqual(positions.positionAt(offset), { line, character }, `offset ${offset}`);
    }
  });
});
