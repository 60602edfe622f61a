// The VS Code section of `npm run bench`: the packaged extension (dist/dossier.vsix) in a real
// VS Code (code-server, headless chromium) with a synthetic archive as the workspace. A cold start
// (fresh profile), then a window reload (warm: same profile, whatever the extension persisted),
// each timed from the page opening and from the extension's activation (the extension host log)
// until the tree counts every article and a search answers; the extension host's peak RSS from
// /proc; and the extension's own run line in its output channel. Several such pairs, each with a
// fresh server and profile, give medians. With a profile folder, the extension host's inspector is
// opened (hostInspector.ts): each start writes a CPU profile of the host and its summary, and the
// host's heap and buffers at the end (after a garbage collection).

import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchWorkbenchBrowser, makeTempDir, startCodeServer, stopSuite, vsixPath, type RunningCodeServer } from '../test/e2e/codeServer';
import { activationTime, extensionHostPid, newestExtensionHostLogs, outputChannelLines, peakRss, processCpuTime, workspaceStorageFingerprint } from '../test/e2e/extensionHost';
import { HostInspector } from '../test/e2e/hostInspector';
import { commandTitle, openDossierView, runFromPalette, treeRows, waitForWorkbench } from '../test/e2e/workbench';
import { repoRoot } from './benchArchive';
import { figure, type Figure, type SectionResult } from './benchReport';
import { formatSummary, summariseProfile } from './cpuProfileSummary';
import { format, formatMegabytes, median } from './measure';

const EXTENSION_ID = 'dossier-dev.dossier';
const MB = 1024 * 1024;
const POLL_MS = 250;
const START_TIMEOUT_MS = 15 * 60_000;
/**
 * How long the extension's storage must stay unchanged before the reload, once its output says a
 * save is done, and the most to wait for both: at 100,000 articles a save takes minutes, with long
 * stretches between its files (the entities, the view), so a quiet storage alone is no sign.
 */
const STORAGE_QUIET_MS = 10_000;
const STORAGE_WAIT_MS = 10 * 60_000;

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/**
 * Builds dist/dossier.vsix, then the development build again (packaging empties dist/). For a
 * profile the extension is packaged unminified, so the profile names its functions.
 */
