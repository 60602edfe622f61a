import { test } from 'node:test';
import { seededRandom } from '../seededRandom';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { parseArticle } from '../../src/core/article';
import { explicitMonths, explicitYears, findDateExpressions, mentionedMonths } from '../../src/core/dates';
import { inferMonths, latestMonthOfYear, type InferenceInput } from '../../src/core/monthInference';
import { foldText, isCapitalized, tokenize } from '../../src/core/text';
import { LINEAR_RATIO, timePerUnitRatio, timeRatio } from './scaling';

/** What the corpus supplies, built the way the brief describes: folded capitalised words as features. */
function inputOf(path: string, text: string): InferenceInput {
  const article = parseArticle(path, text);
  const expressions = findDateExpressions(article);
  const features = new Set<string>();
  for (const sentence of article.sentences) {
    for (const token of tokenize(sentence.text)) if (isCapitalized(token.text)) features.add(foldText(token.text));
  }
  return {
    path,
    headerMonth: article.headerMonth,
    mentionedMonths: mentionedMonths(expressions),
    explicitYears: explicitYears(expressions),
    explicitMonths: explicitMonths(expressions),
    features: [...features],
  };
}

test('latest month of the year reads the year as a circle', () => {
  assert.equal(latestMonthOfYear([2, 1, 2]), 2);
  assert.equal(latestMonthOfYear([12, 1]), 1);
  assert.equal(latestMonthOfYear([11, 12, 1, 2]), 2);
  assert.equal(latestMonthOfYear([4]), 4);
  assert.equal(latestMonthOfYear([]), undefined);
  assert.equal(latestMonthOfYear([0, 13, 2.5]), undefined);
});

test('seeds: the undated article 001 comes out 2020-02, dated ones are left alone', () => {
  const dir = new URL('../../seeds/', import.meta.url);
  const inputs = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => inputOf(`seeds/${f}`, readFileSync(new URL(f, dir), 'utf8')));
  const seed001 = inputs.find((i) => i.path.includes('001_'));
  assert.deepEqual(seed001?.mentionedMonths, [2, 1, 2]); // "sinds april" is left out
  assert.deepEqual([...inferMonths(inputs)], [['seeds/001_265cd457f113ad0a.txt', '2020-02']]);
  // without the similar dated articles there is no evidence for a year at all
  assert.deepEqual([...inferMonths(inputs.filter((i) => i.headerMonth === null))], []);
});

/** Another topic and other countries: Sudan 2019 and 2023, Chile 2021, with the same names across years. */
const SYNTHETIC: [string, string][] = [
  ['sudan/2019-06.txt', ' date 2019-06 In Khartoem sloeg het leger een sit-in neer. Generaal Burhan leidt de militaire raad na de val van Bashir. Demonstranten eisen een burgerregering.'],
  ['sudan/2019-07.txt', ' date 2019-07 De militaire raad van Burhan en de oppositie tekenen in Khartoem een akkoord over een overgangsregering. Bashir zit vast.'],
  ['sudan/2023-04.txt', ' date 2023-04 In Khartoem vechten het leger van Burhan en de RSF van Hemedti. Op 15 april begonnen de gevechten rond de luchthaven.'],
  ['sudan/2023-05.txt', ' date 2023-05 In Jeddah praten afgezanten van Burhan en Hemedti over een bestand. Saudi-Arabië en de Verenigde Staten bemiddelen.'],
  ['sudan/2023-06.txt', ' date 2023-06 De RSF van Hemedti rukt op in Darfur. Het bestand van Jeddah is mislukt, zeggen hulporganisaties in Khartoem.'],
  ['chile/2021-11.txt', ' date 2021-11 In Santiago gaan Boric en Kast door naar de tweede ronde van de presidentsverkiezingen.'],
  ['chile/2021-12.txt', ' date 2021-12 Gabriel Boric wint in Santiago de tweede ronde van José Antonio Kast.'],
  ['chile/2022-03.txt', ' date 2022-03 Boric wordt in Valparaíso ingehuldigd als president van Chili.'],
  // undated
  ['sudan/undated-jeddah.txt', 'In Jeddah zijn de gesprekken tussen Burhan en Hemedti op 20 mei hervat. De RSF houdt Khartoem deels bezet sinds 15 april.'],
  ['chile/undated-boric.txt', 'Boric versloeg Kast op 19 december in Santiago. In november leek Kast nog te winnen.'],
  ['misc/undated-no-month.txt', 'Burhan en Hemedti zwijgen. Boric ook.'],
  ['misc/undated-unrelated.txt', 'Op 4 maart opent in Reykjavik een tentoonstelling over Vigdís. Het museum bestaat sinds 1998.'],
  ['misc/undated-explicit.txt', 'Op 12 oktober 2016 opende in Lissabon een brug. Op 3 oktober volgde een feest.'],
];

