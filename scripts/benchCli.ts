// The CLI section of `npm run bench`: `node dist/cli.js <folder> --search Tripoli` on synthetic
// archives written to disk, each run a fresh process (cold), so the figures include starting Node,
// reading the files and building what the search needs. Peak RSS and CPU time come from a module
// preloaded into the CLI (benchPeakRss.cjs). With the CLI's `--cache DIR`, also warm runs.

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { archiveFolder, repoRoot } from './benchArchive';
import { figure, type Figure, type SectionResult } from './benchReport';
import { format, formatMegabytes, median } from './measure';

const cliPath = join(repoRoot, 'dist', 'cli.js');
const preload = join(repoRoot, 'scripts', 'benchPeakRss.cjs');
const MB = 1024 * 1024;

export interface CliRun {
  wall: number;
  cpu: number;
  peakRss: number;
}

/** One fresh CLI process: wall time until it exits, its CPU time and peak RSS (bytes). */
export async function runCli(args: string[]): Promise<CliRun> {
  const scratch = mkdtempSync(join(tmpdir(), 'dossier-bench-usage-'));
  const usageFile = join(scratch, 'usage.json');
  try {
    const start = performance.now();
    const child = spawn(process.execPath, ['--require', preload, cliPath, ...args], {
      env: { ...process.env, DOSSIER_BENCH_USAGE: usageFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => { errors += chunk; });
    const code = await new Promise<number | null>((done) => child.on('exit', done));
    const wall = performance.now() - start;
    if (code !== 0) throw new Error(`node dist/cli.js ${args.join(' ')} exited with ${code}:\n${errors}`);
    const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { maxRssKilobytes: number; cpuMilliseconds: number };
    return { wall, cpu: usage.cpuMilliseconds, peakRss: usage.maxRssKilobytes * 1024 };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Whether the CLI offers `--cache DIR` (its usage line names it). */
export function cliHasCache(): boolean {
  const help = spawnSync(process.execPath, [cliPath, '--help'], { encoding: 'utf8' });
  return `${help.stdout}${help.stderr}`.includes('--cache');
}

interface Medians {
  wall: number;
  cpu: number;
  peakRss: number;
}

function medians(runs: CliRun[]): Medians {
  return { wall: median(runs.map((run) => run.wall)), cpu: median(runs.map((run) => run.cpu)), peakRss: median(runs.map((run) => run.peakRss)) };
}

export async function cliSection(sizes: number[], runs: number, archivesRoot: string): Promise<SectionResult> {
  const folders = new Map(sizes.map((size) => [size, archiveFolder(archivesRoot, size)]));
  const withCache = cliHasCache();
  const cacheRoot = mkdtempSync(join(tmpdir(), 'dossier-bench-cli-cache-'));
  const cold = new Map<number, CliRun[]>(sizes.map((size) => [size, []]));
  const warm = new Map<number, CliRun[]>(sizes.map((size) => [size, []]));
  try {
    const search = (size: number) => [folders.get(size)!, '--search', 'Tripoli'];
    const cacheArgs = (size: number) => ['--cache', join(cacheRoot, String(size))];
    // Sizes alternate within each round, so a burst of load on a shared machine slows all alike.
    if (withCache) for (const size of sizes) await runCli([...search(size), ...cacheArgs(size)]); // fills the cache
    for (let round = 0; round < runs; round++) {
      for (const size of sizes) {
        cold.get(size)!.push(await runCli(search(size)));
        if (withCache) warm.get(size)!.push(await runCli([...search(size), ...cacheArgs(size)]));
      }
    }
  } finally {
    rmSync(cacheRoot, { recursive: true, force: true });
  }

  const figures: Figure[] = [];
  const rows = sizes.map((size) => {
    const c = medians(cold.get(size)!);
    figures.push(
      figure('cli', 'cold, until searchable', c.wall, 'ms', size),
      figure('cli', 'cold, CPU time', c.cpu, 'ms', size),
      figure('cli', 'peak RSS, cold', c.peakRss / MB, 'MB', size),
    );
    const row = [size.toLocaleString('en'), format(c.wall), format(c.wall / size), format(c.cpu), formatMegabytes(c.peakRss)];
    if (!withCache) return row;
    const w = medians(warm.get(size)!);
    figures.push(figure('cli', 'warm, until searchable', w.wall, 'ms', size), figure('cli', 'peak RSS, warm', w.peakRss / MB, 'MB', size));
    return [...row, format(w.wall), formatMegabytes(w.peakRss)];
  });
  const notes = withCache ? [] : ['CLI: no warm runs, the CLI has no --cache option (node dist/cli.js --help).'];
  const [smallest, largest] = [Math.min(...sizes), Math.max(...sizes)];
  if (largest > smallest) {
    const perArticle = (size: number) => medians(cold.get(size)!).wall / size;
    const ratio = perArticle(largest) / perArticle(smallest);
    figures.push(figure('cli', 'cost per article, smallest to largest size', ratio, 'ratio', largest));
    notes.push(`CLI: a cold run costs ${ratio.toFixed(2)}x as much wall time per article at ${largest.toLocaleString('en')} as at ${smallest.toLocaleString('en')}.`);
  }
  return {
    tables: [{
      title: `CLI: node dist/cli.js <archive> --search Tripoli, each run a fresh process (medians of ${runs} runs)`,
      header: ['articles', 'cold, until searchable', 'per article', 'CPU time', 'peak RSS', ...(withCache ? ['warm (--cache)', 'peak RSS, warm'] : [])],
      rows,
    }],
    figures,
    notes,
  };
}
