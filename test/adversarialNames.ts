// Corpora of small articles built to defeat the corpus-wide steps of entity resolution: many names
// sharing a phonetic skeleton, a surname, a given name or an acronym. Shared by the unit tests and
// the "pathological inputs" section of `npm run bench`.

/**
 * A distinct invented word for every number, letters only, each with its own skeleton ("Kobada",
 * "Kodafa", ...), so that only what a corpus shares on purpose is shared.
 */
function word(i: number): string {
  const consonants = 'bdfklmnprstv';
  let previous = consonants.indexOf('k');
  let spelling = 'Ko';
  do {
    // Never the consonant before: the skeleton would fold the two into one.
    previous = (previous + 1 + (i % 11)) % consonants.length;
    spelling += `${consonants[previous]}a`;
    i = Math.floor(i / 11);
  } while (i > 0);
  return spelling;
}

/** A distinct word for every number with one skeleton: the consonants stay, the vowels vary (Barakas, Berekes, ...). */
function vowelVariant(i: number): string {
  let spelling = '';
  for (const consonant of 'Brkstm') {
    spelling += consonant + 'aeiouy'[i % 6];
    i = Math.floor(i / 6);
  }
  return spelling;
}

const CAST = ['Jan Jansen', 'Piet de Groot', 'Karel Bakker', 'Anna Visser', 'Fatima el-Amrani', 'Sergej Petrov', 'Olga Koval', 'Ahmed Haddad'];

const article = (header: string, text: string) => ` date 2020-0${1 + (header.length % 9)} ${text}`;

export const ADVERSARIAL_NAMES: Record<string, (articles: number) => string[]> = {
  /** the tester's corpus: every name has the skeleton of "Persoon Naam" (digits do not count) */
  'one skeleton, digits': (n) => Array.from({ length: n }, (_, i) =>
    article(`${i}`, `Persoon${i} Naam${i} sprak gisteren in Den Haag met de pers. Volgens Naam${i} gaat het goed.`)),
  'one skeleton, vowels': (n) => Array.from({ length: n }, (_, i) =>
    article(`${i}`, `Minister Piet ${vowelVariant(i)} sprak gisteren in Den Haag. Volgens ${vowelVariant(i)} gaat het goed.`)),
  'one surname': (n) => Array.from({ length: n }, (_, i) =>
    article(`${i}`, `Minister ${word(i)} Jansen sprak gisteren in Den Haag. Volgens Jansen gaat het goed.`)),
  'one given name': (n) => Array.from({ length: n }, (_, i) =>
    article(`${i}`, `Minister Jan ${word(i)} sprak gisteren in Den Haag. Volgens Jan gaat het goed.`)),
  /** month inference: eight in nine articles undated, all naming the same people */
  'one cast, mostly undated': (n) => Array.from({ length: n }, (_, i) =>
    `${i % 9 === 0 ? ` date 20${10 + (i % 10)}-03 ` : ''}Op 3 maart spraken ${CAST.join(', ')} en ${word(i)} Vos in Den Haag.`),
  'one acronym': (n) => Array.from({ length: n }, (_, i) =>
    article(`${i}`, `De Nationale ${word(i)}raad (NR) vergaderde gisteren in Den Haag. De NR besloot niets.`)),
};
