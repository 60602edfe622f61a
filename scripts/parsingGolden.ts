// The full output of per-file parsing (decoding, the prose check, parseArticle, date expressions
// and their resolution) on a fixed set of texts, as JSON, so a change meant to make parsing faster
// can be checked to give exactly the same result:
//   node --import tsx scripts/parsingGolden.ts > before.json   (then again after, and diff)
// The texts: the seeds, the eval corpora, synthetic articles, seeded random "fuzz" texts built
// from the characters parsing looks at, and articles whose sentences repeat with small variations.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../src/core/article';
import { findDateExpressions, resolveDateExpressions } from '../src/core/dates';
import { decodeArticleBytes } from '../src/core/decode';
import { proseProblem } from '../src/core/prose';
import { seededRandom } from '../test/seededRandom';
import { syntheticArchive } from './syntheticArchive';

type Text = { path: string; text: string };

function folder(path: string): Text[] {
  return readdirSync(path).filter((name) => name.endsWith('.txt')).sort().map((name) => ({ path: name, text: readFileSync(join(path, name), 'utf8') }));
}

/** Pieces parsing reacts to: terminators, abbreviations, quotes, white space of every kind, dates, code, lists, tables. */
const FUZZ_PIECES = [
  ' ', ' ', ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\u00a0', '\u2003', '\u00ad', '\u200b', '\u2011', '\ufeff',
  '.', '.', '!', '?', '…', '"', "'", '”', '’', '»', '(', ')', ']', ',', ';', ':', '|', '-', '–', '=', '{', '}', '/',
  'de', 'het', 'een', 'sprak', 'gisteren', 'met', 'Rutte', 'Den', 'Haag', 'dhr', 'Dhr', 'J', 'o.a', 'i.p.v', 'St',
  'bijv', 'nr', 'jan', 'Januari', 'maart', 'mei', 'April', 'vorig jaar', 'deze maand', 'tot en met', 't/m', 'sinds',
  'in', 'van', 'eind', '3', '14', '14-16', '2020', '1799', '275760', '3,5', '12:30:01', '2020-01-02', 'INFO', '#',
  '//', '- ', '* ', '1. ', 'Salamé', 'Genève', 'Ærø', 'ÉÉN', 'çà', 'Ὀδυσσεύς', 'Ελλάδα', 'Київ', '東京', '😀', 'a=b', 'f(x)',
  'x->y', 'nos.nl', 'key: value', ' date 2020-02', 'date 2020-13', '\u212Aomend jaar',
];

/** Mostly words and single spaces, so sentences of four words and more (and repeats of them) occur too. */
const WORDY_PIECES = [...FUZZ_PIECES, ...Array.from({ length: 6 }, () => ['de ', 'het ', 'Rutte ', 'sprak ', 'met ', 'Haag ', ' ']).flat()];

function fuzzTexts(name: string, count: number, pieces: string[], seed: number): Text[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    let text = '';
    const length = 20 + Math.floor(random() * 400);
    for (let piece = 0; piece < length; piece++) text += pieces[Math.floor(random() * pieces.length)];
    return { path: `${name}/${i}.txt`, text };
  });
}

/** Lines that are never running text, for files that mix them with an article's lines in every proportion. */
const STRUCTURED_LINES = [
  'add_executable(app main.c)', 'const x = 1;', '}', '# a comment', '// note', '<p>Tekst</p>', '2020-01-02 12:00:00 gestart',
  '[12:30:01] INFO verbonden', 'ERROR: geen verbinding', '1,Jan,Zwolle,3', 'naam;plaats;datum', 'a|b|c', 'x\ty\tz',
  'naam = waarde', 'a => b', '- boodschappen', '* melk', '1. eieren', 'key: value', 'Titel van het stuk',
];

