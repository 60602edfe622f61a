// The VS Code section of `npm run bench`: the packaged extension (dist/dossier.vsix) in a real
// VS Code (code-server, headless chromium) with a synthetic archive as the workspace. A cold start
// (fresh profile), then a window reload (warm: same profile, whatever the extension persisted),
// each timed from the page opening and from the extension's activation (the extension host log)
// until the tree counts every article and a search answers; the extension host's peak RSS from
// /proc; and the extension's own run line in its output channel.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchWorkbenchBrowser, makeTempDir, startCodeServer, stopSuite, vsixPath, type RunningCodeServer } from '../test/e2e/codeServer';
import { activationTime, extensionHostPid, newestExtensionHostLogs, outputChannelLines, peakRss, processCpuTime, workspaceStorageFingerprint } from '../test/e2e/extensionHost';
import { commandTitle, openDossierView, runFromPalette, treeRows, waitForWorkbench } from '../test/e2e/workbench';
import { repoRoot } from './benchArchive';
import { figure, type Figure, type SectionResult } from './benchReport';
import { format, formatMegabytes } from './measure';

const EXTENSION_ID = 'dossier-dev.dossier';
const MB = 1024 * 1024;
const POLL_MS = 250;
const START_TIMEOUT_MS = 15 * 60_000;
/**
 * How long the extension's storage must stay unchanged before the reload, and the most to wait for
 * that: the search index is saved a while after the analyses (once its idle build is done).
 */
