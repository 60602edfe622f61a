// Headless Dossier: analyse a folder of articles without VS Code.
//   node dist/cli.js <folder> [--json] [--search "<query>"] [--limit N] [--max-size-mb N]

import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { Corpus, DEFAULT_MAX_BYTES, type CorpusSnapshot } from './core/corpus';
import { tooLargeReason } from './core/decode';

interface CliOptions {
  folder: string;
  json: boolean;
  search?: string;
  limit: number;
  maxBytes: number;
}

const USAGE = 'usage: node dist/cli.js <folder> [--json] [--search "<query>"] [--limit N] [--max-size-mb N]';

/** Folders that never hold articles. */
const IGNORED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', '.vscode', '.dossier', 'dist', 'out']);

function parseArguments(args: string[]): CliOptions {
  const options: CliOptions = { folder: '', json: false, limit: 10, maxBytes: DEFAULT_MAX_BYTES };
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

async function* filesBelow(folder: string): AsyncGenerator<string> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || IGNORED_FOLDERS.has(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* filesBelow(path);
    else if (entry.isFile()) yield path;
  }
}

async function loadCorpus(folder: string, maxBytes: number): Promise<Corpus> {
  const corpus = new Corpus();
  for await (const file of filesBelow(folder)) {
    const path = relative(folder, file).split(sep).join('/');
    try {
      const { size } = await stat(file);
      // Decide on size before reading, so a huge file is never loaded into memory.
      if (size > maxBytes) corpus.skip(path, tooLargeReason(size, maxBytes));
      else corpus.upsertFile(path, await readFile(file), maxBytes);
    } catch (error) {
      corpus.skip(path, `could not be read: ${(error as Error).message}`);
    }
  }
  return corpus;
}

/** The `--json` shape: the analysis as data. */
function analysisJson(snapshot: CorpusSnapshot) {
  return {
    articles: snapshot.articles.map((article) => ({
      path: article.path,
      month: article.month,
      monthSource: article.monthSource,
      title: article.title,
      entities: article.entities,
    })),
    entities: snapshot.entities.map((entity) => ({
      id: entity.id,
      name: entity.name,
      type: entity.type,
      aliases: entity.aliases,
      articles: entity.articles,
      mentions: entity.mentions.length,
      roles: entity.roles.map((role) => ({ text: role.text, path: role.path })),
    })),
    events: snapshot.events.map((event) => ({ date: event.date, text: event.text, path: event.path })),
    skipped: snapshot.skipped,
  };
}

function printSummary(snapshot: CorpusSnapshot, folder: string): void {
  const { articles, entities, events, skipped } = snapshot;
  const lines: string[] = [];
  lines.push(`Dossier: ${folder}`);
  lines.push(`${articles.length} articles, ${entities.length} actors, ${events.length} dated events, ${skipped.length} skipped`);
  lines.push('', 'Articles');
  for (const article of articles) {
    const month = article.month ? `${article.month}${article.monthSource === 'inferred' ? '?' : ' '}` : 'undated ';
    lines.push(`  ${month.padEnd(8)} ${article.path}  ${article.title}`);
  }
  if (articles.some((article) => article.monthSource === 'inferred')) lines.push('  (? = month inferred from the text and related articles)');
  lines.push('', 'Actors (most articles first)');
  for (const entity of entities.slice(0, 25)) {
    const others = entity.aliases.filter((alias) => alias !== entity.name);
    lines.push(`  ${entity.name} [${entity.type}] in ${entity.articles.length} articles, ${entity.mentions.length} mentions`);
    if (others.length) lines.push(`      also: ${others.join(', ')}`);
    const roles = [...new Set(entity.roles.map((role) => role.text))];
    if (roles.length) lines.push(`      roles: ${roles.slice(0, 4).join('; ')}`);
  }
  if (entities.length > 25) lines.push(`  … and ${entities.length - 25} more (use --json for all)`);
  lines.push('', 'Dated events');
  for (const event of events.slice(0, 30)) lines.push(`  ${event.date.padEnd(10)} ${event.path}  ${event.expression}`);
  if (events.length > 30) lines.push(`  … and ${events.length - 30} more`);
  if (skipped.length) {
    lines.push('', 'Skipped');
    for (const file of skipped) lines.push(`  ${file.path}: ${file.reason}`);
  }
  console.log(lines.join('\n'));
}

async function main(args: string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArguments(args);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const folderStat = await stat(options.folder).catch(() => undefined);
  if (!folderStat?.isDirectory()) {
    console.error(`dossier: folder not found: ${options.folder}`);
    return 1;
  }
  const corpus = await loadCorpus(options.folder, options.maxBytes);
  const snapshot = corpus.snapshot();
  if (options.search !== undefined) {
    const hits = snapshot.search(options.search, options.limit).map((hit) => ({
      path: hit.path, title: hit.title, month: hit.month, snippet: hit.snippet,
    }));
    if (options.json) console.log(JSON.stringify(hits, null, 2));
    else if (hits.length === 0) console.log(`No articles match "${options.search}".`);
    else for (const hit of hits) console.log(`${hit.month ?? 'undated'}  ${hit.path}  ${hit.title}\n    ${hit.snippet}`);
    return 0;
  }
  if (options.json) console.log(JSON.stringify(analysisJson(snapshot), null, 2));
  else printSummary(snapshot, options.folder);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => { console.error(`dossier: ${(error as Error).stack ?? error}`); process.exitCode = 1; },
);
