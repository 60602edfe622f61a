import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { actorQuery, entityIdOf } from '../../src/vscode/actorArgs';
import { articlesFolderGlob, excludesFolder, globToRegExp, matchesAnyGlob } from '../../src/vscode/glob';
import { formatMonth } from '../../src/vscode/monthLabel';

describe('globs (the include and exclude settings)', () => {
  const properties = (JSON.parse(readFileSync('package.json', 'utf8')) as {
    contributes: { configuration: { properties: Record<string, { default: string[] }> } };
  }).contributes.configuration.properties;
  const include = properties['dossier.articles.include']!.default;
  const exclude = properties['dossier.articles.exclude']!.default;
  const isArticleFile = (path: string) => matchesAnyGlob(path, include) && !matchesAnyGlob(path, exclude) && !excludedFolderOf(path);
  const excludedFolderOf = (path: string) => path.split('/').slice(0, -1).some((_, i, parts) => excludesFolder(parts.slice(0, i + 1).join('/'), exclude));
  const cases: Array<[string, boolean]> = [
    ['seeds/000_ab.txt', true],
    ['top.txt', true],
    ['nested/2020/feb/x.txt', true],
    ['archief/2019/03/15/verkiezingen.text', true],
    ['notes/license-plates-in-the-news.txt', true],
    ['nieuws/installatie-burgemeester.txt', true],
    ['node_modules_backup/a.txt', true],
    ['my-LICENSE.txt', true],
    ['node_modules/x/readme.txt', false],
    ['seeds/node_modules/a.txt', false],
    ['.git/COMMIT_EDITMSG.txt', false],
    ['.venv/lib/python3.12/site-packages/pkg/top_level.txt', false],
    ['build/CMakeFiles/CMakeOutput.txt', false],
    ['vendor/lib/notes.txt', false],
    ['third_party/zlib/README.txt', false],
    ['LICENSE.txt', false],
    ['license.txt', false],
    ['LICENSE-MIT.txt', false],
    ['docs/COPYING.txt', false],
    ['ThirdPartyNotices.txt', false],
    ['NOTICE.txt', false],
    ['CHANGELOG.txt', false],
    ['changelog.txt', false],
    ['README.txt', false],
    ['ReadMe.txt', false],
    ['AUTHORS.txt', false],
    ['requirements.txt', false],
    ['docs/requirements-dev.txt', false],
    ['dev-requirements.txt', false],
    ['CMakeLists.txt', false],
    ['src/lib/CMakeLists.txt', false],
    ['public/robots.txt', false],
    ['robots.txt', false],
    ['article.md', false],
  ];
  for (const [path, article] of cases) {
    test(`${JSON.stringify(path)} ${article ? 'is' : 'is not'} an article file by the defaults`, () => {
      assert.equal(isArticleFile(path), article);
    });
  }

  test('the glob of an articles folder matches its text files at any depth, and only them', () => {
    const glob = articlesFolderGlob('nieuws/2020');
    assert.ok(matchesAnyGlob('nieuws/2020/feb/x.txt', [glob]) && matchesAnyGlob('nieuws/2020/y.text', [glob]));
    assert.ok(!matchesAnyGlob('nieuws/2021/x.txt', [glob]) && !matchesAnyGlob('nieuws/2020/x.md', [glob]));
    assert.ok(matchesAnyGlob('deep/a/b.txt', [articlesFolderGlob('')]), 'the workspace folder itself');
    // glob characters in a folder name stand for themselves
    const odd = articlesFolderGlob('archief [oud] {2019,2020} *?');
    assert.ok(matchesAnyGlob('archief [oud] {2019,2020} *?/x.txt', [odd]));
    assert.ok(!matchesAnyGlob('archief o 2019 ab/x.txt', [odd]));
  });

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
