// Headless Dossier: analyse a folder of articles without VS Code.
//   node dist/cli.js <folder> [--json] [--search "<query>"] [--limit N] [--max-size-mb N] [--workers N] [--cache DIR]

import { readdir, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArguments, type CliOptions } from './cliOptions';
import { Corpus, type CorpusSnapshot } from './core/corpus';
import { inertText } from './core/inertText';
import { loadKnowledgeBase } from './core/knowledgeBase';
import { addToCorpus, AnalysisCache } from './node/analysisCache';
import { analysisCacheVersion } from './node/analysisCacheVersion';
import { AnalysisPool } from './node/analysisPool';
import { SavedEntities } from './node/entityResolutionFile';
import { fileAnalysis, type ArticleFileAnalysis } from './node/articleFile';
import { ioReason, NOT_A_FILE, SYMBOLIC_LINK } from './node/articleFileReading';
import { forEachInOrder } from './node/inOrder';

/** Folders that never hold articles. */
const IGNORED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', '.vscode', '.dossier', 'dist', 'out']);

/** Files stat'ed, read or analysed at once: enough to keep the disk and the workers busy, few enough for memory and file handles. */
const FILES_AT_ONCE = 48;

/** A file to read, or something found in the walk that is not read, with the reason. */
type Found = { file: string } | { skipped: string; reason: string };

/**
 * Every file below `folder`, in name order. Symbolic links are never followed, file or folder,
 * wherever they point; they, folders that cannot be listed and special files are reported instead.
 */
async function* filesBelow(folder: string, notInto: string | undefined): AsyncGenerator<Found> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    yield { skipped: folder, reason: `folder could not be listed: ${ioReason(error)}` };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.name.startsWith('.') || IGNORED_FOLDERS.has(entry.name) || path === notInto) continue;
    if (entry.isSymbolicLink()) yield { skipped: path, reason: SYMBOLIC_LINK };
    else if (entry.isDirectory()) yield* filesBelow(path, notInto);
    else if (entry.isFile()) yield { file: path };
    else yield { skipped: path, reason: NOT_A_FILE };
  }
}

/** The corpus, and with a cache, the cache and how many files were found and read. */
interface Loaded {
  corpus: Corpus;
  cache?: { store: AnalysisCache; entities: SavedEntities; files: number; read: number };
}

/**
 * Reads and analyses the files concurrently; they go into the corpus in the walk's order, as if read
 * one by one. With a cache, a file it holds as it is now is not read, and new analyses are kept.
 */
async function loadCorpus({ folder, maxBytes, workers, cache: cacheFolder, search }: CliOptions): Promise<Loaded> {
  const knowledgeBase = loadKnowledgeBase();
  const corpus = new Corpus({ knowledgeBase });
  const cache = cacheFolder === undefined ? undefined : await openCache(cacheFolder);
  // A cold run's main thread mostly waits for the workers: the search index then takes each
  // article as it arrives instead of all of them at the end. (A warm run loads it, see main.)
  if (search !== undefined && !cache?.size) corpus.indexForSearch(0);
  const pool = new AnalysisPool({
    workers,
    knowledgeBase,
    onWorkersUnavailable: (reason) => console.error(inertText(`dossier: analysis workers could not start (${reason}); analysing on the main thread`)),
  });
  const relativePath = (file: string) => relative(folder, file).split(sep).join('/') || '.';
  let files = 0;
  let read = 0;
  try {
    // A cache folder inside the articles' folder holds no articles.
    await forEachInOrder(
      filesBelow(folder, cacheFolder === undefined ? undefined : join(folder, relative(folder, cacheFolder))),
      FILES_AT_ONCE,
      async (found): Promise<ArticleFileAnalysis> => {
        if (!('file' in found)) return { analysis: { path: relativePath(found.skipped), skipped: found.reason }, userEntitiesText: null, fromCache: false };
        files++;
        return fileAnalysis(found.file, relativePath(found.file), maxBytes, pool, cache);
      },
      (made) => {
        if (made.stamp === undefined || !cache) corpus.addAnalysis(made.analysis, made.userEntitiesText);
        else addToCorpus(corpus, cache, made.stamp, made, made.fromCache);
        if (made.stamp !== undefined && !made.fromCache) read++;
      },
    );
  } finally {
    await pool.dispose();
  }
  return { corpus, cache: cache && { store: cache, entities: new SavedEntities(cache), files, read } };
}

