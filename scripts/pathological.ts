// The "pathological inputs" section of `npm run bench`: inputs built to make the core superlinear
// (names sharing a skeleton, a surname, ...; one huge word; a pasted query). Gives the time per
// article at 1,000 and 20,000 articles, or per MB at 1 and 10 MB, and the ratio: about 1 when linear.

import { Corpus } from '../src/core/corpus';
import { ADVERSARIAL_NAMES } from '../test/adversarialNames';
import { figure, type SectionResult } from './benchReport';
import { format, median, time } from './measure';

const MB = 1024 * 1024;

/** Median time of indexing the texts and resolving the corpus view, as a fresh Corpus does. */
function indexAndResolve(texts: string[], runs: number): number {
  return median(Array.from({ length: runs }, () => {
    const corpus = new Corpus();
    return time(() => {
      texts.forEach((text, i) => corpus.upsertText(`a${i}.txt`, text));
      corpus.snapshot();
    });
  }));
}

/** Builds `count` characters from `part(i)`, i = 0, 1, ... */
function repeated(count: number, part: (i: number) => string): string {
  const parts: string[] = [];
  for (let length = 0, i = 0; length < count; i++) {
    const piece = part(i);
    parts.push(piece);
    length += piece.length;
  }
  return parts.join('').slice(0, count);
}

const PROSE = [
  'De onderhandelingen in Den Haag verliepen moeizaam, zei minister Jan Jansen op 3 maart 2020.',
  'Volgens woordvoerder Piet de Groot is een akkoord met de VN nog ver weg.',
  'Het parlement debatteert later deze week over de kwestie; de oppositie reageerde kritisch.',
  'Er vielen geen slachtoffers, meldden lokale media in Tripoli en Benghazi.',
];

const HOSTILE_FILES: Record<string, (characters: number) => string> = {
  'one huge word': (n) => 'a'.repeat(n),
  'one huge line of words': (n) => repeated(n, (i) => `woord${i} `),
  'capitalised words only': (n) => repeated(n, (i) => `Naam${i.toString(36)} `),
  'full stops only': (n) => '.'.repeat(n),
  'words and full stops': (n) => repeated(n, (i) => `w${i}. `),
  'deep brackets': (n) => '('.repeat(n / 2) + ')'.repeat(n / 2),
  'ordinary prose': (n) => repeated(n, (i) => `${PROSE[i % PROSE.length]} ${i % 7 === 6 ? '\n\n' : ''}`),
};

/** `articles` and `megabytes`: the small and the large size compared (default 1,000 and 20,000; 1 and 10). */
export function pathologicalSection(runs: number, articles = [1000, 20_000], megabytes = [1, 10]): SectionResult {
  const rows: string[][] = [];
  const few = Math.min(runs, 3);
  for (const [name, corpus] of Object.entries(ADVERSARIAL_NAMES)) {
    const [small, large] = articles.map((n) => indexAndResolve(corpus(n), n > 1000 ? 1 : few) / n);
    rows.push([`${name} (articles)`, `${format(small)} per article`, `${format(large)} per article`, (large / small).toFixed(2)]);
  }
  for (const [name, make] of Object.entries(HOSTILE_FILES)) {
    const [small, large] = megabytes.map((size) => indexAndResolve([make(size * MB)], size > 1 ? few : runs) / size);
    rows.push([`${name} (one file)`, `${format(small)} per MB`, `${format(large)} per MB`, (large / small).toFixed(2)]);
  }
  const corpus = new Corpus();
  ADVERSARIAL_NAMES['one surname'](1000).forEach((text, i) => corpus.upsertText(`a${i}.txt`, text));
  const snapshot = corpus.snapshot();
  snapshot.search('jansen');
  const query = (length: number) => median(Array.from({ length: runs }, () => time(() => snapshot.search('jansenminister'.repeat(length / 14 + 1).slice(0, length)))));
  const [short, long] = [query(1000), query(66_000)];
  rows.push(['a query of one word (1,000 vs 66,000 letters)', `${format(short)} per query`, `${format(long)} per query`, (long / short).toFixed(2)]);

  // The default size limit is 10 MB: one such file is analysed in one synchronous step.
  const prose = new TextEncoder().encode(HOSTILE_FILES['ordinary prose'](10 * MB));
  const upsert = median(Array.from({ length: few }, () => time(() => new Corpus().upsertFile('prose.txt', prose))));
  return {
    tables: [{
      title: `Pathological inputs (medians of up to ${runs} runs; ratio about 1 when linear)`,
      header: ['pathological input', `at ${articles[0]} articles / ${megabytes[0]} MB`, `at ${articles[1]} articles / ${megabytes[1]} MB`, 'ratio'],
      rows,
    }],
    figures: [
      ...rows.map((row) => figure('pathological', `${row[0]}: time per unit, large to small`, Number(row[3]), 'ratio')),
      figure('pathological', 'one 10 MB file of ordinary prose, upsertFile', upsert, 'ms'),
    ],
    notes: [`One 10 MB file of ordinary prose (the default maximum size): upsertFile takes ${format(upsert)} (median of ${few}).`],
  };
}
