import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { inertText } from '../../src/core/inertText';

describe('inertText', () => {
  test('terminal escape sequences lose their ESC and BEL and show as symbols', () => {
    const shown = inertText('\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007 \u001b[2J');
    assert.doesNotMatch(shown, /[\u0000-\u001f\u007f-\u009f]/);
    assert.equal(shown, '␛]8;;https://evil.example␇click␛]8;;␇ ␛[2J');
  });

  test('a newline cannot start a second line', () => {
    assert.equal(inertText('a.txt\nSkipped b.txt: forged'), 'a.txt␊Skipped b.txt: forged');
    assert.equal(inertText('a\r\nb'), 'a␍␊b');
  });

  test('bidi overrides, isolates and zero-width characters are removed', () => {
    assert.equal(inertText('invoice\u202Etxt.exe'), 'invoicetxt.exe');
    assert.equal(inertText('Ghas\u200Bsan Sa\u00ADla\u2060mé\uFEFF \u2066x\u2069'), 'Ghassan Salamé x');
  });

  test('C1 controls and DEL become visible replacements; tabs become spaces', () => {
    assert.equal(inertText('a\u0085b\u007fc\td'), 'a\ufffdb\u2421c d');
  });

  test('ordinary text, accents and non-Latin scripts are untouched', () => {
    const text = 'Fayez al-Sarraj (السراج) zei: “Genève — 5 €”. Zelensky/Зеленський 👍🏽';
    assert.equal(inertText(text), text);
  });
});
