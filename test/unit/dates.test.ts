import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseArticle } from '../../src/core/article';
import { MONTHS, explicitMonths, explicitYears, findDateExpressions, mayHoldDate, mentionedMonths, resolveDateExpressions } from '../../src/core/dates';
import type { DatedEvent } from '../../src/core/types';

/** Resolves every date in `text` against `reference`, checking each expression's file offset. */
function eventsOf(text: string, reference: string | null): DatedEvent[] {
  const article = parseArticle('t.txt', text);
  const expressions = findDateExpressions(article);
  for (const expression of expressions) {
    assert.equal(text.slice(expression.start, expression.start + expression.expression.length), expression.expression);
  }
  return resolveDateExpressions(article, expressions, reference);
}

const dates = (text: string, reference: string | null) =>
  eventsOf(text, reference).map((e) => (e.endDate ? `${e.date}..${e.endDate}` : e.date));

test('seeds: days, ranges, half/begin, relative years and bare years', () => {
  const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
  const resolved = (name: string) => {
    const text = seed(name);
    const article = parseArticle(name, text);
    return resolveDateExpressions(article, findDateExpressions(article), article.headerMonth);
  };
  const seed003 = resolved('003_bd1e1457b116165d.txt');
  assert.deepEqual(seed003.map((e) => [e.expression, e.date, e.endDate, e.precision]), [
    ['in januari', '2019-01', undefined, 'month'],
    ['van 14 tot 16 april', '2019-04-14', '2019-04-16', 'day'],
  ]);
  assert.equal(seed003[1].text, 'De VN houdt van 14 tot 16 april een conferentie in de stad Ghadames.');
  assert.deepEqual(resolved('004_e79af3be02e54520.txt').map((e) => [e.expression, e.date, e.endDate]), [
    ['halfweg april', '2019-04', undefined],
    ['vanaf 14 tot en met 16 april', '2019-04-14', '2019-04-16'],
    ['in 2011', '2011', undefined],
  ]);
  assert.deepEqual(resolved('002_d77a9381598fb47e.txt').map((e) => [e.expression, e.date, e.precision]), [
    ['vorig jaar', '2019', 'year'],
    ['begin dit jaar', '2020', 'year'],
    ['Sinds dit jaar', '2020', 'year'],
    ['half januari', '2020-01', 'month'],
    ['in 2011', '2011', 'year'],
  ]);
  // seed 001 has no header: nothing without an explicit year resolves until a month is inferred
  assert.deepEqual(resolved('001_265cd457f113ad0a.txt'), []);
  const text001 = seed('001_265cd457f113ad0a.txt');
  assert.deepEqual(dates(text001, '2020-02'), ['2020-02-03', '2020-01-19', '2019-04', '2020-01', '2020-02-18']);
});

test('day, month and year forms, with abbreviations and English month names', () => {
  assert.deepEqual(dates('Op 3 februari 2020 begon het. Het duurde tot 3 jan. 2021.', '2020-02'), ['2020-02-03', '2021-01-03']);
  assert.deepEqual(dates('De wet gaat in april 2019 in. Begin maart en eind maart wordt gestemd.', '2019-02'), ['2019-04', '2019-03', '2019-03']);
  assert.deepEqual(dates('Medio januari kwam de raad bijeen. Half januari kwam hij terug.', '2020-02'), ['2020-01', '2020-01']);
  assert.deepEqual(dates('The summit opened on January 19, 2020 in Berlin. Talks resumed on 18 February.', '2020-02'), ['2020-01-19', '2020-02-18']);
  assert.deepEqual(dates('Het verdrag van 1648 is oud. Sinds 2015 regeert hij, eind 2019 viel hij.', null), ['2015', '2019']);
});

