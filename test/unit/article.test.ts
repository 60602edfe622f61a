import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseArticle } from '../../src/core/article';
import { foldText } from '../../src/core/text';
import type { ParsedArticle } from '../../src/core/types';
import { LINEAR_RATIO, timePerUnitRatio } from './scaling';

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');

function assertOffsets(article: ParsedArticle, text: string): void {
  for (const sentence of article.sentences) {
    assert.equal(text.slice(sentence.start, sentence.start + sentence.text.length), sentence.text);
  }
}

const texts = (article: ParsedArticle) => article.sentences.map((s) => s.text);

test('seed 000: header month, body start, repeated passages folded', () => {
  const text = seed('000_ab25a122ba57dbfe.txt');
  const article = parseArticle('seeds/000_ab25a122ba57dbfe.txt', text);
  assert.equal(article.headerMonth, '2020-01');
  assert.equal(article.headerDay, null);
  assert.ok(text.startsWith('Een functionaris', article.bodyStart));
  // the second half of the file repeats paragraphs 2 and 3, glued into one paragraph
  assert.equal(article.sentences.length, 11);
  assert.equal(article.repeatedSentences, 8);
  const keys = article.sentences.map((s) => foldText(s.text));
  assert.equal(new Set(keys).size, keys.length);
  assertOffsets(article, text);
  assert.ok(article.title.startsWith('Een functionaris bij de door de VN gesteunde regering'));
  assert.ok(article.title.length <= 91 && article.title.endsWith('…'));
  assert.deepEqual(article.warnings, []);
});

test('seed 001: no header means undated, the whole-article repeat is dropped', () => {
  const text = seed('001_265cd457f113ad0a.txt');
  const article = parseArticle('seeds/001_265cd457f113ad0a.txt', text);
  assert.equal(article.headerMonth, null);
  assert.equal(article.bodyStart, 0);
  assert.equal(article.repeatedSentences, 10);
  assert.equal(article.sentences.at(-1)?.text, 'De Verenigde Naties hebben voorgesteld om de gesprekken vanaf 18 februari te hernemen.');
  // "(...) die op 3 februari" and "(zaterdag)namiddag" do not end a sentence
  assert.ok(texts(article).some((s) => s.startsWith("'De eerste gesprekken (...) die op 3 februari van start gingen, zijn (zaterdag)namiddag stopgezet'")));
  assertOffsets(article, text);
});

test('seed 002: headings without a full stop are their own sentence, quotes stay with their sentence', () => {
  const text = seed('002_d77a9381598fb47e.txt');
  const article = parseArticle('seeds/002_d77a9381598fb47e.txt', text);
  assert.equal(article.repeatedSentences, 0);
  assert.ok(texts(article).includes('De invloed en statuur van de ‘veldmaarschalk’ groeit'));
  assert.ok(texts(article).includes('“Turkse troepen hebben teruggeschoten”, aldus een verklaring.'));
  const heading = article.sentences.find((s) => s.text.startsWith('De invloed'));
  const next = article.sentences.find((s) => s.text.startsWith('In Berlijn zaten'));
  assert.ok(heading && next && next.paragraph === heading.paragraph + 1);
  assertOffsets(article, text);
});

test('Dutch abbreviations, initials and decimals do not end a sentence', () => {
  const text =
    'Volgens dhr. Jansen is het o.a. in Rotterdam druk. Het kost 3.5 miljoen euro, zegt mr. De Vries. ' +
    'J. Smit en J.P. de Boer van de St. Jozefkerk zijn het oneens. "Het is klaar." Daarna sprak prof. Bakker (CDA.) niet meer. ' +
    'Vergelijk bijv. Utrecht en nr. 5 van de lijst!';
  const article = parseArticle('a.txt', text);
  assert.deepEqual(texts(article), [
    'Volgens dhr. Jansen is het o.a. in Rotterdam druk.',
    'Het kost 3.5 miljoen euro, zegt mr. De Vries.',
    'J. Smit en J.P. de Boer van de St. Jozefkerk zijn het oneens.',
    '"Het is klaar."',
    'Daarna sprak prof. Bakker (CDA.) niet meer.',
    'Vergelijk bijv. Utrecht en nr. 5 van de lijst!',
  ]);
  assertOffsets(article, text);
});

