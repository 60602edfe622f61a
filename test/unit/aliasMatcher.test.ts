import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AliasMatcher, wordParts } from '../../src/core/aliasMatcher';
import { foldText } from '../../src/core/text';
import { seededRandom } from '../seededRandom';

const matcher = new AliasMatcher([
  { id: 'un', alias: 'VN' },
  { id: 'un', alias: 'Verenigde Naties' },
  { id: 'unsc', alias: 'VN-Veiligheidsraad' },
  { id: 'us', alias: 'Verenigde Staten' },
  { id: 'us', alias: 'VS' },
  { id: 'usa', alias: 'Verenigde Staten van Amerika' },
  { id: 'salame', alias: 'Ghassan Salamé' },
  { id: 'sarraj', alias: 'al-Sarraj' },
  { id: 'libya', alias: 'Libië' },
  { id: 'chile', alias: 'Chili' },
  { id: 'rutte', alias: 'Rutte' },
  { id: 'haftar', alias: 'Haftar' },
  { id: 'geneva', alias: 'Genève' },
]);

function found(text: string): string[] {
  return matcher.findAll(text).map((match) => `${match.id}:${match.surface}`);
}

test('finds multi-word names, ignoring case and accents, with exact offsets', () => {
  const text = 'Gezant GHASSAN SALAME sprak in Geneve met de Verenigde Naties.';
  const matches = matcher.findAll(text);
  assert.deepEqual(matches.map((m) => m.id), ['salame', 'geneva', 'un']);
  for (const match of matches) assert.equal(text.slice(match.start, match.end), match.surface);
  assert.equal(matches[0].surface, 'GHASSAN SALAME');
});

test('offsets stay right after accented and decomposed letters', () => {
  const text = 'Salamé en Ghassan Salame\u0301 in Genève en Libië.';
  const matches = matcher.findAll(text);
  assert.deepEqual(matches.map((m) => m.surface), ['Ghassan Salame\u0301', 'Genève', 'Libië']);
});

test('the longest spelling wins and matches do not overlap', () => {
  assert.deepEqual(found('De VN-Veiligheidsraad en de Verenigde Staten van Amerika.'), ['unsc:VN-Veiligheidsraad', 'usa:Verenigde Staten van Amerika']);
  assert.deepEqual(found('De Verenigde Staten en de VN.'), ['us:Verenigde Staten', 'un:VN']);
});

test('a known name at the start of a compound is found, but not inside a longer word', () => {
  assert.deepEqual(found('VN-gezant Salamé'), ['un:VN']);
  assert.deepEqual(found('Libiëkenners en Rutten, Ruttes beleid'), ['rutte:Ruttes']);
});

test('Arabic articles: hyphen, space and capital variants match; other articles only as aliases', () => {
  assert.deepEqual(found('premier Al-Sarraj, al Sarraj en AL-SARRAJ'), ['sarraj:Al-Sarraj', 'sarraj:al Sarraj', 'sarraj:AL-SARRAJ']);
  assert.deepEqual(found('premier am-Saaraj'), []);
});

test('a capitalised alias needs a capital in the text; short acronyms need their exact case', () => {
  assert.deepEqual(found('chili con carne in Chili'), ['chile:Chili']);
  assert.deepEqual(found('Ajax vs Feyenoord, steun uit de VS'), ['us:VS']);
  assert.deepEqual(found('de vn en de Vn'), []);
});

test('Dutch possessives of names are found', () => {
  assert.deepEqual(found('Haftars troepen en Haftar'), ['haftar:Haftars', 'haftar:Haftar']);
});

test('names split over a line break match; names split by punctuation do not', () => {
  assert.deepEqual(found('de Verenigde\nNaties'), ['un:Verenigde\nNaties']);
  assert.deepEqual(found('Verenigde. Naties'), []);
});

test('later entries override earlier ones with the same spelling', () => {
  const overridden = new AliasMatcher([{ id: 'kb', alias: 'Haftar' }, { id: 'user', alias: 'haftar' }]);
  assert.equal(overridden.findAll('Haftar')[0].id, 'user');
});

test('findAt returns the match covering an offset, reading only a window around it', () => {
  const line = 'x '.repeat(50_000) + 'De Verenigde Naties en Haftar. ' + 'y '.repeat(50_000);
  const at = line.indexOf('Naties') + 2;
  const match = matcher.findAt(line, at);
  assert.equal(match?.id, 'un');
  assert.equal(line.slice(match!.start, match!.end), 'Verenigde Naties');
  assert.equal(matcher.findAt(line, line.indexOf('Haftar'))?.id, 'haftar');
  assert.equal(matcher.findAt(line, line.indexOf(' en Haftar')), undefined);
  assert.equal(matcher.findAt(line, -1), undefined);
  assert.equal(matcher.findAt(line, line.length + 5), undefined);
});