/** The cache in `folder` (made if missing), loaded; what it had to drop is said on stderr, which --json leaves clean. */
async function openCache(folder: string): Promise<AnalysisCache> {
  const cache = new AnalysisCache(folder, analysisCacheVersion());
  const { problems } = await cache.load();
  const kinds = [...new Set(problems.map((problem) => `${problem.kind} (${problem.detail})`))];
  if (problems.length > 0) console.error(inertText(`dossier: cache ${folder}: ${problems.length} of its files dropped and rebuilt: ${kinds.join('; ')}`));
  return cache;
}

/** Saves the analyses, and the search index and the entities when the cache does not hold them yet. */
async function saveCache({ corpus, cache }: Loaded): Promise<void> {
  if (!cache) return;
  const { store, files, read, entities } = cache;
  store.keepSearchIndex(() => corpus.searchIndexState());
  const { failures } = await store.save();
  const failure = await entities.save(() => corpus.entityResolution());
  if (failure !== undefined) failures.push(failure);
  console.error(inertText(`dossier: cache ${store.folder}: ${files} files, ${read} read, ${files - read} from the cache`));
  for (const failure of failures) console.error(inertText(`dossier: cache ${store.folder}: could not write ${failure}`));
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

/**
 * JSON escapes the C0 controls; the other characters a terminal or a reader could be fooled by
 * (DEL, C1 controls such as the 8-bit CSI, bidi overrides, zero-width and line separators) are
 * escaped too, which keeps the data exact.
 */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;

function printJson(value: unknown): void {
  console.log(JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** Prints text-mode lines; every piece of them may come from an article or a file name, so each line is made inert. */
function printLines(lines: string[]): void {
  console.log(lines.map(inertText).join('\n'));
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
  printLines(lines);
}

/** Why `folder` cannot be analysed, or null when it is a folder. */
async function folderProblem(folder: string): Promise<string | null> {
  const info = await stat(folder).catch(() => undefined);
  if (info === undefined) return `folder not found: ${folder}`;
  if (info.isDirectory()) return null;
  if (info.isFile()) return `${folder} is a file, not a folder; to analyse the articles beside it, give its folder: ${dirname(resolve(folder))}`;
  return `${folder} is not a folder`;
}

async function main(args: string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArguments(args);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const problem = await folderProblem(options.folder);
  if (problem !== null) {
    console.error(inertText(`dossier: ${problem}`));
    return 1;
  }
  const loaded = await loadCorpus(options);
  const { corpus } = loaded;
  // Every file as the cache holds it: the entities and search index saved with it were made from these analyses.
  if (loaded.cache?.read === 0) {
    const saved = await loaded.cache.entities.load();
    if (saved) corpus.loadEntityResolution(saved);
  }
  if (options.search !== undefined && loaded.cache?.read === 0) {
    const state = await loaded.cache.store.loadSearchIndex();
    if (state) corpus.loadSearchIndex(state);
  }
  const snapshot = corpus.snapshot();
  printResults(options, snapshot);
  await saveCache(loaded);
  return 0;
}

function printResults(options: CliOptions, snapshot: CorpusSnapshot): void {
  if (options.search !== undefined) {
    const hits = snapshot.search(options.search, options.limit).map((hit) => ({
      path: hit.path, title: hit.title, month: hit.month, snippet: hit.snippet,
    }));
    if (options.json) printJson(hits);
    else if (hits.length === 0) printLines([`No articles match "${options.search}".`]);
    else printLines(hits.flatMap((hit) => [`${hit.month ?? 'undated'}  ${hit.path}  ${hit.title}`, `    ${hit.snippet}`]));
  } else if (options.json) printJson(analysisJson(snapshot));
  else printSummary(snapshot, options.folder);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => { console.error(`dossier: ${(error as Error).stack ?? error}`); process.exitCode = 1; },
);
