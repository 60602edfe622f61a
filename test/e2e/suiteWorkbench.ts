// The workbench a suite runs in, opened before its tests and stopped after them: code-server with
// the packaged extension on a workspace in a temporary folder, shown in headless chromium.
import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { copySeedsWorkspace, makeTempDir, stopSuite, type RunningCodeServer } from './codeServer';
import { openWorkbench } from './workbench';

/** Filled in by before(); a test may replace `page` or `server` (a reload, a restart). */
export interface SuiteWorkbench {
  /** the suite's temporary folder; code-server's user data is in it */
  root: string;
  workspace: string;
  server: RunningCodeServer;
  browser: Browser;
  page: Page;
}

export interface SuiteWorkbenchOptions {
  /** the temporary folder's name prefix */
  prefix: string;
  settings?: Record<string, unknown>;
  /** makes the workspace folder in `root`; a copy of seeds/ by default */
  makeWorkspace?: (root: string) => string;
  /** writes the suite's files into the workspace before the workbench opens */
  prepare?: (workspace: string) => void;
  /** runs once the workbench shows */
  whenOpen?: (page: Page) => Promise<void>;
}

/** Registers the suite's before() and after(); call it inside describe(). */
export function suiteWorkbench(options: SuiteWorkbenchOptions): SuiteWorkbench {
  const workbench = {} as SuiteWorkbench;
  before(async () => {
    workbench.root = makeTempDir(options.prefix);
    workbench.workspace = (options.makeWorkspace ?? copySeedsWorkspace)(workbench.root);
    options.prepare?.(workbench.workspace);
    Object.assign(workbench, await openWorkbench(workbench.root, workbench.workspace, options.settings));
    await options.whenOpen?.(workbench.page);
  }, { timeout: 120_000 });

  after(async () => {
    await stopSuite(workbench.browser, workbench.server, workbench.root);
  });
  return workbench;
}
