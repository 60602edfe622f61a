// Runs a real VS Code (code-server) fully isolated from the user's own setup, and a headless
// chromium to drive it. Used by the end-to-end tests, the extension-host integration runner and
// `npm start`. Tool paths come from scripts/ensure-tools.sh, which must have run first.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const repoRoot = resolve(__dirname, '..', '..');
export const seedsDir = join(repoRoot, 'seeds');
export const vsixPath = join(repoRoot, 'dist', 'dossier.vsix');

interface ToolPaths {
  node: string;
  codeServer: string;
  chromium: string;
}

function toolPaths(): ToolPaths {
  const cache = process.env.DOSSIER_CACHE ?? join(homedir(), '.cache', 'dossier');
  const file = join(cache, 'tools.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run scripts/ensure-tools.sh first`);
  return JSON.parse(readFileSync(file, 'utf8')) as ToolPaths;
}

/** Settings that keep the workbench quiet and predictable for a person or a test. */
export const baseSettings: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.editor.empty.hint': 'hidden',
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'editor.hover.delay': 300,
  // Untitled files must stay plain text so that the Dossier hover applies to them.
  'workbench.editor.languageDetection': false,
  'chat.disableAIFeatures': true,
  // The workspace may sit inside a git checkout (seeds/ in this repo): no prompt about it.
  'git.openRepositoryInParentFolders': 'never',
};

export interface CodeServerOptions {
  /** Holds user data, extensions, XDG folders and the log; created when missing. */
  runDir: string;
  /** Folder opened as the workspace. */
  workspace: string;
  /** Defaults to a free port. */
  port?: number;
  /** Installed (replacing an installed copy) before the server starts. */
  vsix?: string;
  /** Written as the user settings, over `baseSettings`. */
  settings?: Record<string, unknown>;
  /** More code-server arguments, e.g. ['--vscode-option', 'enable-smoke-test-driver']. */
  extraArgs?: string[];
  /** 'inherit' shows the server's output; otherwise it goes to RUN/code-server.log. */
  output?: 'inherit' | 'log';
  /** Workspace trust on and the workspace left untrusted, without asking: VS Code's Restricted Mode. */
  restrictedMode?: boolean;
}

/** What Restricted Mode changes in the settings; the server also drops --disable-workspace-trust. */
const restrictedModeSettings: Record<string, unknown> = {
  'security.workspace.trust.enabled': true,
  // No "Do you trust the authors?" dialog: the folder simply opens untrusted.
  'security.workspace.trust.startupPrompt': 'never',
};

export interface RunningCodeServer {
  readonly port: number;
  readonly origin: string;
  readonly workspace: string;
  readonly runDir: string;
  readonly logFile: string;
  /** The workbench URL with the workspace open; `extraQuery` is appended as is. */
  folderUrl(extraQuery?: string): string;
  /** Resolves with the server's exit code when it stops by itself or is stopped. */
  readonly exited: Promise<number | null>;
  /** Stops the server and every process it started; safe to call twice. */
  stop(): Promise<void>;
}

/** Process groups still running, killed when this process exits in any way. */
const liveGroups = new Set<number>();
let exitHooksInstalled = false;

function installExitHooks(): void {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  process.on('exit', () => {
    for (const pgid of liveGroups) killGroup(pgid, 'SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      for (const pgid of liveGroups) killGroup(pgid, 'SIGTERM');
      process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
    });
  }
}

function killGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/** Fails when something already listens on `port` (its /healthz could be mistaken for ours). */
async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((done, fail) => {
    const server = createServer();
    server.once('error', () => fail(new Error(`port ${port} is in use: stop what runs there or choose another port`)));
    server.listen(port, '127.0.0.1', () => server.close(() => done()));
  });
}

/** A fresh folder under the system temp dir; the caller removes it. */
export function makeTempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Copies seeds/ into `parent`/seeds, so tests can write files without touching the repo. */
export function copySeedsWorkspace(parent: string): string {
  const workspace = join(parent, 'seeds');
  cpSync(seedsDir, workspace, { recursive: true });
  return workspace;
}

function isolatedEnv(runDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    XDG_DATA_HOME: join(runDir, 'xdg-data'),
    XDG_CONFIG_HOME: join(runDir, 'xdg-config'),
    XDG_CACHE_HOME: join(runDir, 'xdg-cache'),
    XDG_STATE_HOME: join(runDir, 'xdg-state'),
  };
  // A password in the environment would switch authentication back on.
  delete env.PASSWORD;
  delete env.HASHED_PASSWORD;
  // npm's variables (from `npm start`) would leak into the extension host's environment.
  for (const key of Object.keys(env)) if (key.startsWith('npm_')) delete env[key];
  return env;
}

