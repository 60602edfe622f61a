// Runs the integration suite (dist/test/integration/index.js) inside code-server's extension host,
// with the repo as the development extension and a temp copy of seeds/ as the workspace.
// code-server rejects --extensionDevelopmentPath, so the workbench gets the paths as its `payload`
// and, with the smoke-test driver enabled, reports the suite's output and exit code to the page.
// Usage: node --import tsx test/integration/runInCodeServer.ts   (after `node scripts/build.mjs`)
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import {
  copySeedsWorkspace, launchChromium, makeTempDir, removeDir, repoRoot, startCodeServer,
} from '../e2e/codeServer';

const suiteTimeoutMs = 5 * 60_000;
const verbose = process.env.DOSSIER_VERBOSE === '1';
/** The workbench's own log lines, which arrive on the same channel as the suite's output. */
const workbenchNoise = /^(Resolv|Creating a socket|Updating additional builtin|\[[\w :-]+\]|Canceled|getaddrinfo ENOTFOUND|Error: Timed out waiting for authentication provider)/;

export async function runIntegrationSuite(
  extensionPath = repoRoot,
  testsPath = join(repoRoot, 'dist', 'test', 'integration', 'index.js'),
): Promise<number> {
  if (!existsSync(testsPath)) throw new Error(`${testsPath} is missing: run \`node scripts/build.mjs\` first`);
  const root = makeTempDir('dossier-integration-');
  const server = await startCodeServer({
    runDir: join(root, 'run'),
    workspace: copySeedsWorkspace(root),
    extraArgs: ['--vscode-option', 'enable-smoke-test-driver'],
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // The remote authority must be the one the browser uses (the Host header).
    const remote = (path: string) => `vscode-remote://127.0.0.1:${server.port}${path}`;
    const payload = [
      ['extensionDevelopmentPath', remote(extensionPath)],
      ['extensionTestsPath', remote(testsPath)],
    ];
    let reportExit: (code: number) => void = () => {};
    const exited = new Promise<number>((done) => { reportExit = done; });
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      const line = format(...(Array.isArray(args) ? args : [args]));
      if (verbose || !workbenchNoise.test(line)) (type === 'error' ? console.error : console.log)(line);
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => reportExit(code));
    await page.goto(server.folderUrl(`&payload=${encodeURIComponent(JSON.stringify(payload))}`));
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<number>((done) => {
      timer = setTimeout(() => {
        console.error(`integration suite: no result within ${suiteTimeoutMs / 1000} s; server log: ${server.logFile}`);
        done(1);
      }, suiteTimeoutMs);
    });
    const code = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    if (code !== 0) {
      const dir = join(repoRoot, 'test-results', 'screenshots');
      mkdirSync(dir, { recursive: true });
      await page.screenshot({ path: join(dir, 'integration-failure.png') }).catch(() => undefined);
    }
    return code;
  } finally {
    await browser.close();
    await server.stop();
    removeDir(root);
  }
}

if (require.main === module) {
  runIntegrationSuite(process.argv[2], process.argv[3]).then(
    (code) => { process.exitCode = code; },
    (error: unknown) => { console.error(error); process.exitCode = 1; },
  );
}