test('a sentence ends after a run of punctuation and its closing quotes, before any white space and a capital', () => {
  const text =
    'Wat nu?!" vroeg Jansen. Het «kan»!» Zei ze… Echt?) Ja.\u00a0Nee.\u3000Misschien.)\u2028Zeker ' +
    'niet.… Oké?". Één moment. É\u0301n nog.) élan. Klaar.";Nee. Ω.Zo';
  const article = parseArticle('a.txt', text);
  assert.deepEqual(texts(article), [
    'Wat nu?!" vroeg Jansen.',
    'Het «kan»!»',
    'Zei ze…',
    'Echt?)',
    'Ja.',
    'Nee.',
    'Misschien.)',
    'Zeker niet.…',
    'Oké?".',
    'Één moment.',
    'É\u0301n nog.) élan.',
    'Klaar.";Nee.',
    'Ω.Zo',
  ]);
  assertOffsets(article, text);
});

test('CRLF header with a day; the text may start on the next line', () => {
  const text = '\uFEFF  date 2021-03-05\r\nHet kabinet valt.\r\n\r\nDe Tweede Kamer debatteert.\r\n';
  const article = parseArticle('b.txt', text);
  assert.equal(article.headerMonth, '2021-03');
  assert.equal(article.headerDay, '2021-03-05');
  assert.equal(text.slice(article.bodyStart, article.bodyStart + 3), 'Het');
  assert.deepEqual(texts(article), ['Het kabinet valt.', 'De Tweede Kamer debatteert.']);
  assert.deepEqual(article.sentences.map((s) => s.paragraph), [0, 1]);
  assertOffsets(article, text);
});

test('impossible header dates give a warning and no month, never an exception', () => {
  for (const header of ['date 2020-13', 'date 2020-00', 'date 2021-02-29', 'date 2020-04-31', 'date 2020-01-32']) {
    const article = parseArticle('c.txt', `${header} Er gebeurde iets.`);
    assert.equal(article.headerMonth, null, header);
    assert.equal(article.headerDay, null, header);
    assert.equal(article.warnings.length, 1, header);
    assert.match(article.warnings[0], /not a valid date/);
    assert.deepEqual(texts(article), ['Er gebeurde iets.']);
  }
  assert.equal(parseArticle('d.txt', 'date 2020-02-29 Schrikkeldag.').headerDay, '2020-02-29');
  // "date" later in the text, or glued to more digits, is not a header
  assert.equal(parseArticle('e.txt', 'Tekst.\n date 2020-01 later').headerMonth, null);
  assert.equal(parseArticle('f.txt', 'date 2020-011 tekst').headerMonth, null);
});

test('header years outside 1600-2199 make the article undated, with a warning naming the range', () => {
  for (const header of ['date 0000-01', 'date 0000-00', 'date 9999-12', 'date 1599-12-31', 'date 2200-01']) {
    const article = parseArticle('y.txt', `${header} Er gebeurde iets.`);
    assert.deepEqual([article.headerMonth, article.headerDay], [null, null], header);
    assert.equal(article.warnings.length, 1, header);
    assert.match(article.warnings[0], new RegExp(`^The date header "${header}" is not used because (its year is outside 1600-2199|it is not a valid date); the article is treated as undated\\.$`));
  }
  assert.match(parseArticle('y.txt', 'date 9999-01 Tekst.').warnings[0], /outside 1600-2199/);
  assert.equal(parseArticle('z.txt', 'date 1600-01 Tekst.').headerMonth, '1600-01');
  assert.equal(parseArticle('z.txt', 'date 2199-12-31 Tekst.').headerDay, '2199-12-31');
});

test('repeats on another topic: a whole article pasted twice, glued into one paragraph', () => {
  const paragraphs = [
    'Het kabinet-Rutte IV is gevallen na een conflict over migratie.',
    'De coalitiepartijen konden het niet eens worden over gezinshereniging. Premier Rutte bood zijn ontslag aan bij de koning.',
  ];
  const text = `${paragraphs.join('\n\n')}\n\n${paragraphs.join(' ')}\n\nLees ook:\n\nEen nieuw onderzoek.\n\nLees ook:\n\nNog een stuk.`;
  const article = parseArticle('g.txt', text);
  assert.equal(article.repeatedSentences, 3);
  assert.deepEqual(texts(article), [
    'Het kabinet-Rutte IV is gevallen na een conflict over migratie.',
    'De coalitiepartijen konden het niet eens worden over gezinshereniging.',
    'Premier Rutte bood zijn ontslag aan bij de koning.',
    'Lees ook:',
    'Een nieuw onderzoek.',
    'Lees ook:',
    'Nog een stuk.',
  ]);
  // a repeat with other spacing or case is still a repeat
  const spaced = parseArticle('h.txt', 'De koning opende het parlement vandaag.\n\nDe  KONING opende het\nparlement vandaag.');
  assert.equal(spaced.repeatedSentences, 1);
  const tabbed = parseArticle('h.txt', 'De koning opende het parlement vandaag. De\tkoning opende\u00a0het parlement vandáág. Drie woorden hier. Drie  woorden hier.');
  assert.deepEqual(tabbed.sentences.map((s) => s.text), ['De koning opende het parlement vandaag.', 'Drie woorden hier.', 'Drie  woorden hier.']);
});

