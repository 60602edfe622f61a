// Runs the same integration suite in a desktop VS Code downloaded by @vscode/test-electron. Needs
// internet (it downloads VS Code into .vscode-test/); on machines without it use runInCodeServer.ts.
// Usage: node scripts/build.mjs && node --import tsx test/integration/runInElectron.ts
// DOSSIER_VSCODE_VERSION picks the VS Code version ('stable' by default, 'insiders' or e.g. '1.95.0').
import { runTests } from '@vscode/test-electron';
import { join } from 'node:path';
import { copySeedsWorkspace, makeTempDir, removeDir, repoRoot } from '../e2e/codeServer';

async function main(): Promise<number> {
  const root = makeTempDir('dossier-electron-');
  try {
    return await runTests({
      version: process.env.DOSSIER_VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: join(repoRoot, 'dist', 'test', 'integration', 'index.js'),
      launchArgs: [
        copySeedsWorkspace(root),
        // Only the extension under test, and a fresh profile (test-electron adds
        // --disable-workspace-trust itself).
        '--disable-extensions',
        `--user-data-dir=${join(root, 'user-data')}`,
        `--extensions-dir=${join(root, 'extensions')}`,
      ],
    });
  } finally {
    removeDir(root);
  }
}

main().then(
  (code) => { process.exitCode = code; },
  (error: unknown) => { console.error(error); process.exitCode = 1; },
);
