// The walk of a workspace folder on a real disk: links are reported and never followed, folders
// that cannot be listed are reported, excluded folders are not entered, odd names are kept.
import assert from 'node:assert/strict';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileStamp, listDirectory, resolvedRoot, symbolicLinkInFolders, symbolicLinkOnPath, walkFolder, type FolderEntry } from '../../src/vscode/articleFiles';
import { excludesFolder } from '../../src/vscode/glob';

const globs = { include: ['*.txt', 'articles/**/*.txt'], exclude: ['**/node_modules/**', '**/skip-me.txt'] };

function byKind(entries: FolderEntry[]): Record<string, string[]> {
  const kinds: Record<string, string[]> = {};
  for (const entry of entries) (kinds[entry.kind] ??= []).push(entry.path);
  for (const paths of Object.values(kinds)) paths.sort();
  return kinds;
}

describe('walkFolder and symbolicLinkOnPath', () => {
  let base: string;
  let root: string;
  let outside: string;

  before(() => {
    base = mkdtempSync(join(tmpdir(), 'dossier-walk-'));
    root = join(base, 'workspace');
    outside = join(base, 'outside');
    mkdirSync(outside);
    writeFileSync(join(outside, 'secret.txt'), 'secret');
    mkdirSync(join(root, 'articles', 'deep'), { recursive: true });
    mkdirSync(join(root, 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(join(root, 'top.txt'), 'a');
    writeFileSync(join(root, 'notes.md'), 'not an article');
    writeFileSync(join(root, 'skip-me.txt'), 'excluded');
    writeFileSync(join(root, 'articles', 'deep', 'two\nlines.txt'), 'a newline in the name');
    writeFileSync(join(root, 'node_modules', 'pkg', 'readme.txt'), 'excluded folder');
    symlinkSync(join(outside, 'secret.txt'), join(root, 'to-secret.txt'));
    symlinkSync(outside, join(root, 'articles', 'to-outside'));
    symlinkSync(join(root, 'top.txt'), join(root, 'articles', 'inside.txt'));
    symlinkSync(join(root, 'notes.md'), join(root, 'notes-link.md'));
  });
  after(() => rmSync(base, { recursive: true, force: true }));

  test('lists article files and the links where an article or a folder would be, and follows none', async () => {
    const listed: string[] = [];
    const entries = await walkFolder(root, '', globs, (path) => {
      listed.push(path);
      return listDirectory(path);
    });
    assert.deepEqual(byKind(entries), {
      file: ['articles/deep/two\nlines.txt', 'top.txt'],
      link: ['articles/inside.txt', 'articles/to-outside', 'to-secret.txt'],
    });
    assert.ok(!listed.some((path) => path.startsWith(outside) || path.includes('to-outside')), listed.join(', '));
    assert.ok(!listed.some((path) => path.includes('node_modules')), 'an excluded folder is not entered');
  });

  test('a folder that cannot be listed is reported with the error code; the rest is still walked', async () => {
    const locked = join(root, 'articles', 'deep');
    const entries = await walkFolder(root, '', globs, (path) =>
      path === locked ? Promise.reject(Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' })) : listDirectory(path));
    assert.deepEqual(entries.filter((e) => e.kind === 'unlisted'), [{ kind: 'unlisted', path: 'articles/deep', error: 'EACCES' }]);
    assert.ok(entries.some((e) => e.kind === 'file' && e.path === 'top.txt'));
  });

  test('a walk can start in a sub-folder', async () => {
    assert.deepEqual(byKind(await walkFolder(root, 'articles/deep', globs)), { file: ['articles/deep/two\nlines.txt'] });
  });

  test('symbolicLinkOnPath names the link on the way: the file itself or a folder, else nothing', async () => {
    const real = await resolvedRoot(root);
    assert.equal(await symbolicLinkOnPath(root, real, 'top.txt'), undefined);
    assert.equal(await symbolicLinkOnPath(root, real, 'articles/deep/two\nlines.txt'), undefined);
    assert.equal(await symbolicLinkOnPath(root, real, 'to-secret.txt'), 'to-secret.txt');
    assert.equal(await symbolicLinkOnPath(root, real, 'articles/inside.txt'), 'articles/inside.txt');
    assert.equal(await symbolicLinkOnPath(root, real, 'articles/to-outside/secret.txt'), 'articles/to-outside');
    assert.equal(await symbolicLinkOnPath(root, real, 'gone.txt'), undefined);
  });

  test('symbolicLinkInFolders names a linked folder on the way, looking at each folder once for files checked together', async () => {
    const real = await resolvedRoot(root);
    const folders = new Map<string, Promise<string | undefined>>();
    assert.equal(await symbolicLinkInFolders(root, real, 'articles/to-outside/secret.txt', folders), 'articles/to-outside');
    assert.equal(await symbolicLinkInFolders(root, real, 'articles/to-outside/other.txt', folders), 'articles/to-outside');
    assert.equal(await symbolicLinkInFolders(root, real, 'articles/deep/two\nlines.txt', folders), undefined);
    assert.equal(await symbolicLinkInFolders(root, real, 'articles/inside.txt', folders), undefined, 'the file itself is for lstat to tell');
    assert.equal(await symbolicLinkInFolders(root, real, 'to-secret.txt', folders), undefined);
    assert.deepEqual([...folders.keys()].sort(), ['articles', 'articles/deep', 'articles/to-outside'].map((folder) => join(root, folder)).sort());
  });

  test('fileStamp gives a file\'s size and whole-millisecond mtime (as VS Code\'s stat does), and does not follow a link', async () => {
    const top = lstatSync(join(root, 'top.txt'));
    assert.deepEqual(await fileStamp(join(root, 'top.txt')), { kind: 'file', size: 1, mtime: top.mtime.getTime() });
    assert.equal((await fileStamp(join(root, 'articles')))?.kind, 'folder');
    const link = await fileStamp(join(root, 'to-secret.txt'));
    assert.equal(link?.kind, 'link');
    assert.equal(link?.size, lstatSync(join(root, 'to-secret.txt')).size);
    assert.equal(await fileStamp(join(root, 'gone.txt')), undefined);
  });

  test('a workspace opened through a link of its own is not a link inside it', async () => {
    const viaLink = join(base, 'workspace-link');
    symlinkSync(root, viaLink);
    assert.deepEqual(readdirSync(viaLink).sort(), readdirSync(root).sort());
    assert.equal(await symbolicLinkOnPath(viaLink, await resolvedRoot(viaLink), 'top.txt'), undefined);
    assert.equal(await symbolicLinkOnPath(viaLink, await resolvedRoot(viaLink), 'to-secret.txt'), 'to-secret.txt');
  });
});

describe('excludesFolder', () => {
  test('a folder is excluded by a glob that matches it or everything under it', () => {
    assert.equal(excludesFolder('node_modules', ['**/node_modules/**']), true);
    assert.equal(excludesFolder('a/b/node_modules', ['**/node_modules/**']), true);
    assert.equal(excludesFolder('build', ['build']), true);
    assert.equal(excludesFolder('node_modules_backup', ['**/node_modules/**']), false);
    assert.equal(excludesFolder('articles', ['**/*.txt', '**/{LICENSE,COPYING}*.txt']), false);
  });
});
