// The headless CLI on the seeds: the acceptance figures of the core, end to end.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { syntheticArchive } from '../../scripts/syntheticArchive';
import { parseArguments } from '../../src/cliOptions';

function cli(...args: string[]) {
  return run(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args]);
}

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh folder holding `files` (name -> content). */
function folderWith(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  return folder;
}

const ARTICLE = ' date 2021-03 De minister van Financiën, Wopke Hoekstra, presenteerde de begroting in Den Haag.';

interface AnalysisJson {
  articles: { path: string; month: string | null; monthSource: string | null; title: string; entities: string[] }[];
  entities: { id: string; name: string; type: string; aliases: string[]; articles: string[]; mentions: number; roles: { text: string; path: string }[] }[];
  events: { date: string; text: string; path: string }[];
  skipped: { path: string; reason: string }[];
}

const seeds = (() => {
  const result = cli('seeds', '--json');
  assert.equal(result.code, 0, result.stderr);
  return JSON.parse(result.stdout) as AnalysisJson;
})();
const entityNamed = (pattern: RegExp) => seeds.entities.filter((entity) => entity.aliases.some((alias) => pattern.test(alias)) || pattern.test(entity.name));

test('five articles: four with a header month, seed 001 inferred as February 2020', () => {
  assert.equal(seeds.articles.length, 5);
  assert.equal(seeds.articles.filter((article) => article.monthSource === 'header').length, 4);
  const undated = seeds.articles.find((article) => article.path.startsWith('001_'));
  assert.deepEqual([undated?.month, undated?.monthSource], ['2020-02', 'inferred']);
  for (const article of seeds.articles) assert.ok(article.title.length > 10, `title of ${article.path}`);
});

test('one al-Sarraj entity holds am-Saaraj and Fayes al-Sarraj', () => {
  const sarraj = entityNamed(/sarraj|saaraj/i);
  assert.equal(sarraj.length, 1, JSON.stringify(sarraj.map((entity) => entity.aliases)));
  const aliases = sarraj[0].aliases.join(' | ');
  assert.match(aliases, /am-Saaraj/);
  assert.match(aliases, /Fayes al-Sarraj/);
  assert.equal(sarraj[0].type, 'person');
});

test('one Kadhafi entity with its spellings', () => {
  const kadhafi = entityNamed(/ka?d+h?af+i|khadafi/i);
  assert.equal(kadhafi.length, 1, JSON.stringify(kadhafi.map((entity) => entity.aliases)));
  const aliases = kadhafi[0].aliases.join(' | ');
  for (const spelling of [/Khadafi/, /Kadafi/, /Kadhafi/]) assert.match(aliases, spelling);
});

test('Haftar appears in all five articles', () => {
  const haftar = entityNamed(/haftar/i);
  assert.equal(haftar.length, 1);
  assert.equal(haftar[0].articles.length, 5);
  assert.equal(haftar[0].type, 'person');
});

test('roles for al-Mishri, Salamé, Guterres, Lavrov and Shoukry', () => {
  const expected: [RegExp, RegExp][] = [
    [/mishri/i, /hoofd van de Hoge Raad van State/i],
    [/salam/i, /gezant/i],
    [/guterres/i, /secretaris-generaal/i],
    [/lavrov/i, /minister van Buitenlandse Zaken/i],
    [/shoukry/i, /minister van Buitenlandse Zaken/i],
  ];
  for (const [name, role] of expected) {
    const [entity] = entityNamed(name);
    assert.ok(entity, `no entity for ${name}`);
    assert.ok(entity.roles.some((r) => role.test(r.text)), `${entity.name}: ${JSON.stringify(entity.roles)}`);
  }
});

test('dated events from the text, e.g. the Ghadames conference of 14-16 April 2019', () => {
  assert.ok(seeds.events.some((event) => event.date === '2019-04-14' && /Ghadames/.test(event.text)));
  assert.ok(seeds.events.some((event) => event.date === '2020-02-03' && event.path.startsWith('001_')));
});

