import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changedSpan, JsonText } from '../../src/core/jsonTextEdits';

test('elements are removed with the comma that separates them, wherever they stand', () => {
  const list = new JsonText('{ "a": [1, 2, 3] }');
  assert.equal(list.removeElement('a', 0).text, '{ "a": [2, 3] }');
  assert.equal(list.removeElement('a', 1).text, '{ "a": [1, 3] }');
  assert.equal(list.removeElement('a', 2).text, '{ "a": [1, 2] }');
  assert.equal(new JsonText('{ "a": [\n  1\n] }').removeElement('a', 0).text, '{ "a": [] }');
  const lines = new JsonText('[\n  1,\n  2\n]');
  assert.equal(lines.removeElement('', 1).text, '[\n  1\n]');
  assert.equal(lines.removeElement('', 0).text, '[\n  2\n]');
});

test('an element or member is added in the layout of those before it', () => {
  assert.equal(new JsonText('{"a":[1]}').appendElement('a', '2').text, '{"a":[1, 2]}');
  assert.equal(new JsonText('{\n  "a": [\n    1\n  ]\n}').appendElement('a', '2').text, '{\n  "a": [\n    1,\n    2\n  ]\n}');
  assert.equal(new JsonText('{"x": {"a": []}}').appendElement('x.a', '1').text, '{"x": {"a": [1]}}');
  assert.equal(new JsonText('{"x": [{}]}').addMember('x[0]', 'k', '1').text, '{"x": [{ "k": 1 }]}');
  assert.equal(new JsonText('{\n    "a": 1\n}').addMember('', 'b', '[]').text, '{\n    "a": 1,\n    "b": []\n}');
  // a key written twice: the new member goes after the one written last
  assert.equal(new JsonText('{"a": 1, "b": 2, "a": 3}').addMember('', 'c', '4').text, '{"a": 1, "b": 2, "a": 3, "c": 4}');
});

test('a value is replaced after its key, however the key is written', () => {
  assert.equal(new JsonText('{ "n\\"ame" :  "x", "t": 1 }').replaceValue('t', '2').text, '{ "n\\"ame" :  "x", "t": 2 }');
  assert.equal(new JsonText('{ "t" :\n  "x" }').replaceValue('t', '"y"').text, '{ "t" :\n  "y" }');
  assert.equal(new JsonText('{ "a": ["x", "y"] }').replaceValue('a[1]', '"z"').text, '{ "a": ["x", "z"] }');
});

test('a text that is not JSON has no value', () => {
  assert.equal(new JsonText('{ "a": [ }').value, undefined);
  assert.equal(new JsonText('\uFEFF{"a": 1}').valueAt('a'), 1);
});

test('the changed span of two texts is the one stretch where they differ', () => {
  assert.deepEqual(changedSpan('{"a": [1]}', '{"a": [1, 2]}'), { start: 8, end: 8, insert: ', 2' });
  assert.deepEqual(changedSpan('abcabc', 'abc'), { start: 3, end: 6, insert: '' });
  assert.deepEqual(changedSpan('same', 'same'), { start: 4, end: 4, insert: '' });
  assert.deepEqual(changedSpan('', 'new'), { start: 0, end: 0, insert: 'new' });
  assert.deepEqual(changedSpan('x"old"y', 'x"new"y'), { start: 2, end: 5, insert: 'new' });
});
