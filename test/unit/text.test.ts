import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collapseSpaces, foldText, stripAccents, visibleText, withoutInvisibles } from '../../src/core/text';

test('folding reads through invisible characters and takes U+2011 as a hyphen', () => {
  assert.equal(foldText('Ghas\u200bsan Sala\u00admé'), 'ghassan salame');
  assert.equal(foldText('al\u2011Sarraj'), 'al-sarraj');
  assert.equal(foldText('Dbei\ufeffbah Ab\u200cdul Ha\u200dmid Haf\u2060tar'), 'dbeibah abdul hamid haftar');
  assert.equal(withoutInvisibles('gewone tekst'), 'gewone tekst');
});

test('visible text maps ranges back to the text as written, invisible characters inside included', () => {
  const written = 'Volgens Ghas\u200bsan Sala\u00admé\u200b, ja.';
  const visible = visibleText(written);
  assert.equal(visible.text, 'Volgens Ghassan Salamé, ja.');
  const start = visible.text.indexOf('Ghassan');
  const end = start + 'Ghassan Salamé'.length;
  assert.equal(written.slice(visible.writtenStart(start), visible.writtenEnd(end)), 'Ghas\u200bsan Sala\u00admé');
  assert.equal(visible.writtenStart(visible.text.length), written.length);
  assert.equal(visible.writtenEnd(0), 0);
  const plain = visibleText('Geen bijzondere tekens.');
  assert.deepEqual([plain.writtenStart(5), plain.writtenEnd(5)], [5, 5]);
});

test('accents are stripped run by run exactly as NFKD of the whole text strips them', () => {
  const whole = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[øØßłŁđĐæÆœŒı]/g, (c) => ({ ø: 'o', Ø: 'O', ß: 'ss', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ı: 'i' })[c]!);
  // Runs that decompose into several characters, marks written apart from their letter and reordered,
  // compatibility forms, a long run (not remembered), a lone surrogate.
  const pieces = ['ü', 'é', 'e\u0301\u0323', '\u0323\u0301', 'ǅ', 'ﬁ', '½', '…', '“', 'Ø', 'ß', '\u00a0', 'ῼ', 'ḗ', 'ع', 'ありがとうございますございます', '\ud800', '𝔘'];
  for (const a of pieces) for (const b of pieces) for (const text of [a + b, `${a}x${b}`, `Sala${a}mé ${b}.`]) assert.equal(stripAccents(text), whole(text), JSON.stringify(text));
  assert.equal(stripAccents('Genève'), 'Geneve');
  assert.equal(foldText('ÉÉN Œuvre'), 'een oeuvre');
});

test('collapsing white space makes each run one space, and gives text with single spaces back as it is', () => {
  assert.equal(collapseSpaces('Op 3 mei\n  sprak\u00a0hij \t weer'), 'Op 3 mei sprak hij weer');
  assert.equal(collapseSpaces('twee  spaties'), 'twee spaties');
  assert.equal(collapseSpaces(' rand '), ' rand ');
  assert.equal(collapseSpaces('enkel\ttab'), 'enkel tab');
});
