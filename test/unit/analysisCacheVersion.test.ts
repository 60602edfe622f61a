// The cache's version follows the analysis code: any change to the core's sources or data, or to
// Dossier's version, gives a new one; the rest of the repository does not.
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { cacheVersion } from '../../scripts/cacheVersion.mjs';
import { analysisCacheVersion } from '../../src/node/analysisCacheVersion';

function copyOfRepository(): string {
  const root = mkdtempSync(join(tmpdir(), 'dossier-version-'));
  cpSync('package.json', join(root, 'package.json'));
  cpSync('src/core', join(root, 'src/core'), { recursive: true });
  cpSync('src/vscode', join(root, 'src/vscode'), { recursive: true });
  return root;
}

test('run from the sources, the version is that of this repository', () => {
  assert.equal(analysisCacheVersion(), cacheVersion('.'));
  assert.match(analysisCacheVersion(), /^\d+\.\d+\.\d+.*\+[0-9a-f]{16}$/);
});

test('a change to a core source or its data gives a new version; one elsewhere does not', () => {
  const root = copyOfRepository();
  const original = cacheVersion(root);
  assert.equal(cacheVersion(root), original, 'stable');
  appendFileSync(join(root, 'src/vscode/statusBar.ts'), '\n// elsewhere\n');
  assert.equal(cacheVersion(root), original, 'not the core');

  appendFileSync(join(root, 'src/core/dates.ts'), '\n// a comment is enough\n');
  const afterSource = cacheVersion(root);
  assert.notEqual(afterSource, original);
  appendFileSync(join(root, 'src/core/data/knowledge-base.json'), ' ');
  assert.notEqual(cacheVersion(root), afterSource, 'the knowledge base is part of the analysis');
  writeFileSync(join(root, 'src/core/newModule.ts'), 'export {};\n');
  assert.notEqual(cacheVersion(root), afterSource);
});

test('a new Dossier version gives a new version', () => {
  const root = copyOfRepository();
  const original = cacheVersion(root);
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ ...manifest, version: '99.0.0' }));
  assert.notEqual(cacheVersion(root), original);
  assert.match(cacheVersion(root), /^99\.0\.0\+/);
});
