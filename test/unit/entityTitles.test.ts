import { test } from 'node:test';
import assert from 'node:assert/strict';
import { titleSpans } from '../../src/core/entityTitles';

function titles(text: string): string[] {
  return titleSpans(text).map(([start, end]) => text.slice(start, end));
}

test('a quoted title after a noun of works, or opened by an article with every word capitalised, is a title', () => {
  assert.deepEqual(titles("De dramaserie 'Het Verdwijnen' won, net als het debuut 'Zoutwater'."), ["'Het Verdwijnen'", "'Zoutwater'"]);
  assert.deepEqual(titles('Hij won met ‘The Lord of the Rings’ een prijs.'), ['‘The Lord of the Rings’']);
});

test('quoted speech, a nickname and a possessive are no titles', () => {
  assert.deepEqual(titles("'Brazilië is terug', zei Lula's woordvoerder. Mohamed 'Hemedti' Dagalo zweeg. 'De Wit lacht niet.'"), []);
});
