import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { actorQuery, entityIdOf } from '../../src/vscode/actorArgs';
import { globToRegExp, matchesAnyGlob } from '../../src/vscode/glob';
import { formatMonth } from '../../src/vscode/monthLabel';

describe('globs (the exclude setting)', () => {
  const defaults = ['**/node_modules/**', '**/.git/**', '**/{LICENSE,LICENCE,COPYING,CHANGELOG,requirements}*.txt'];
  const cases: Array<[string, boolean]> = [
    ['node_modules/x/readme.txt', true],
    ['seeds/node_modules/a.txt', true],
    ['.git/COMMIT_EDITMSG.txt', true],
    ['LICENSE.txt', true],
    ['docs/requirements-dev.txt', true],
    ['seeds/000_ab.txt', false],
    ['node_modules_backup/a.txt', false],
    ['my-LICENSE.txt', false],
  ];
  for (const [path, excluded] of cases) {
    test(`${path} ${excluded ? 'is' : 'is not'} excluded by the defaults`, () => {
      assert.equal(matchesAnyGlob(path, defaults), excluded);
    });
  }

  test('*, ?, [..], [!..] and nested braces', () => {
    assert.ok(globToRegExp('*.txt').test('a.txt'));
    assert.ok(!globToRegExp('*.txt').test('dir/a.txt'), '* stays within one folder');
    assert.ok(globToRegExp('nieuws/**/*.{txt,text}').test('nieuws/2020/feb/a.text'));
    assert.ok(globToRegExp('nieuws/**/*.{txt,text}').test('nieuws/a.txt'));
    assert.ok(globToRegExp('a?c.txt').test('abc.txt') && !globToRegExp('a?c.txt').test('a/c.txt'));
    assert.ok(globToRegExp('[0-9]*.txt').test('7.txt') && !globToRegExp('[!0-9]*.txt').test('7.txt'));
    assert.ok(globToRegExp('{a,{b,c}x}.txt').test('cx.txt') && !globToRegExp('{a,{b,c}x}.txt').test('c.txt'));
    assert.ok(globToRegExp('notes (old)+.txt').test('notes (old)+.txt'), 'regex characters are literal');
  });

  test('a broken pattern does not throw', () => {
    assert.doesNotThrow(() => globToRegExp('{a,b'));
    assert.doesNotThrow(() => globToRegExp('[abc'));
    assert.ok(globToRegExp('[abc').test('[abc'));
  });
});

describe('month labels', () => {
  test('in the user\'s language', () => {
    assert.equal(formatMonth('2020-02', 'en'), 'February 2020');
    assert.equal(formatMonth('2020-02', 'nl'), 'februari 2020');
    assert.equal(formatMonth('2019-12', 'de'), 'Dezember 2019');
  });
  test('odd input is shown as it is; a malformed locale falls back to English', () => {
    assert.equal(formatMonth('2020', 'en'), '2020');
    assert.equal(formatMonth('2020-02', 'not a locale!'), 'February 2020');
  });
});

describe('actor command arguments', () => {
  test('tree nodes, hover links and plain ids all give the entity id', () => {
    assert.equal(entityIdOf({ kind: 'actor', entityId: 'e1', id: 'actor:e1' }), 'e1');
    assert.equal(entityIdOf([{ entityId: 'e2' }]), 'e2');
    assert.equal(entityIdOf('e3'), 'e3');
    assert.equal(entityIdOf(undefined), undefined);
    assert.equal(entityIdOf({ entityId: 7 }), undefined);
  });
  test('the actor query quotes the name and leaves room for more words', () => {
    assert.equal(actorQuery('Fayez al-Sarraj'), 'actor:"Fayez al-Sarraj" ');
    assert.equal(actorQuery('The "Boss"'), 'actor:"The Boss" ');
  });
});