test('search finds Ghadames, accent-insensitively, as JSON', () => {
  const result = cli('seeds', '--search', 'ghadames', '--json');
  assert.equal(result.code, 0, result.stderr);
  const hits = JSON.parse(result.stdout) as { path: string; snippet: string }[];
  assert.deepEqual(hits.map((hit) => hit.path.slice(0, 3)).sort(), ['003', '004']);
  assert.ok(hits.every((hit) => /Ghadames/.test(hit.snippet)));
  const geneve = JSON.parse(cli('seeds', '--search', 'Geneve', '--json').stdout) as { path: string }[];
  assert.ok(geneve.some((hit) => hit.path.startsWith('002_')));
});

test('a missing folder is a clear error with a non-zero exit', () => {
  const result = cli('does-not-exist-folder');
  assert.notEqual(result.code, 0);
  assert.match(result.stderr, /folder not found/);
});

test('skipped files are listed with a reason and the exit code stays 0', () => {
  const folder = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
  writeFileSync(join(folder, 'good.txt'), ' date 2021-03 De minister van Financiën, Wopke Hoekstra, presenteerde de begroting in Den Haag.');
  writeFileSync(join(folder, 'empty.txt'), '');
  writeFileSync(join(folder, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0]));
  const result = cli(folder, '--json');
  assert.equal(result.code, 0, result.stderr);
  const analysis = JSON.parse(result.stdout) as AnalysisJson;
  assert.deepEqual(analysis.articles.map((article) => article.path), ['good.txt']);
  assert.deepEqual(analysis.skipped.map((file) => file.path).sort(), ['empty.txt', 'image.png']);
  for (const file of analysis.skipped) assert.ok(file.reason.length > 5);
});