test('ranges: same month, across months and years, dashes and t/m', () => {
  assert.deepEqual(dates('Van 14 tot en met 16 mei is het feest. Het festival loopt 14-16 juni.', '2022-05'), ['2022-05-14..2022-05-16', '2022-06-14..2022-06-16']);
  assert.deepEqual(dates('De beurs duurt 3 t/m 5 maart en de top 7 - 9 maart.', '2022-03'), ['2022-03-03..2022-03-05', '2022-03-07..2022-03-09']);
  assert.deepEqual(dates('Het land is dicht van 30 december tot 2 januari.', '2020-12'), ['2020-12-30..2021-01-02']);
});

test('a month without a year lies in the window from 9 months before to 2 months after the reference', () => {
  assert.deepEqual(dates('In december kwam de raad bijeen.', '2020-01'), ['2019-12']);
  assert.deepEqual(dates('In maart wordt gestemd.', '2020-01'), ['2020-03']);
  assert.deepEqual(dates('In april werd gestemd.', '2020-01'), ['2019-04']);
  // "sinds" looks back: April before a February article is last year's April
  assert.deepEqual(dates('Sinds april proberen de troepen de stad in te nemen.', '2020-02'), ['2019-04']);
  assert.deepEqual(dates('Sinds februari is het rustig.', '2020-02'), ['2020-02']);
});

test('relative expressions need the reference month', () => {
  assert.deepEqual(dates('Vorige maand viel het kabinet. Deze maand wordt er gestemd. Volgend jaar is er een top.', '2021-01'), ['2020-12', '2021-01', '2022']);
  assert.deepEqual(dates('In april vorig jaar brak de oorlog uit.', '2021-01'), ['2020-04']);
  assert.deepEqual(dates('Vorige maand viel het kabinet, op 3 februari en in april.', null), []);
});

test('no false positives: names, counts, weekdays, impossible days', () => {
  const none = [
    'Nu is het rustig in de stad.',
    'Mei Ling en Jan Peters zeiden dat de mei-regel geldt.',
    'Keizer Augustus regeerde lang. April Ryan schreef erover.',
    'Hij kwam met 2000 soldaten, voor 2000 euro per maand.',
    'Donderdag rukte het leger op; zaterdagavond volgde een aanval.',
    'Op 31 april en 30 februari gebeurde niets.',
    'Er vielen 3 doden en 14 gewonden.',
  ];
  for (const text of none) assert.deepEqual(dates(text, '2020-05'), [], text);
  assert.deepEqual(dates('Op 3 mei en in mei en begin mei.', '2020-05'), ['2020-05-03', '2020-05', '2020-05']);
  assert.deepEqual(dates('Maart was koud.', '2020-05'), ['2020-03']);
});

test('a year out of range after a month makes no date, instead of the reference year', () => {
  for (const text of ['Op 15 mei 275760 gebeurde het.', 'Het feest was 14-16 april 99999.', 'In april 1066 landde hij.', 'Sinds juni 2200 is het rustig.', 'Op May 15, 30000 ging het mis.', 'Van 14 tot 16 april 12345 werd er gepraat.']) {
    assert.deepEqual(dates(text, '2019-05'), [], text);
  }
  // in range, and numbers that are counts rather than years, still work as before
  assert.deepEqual(dates('Op 15 mei 1800 en op 15 mei 2199 gebeurde het.', '2019-05'), ['1800-05-15', '2199-05-15']);
  assert.deepEqual(dates('Op 15 mei 300 betogers.', '2019-05'), ['2019-05-15']);
  assert.deepEqual(dates('In 1799 en in 2200 niet, in 1800 wel.', '2019-05'), ['1800']);
});

test('events carry the sentence, the expression and its file offset', () => {
  const text = ' date 2019-04 Eerste zin.\n\nDe VN houdt van 14 tot 16 april een conferentie in Ghadames.';
  const [event] = eventsOf(text, '2019-04');
  assert.equal(event.text, 'De VN houdt van 14 tot 16 april een conferentie in Ghadames.');
  assert.equal(event.expression, 'van 14 tot 16 april');
  assert.equal(event.start, text.indexOf('van 14'));
  assert.equal(event.path, 't.txt');
});

