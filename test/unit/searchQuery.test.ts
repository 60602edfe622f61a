import assert from 'node:assert/strict';
import { test } from 'node:test';
import { monthFilterAccepts, parseMonthFilter, parseSearchQuery } from '../../src/core/searchQuery';

const span = (from: string, to = from) => ({ kind: 'span', from, to });

test('month: accepts month names in Dutch and English, with or without a year, either order', () => {
  assert.deepEqual(parseMonthFilter('februari'), { kind: 'monthOfYear', from: 2, to: 2 });
  assert.deepEqual(parseMonthFilter('February'), { kind: 'monthOfYear', from: 2, to: 2 });
  assert.deepEqual(parseMonthFilter('mrt'), { kind: 'monthOfYear', from: 3, to: 3 });
  assert.deepEqual(parseMonthFilter('feb-2020'), span('2020-02'));
  assert.deepEqual(parseMonthFilter('februari 2020'), span('2020-02'));
  assert.deepEqual(parseMonthFilter('2020 Mei'), span('2020-05'));
  assert.deepEqual(parseMonthFilter('okt.-2021'), span('2021-10'));
  assert.deepEqual(parseMonthFilter('2020-2'), span('2020-02'));
  assert.deepEqual(parseMonthFilter('2020'), span('2020-01', '2020-12'));
});

test('month: ranges of months, years, months of any year, open ends', () => {
  assert.deepEqual(parseMonthFilter('2020-02..2020-04'), span('2020-02', '2020-04'));
  assert.deepEqual(parseMonthFilter('2019..2020'), span('2019-01', '2020-12'));
  assert.deepEqual(parseMonthFilter('feb 2020..april 2020'), span('2020-02', '2020-04'));
  assert.deepEqual(parseMonthFilter('nov..feb'), { kind: 'monthOfYear', from: 11, to: 2 });
  assert.deepEqual(parseMonthFilter('2020-02..'), span('2020-02', '9999-12'));
  assert.deepEqual(parseMonthFilter('..2019'), span('0000-01', '2019-12'));
});

test('month: values that name no month are refused', () => {
  for (const value of ['2020-13', '2020-00', 'Nobody', 'constructor', '2020..2019', 'feb..2020', '..', '2020-02..2020-03..2020-04', '', '20201']) {
    assert.equal(parseMonthFilter(value), undefined, value);
  }
});

test('a month filter accepts the months it names; undated articles never', () => {
  const accepts = (value: string, month: string | null) => monthFilterAccepts(parseMonthFilter(value)!, month);
  assert.ok(accepts('februari', '2019-02') && accepts('februari', '2021-02') && !accepts('februari', '2021-03'));
  assert.ok(accepts('2020-02..2020-04', '2020-03') && !accepts('2020-02..2020-04', '2020-05') && !accepts('2020-02..2020-04', '2020-01'));
  assert.ok(accepts('nov..feb', '2020-12') && accepts('nov..feb', '2021-01') && !accepts('nov..feb', '2021-03'));
  assert.ok(!accepts('2020', null) && !accepts('februari', null));
});

test('parseSearchQuery: quoted month values, invalid months reported, the rest is text', () => {
  assert.deepEqual(parseSearchQuery('month:"februari 2020" vrede'), { text: 'vrede', month: span('2020-02'), problems: [] });
  assert.deepEqual(parseSearchQuery('month:februari'), { text: '', month: { kind: 'monthOfYear', from: 2, to: 2 }, problems: [] });
  assert.deepEqual(parseSearchQuery('vrede month:Nobody'), { text: 'vrede', problems: [{ kind: 'invalid-month', value: 'Nobody' }] });
});