const STORAGE_QUIET_MS = 10_000;
const STORAGE_WAIT_MS = 120_000;

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Builds dist/dossier.vsix, then the development build again (packaging empties dist/). */
export function packageExtension(): void {
  for (const command of [['run', '--silent', 'package'], ['exec', '--', 'node', 'scripts/build.mjs']]) {
    const result = spawnSync('npm', command, { cwd: repoRoot, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`npm ${command.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  }
}

interface StartFigures {
  treeAfterOpen: number;
  treeAfterActivation?: number;
  searchAfterOpen: number;
  searchAfterActivation?: number;
  /** from the query typed until the palette counts its results */
  searchAnswer: number;
  peakRss?: number;
  /** the extension host's CPU time from its start until the tree was complete */
  hostCpu?: number;
  host?: number;
  /** the extension's run line in its output channel */
  runLine?: string;
  longestPause?: number;
}

/** The sum of the top-level rows' counts: every article once (years or months, and the undated). */
async function articlesInTree(page: Page): Promise<number> {
  return (await treeRows(page).catch(() => [])).filter((row) => row.level === 1).reduce((sum, row) => sum + (Number.isNaN(row.count) ? 0 : row.count), 0);
}

/**
 * Opens (or reloads) the workbench with `open` and measures until `articles` are in the tree and a
 * search answers. `previousHost` is the extension host of the window before a reload, which may
 * still be ending: its memory is not this start's.
 */
async function measureStart(page: Page, server: RunningCodeServer, articles: number, open: () => Promise<unknown>, previousHost?: number): Promise<StartFigures> {
  const opened = Date.now();
  await open();
  await waitForWorkbench(page);
  await openDossierView(page);
  let host: number | undefined;
  let rss: number | undefined;
  const sampleHost = () => {
    const newest = extensionHostPid(server);
    if (newest !== previousHost) host = newest ?? host;
    rss = host === undefined ? rss : peakRss(host) ?? rss;
  };
  while ((await articlesInTree(page)) < articles) {
    if (Date.now() - opened > START_TIMEOUT_MS) throw new Error(`the tree did not count ${articles} articles within ${START_TIMEOUT_MS / 60_000} minutes`);
    sampleHost();
    await page.waitForTimeout(POLL_MS);
  }
  const treeComplete = Date.now();
  sampleHost();
  const hostCpu = host === undefined ? undefined : processCpuTime(host);

  await runFromPalette(page, 'Dossier', commandTitle('dossier.search'));
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  const typed = Date.now();
  await input.fill('Tripoli');
  await page.locator('.quick-input-widget .quick-input-title', { hasText: /\d+ articles/ }).waitFor({ timeout: 120_000 });
  const answered = Date.now();
  await page.keyboard.press('Escape');
  sampleHost();

  const logs = newestExtensionHostLogs(server);
  const activated = logs === undefined ? undefined : activationTime(logs, EXTENSION_ID);
  const runLine = logs === undefined ? undefined : await lastRunLine(logs);
  return {
    treeAfterOpen: treeComplete - opened,
    treeAfterActivation: activated === undefined ? undefined : treeComplete - activated,
    searchAfterOpen: answered - opened,
    searchAfterActivation: activated === undefined ? undefined : answered - activated,
    searchAnswer: answered - typed,
    peakRss: rss,
    hostCpu,
    host,
    runLine,
    longestPause: runLine === undefined ? undefined : longestPause(runLine),
  };
}

/** The "longest extension-host pause N ms" a run line reports, if it does. */
export function longestPause(runLine: string): number | undefined {
  const milliseconds = /longest extension-host pause (\d+(?:\.\d+)?) ms/.exec(runLine)?.[1];
  return milliseconds === undefined ? undefined : Number(milliseconds);
}

/** The Dossier output's latest run line ("[time] Scan at startup: N articles, …"); it may be written just after the tree fills. */
async function lastRunLine(logs: string): Promise<string | undefined> {
  for (let waited = 0; waited < 30_000; waited += POLL_MS) {
    const line = outputChannelLines(logs, 'Dossier').filter((text) => /^\[[\d\- :]+\] .*\d+ articles/.test(text)).at(-1);
    if (line) return line;
    await sleep(POLL_MS);
  }
  return undefined;
}

/** Waits until the extension has written what it persists for the warm start (its storage stops changing). */
async function storageQuiet(server: RunningCodeServer): Promise<void> {
  let last = workspaceStorageFingerprint(server, EXTENSION_ID);
  let quietSince = Date.now();
  for (const start = Date.now(); Date.now() - quietSince < STORAGE_QUIET_MS && Date.now() - start < STORAGE_WAIT_MS;) {
    await sleep(POLL_MS);
    const now = workspaceStorageFingerprint(server, EXTENSION_ID);
    if (now !== last) [last, quietSince] = [now, Date.now()];
  }
}

export async function vscodeSection(articles: number, archive: string): Promise<SectionResult> {
  const root = makeTempDir('dossier-bench-vscode-');
  let server: RunningCodeServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startCodeServer({ runDir: join(root, 'run'), workspace: archive, vsix: vsixPath });
    const launched = await launchWorkbenchBrowser();
    browser = launched.browser;
    const { page } = launched;
    const running = server;
    const cold = await measureStart(page, running, articles, () => page.goto(running.folderUrl()));
    await storageQuiet(running);
    const warm = await measureStart(page, running, articles, () => page.reload(), cold.host);
    return report(articles, { cold, warm });
  } finally {
    await stopSuite(browser, server, root);
  }
}

function report(articles: number, starts: { cold: StartFigures; warm: StartFigures }): SectionResult {
  const figures: Figure[] = [];
  const notes: string[] = [];
  const optional = (ms: number | undefined) => (ms === undefined ? 'n/a' : format(ms));
  const rows = Object.entries(starts).map(([kind, start]) => {
    const add = (name: string, value: number | undefined, unit: 'ms' | 'MB' = 'ms') => {
      if (value !== undefined) figures.push(figure('vscode', `${kind}: ${name}`, value, unit, articles));
    };
    add('tree complete, after page open', start.treeAfterOpen);
    add('tree complete, after activation', start.treeAfterActivation);
    add('tree complete and search answering, after page open', start.searchAfterOpen);
    add('tree complete and search answering, after activation', start.searchAfterActivation);
    add('search answer, from the query typed', start.searchAnswer);
    add('extension host CPU time until the tree is complete', start.hostCpu);
    add('extension host peak RSS', start.peakRss === undefined ? undefined : start.peakRss / MB, 'MB');
    add('longest extension-host pause', start.longestPause);
    if (start.runLine) notes.push(`VS Code, ${kind}: the Dossier output says "${start.runLine}".`);
    if (start.longestPause === undefined) notes.push(`VS Code, ${kind}: the run line gives no longest extension-host pause.`);
    return [
      kind, format(start.treeAfterOpen), optional(start.treeAfterActivation), format(start.searchAfterOpen), optional(start.searchAfterActivation),
      format(start.searchAnswer), optional(start.hostCpu), start.peakRss === undefined ? 'n/a' : formatMegabytes(start.peakRss), optional(start.longestPause),
    ];
  });
  return {
    tables: [{
      title: `VS Code (code-server in headless chromium, the packaged .vsix), ${articles.toLocaleString('en')} articles; one run each`,
      header: ['start', 'tree complete, after page open', 'after activation', 'search answering, after page open', 'after activation', 'search answer (query typed)', 'extension host CPU until tree complete', 'extension host peak RSS', 'longest pause'],
      rows,
    }],
    figures,
    notes,
  };
}