test('summary holds up to three sentences within 280 characters, cut at a word', () => {
  const article = parseArticle('i.txt', 'Eerste zin van het stuk. Tweede zin. Derde zin hier. Vierde zin.');
  assert.equal(article.title, 'Eerste zin van het stuk.');
  assert.equal(article.summary, 'Eerste zin van het stuk. Tweede zin. Derde zin hier.');
  const long = parseArticle('j.txt', `${'woord '.repeat(100)}einde.`);
  assert.ok(long.summary.length <= 280 && long.summary.endsWith('woord…'));
  assert.ok(long.title.length <= 90 && long.title.endsWith('woord…'));
});

test('empty and whitespace texts give no sentences and a title from the file name', () => {
  for (const text of ['', '   \n\n  ', ' date 2020-05 ']) {
    const article = parseArticle('map/leeg-artikel.txt', text);
    assert.deepEqual(article.sentences, []);
    assert.equal(article.title, 'leeg-artikel');
    assert.equal(article.summary, '');
  }
});

test('a 5 MB article parses whole; unpunctuated text is cut into bounded sentences', () => {
  const words = ['regering', 'Tripoli', 'zei', 'dhr.', 'Jansen', 'op', '3', 'februari', 'dat', 'de', 'VN', 'o.a.', 'praten'];
  let text = ' date 2020-02 ';
  for (let i = 0; text.length < 5_000_000; i++) {
    text += `${words[i % 13]} ${words[(i * 7) % 13]} ${i} ${words[(i * 5) % 13]}. ${i % 9 === 0 ? '\n\n' : ''}`;
  }
  const article = parseArticle('big.txt', text);
  assert.ok(article.sentences.length > 50_000);

  const unpunctuated = Array.from({ length: 300_000 }, (_, i) => `woord${i}`).join(' ');
  const flat = parseArticle('flat.txt', unpunctuated);
  assert.ok(flat.sentences.length > 2000);
  assert.ok(flat.sentences.every((s) => s.text.length <= 1000));
  assertOffsets(flat, unpunctuated);
});

test('hostile single files parse in linear time: one huge word, full stops, punctuation', () => {
  const MB = 1 << 20;
  const hostile: Record<string, (bytes: number) => string> = {
    'one word': (bytes) => 'a'.repeat(bytes),
    'full stops': (bytes) => '.'.repeat(bytes),
    'brackets': (bytes) => '('.repeat(bytes / 2) + ')'.repeat(bytes / 2),
    'hyphenated': (bytes) => 'a-'.repeat(bytes / 2),
  };
  for (const [name, make] of Object.entries(hostile)) {
    const ratio = timePerUnitRatio((megabytes) => {
      const text = make(megabytes * MB / 2);
      return () => parseArticle('hostile.txt', text);
    }, 1, 8);
    assert.ok(ratio < LINEAR_RATIO, `${name}: time per MB grows ${ratio.toFixed(1)}x from 0.5 to 4 MB`);
    const article = parseArticle('hostile.txt', make(MB / 2));
    assert.ok(article.sentences.every((s) => s.text.length <= 1000), name);
  }
});

test('hostile text: control characters, lone surrogates and odd quotes do not break parsing', () => {
  const text = 'date 2020-01 \u0000\u0007 Zin één.\uD800 "(((\'\'\'. ?!?! …… ).\n\n\n\n\u200B.';
  const article = parseArticle('k.txt', text);
  assert.equal(article.headerMonth, '2020-01');
  assertOffsets(article, text);
});

test('a line break ends a sentence before a line that begins in capitals, not inside a wrapped sentence or name', () => {
  const text = 'Formateur moet door van koning\nDe koning gaf hem twee weken, zei hij tegen de\npers. Het kabinet van Khalifa\nHaftar zweeg.\n14 mei 2022, 8:35 Lokaal\nDNO';
  const sentences = parseArticle('a.txt', text).sentences.map((s) => s.text);
  assert.deepEqual(sentences, [
    'Formateur moet door van koning',
    'De koning gaf hem twee weken, zei hij tegen de\npers.',
    'Het kabinet van Khalifa\nHaftar zweeg.',
    '14 mei 2022, 8:35 Lokaal\nDNO',
  ]);
});
