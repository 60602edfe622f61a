import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SearchResults } from '../../src/core/corpus';
import { withActorFilter } from '../../src/core/searchQuery';
import type { SearchHit } from '../../src/core/types';
import { messageRows, resultCount } from '../../src/vscode/searchRows';

const t = (message: string, ...args: Array<string | number>) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
const hit = (path: string): SearchHit => ({ path, title: path, month: null, snippet: '', matchStart: 0, matchEnd: 0, score: 1 });
const results = (hits: number, total: number, problems: SearchResults['problems'] = []): SearchResults => ({ hits: Array.from({ length: hits }, (_, i) => hit(`${i}.txt`)), total, problems });

test('the count: all of them, one, or how many of how many', () => {
  assert.equal(resultCount(results(12, 12), t), '12 articles');
  assert.equal(resultCount(results(1, 1), t), '1 article');
  assert.equal(resultCount(results(200, 312), t), '200 of 312 articles');
  assert.equal(resultCount(results(0, 0), t), '0 articles');
  assert.equal(resultCount(undefined, t), undefined);
  assert.equal(resultCount(results(0, 0, [{ kind: 'invalid-month', value: 'x' }]), t), undefined);
});

test('nothing found: one row that says so, quoting the query as text', () => {
  assert.deepEqual(messageRows('xyzzyq $(zap)', results(0, 0), t).map((row) => row.label), ['$(search-stop) No articles match "xyzzyq \\$(zap)"']);
  assert.deepEqual(messageRows('Haftar', results(3, 3), t), []);
  assert.deepEqual(messageRows('  ', results(0, 0), t), []);
});

test('a month that is none, and an unknown actor with corrected queries to choose', () => {
  const [month] = messageRows('month:2020-13', results(0, 0, [{ kind: 'invalid-month', value: '2020-13' }]), t);
  assert.equal(month!.label, '$(warning) month:2020-13 is not a month');
  assert.match(month!.detail!, /month:februari/);
  const rows = messageRows('actor:Hafter vrede', results(0, 0, [{ kind: 'unknown-actor', value: 'Hafter', suggestions: ['Khalifa Haftar'] }]), t);
  assert.deepEqual(rows.map((row) => [row.label, row.query]), [
    ['$(warning) No actor called "Hafter"', undefined],
    ['$(person) Search for actor:"Khalifa Haftar"', 'actor:"Khalifa Haftar" vrede'],
  ]);
  assert.equal(rows[0]!.detail, 'Did you mean Khalifa Haftar?');
});

test('withActorFilter replaces the first actor filter, or adds one', () => {
  assert.equal(withActorFilter('vrede actor:"Khalifa Hafter" month:2020', 'Khalifa Haftar'), 'vrede actor:"Khalifa Haftar" month:2020');
  assert.equal(withActorFilter('vrede', 'The "Boss"'), 'actor:"The Boss" vrede');
});
