// Ministers' portfolios in running text: "minister van Buitenlandse Zaken", "het ministerie van
// Buitenlandse Zaken, Buitenlandse Handel en Ontwikkelingssamenwerking". After a minister's title
// the portfolio is a role and names no entity; named alone ("Buitenlandse Zaken raadt reizen af")
// it is the ministry.

import { MAX_ROLE_WORDS, PORTFOLIO_WORDS } from './entityWordLists';
import type { Word } from './entityWords';

/** Whether words[from..to] are all words of portfolios ("Justitie en Veiligheid"). */
export function allPortfolioWords(words: Word[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (!PORTFOLIO_WORDS.has(words[k].folded) && words[k].folded !== 'en') return false;
  return true;
}

/**
 * The last word of the portfolio that begins at words[i], its list read on past commas and "en"
 * ("Buitenlandse Zaken, Europese Zaken en Handel"), or `runEnd` (the end of the capitalised run at
 * i) when words[i] is no portfolio word. A name after the portfolio ("minister van Buitenlandse
 * Zaken Ayman Safadi") is left to be read.
 */
export function portfolioEnd(words: Word[], i: number, runEnd: number): number {
  let last = i - 1;
  for (let k = i; k < words.length && k - i < MAX_ROLE_WORDS; k++) {
    const word = words[k];
    const linked = k === i || word.spaced || (word.gap.trim() === ',' && last === k - 1);
    if (linked && word.capital && PORTFOLIO_WORDS.has(word.folded)) last = k;
    else if (!(word.folded === 'en' && word.spaced && !word.capital && last === k - 1)) break;
  }
  return last < i ? runEnd : last;
}
