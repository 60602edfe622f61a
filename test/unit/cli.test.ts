// The headless CLI on the seeds: the acceptance figures of the core, end to end.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

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