test('a synthetic corpus: the year comes from similar dated articles, not from the calendar', () => {
  const inferred = inferMonths(SYNTHETIC.map(([path, text]) => inputOf(path, text)));
  assert.equal(inferred.get('sudan/undated-jeddah.txt'), '2023-05'); // not 2019: the 2019 articles lack Hemedti, Jeddah, RSF
  assert.equal(inferred.get('chile/undated-boric.txt'), '2021-12');
  assert.equal(inferred.has('misc/undated-no-month.txt'), false); // names no month
  assert.equal(inferred.get('misc/undated-unrelated.txt'), '1998-03'); // only the written year supports a guess
  assert.equal(inferred.get('misc/undated-explicit.txt'), '2016-10');
  for (const [path] of SYNTHETIC.filter(([, text]) => text.startsWith(' date'))) assert.equal(inferred.has(path), false);
});

test('the year vote crosses a year boundary and prefers the nearer neighbours', () => {
  const dated = (path: string, headerMonth: string, features: string[]): InferenceInput => ({ path, headerMonth, mentionedMonths: [], explicitYears: [], features });
  const inputs: InferenceInput[] = [
    dated('a', '2022-01', ['kiev', 'zelensky', 'poetin']),
    dated('b', '2021-12', ['kiev', 'zelensky', 'biden']),
    dated('c', '2015-01', ['kiev', 'porosjenko']),
    dated('d', '2022-01', ['ottawa', 'trudeau']),
    { path: 'u', headerMonth: null, mentionedMonths: [12, 1], explicitYears: [2014], features: ['zelensky', 'poetin', 'kiev'] },
  ];
  assert.deepEqual([...inferMonths(inputs)], [['u', '2022-01']]);
});

test('20,000 articles: common features skipped, years still found', () => {
  const inputs: InferenceInput[] = [];
  const yearOf = (i: number) => 2000 + Math.floor(i / 1000);
  for (let i = 0; i < 20_000; i++) {
    inputs.push({
      path: `a${i}`,
      headerMonth: i % 10 === 3 ? null : `${yearOf(i)}-${String((i % 12) + 1).padStart(2, '0')}`,
      mentionedMonths: [(i % 12) + 1],
      explicitYears: [],
      // 50 consecutive articles share a story (same year); topics and words recur over all years
      features: ['common', `story${Math.floor(i / 50)}`, `person${Math.floor(i / 25)}`, `topic${i % 200}`, `word${i % 37}`],
    });
  }
  const inferred = inferMonths(inputs);
  assert.equal(inferred.size, 2000);
  const right = [...inferred].filter(([path, month]) => Number(month.slice(0, 4)) === yearOf(Number(path.slice(1)))).length;
  assert.ok(right >= 1900, `${right} of 2000 right`);
});

