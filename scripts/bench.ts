// `npm run bench`: how Dossier scales with the size of an archive, in four sections:
//   core          the pure core in this process (benchCore.ts)
//   pathological  inputs built to make the core superlinear (pathological.ts)
//   cli           node dist/cli.js on archives on disk, a fresh process per run (benchCli.ts)
//   vscode        the packaged extension in a real VS Code at 10,000 articles (benchVscode.ts)
// Prints each section's tables, then every figure beside issue 10's target for it, and writes it
// all as JSON. Figures are medians of several runs; the machine is noisy, so compare ratios.
//   npm run bench -- [--only core,pathological,cli,vscode] [--sizes 1000,10000] [--runs 5]
//     [--cli-runs 3] [--json dist/bench.json] [--archives DIR] [--vscode-size 10000]
//     [--pathological-sizes 1000,20000] [--pathological-mb 1,10] [--vscode-runs 3]
//     [--profile DIR]
// `--sizes` applies to the core and the CLI (add 100000 for the large archive).
// `--profile DIR` writes a CPU profile of the extension host for each VS Code start, with a summary
// (its longest busy stretches) and its memory; it needs Node 22 or --experimental-websocket.

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { archiveFolder, repoRoot } from './benchArchive';
import { cliSection } from './benchCli';
import { coreSection } from './benchCore';
import { printTable, targetsTable, writeReport, type SectionName, type SectionResult } from './benchReport';
import { packageExtension, vscodeSection } from './benchVscode';
import { pathologicalSection } from './pathological';

const SECTIONS: SectionName[] = ['core', 'pathological', 'cli', 'vscode'];

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const numbers = (name: string, fallback: string) => option(name, fallback).split(',').map(Number);

async function main(): Promise<void> {
  const only = option('--only', SECTIONS.join(',')).split(',');
  const unknown = only.filter((name) => !SECTIONS.includes(name as SectionName));
  if (unknown.length > 0) throw new Error(`unknown section ${unknown.join(', ')}; the sections are ${SECTIONS.join(', ')}`);
  const sizes = numbers('--sizes', '1000,10000');
  const runs = Number(option('--runs', '5'));
  const archives = option('--archives', join(tmpdir(), 'dossier-bench-archives'));
  const jsonFile = option('--json', join(repoRoot, 'dist', 'bench.json'));
  const wanted = (name: SectionName) => only.includes(name);

  // Packaging empties dist/ and builds it again, so it comes before anything that runs dist/cli.js.
  const profileDir = args.includes('--profile') ? option('--profile', join(repoRoot, 'dist', 'profiles')) : undefined;
  if (wanted('vscode')) packageExtension(profileDir !== undefined);
  const sections: Partial<Record<SectionName, SectionResult>> = {};
  const run = async (name: SectionName, measure: () => SectionResult | Promise<SectionResult>) => {
    if (!wanted(name)) return;
    console.error(`bench: ${name} …`);
    const result = await measure();
    result.tables.forEach(printTable);
    result.notes.forEach((note) => console.log(note));
    sections[name] = result;
  };
  await run('core', () => coreSection(sizes, runs));
  await run('pathological', () => pathologicalSection(runs, numbers('--pathological-sizes', '1000,20000'), numbers('--pathological-mb', '1,10')));
  await run('cli', () => cliSection(sizes, Number(option('--cli-runs', '3')), archives));
  const vscodeSize = Number(option('--vscode-size', '10000'));
  await run('vscode', () => vscodeSection(vscodeSize, archiveFolder(archives, vscodeSize), { runs: Number(option('--vscode-runs', '3')), profileDir }));

  const targets = targetsTable(Object.values(sections).flatMap((section) => section.figures));
  if (targets.rows.length > 0) printTable(targets);
  else console.log('\nNo figure measured here has a target in issue 10 (the targets are at 10,000 and 100,000 articles).');
  writeReport(jsonFile, sections);
  console.log(`\nThe figures as JSON: ${jsonFile}`);
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.stack ?? error.message : error}`);
  process.exitCode = 1;
});
