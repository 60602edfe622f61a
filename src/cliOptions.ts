// The headless CLI's command line (see src/cli.ts): the options and their defaults.
import { availableParallelism } from 'node:os';
import { DEFAULT_MAX_BYTES } from './core/analysis';

export interface CliOptions {
  folder: string;
  json: boolean;
  search?: string;
  limit: number;
  maxBytes: number;
  /** analysis worker threads; 0 analyses on the main thread */
  workers: number;
  /** keep the analyses here and reuse those of unchanged files (without it, every run is cold) */
  cache?: string;
}

const USAGE = 'usage: node dist/cli.js <folder> [--json] [--search "<query>"] [--limit N] [--max-size-mb N] [--workers N] [--cache DIR]';

/**
 * Workers when not told: one per core. The CLI's main thread only adds the workers' analyses to the
 * corpus while they analyse (about half its time on a cold start; the rest it waits), so a worker
 * per core but one, as in the extension, would leave a core half idle.
 */
export function defaultCliWorkers(): number {
  return availableParallelism();
}

export function parseArguments(args: string[]): CliOptions {
  const options: CliOptions = { folder: '', json: false, limit: 10, maxBytes: DEFAULT_MAX_BYTES, workers: defaultCliWorkers() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = () => {
      const next = args[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--json') options.json = true;
    else if (arg === '--search') options.search = value();
    else if (arg === '--limit') options.limit = positiveNumber(arg, value());
    else if (arg === '--max-size-mb') options.maxBytes = positiveNumber(arg, value()) * 1024 * 1024;
    else if (arg === '--workers') options.workers = workerCount(arg, value());
    else if (arg === '--cache') options.cache = value();
    else if (arg === '--help' || arg === '-h') throw new Error(USAGE);
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else if (!options.folder) options.folder = arg;
    else throw new Error(`only one folder may be given\n${USAGE}`);
  }
  if (!options.folder) throw new Error(USAGE);
  return options;
}

function positiveNumber(option: string, text: string): number {
  const number = Number(text);
  if (!(number > 0)) throw new Error(`${option} needs a positive number, not "${text}"`);
  return number;
}

function workerCount(option: string, text: string): number {
  const number = Number(text);
  if (!Number.isInteger(number) || number < 0 || text.trim() === '') throw new Error(`${option} needs a whole number, 0 or more, not "${text}"`);
  return number;
}
