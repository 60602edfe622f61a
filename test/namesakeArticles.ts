// Articles the hover and search tests add to a workspace (integration and end-to-end): a person
// named in more articles than a card lists, and a surname two people share. Invented names, not
// the seeds'. No `vscode` import: both suites read it.

/** Named in 8 articles: more than the 5 a card lists. */
export const FREQUENT = 'Ingrid Vanderstraeten';
export const SHARED_SURNAME = 'Okonkwo';
export const NAMESAKES = ['Chidi Okonkwo', 'Amaka Okonkwo'] as const;

/** [file name, text] */
export const namesakeArticles: readonly [string, string][] = [
  ...Array.from({ length: 8 }, (_, i): [string, string] => [
    `910_frequent_${i}.txt`,
    ` date 2032-0${1 + i} Minister ${FREQUENT} sprak in Gent over de begroting. Volgens ${FREQUENT} is er geen geld.\n`,
  ]),
  ['920_namesake_a.txt', ` date 2032-03 Burgemeester ${NAMESAKES[0]} opende in Lagos de haven. ${NAMESAKES[0]} sprak van een mijlpaal.\n`],
  ['921_namesake_b.txt', ` date 2032-04 Schrijfster ${NAMESAKES[1]} won in Abuja een prijs. ${NAMESAKES[1]} bedankte haar uitgever.\n`],
];