function mixedLineTexts(sources: Text[], count: number): Text[] {
  const random = seededRandom(13);
  const articleLines = sources.flatMap(({ text }) => text.split('\n').filter((line) => line.trim() !== ''));
  return Array.from({ length: count }, (_, i) => {
    const structuredShare = random();
    const lines = Array.from({ length: 1 + Math.floor(random() * 30) }, () => random() < structuredShare
      ? STRUCTURED_LINES[Math.floor(random() * STRUCTURED_LINES.length)]
      : (random() < 0.3 ? '- ' : '') + articleLines[Math.floor(random() * articleLines.length)]);
    return { path: `lines/${i}.txt`, text: lines.join(random() < 0.5 ? '\n' : '\r\n') };
  });
}

/** Ways a scraper repeats a sentence: as it was, with other white space, accents or case. */
const REPEAT_VARIANTS: ((sentence: string) => string)[] = [
  (s) => s,
  (s) => s.replace(/ /g, '  '),
  (s) => s.replace(/ /g, '\t'),
  (s) => s.replace(/ /g, '\u00a0'),
  (s) => s.replace(/ /g, '\n'),
  (s) => s.replace(/e/g, 'é'),
  (s) => s.toUpperCase(),
  (s) => s.replace(/a/g, 'a\u00ad'),
  (s) => s.split(' ').slice(0, 3).join(' '),
];

function repeatTexts(sources: Text[]): Text[] {
  const random = seededRandom(11);
  return sources.map(({ path, text }) => {
    const sentences = parseArticle(path, text).sentences.map((sentence) => sentence.text);
    const pick = () => sentences[Math.floor(random() * sentences.length)] ?? '';
    const extra = Array.from({ length: 8 }, () => REPEAT_VARIANTS[Math.floor(random() * REPEAT_VARIANTS.length)](pick()));
    return { path: `repeat/${path}`, text: `${text}\n\n${extra.join(' ')}\n${extra.join('\n\n')}` };
  });
}

/** Byte variants for decoding: UTF-8, Latin-1 bytes (not valid UTF-8), random bytes. */
function byteVariants(text: string, random: () => number): Uint8Array[] {
  const utf8 = new TextEncoder().encode(text);
  const latin1 = Uint8Array.from(text.slice(0, 2000), (c) => c.charCodeAt(0) & 0xff);
  const noise = Uint8Array.from({ length: 200 }, () => Math.floor(random() * 256));
  return [utf8, latin1, noise];
}

export function parsingGoldenCorpora(): Record<string, Text[]> {
  const seeds = folder('seeds');
  const evalCorpus = folder('test/eval/corpus');
  const corpora: Record<string, Text[]> = {
    seeds,
    eval: evalCorpus,
    holdout: folder('test/eval/holdout'),
    unseen: folder('test/eval/unseen'),
    synthetic: syntheticArchive(300),
    fuzz: fuzzTexts('fuzz', 400, FUZZ_PIECES, 10),
    wordy: fuzzTexts('wordy', 300, WORDY_PIECES, 14),
    lines: mixedLineTexts([...seeds, ...evalCorpus], 400),
  };
  corpora.repeats = repeatTexts([...seeds, ...evalCorpus, ...corpora.fuzz.slice(0, 100), ...corpora.wordy.slice(0, 100)]);
  return corpora;
}

/** Everything per-file parsing says of each text. */
export function parsingGolden(texts: Text[]): unknown {
  const random = seededRandom(12);
  return texts.map(({ path, text }) => {
    const parsed = parseArticle(path, text);
    const expressions = findDateExpressions(parsed);
    return {
      decoded: byteVariants(text, random).map((bytes) => decodeArticleBytes(bytes, Infinity)),
      prose: proseProblem(text),
      parsed,
      expressions,
      events: [null, '2020-01', parsed.headerMonth].map((month) => resolveDateExpressions(parsed, expressions, month)),
    };
  });
}

if (require.main === module) {
  const out: Record<string, unknown> = {};
  for (const [name, texts] of Object.entries(parsingGoldenCorpora())) out[name] = parsingGolden(texts);
  process.stdout.write(JSON.stringify(out, null, 1));
}
