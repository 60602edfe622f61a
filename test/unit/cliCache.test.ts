// The CLI's --cache: a second run reads only what changed and prints the same analysis.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return { stdout: result.stdout, stderr: result.stderr };
}

function seedsCopy(): string {
  const folder = mkdtempSync(join(tmpdir(), 'dossier-cli-cache-'));
  cpSync('seeds', folder, { recursive: true });
  return folder;
}

const articleCount = readdirSync('seeds').filter((name) => name.endsWith('.txt')).length;

test('with --cache, a second run reads no unchanged file and gives the same analysis; without it, nothing is kept', () => {
  const folder = seedsCopy();
  const cache = join(mkdtempSync(join(tmpdir(), 'dossier-cli-cache-dir-')), 'made/on/first/use');
  const cold = cli(folder, '--json');
  const first = cli(folder, '--json', '--cache', cache);
  assert.match(first.stderr, new RegExp(`${articleCount} files, ${articleCount} read, 0 from the cache`));
  assert.ok(existsSync(cache), 'the cache folder is made');
  const second = cli(folder, '--json', '--cache', cache);
  assert.match(second.stderr, new RegExp(`${articleCount} files, 0 read, ${articleCount} from the cache`));
  assert.equal(second.stdout, cold.stdout);
  assert.equal(first.stdout, cold.stdout);
  assert.equal(cold.stderr, '', 'no cache line without --cache');

  const changed = readdirSync(folder).find((name) => name.endsWith('.txt'))!;
  writeFileSync(join(folder, changed), ' date 2022-05 Minister Sigrid Kaag sprak in Den Haag over de begroting van het komende jaar.');
  const third = cli(folder, '--search', 'Kaag', '--cache', cache);
  assert.match(third.stderr, new RegExp(`${articleCount} files, 1 read, ${articleCount - 1} from the cache`));
  assert.match(third.stdout, new RegExp(changed));
});

test('a damaged cache is said on stderr and rebuilt; the analysis is the same', () => {
  const folder = seedsCopy();
  const cache = mkdtempSync(join(tmpdir(), 'dossier-cli-cache-dir-'));
  const cold = cli(folder, '--json', '--cache', cache).stdout;
  for (const shard of readdirSync(cache)) writeFileSync(join(cache, shard), 'garbage');
  const damaged = cli(folder, '--json', '--cache', cache);
  assert.match(damaged.stderr, /files dropped and rebuilt: corrupt \(not gzip data/);
  assert.match(damaged.stderr, new RegExp(`${articleCount} read, 0 from the cache`));
  assert.equal(damaged.stdout, cold);
  assert.match(cli(folder, '--json', '--cache', cache).stderr, new RegExp(`0 read, ${articleCount} from the cache`));
});

test('a cache folder inside the articles folder is not read as articles', () => {
  const folder = seedsCopy();
  const cold = cli(folder, '--json').stdout;
  cli(folder, '--json', '--cache', join(folder, 'cache'));
  assert.equal(cli(folder, '--json', '--cache', join(folder, 'cache')).stdout, cold);
});