test('mentioned months leave out "sinds" and other years; explicit years and months', () => {
  const article = parseArticle('u.txt', 'Sinds april vechten ze. Op 3 februari en 18 februari werd gepraat, na 19 januari. In mei vorig jaar ook. In 2011 en in maart 2012.');
  const expressions = findDateExpressions(article);
  assert.deepEqual(mentionedMonths(expressions), [2, 2, 1, 3]);
  assert.deepEqual(explicitYears(expressions), [2011, 2012]);
  assert.deepEqual(explicitMonths(expressions), ['2012-03']);
});

test('date scanning is linear on a long text: time per sentence at 8,000 sentences within 3x of that at 1,000', () => {
  const sentence = 'Op 3 februari en van 14 tot 16 april kwam de raad, sinds maart en vorig jaar en in 2011 ook. ';
  /** Median milliseconds per sentence over three runs on `count` sentences (each made unique, so none is dropped as a repeat). */
  const msPerSentence = (count: number) => {
    const text = sentence.repeat(count).replace(/ook\. /g, (_match, offset: number) => `ook ${offset}. `);
    const article = parseArticle('long.txt', text);
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      const events = resolveDateExpressions(article, findDateExpressions(article), '2020-02');
      times.push((performance.now() - started) / count);
      assert.equal(events.length, count * 5);
    }
    return times.sort((a, b) => a - b)[1];
  };
  const small = msPerSentence(1_000);
  const large = msPerSentence(8_000);
  assert.ok(large < small * 3, `per sentence: ${large.toFixed(4)} ms at 8,000 vs ${small.toFixed(4)} ms at 1,000`);
});

test('a comma joins a year only in the English "January 19, 2020" order', () => {
  assert.deepEqual(dates('Op 3 februari, 2020 mensen liepen mee.', '2020-02'), ['2020-02-03']);
  assert.deepEqual(dates('It began on March 3, 2021 in Yangon.', '2021-04'), ['2021-03-03']);
});

test('words that are keys of every object ("constructor") are no month or relative year', () => {
  // A plain object lookup answers "constructor" with a function: it became a month, a date
  // "0NaN-function Object() …" on the timeline, and an analysis no worker could post.
  const article = parseArticle('c.txt', 'Ze werkte in constructor bouw, vorig constructor jaar niet. Op 3 Constructor ook niet.');
  assert.deepEqual(findDateExpressions(article), []);
  assert.deepEqual(dates('In constructor 2020 en op 3 constructor en constructor maand.', '2020-05'), []);
});

test('the quick check before tokenizing lets through every month name, relative pair and number, in any case', () => {
  const kelvin = (word: string) => word.replace(/k/g, '\u212A'); // lower-cases to "k"
  const cased = (word: string) => [word, word.toUpperCase(), word[0].toUpperCase() + word.slice(1), kelvin(word)];
  for (const month of Object.keys(MONTHS)) {
    for (const written of cased(month)) {
      assert.ok(mayHoldDate(`Het was ${written} toen.`), written);
      assert.equal(dates(`Het gebeurde in ${written} 2020.`, '2020-05').length, 1, written);
    }
  }
  for (const pair of ['vorig jaar', 'dit jaar', 'volgend jaar', 'komend jaar', 'vorige maand', 'afgelopen maand', 'deze maand', 'volgende maand', 'komende maand']) {
    for (const gap of [' ', '  ', '\u00a0', '\t']) {
      for (const written of cased(pair.replace(' ', gap))) {
        assert.ok(mayHoldDate(written), written);
        assert.equal(dates(`Het was ${written} druk.`, '2020-05').length, 1, JSON.stringify(written));
      }
    }
  }
  assert.deepEqual(dates('Het was vorig. jaar druk.', '2020-05'), ['2019']);
  assert.ok(mayHoldDate('in 2011'));
  assert.equal(dates('Ze sprak op 3 ja\u00ADnuari.', '2020-05').length, 1, 'read through invisible characters');
  assert.ok(!mayHoldDate('De onderhandelingen verliepen moeizaam, meldden lokale media al maanden.'));
});