function commonArgs(runDir: string): string[] {
  return [
    '--config', join(runDir, 'config.yaml'),
    '--user-data-dir', join(runDir, 'user-data'),
    '--extensions-dir', join(runDir, 'extensions'),
  ];
}

async function installVsix(tools: ToolPaths, runDir: string, vsix: string, log: NodeJS.WritableStream): Promise<void> {
  if (!existsSync(vsix)) throw new Error(`${vsix} does not exist: run \`npm run package\` first`);
  const child = spawn(tools.node, [tools.codeServer, ...commonArgs(runDir), '--force', '--install-extension', vsix], {
    env: isolatedEnv(runDir),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => { output += chunk; log.write(chunk); });
  child.stderr.on('data', (chunk: Buffer) => { output += chunk; log.write(chunk); });
  const code = await new Promise<number | null>((done) => child.on('close', done));
  if (code !== 0) throw new Error(`installing ${vsix} failed (exit ${code}):\n${output}`);
}

async function waitForHealth(origin: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}; see ${logFile}`);
    try {
      const response = await fetch(`${origin}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  throw new Error(`code-server did not answer ${origin}/healthz within 60 s; see ${logFile}`);
}

export async function startCodeServer(options: CodeServerOptions): Promise<RunningCodeServer> {
  installExitHooks();
  const tools = toolPaths();
  const runDir = resolve(options.runDir);
  const userDir = join(runDir, 'user-data', 'User');
  mkdirSync(userDir, { recursive: true });
  mkdirSync(join(runDir, 'extensions'), { recursive: true });
  writeFileSync(join(runDir, 'config.yaml'), 'auth: none\n');
  const settings = { ...baseSettings, ...(options.restrictedMode ? restrictedModeSettings : {}), ...options.settings };
  writeFileSync(join(userDir, 'settings.json'), JSON.stringify(settings, null, 2));

  const logFile = join(runDir, 'code-server.log');
  const log = createWriteStream(logFile, { flags: 'w' });
  if (options.vsix) await installVsix(tools, runDir, options.vsix, log);

  if (options.port !== undefined) await assertPortFree(options.port);
  const port = options.port ?? (await freePort());
  const origin = `http://127.0.0.1:${port}`;
  const args = [
    tools.codeServer,
    ...commonArgs(runDir),
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    ...(options.restrictedMode ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...(options.extraArgs ?? []),
    options.workspace,
  ];
  const inherit = options.output === 'inherit';
  // detached: the server becomes the leader of its own process group, so stopping the group also
  // stops the file watchers and extension hosts it forks.
  const child = spawn(tools.node, args, {
    env: isolatedEnv(runDir),
    detached: true,
    stdio: ['ignore', inherit ? 'inherit' : 'pipe', inherit ? 'inherit' : 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const pgid = child.pid;
  if (pgid === undefined) throw new Error(`could not start ${tools.node}`);
  liveGroups.add(pgid);
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));

  const stop = async () => {
    if (!liveGroups.has(pgid)) return;
    killGroup(pgid, 'SIGTERM');
    for (let waited = 0; waited < 5000 && groupAlive(pgid); waited += 100) await sleep(100);
    killGroup(pgid, 'SIGKILL');
    liveGroups.delete(pgid);
    log.end();
  };
  try {
    await waitForHealth(origin, child, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  const workspace = resolve(options.workspace);
  return {
    port,
    origin,
    workspace,
    runDir,
    logFile,
    // Slashes stay readable; everything else that could end the parameter is escaped.
    folderUrl: (extraQuery = '') => `${origin}/?folder=${encodeURIComponent(workspace).replace(/%2F/g, '/')}${extraQuery}`,
    exited,
    stop,
  };
}

/** Headless Debian chromium with the flags that keep it off the (closed) network. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: toolPaths().chromium,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Removes a temp folder made by `makeTempDir`. */
export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

/** Chromium with one page at the size every end-to-end suite uses. */
export async function launchWorkbenchBrowser(): Promise<{ browser: Browser; page: Page }> {
  const browser = await launchChromium();
  return { browser, page: await browser.newPage({ viewport: { width: 1400, height: 900 } }) };
}

/** Stops what a suite's before() started (any part may be missing if it failed) and removes its folder. */
export async function stopSuite(browser: Browser | undefined, server: RunningCodeServer | undefined, root: string | undefined): Promise<void> {
  await browser?.close();
  await server?.stop();
  if (root) removeDir(root);
}
