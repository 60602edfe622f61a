// `npm run bench`: how Dossier's core scales with the size of an archive.
// Builds a synthetic Dutch news corpus (deterministic), then measures the steps a user waits for:
// first analysis, the resolved view, one changed file, a hover lookup, search per keystroke.
// Figures are medians over several runs; the machine is noisy, so compare ratios, not absolutes.
// Then the pathological inputs (scripts/pathological.ts).
//   node dist/bench.js [--sizes 1000,10000] [--runs 5] [--only scaling|pathological] [--pathological-sizes 1000,20000] [--pathological-mb 1,10]

import { Corpus } from '../src/core/corpus';
import { seededRandom } from '../test/seededRandom';
import { printPathological } from './pathological';
import { format, median, time } from './measure';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const sizes = option('--sizes', '1000,10000').split(',').map(Number);
const runs = Number(option('--runs', '5'));
const only = option('--only', '');

const FIRST = ['Jan', 'Pieter', 'Ahmed', 'Fatima', 'Maria', 'Sergei', 'Olena', 'Khaled', 'Yusuf', 'Anna', 'Carlos', 'Mei', 'Tomás', 'Ingrid', 'Omar', 'Lucía', 'Hendrik', 'Aïsha', 'Dmitri', 'Noor'];
const SYLLABLES = ['ka', 'ba', 'ri', 'mo', 'le', 'sa', 'tor', 'vin', 'del', 'har', 'mi', 'zu', 'nok', 'pel', 'ra', 'ste', 'go', 'ü', 'ja', 'wen'];
const PARTICLES = ['al-', 'van ', 'de ', 'el-', 'bin '];
const ROLES = ['minister van Buitenlandse Zaken', 'woordvoerder van de regering', 'burgemeester', 'generaal', 'voorzitter van de commissie', 'premier', 'VN-gezant', 'directeur'];
const PLACES = ['Amsterdam', 'Kiev', 'Tripoli', 'Brussel', 'Genève', 'Caïro', 'Ankara', 'Berlijn', 'Parijs', 'Rotterdam'];
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const FILLER = [
  'De onderhandelingen verliepen moeizaam en werden meermaals onderbroken',
  'Volgens waarnemers is een akkoord nog ver weg',
  'Het parlement debatteert later deze week over de kwestie',
  'De oppositie reageerde kritisch op het voorstel',
  'Er vielen geen slachtoffers, meldden lokale media',
  'De markten reageerden nauwelijks op het nieuws',
];

function syntheticCorpus(size: number): { path: string; text: string }[] {
  const next = seededRandom(size);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  // Invented surnames from syllables: many distinct people, so entity resolution has real work.
  const surname = () => { const word = pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES); return word[0].toUpperCase() + word.slice(1); };
  const people = Array.from({ length: Math.max(200, size / 5) }, () => `${pick(FIRST)} ${next() < 0.3 ? pick(PARTICLES) : ''}${surname()}`);
  return Array.from({ length: size }, (_, i) => {
    const year = 2015 + (i % 10);
    const month = 1 + (i % 12);
    const person = pick(people);
    const other = pick(people);
    const sentences = [
      `${person}, ${pick(ROLES)}, sprak op ${1 + (i % 28)} ${MONTHS[month - 1]} in ${pick(PLACES)} over de situatie.`,
      `Ook ${pick(ROLES)} ${other} was aanwezig bij het overleg in ${pick(PLACES)}.`,
      ...Array.from({ length: 12 }, () => `${pick(FILLER)}.`),
      `Vorige maand ontmoette ${person.split(' ').pop()} de delegatie nog in ${pick(PLACES)}.`,
      `Van ${3 + (i % 10)} tot ${15 + (i % 10)} ${MONTHS[(month + 1) % 12]} volgt een nieuwe ronde.`,
    ];
    const header = i % 20 === 0 ? '' : ` date ${year}-${String(month).padStart(2, '0')} `;
    const body = sentences.join(' ');
    // Every tenth article repeats itself, as scrapers do.
    return { path: `${year}/article-${i}.txt`, text: header + body + (i % 10 === 0 ? `\n\n${body}` : '') };
  });
}

