import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PIECE_HASH_START, pieceHashStep, PieceTable } from '../../src/core/searchPieces';

const hashOf = (text: string) => [...text].reduce((hash, _, i) => pieceHashStep(hash, text.charCodeAt(i)), PIECE_HASH_START);

test('a piece is found where its very characters stand, and nowhere else', () => {
  const table = new PieceTable<string>();
  for (const word of ['de', 'minister', 'Minister', 'minist', 'ministers']) table.add(word, hashOf(word), `piece ${word}`);
  const text = 'de Minister en de ministers';
  assert.equal(table.find(text, 0, 2, hashOf('de')), 'piece de');
  assert.equal(table.find(text, 3, 11, hashOf('Minister')), 'piece Minister');
  assert.equal(table.find(text, 18, 27, hashOf('ministers')), 'piece ministers');
  assert.equal(table.find(text, 12, 14, hashOf('en')), undefined);
});

test('pieces sharing a hash are told apart by their characters, also after the table grows', () => {
  const table = new PieceTable<number>();
  const words = Array.from({ length: 5000 }, (_, i) => `w${i}`);
  // One hash for all: every lookup probes past the others, which must compare unequal.
  words.forEach((word, i) => table.add(word, 7, i));
  const text = ` ${words.join(' ')} `;
  let at = 1;
  words.forEach((word, i) => {
    assert.equal(table.find(text, at, at + word.length, 7), i);
    at += word.length + 1;
  });
  assert.equal(table.find('w5000', 0, 5, 7), undefined);
  assert.equal(table.size, 5000);
  table.clear();
  assert.equal(table.find(text, 1, 3, 7), undefined);
});
