import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isLetterAt, isLowercaseAt, isWhiteSpaceAt } from '../../src/core/characters';

// Every UTF-16 code unit, so the ASCII fast paths and the regex for the rest agree with the regexes
// they stand for everywhere (a surrogate pair is read one half at a time, as `text[i]` is).
const CODE_UNITS = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));

for (const [name, at, pattern] of [
  ['isWhiteSpaceAt', isWhiteSpaceAt, /\s/],
  ['isLetterAt', isLetterAt, /\p{L}/u],
  ['isLowercaseAt', isLowercaseAt, /\p{Ll}/u],
] as const) {
  test(`${name} agrees with ${pattern} on every code unit, and is false past either end`, () => {
    const wrong = CODE_UNITS.filter((unit) => at(`x${unit}y`, 1) !== pattern.test(unit));
    assert.deepEqual(wrong.map((unit) => unit.charCodeAt(0).toString(16)), []);
    assert.equal(at('a', 1), false);
    assert.equal(at('a', -1), false);
  });
}