export function packageExtension(forProfile = false): void {
  const env = forProfile ? { ...process.env, DOSSIER_UNMINIFIED: '1' } : process.env;
  for (const command of [['run', '--silent', 'package'], ['exec', '--', 'node', 'scripts/build.mjs']]) {
    const result = spawnSync('npm', command, { cwd: repoRoot, encoding: 'utf8', env });
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
  /** with a profile: the host's live heap and its buffers at the end */
  heapUsed?: number;
  external?: number;
}

type StartKind = 'cold' | 'warm';

/** Where a start's CPU profile goes (`<dir>/<name>.cpuprofile`). */
interface Profiling {
  dir: string;
  name: string;
}

/** The sum of the top-level rows' counts: every article once (years or months, and the undated). */
async function articlesInTree(page: Page): Promise<number> {
  return (await treeRows(page).catch(() => [])).filter((row) => row.level === 1).reduce((sum, row) => sum + (Number.isNaN(row.count) ? 0 : row.count), 0);
}

/**
 * Opens (or reloads) the workbench with `open` and measures until `articles` are in the tree and a
 * search answers. `previous` is the start of the window before a reload, whose extension host may
 * still be ending: its memory is not this start's. With `profiling`, the new host's thread is
 * profiled from when its inspector answers until the search has answered.
 */
async function measureStart(page: Page, server: RunningCodeServer, articles: number, open: () => Promise<unknown>, previous?: StartFigures, profiling?: Profiling): Promise<StartFigures> {
  const inspecting = profiling && profileNewHost(server, previous?.host);
  // Awaited at the end; a failure before then must not end the bench as an unhandled rejection.
  inspecting?.catch(() => undefined);
  const opened = Date.now();
  await open();
  await waitForWorkbench(page);
  // Rows may take minutes at 100,000 articles; the whole start has START_TIMEOUT_MS.
  await openDossierView(page, START_TIMEOUT_MS);
  let host: number | undefined;
  let rss: number | undefined;
  const sampleHost = () => {
    const newest = extensionHostPid(server);
    if (newest !== previous?.host) host = newest ?? host;
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
  const inside = inspecting && profiling ? await profileAndMemory(await inspecting, profiling) : {};
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
    ...inside,
  };
}

/** Waits for the window's new extension host (not `previousHost`, which may still be ending) and starts profiling it. */
async function profileNewHost(server: RunningCodeServer, previousHost: number | undefined): Promise<HostInspector> {
  for (const start = Date.now(); Date.now() - start < START_TIMEOUT_MS; await sleep(20)) {
    const host = extensionHostPid(server);
    if (host === undefined || host === previousHost) continue;
    // SIGUSR1 ends a Node process that has not set up its handler yet: give it a moment.
    await sleep(200);
    const inspector = await HostInspector.attach(host, 30_000);
    await inspector.startProfile();
    return inspector;
  }
  throw new Error('no new extension host started');
}

/** Ends the profile, writes it and its summary as `<dir>/<name>.cpuprofile` and `.txt`, and reads the host's memory. */
async function profileAndMemory(inspector: HostInspector, { dir, name }: Profiling): Promise<Pick<StartFigures, 'heapUsed' | 'external'>> {
  try {
    const profile = await inspector.stopProfile();
    const memory = await inspector.memoryUsage();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
    const summary = formatSummary(summariseProfile(profile));
    const heap = `live heap ${formatMegabytes(memory.heapUsed)} of ${formatMegabytes(memory.heapTotal)}, external ${formatMegabytes(memory.external)} (array buffers ${formatMegabytes(memory.arrayBuffers)}), RSS ${formatMegabytes(memory.rss)} after a full GC`;
    writeFileSync(join(dir, `${name}.txt`), `${heap}\n${summary}\n`);
    console.error(`bench: the extension host's CPU profile of the ${name} start: ${join(dir, `${name}.cpuprofile`)} (summary beside it)`);
    return { heapUsed: memory.heapUsed, external: memory.external };
  } finally {
    inspector.close();
  }
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

/** Whether the Dossier output says an index cache save is done. */
function cacheSaved(server: RunningCodeServer): boolean {
  const logs = newestExtensionHostLogs(server);
  return logs !== undefined && outputChannelLines(logs, 'Dossier').some((line) => line.startsWith('Index cache saved:'));
}

/** Waits until the extension has written what it persists for the warm start (a save is done and its storage stops changing). */
async function storageQuiet(server: RunningCodeServer): Promise<void> {
  let last = workspaceStorageFingerprint(server, EXTENSION_ID);
  let quietSince = Date.now();
  for (const start = Date.now(); (!cacheSaved(server) || Date.now() - quietSince < STORAGE_QUIET_MS) && Date.now() - start < STORAGE_WAIT_MS;) {
    await sleep(POLL_MS);
    const now = workspaceStorageFingerprint(server, EXTENSION_ID);
    if (now !== last) [last, quietSince] = [now, Date.now()];
  }
}

/** One cold start (fresh server and profile) and the window reload after it. */
async function coldAndWarm(articles: number, archive: string, profileDir: string | undefined, run: number): Promise<Record<StartKind, StartFigures>> {
  const root = makeTempDir('dossier-bench-vscode-');
  let server: RunningCodeServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startCodeServer({ runDir: join(root, 'run'), workspace: archive, vsix: vsixPath });
    const launched = await launchWorkbenchBrowser();
    browser = launched.browser;
    const { page } = launched;
    const running = server;
    const profiling = (name: StartKind) => (profileDir === undefined ? undefined : { dir: profileDir, name: `${name}-${run}` });
    const cold = await measureStart(page, running, articles, () => page.goto(running.folderUrl()), undefined, profiling('cold'));
    await storageQuiet(running);
    const warm = await measureStart(page, running, articles, () => page.reload(), cold, profiling('warm'));
    return { cold, warm };
  } finally {
    await stopSuite(browser, server, root);
  }
}

/**
 * `runs` cold-and-warm pairs, reported as medians. With `profileDir`, the extension host is
 * profiled in each start (its inspector open, which costs a little).
 */
export async function vscodeSection(articles: number, archive: string, { runs = 1, profileDir }: { runs?: number; profileDir?: string } = {}): Promise<SectionResult> {
  const measured: Record<StartKind, StartFigures>[] = [];
  for (let run = 1; run <= runs; run++) {
    console.error(`bench: vscode, run ${run} of ${runs} …`);
    measured.push(await coldAndWarm(articles, archive, profileDir, run));
  }
  return report(articles, measured, profileDir !== undefined);
}

/** The median of a figure over the runs that have it. */
function medianOf(starts: StartFigures[], pick: (start: StartFigures) => number | undefined): number | undefined {
  const values = starts.map(pick).filter((value): value is number => value !== undefined);
  return values.length === 0 ? undefined : median(values);
}

function report(articles: number, measured: Record<StartKind, StartFigures>[], profiled: boolean): SectionResult {
  const figures: Figure[] = [];
  const notes: string[] = [];
  const optional = (ms: number | undefined) => (ms === undefined ? 'n/a' : format(ms));
  const megabytes = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : formatMegabytes(bytes));
  const rows = (['cold', 'warm'] as const).map((kind) => {
    const starts = measured.map((run) => run[kind]);
    const of = (pick: (start: StartFigures) => number | undefined) => medianOf(starts, pick);
    const add = (name: string, value: number | undefined, unit: 'ms' | 'MB' = 'ms') => {
      if (value !== undefined) figures.push(figure('vscode', `${kind}: ${name}`, value, unit, articles));
    };
    const fromBytes = (bytes: number | undefined) => (bytes === undefined ? undefined : bytes / MB);
    add('tree complete, after page open', of((start) => start.treeAfterOpen));
    add('tree complete, after activation', of((start) => start.treeAfterActivation));
    add('tree complete and search answering, after page open', of((start) => start.searchAfterOpen));
    add('tree complete and search answering, after activation', of((start) => start.searchAfterActivation));
    add('search answer, from the query typed', of((start) => start.searchAnswer));
    add('extension host CPU time until the tree is complete', of((start) => start.hostCpu));
    add('extension host peak RSS', fromBytes(of((start) => start.peakRss)), 'MB');
    add('longest extension-host pause', of((start) => start.longestPause));
    add('extension host live heap at the end', fromBytes(of((start) => start.heapUsed)), 'MB');
    add('extension host external memory at the end', fromBytes(of((start) => start.external)), 'MB');
    starts.forEach((start, run) => {
      const which = measured.length > 1 ? `${kind} ${run + 1}` : kind;
      if (start.runLine) notes.push(`VS Code, ${which}: the Dossier output says "${start.runLine}".`);
      if (start.longestPause === undefined) notes.push(`VS Code, ${which}: the run line gives no longest extension-host pause.`);
    });
    return [
      kind, format(of((start) => start.treeAfterOpen)!), optional(of((start) => start.treeAfterActivation)), format(of((start) => start.searchAfterOpen)!),
      optional(of((start) => start.searchAfterActivation)), format(of((start) => start.searchAnswer)!), optional(of((start) => start.hostCpu)),
      megabytes(of((start) => start.peakRss)), optional(of((start) => start.longestPause)),
      ...(profiled ? [`${megabytes(of((start) => start.heapUsed))} / ${megabytes(of((start) => start.external))}`] : []),
    ];
  });
  const runs = measured.length === 1 ? 'one run each' : `medians of ${measured.length} runs`;
  return {
    tables: [{
      title: `VS Code (code-server in headless chromium, the packaged .vsix), ${articles.toLocaleString('en')} articles; ${runs}${profiled ? ', extension host profiled (unminified, inspector open)' : ''}`,
      header: [
        'start', 'tree complete, after page open', 'after activation', 'search answering, after page open', 'after activation', 'search answer (query typed)',
        'extension host CPU until tree complete', 'extension host peak RSS', 'longest pause', ...(profiled ? ['live heap / external at the end'] : []),
      ],
      rows,
    }],
    figures,
    notes,
  };
}