const encoder = new TextEncoder();
const rows: string[][] = [];
for (const size of only === 'pathological' ? [] : sizes) {
  const files = syntheticCorpus(size).map((file) => ({ path: file.path, bytes: encoder.encode(file.text) }));
  const megabytes = files.reduce((sum, file) => sum + file.bytes.length, 0) / 1024 / 1024;

  const analyse: number[] = [];
  const resolve: number[] = [];
  let corpus = new Corpus();
  for (let run = 0; run < Math.min(runs, size > 20000 ? 1 : 3); run++) {
    corpus = new Corpus();
    analyse.push(time(() => { for (const file of files) corpus.upsertFile(file.path, file.bytes); }));
    resolve.push(time(() => corpus.snapshot()));
  }

  const changed: number[] = [];
  for (let run = 0; run < runs; run++) {
    const file = files[(run * 7919) % files.length];
    changed.push(time(() => { corpus.upsertFile(file.path, file.bytes); corpus.snapshot(); }));
  }

  // A new article naming someone never seen before: the entity grouping must be redone.
  const added: number[] = [];
  for (let run = 0; run < runs; run++) {
    const path = `new/article-${run}.txt`;
    const text = ` date 2024-03 Minister Quintijn Zorbadel${run} sprak op 2 maart in Genève over het akkoord.`;
    added.push(time(() => { corpus.upsertText(path, text); corpus.snapshot(); }));
    corpus.removeFile(path);
    corpus.snapshot();
  }

  const snapshot = corpus.snapshot();
  const line = `Gisteren sprak ${snapshot.entities[0]?.name ?? 'niemand'} met de pers.`;
  const offset = line.indexOf(snapshot.entities[0]?.name ?? 'niemand') + 2;
  snapshot.entityAt(line, offset); // the first hover builds the spelling table
  const hover: number[] = [];
  for (let run = 0; run < runs * 20; run++) hover.push(time(() => snapshot.entityAt(line, offset)));

  // The extension builds the search index in 30 ms slices while idle; the longest slice is what a user could feel.
  const slices: number[] = [];
  let more = true;
  while (more) slices.push(time(() => { more = corpus.indexForSearch(30); }));
  const firstSearch = time(() => snapshot.search('overleg'));
  const keystrokes = ['o', 'on', 'ond', 'onde', 'onderh', 'onderhandelingen', 'onderhandelingen amsterdam', 'onderhandlingen', 'genève', 'actor:"' + (snapshot.entities[0]?.name ?? '') + '" overleg'];
  const perKeystroke: number[] = [];
  for (let run = 0; run < runs; run++) for (const query of keystrokes) perKeystroke.push(time(() => snapshot.search(query, 20)));

  rows.push([
    String(size), `${megabytes.toFixed(1)} MB`, format(median(analyse)), format(median(analyse) / size),
    format(median(resolve)), format(median(changed)), format(median(added)), format(median(hover)),
    `${format(slices.reduce((sum, slice) => sum + slice, 0))} (max slice ${format(Math.max(...slices))})`, format(firstSearch),
    format(median(perKeystroke)), format(Math.max(...perKeystroke)), `${snapshot.entities.length}`,
    `${Math.round(process.memoryUsage().heapUsed / 1024 / 1024)} MB`,
  ]);
}

if (only !== 'pathological') printScaling();
if (only !== 'scaling') printPathological(runs, option('--pathological-sizes', '1000,20000').split(',').map(Number), option('--pathological-mb', '1,10').split(',').map(Number));

function printScaling(): void {
  const header = ['articles', 'text', 'analyse all', 'per article', 'resolve view', 'one file changed', 'new article, new name', 'hover lookup', 'search index, idle build', 'first search', 'search/keystroke median', 'search max', 'entities', 'heap'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const printRow = (row: string[]) => console.log(`| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`);
  console.log(`Dossier core benchmark (medians of ${runs} runs; Node ${process.version})`);
  printRow(header);
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  rows.forEach(printRow);
}
