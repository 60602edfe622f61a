// A deterministic synthetic Dutch news archive for the benchmark: articles of about 4 KB, as a
// newsroom archive holds them, with many distinct people, organisations and places, roles, date
// expressions, undated files, and passages a scraper repeated (within one article and agency copy
// shared by several). The same size always gives the same archive.

import { seededRandom } from '../test/seededRandom';

export interface SyntheticFile {
  path: string;
  text: string;
}

const FIRST = ['Jan', 'Pieter', 'Ahmed', 'Fatima', 'Maria', 'Sergei', 'Olena', 'Khaled', 'Yusuf', 'Anna', 'Carlos', 'Mei', 'Tomás', 'Ingrid', 'Omar', 'Lucía', 'Hendrik', 'Aïsha', 'Dmitri', 'Noor'];
const SYLLABLES = ['ka', 'ba', 'ri', 'mo', 'le', 'sa', 'tor', 'vin', 'del', 'har', 'mi', 'zu', 'nok', 'pel', 'ra', 'ste', 'go', 'ü', 'ja', 'wen'];
const PARTICLES = ['al-', 'van ', 'de ', 'el-', 'bin '];
const ROLES = ['minister van Buitenlandse Zaken', 'woordvoerder van de regering', 'burgemeester', 'generaal', 'voorzitter van de commissie', 'premier', 'VN-gezant', 'directeur'];
const PLACES = ['Amsterdam', 'Kiev', 'Tripoli', 'Brussel', 'Genève', 'Caïro', 'Ankara', 'Berlijn', 'Parijs', 'Rotterdam', 'Misrata', 'Benghazi', 'Den Haag', 'Antwerpen', 'Tunis'];
const ORGANISATIONS = ['de Verenigde Naties', 'de Europese Unie', 'de NAVO', 'het Rode Kruis', 'Artsen zonder Grenzen', 'de Afrikaanse Unie', 'het Internationaal Strafhof', 'Amnesty International'];
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const FILLER = [
  'De onderhandelingen verliepen moeizaam en werden meermaals onderbroken',
  'Volgens waarnemers is een akkoord nog ver weg',
  'Het parlement debatteert later deze week over de kwestie',
  'De oppositie reageerde kritisch op het voorstel',
  'Er vielen geen slachtoffers, meldden lokale media',
  'De markten reageerden nauwelijks op het nieuws',
  'Hulporganisaties waarschuwen al maanden voor een humanitaire ramp in het gebied',
  'Diplomaten spreken van een voorzichtige eerste stap, maar niemand verwacht snel resultaat',
  'Duizenden inwoners zijn de afgelopen weken gevlucht naar kampen buiten de stad',
  'De prijzen van brandstof en brood zijn sinds het begin van het jaar sterk gestegen',
];

/** `size` articles of about 4 KB each; every twentieth has no date header. */
export function syntheticArchive(size: number): SyntheticFile[] {
  const next = seededRandom(size);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  // Invented surnames from syllables: many distinct people, so entity resolution has real work.
  const surname = () => { const word = pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES); return word[0].toUpperCase() + word.slice(1); };
  const people = Array.from({ length: Math.max(200, size / 5) }, () => `${pick(FIRST)} ${next() < 0.3 ? pick(PARTICLES) : ''}${surname()}`);
  // Agency copy: a few passages that many articles carry word for word.
  const agencyCopy = Array.from({ length: 50 }, () => `${pick(people)} zei tegen persbureau ANP dat ${pick(ORGANISATIONS)} in ${pick(PLACES)} ${pick(FILLER).toLowerCase()}.`);
  return Array.from({ length: size }, (_, i) => {
    const year = 2015 + (i % 10);
    const month = 1 + (i % 12);
    const cast = Array.from({ length: 6 }, () => pick(people));
    const sentences = [`${cast[0]}, ${pick(ROLES)}, sprak op ${1 + (i % 28)} ${MONTHS[month - 1]} in ${pick(PLACES)} over de situatie.`];
    while (sentences.join(' ').length < 3600) {
      const who = pick(cast);
      switch (Math.floor(next() * 6)) {
        case 0: sentences.push(`Ook ${pick(ROLES)} ${who} was aanwezig bij het overleg met ${pick(ORGANISATIONS)} in ${pick(PLACES)}.`); break;
        case 1: sentences.push(`"${pick(FILLER)}", zei ${who.split(' ').pop()} na afloop.`); break;
        case 2: sentences.push(`Van ${3 + (i % 10)} tot ${15 + (i % 10)} ${MONTHS[month % 12]} volgt een nieuwe ronde in ${pick(PLACES)}.`); break;
        case 3: sentences.push(pick(agencyCopy)); break;
        default: sentences.push(`${pick(FILLER)}.`);
      }
    }
    const title = `${cast[0].split(' ').pop()} en ${cast[1].split(' ').pop()} praten in ${pick(PLACES)} over een bestand`;
    const header = i % 20 === 0 ? '' : ` date ${year}-${String(month).padStart(2, '0')} \n`;
    const body = sentences.join(' ');
    // Every tenth article repeats a passage, as scrapers do.
    const repeat = i % 10 === 0 ? `\n\n${sentences.slice(0, 8).join(' ')}` : '';
    return { path: `${year}/${String(month).padStart(2, '0')}/article-${i}.txt`, text: `${header}${title}\n\n${body}${repeat}\n` };
  });
}