test('kept up to date article by article, inference equals inferring from scratch', async () => {
  const { MonthInference } = await import('../../src/core/monthInference');
  const pool = SYNTHETIC.map(([path, text]) => inputOf(path, text));
  // Variants that move articles between dated and undated, and change what they name.
  const variants = pool.map((input) => ({ ...input, headerMonth: input.headerMonth === null ? '2023-05' : null, mentionedMonths: [5], features: input.features.slice(1) }));
  const next = seededRandom(11);
  const inference = new MonthInference();
  const present = new Map<string, InferenceInput>();
  for (let step = 0; step < 200; step++) {
    const index = Math.floor(next() * pool.length);
    const roll = next();
    if (roll < 0.7) {
      const input = roll < 0.45 ? pool[index] : variants[index];
      inference.set(input);
      present.set(input.path, input);
    } else {
      inference.delete(pool[index].path);
      present.delete(pool[index].path);
    }
    if (step % 4 === 0) inference.update();
  }
  inference.update();
  const fresh = inferMonths([...present.values()]);
  const kept = new Map([...present.keys()].flatMap((path) => (inference.get(path) ? [[path, inference.get(path)!]] : [])));
  assert.deepEqual(kept, fresh);
  assert.ok(fresh.size > 0);
});

test('a change to dated articles alone re-infers the undated articles that resemble them', async () => {
  const { MonthInference } = await import('../../src/core/monthInference');
  const inputs = SYNTHETIC.map(([path, text]) => inputOf(path, text));
  const inference = new MonthInference();
  for (const input of inputs) inference.set(input);
  inference.update();
  assert.equal(inference.get('sudan/undated-jeddah.txt'), '2023-05');
  // Without the 2023 articles, the most similar dated articles are those of 2019.
  const remaining = inputs.filter((input) => !input.path.startsWith('sudan/2023'));
  for (const input of inputs) if (input.path.startsWith('sudan/2023')) inference.delete(input.path);
  assert.deepEqual(inference.update(), ['sudan/undated-jeddah.txt']);
  assert.equal(inference.get('sudan/undated-jeddah.txt'), inferMonths(remaining).get('sudan/undated-jeddah.txt'));
  assert.notEqual(inference.get('sudan/undated-jeddah.txt'), '2023-05');
});

/** Articles, eight in nine undated, that all name the same people (each name in under 500 dated articles). */
function sharedNames(n: number): InferenceInput[] {
  return Array.from({ length: n }, (_, i) => ({
    path: `a${i}`,
    headerMonth: i % 9 === 0 ? `20${10 + (i % 10)}-0${1 + (i % 9)}` : null,
    mentionedMonths: [3],
    explicitYears: [],
    features: [`story${i % 50}`, ...Array.from({ length: 40 }, (_, k) => `person${k}`)],
  }));
}

test('many undated articles sharing names: inference time per article does not grow with the corpus', async () => {
  const { MonthInference } = await import('../../src/core/monthInference');
  const ratio = timePerUnitRatio((n) => {
    const inputs = sharedNames(n);
    return () => {
      const inference = new MonthInference();
      for (const input of inputs) inference.set(input);
      inference.update();
    };
  }, 1000, 8, 5);
  assert.ok(ratio < LINEAR_RATIO, `time per article grows ${ratio.toFixed(1)}x from 1,000 to 8,000 articles`);
});

test('many undated articles sharing names: one changed undated article costs the same however many share them', async () => {
  const { MonthInference } = await import('../../src/core/monthInference');
  const oneChange = (n: number) => {
    const inputs = sharedNames(n);
    const inference = new MonthInference();
    for (const input of inputs) inference.set(input);
    inference.update();
    let flip = false;
    return () => {
      flip = !flip;
      inference.set({ ...inputs[1], mentionedMonths: flip ? [4] : [3] });
      inference.update();
    };
  };
  const ratio = timeRatio(oneChange(500), oneChange(4000));
  assert.ok(ratio < LINEAR_RATIO, `one change takes ${ratio.toFixed(1)}x as long with 8x the articles`);
});