test('hostile and empty input does not throw', () => {
  assert.deepEqual(matcher.findAll(''), []);
  assert.deepEqual(found('\u0000\uFFFD\uD800 --- \'\' VN'), ['un:VN']);
  assert.equal(new AliasMatcher([{ id: 'x', alias: '   ' }, { id: 'y', alias: '---' }]).size, 0);
});

test('wordParts splits at hyphens and apostrophes and folds each part', () => {
  assert.deepEqual(wordParts("VN-gezant Salamé d'Estaing").map((part) => [part.folded, part.wordStart, part.capital]), [
    ['vn', true, true], ['gezant', false, false], ['salame', true, true], ['d', true, false], ['estaing', false, true],
  ]);
});

/** What wordParts gives, by the regex that defines a word (the scanner must agree with it). */
function wordPartsByRegex(text: string): { folded: string; start: number; end: number; wordStart: boolean; capital: boolean }[] {
  const parts = [];
  for (const match of text.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu)) {
    let from = 0;
    for (const piece of match[0].split(/['’\-]/)) {
      const first = piece.charAt(0);
      parts.push({ folded: foldText(piece), start: match.index + from, end: match.index + from + piece.length, wordStart: from === 0, capital: first !== first.toLowerCase() });
      from += piece.length + 1;
    }
  }
  return parts;
}

test('wordParts splits any text as the word regex does: marks, digits, surrogate pairs, lone surrogates, separators', () => {
  const alphabet = ['a', 'Z', '7', 'é', 'E\u0301', '\u0301', 'ß', 'İ', 'Ø', 'ı', 'Ⅻ', '٣', '𝐀', '𝟘', '😀', '\ud800', '\udc00', '-', "'", '’', ' ', '.', '\u200b', '\u00ad', 'ﬁ', 'Ω', 'я', 'Я', '中', '\n'];
  const random = seededRandom(7);
  for (let round = 0; round < 3000; round++) {
    let text = '';
    for (let i = Math.floor(random() * 12); i >= 0; i--) text += alphabet[Math.floor(random() * alphabet.length)];
    assert.deepEqual(wordParts(text), wordPartsByRegex(text), JSON.stringify(text));
  }
});

test('a web name matches with its dot, and only with the dot or a name gap between its parts', () => {
  const web = new AliasMatcher([{ id: 'nunl', alias: 'NU.nl' }]);
  assert.deepEqual(web.findAll('Dat meldt NU.nl vanavond.').map((match) => match.surface), ['NU.nl']);
  assert.deepEqual(web.findAll('Dat meldt NU, nl vanavond.').map((match) => match.surface), []);
});

test('a name whose later words are capitalised needs them capitalised: a sentence start explains only the first', () => {
  const media = new AliasMatcher([{ id: 'tijd', alias: 'De Tijd' }, { id: 'flemish-government', alias: 'Vlaamse regering' }]);
  assert.deepEqual(media.findAll('De tijd dringt. Dat schrijft De Tijd, en ook de Tijd en DE TIJD.').map((match) => match.surface), ['De Tijd', 'de Tijd', 'DE TIJD']);
  assert.deepEqual(media.findAll('De Vlaamse Regering zwijgt.').map((match) => match.surface), ['Vlaamse Regering']);
});

test('a final s is a possessive before lower case or a known name, not before a name of its own; a place entry says so', () => {
  const places = new AliasMatcher([{ id: 'france', alias: 'France', type: 'place' }, { id: 'haftar', alias: 'Haftar' }, { id: 'libya', alias: 'Libië', type: 'place' }]);
  const ids = (text: string) => places.findAll(text).map((match) => `${match.id}:${match.surface}${match.type === 'place' ? ' (place)' : ''}`);
  assert.deepEqual(ids('Hij versloeg Frances Tiafoe.'), []);
  assert.deepEqual(ids('Haftars zoon reisde. Haftars Libië bestaat niet.'), ['haftar:Haftars', 'haftar:Haftars', 'libya:Libië (place)']);
  assert.deepEqual(ids('Frances president zweeg.'), ['france:Frances (place)']);
});