test('a folder that cannot be listed is skipped with the reason; the rest is analysed', () => {
  const folder = folderWith({ 'good.txt': ARTICLE });
  mkdirSync(join(folder, 'locked'));
  writeFileSync(join(folder, 'locked', 'hidden.txt'), ARTICLE);
  chmodSync(join(folder, 'locked'), 0o000);
  chmodSync(folder, 0o755);
  // Root may list any folder: run the CLI as "nobody" there, so listing fails with a real EACCES.
  const asUser = (...args: string[]) => process.getuid?.() === 0
    ? run('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '--import', 'tsx', 'src/cli.ts', ...args])
    : cli(...args);
  const json = asUser(folder, '--json');
  assert.equal(json.code, 0, json.stderr);
  const analysis = JSON.parse(json.stdout) as AnalysisJson;
  assert.deepEqual(analysis.articles.map((article) => article.path), ['good.txt']);
  assert.deepEqual(analysis.skipped, [{ path: 'locked', reason: 'folder could not be listed: EACCES: permission denied' }]);
  const text = asUser(folder);
  assert.equal(text.code, 0, text.stderr);
  assert.match(text.stdout, /\nSkipped\n {2}locked: folder could not be listed: EACCES: permission denied\n$/);
});

test('a file given as the folder is named a file, with its folder suggested', () => {
  const folder = folderWith({ 'good.txt': ARTICLE });
  const result = cli(join(folder, 'good.txt'));
  assert.equal(result.code, 1);
  assert.equal(result.stderr.trim(), `dossier: ${join(folder, 'good.txt')} is a file, not a folder; to analyse the articles beside it, give its folder: ${folder}`);
});

test('symbolic links are never followed, file or folder, and each is listed as skipped', () => {
  const outside = folderWith({ 'secret.txt': ' date 2020-01 Geheime notulen van Piet Paulusma in Leeuwarden.' });
  const folder = folderWith({ 'good.txt': ARTICLE });
  symlinkSync(join(outside, 'secret.txt'), join(folder, 'file-link.txt'));
  symlinkSync(outside, join(folder, 'folder-link'));
  symlinkSync(join(folder, 'nowhere.txt'), join(folder, 'dangling.txt'));
  symlinkSync(join(folder, 'loop.txt'), join(folder, 'loop.txt'));
  const result = cli(folder, '--json');
  assert.equal(result.code, 0, result.stderr);
  const analysis = JSON.parse(result.stdout) as AnalysisJson;
  assert.deepEqual(analysis.articles.map((article) => article.path), ['good.txt']);
  assert.deepEqual(analysis.skipped, ['dangling.txt', 'file-link.txt', 'folder-link', 'loop.txt'].map((path) => ({ path, reason: 'symbolic link (not followed)' })));
  assert.ok(!/Paulusma/.test(result.stdout));
});

test('text mode prints article text and file names inert: no escape sequence, no forged line', () => {
  const name = 'evil\n  Skipped: forged\u001b]8;;https:x.example\u0007.txt';
  const folder = folderWith({
    [name]: ' date 2021-04 Kop met \u001b[31mrood\u001b[0m en \u001b]0;titel\u0007 over Den Haag.\n\nDe premier Mark Rutte sprak.',
  });
  const text = cli(folder);
  assert.equal(text.code, 0, text.stderr);
  assert.ok(!/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/.test(text.stdout), JSON.stringify(text.stdout));
  assert.ok(!text.stdout.split('\n').some((line) => line.startsWith('  Skipped')), text.stdout);
  assert.match(text.stdout, /evil␊ {2}Skipped: forged␛\]8;;https:x\.example␇\.txt/);
  assert.match(text.stdout, /Kop met ␛\[31mrood␛\[0m/);
  const search = cli(folder, '--search', 'Haag');
  assert.ok(!/\u001b/.test(search.stdout) && /␛/.test(search.stdout), search.stdout);
  // The file whose name holds a newline is indexed, and --json keeps its exact name.
  const analysis = JSON.parse(cli(folder, '--json').stdout) as AnalysisJson;
  assert.deepEqual(analysis.articles.map((article) => article.path), [name]);
});

test('--json escapes C1 controls, bidi overrides and zero-width characters, keeping the data exact', () => {
  const name = 'a\u009b31m\u202egnp.txt';
  const folder = folderWith({ [name]: ' date 2021-04 Kop over Den\u200bHaag en de \u2028 premier.' });
  const result = cli(folder, '--json');
  assert.equal(result.code, 0, result.stderr);
  assert.ok(!/[\u007f-\u009f\u200b\u2028\u202e]/.test(result.stdout), JSON.stringify(result.stdout));
  assert.match(result.stdout, /a\\u009b31m\\u202egnp\.txt/);
  assert.deepEqual((JSON.parse(result.stdout) as AnalysisJson).articles.map((article) => article.path), [name]);
});

test('--workers: the same output from worker threads as from the main thread, in the same order', () => {
  const folder = folderWith({ 'empty.txt': '', 'image.png': '\u0000\u0001binary' });
  for (const file of syntheticArchive(60)) {
    mkdirSync(join(folder, dirname(file.path)), { recursive: true });
    writeFileSync(join(folder, file.path), file.text);
  }
  const outputs = ['0', '1', '3'].map((workers) => cli(folder, '--workers', workers));
  for (const output of outputs) assert.deepEqual([output.code, output.stderr], [0, '']);
  assert.equal(outputs[1].stdout, outputs[0].stdout);
  assert.equal(outputs[2].stdout, outputs[0].stdout);
  assert.match(outputs[0].stdout, /\n60 articles, \d+ actors, \d+ dated events, 2 skipped\n/);
  assert.equal(cli('seeds', '--json', '--workers', '0').stdout, JSON.stringify(seeds, null, 2).concat('\n'));
});

test('without --workers, a worker per core: the main thread would leave one half idle', () => {
  assert.equal(parseArguments(['seeds']).workers, availableParallelism());
  assert.equal(parseArguments(['seeds', '--workers', '0']).workers, 0);
});

test('--workers needs a whole number, 0 or more', () => {
  for (const value of ['-1', '1.5', 'two', '']) {
    const result = cli('seeds', '--workers', value);
    assert.equal(result.code, 2);
    assert.equal(result.stderr.trim(), `--workers needs a whole number, 0 or more, not "${value}"`);
  }
});
