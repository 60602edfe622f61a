// The synthetic archives the CLI and VS Code sections measure, on disk (scripts/writeArchive.ts).

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const repoRoot = join(__dirname, '..');

/** The folder holding the synthetic archive of `size` articles under `root`, written (or completed) first. */
export function archiveFolder(root: string, size: number): string {
  const folder = join(root, String(size));
  // writeArchive leaves files already there with the same content alone: a complete folder costs only the check.
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts', 'writeArchive.ts'), String(size), folder], { cwd: repoRoot, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`writing the ${size}-article archive failed:\n${result.stderr}`);
  return folder;
}
