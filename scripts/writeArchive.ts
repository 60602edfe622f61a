// Writes the benchmark's synthetic archive to a folder, for the CLI and VS Code measurements:
//   node --import tsx scripts/writeArchive.ts <articles> <folder>
// Files already there with the same content are left alone, so a second run costs only the check.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { syntheticArchive } from './syntheticArchive';

export function writeArchive(size: number, folder: string): { files: number; bytes: number } {
  let bytes = 0;
  for (const file of syntheticArchive(size)) {
    const target = join(folder, file.path);
    bytes += Buffer.byteLength(file.text);
    let existing: string | undefined;
    try { existing = readFileSync(target, 'utf8'); } catch { existing = undefined; }
    if (existing === file.text) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.text);
  }
  return { files: size, bytes };
}

if (require.main === module) {
  const [size, folder] = [Number(process.argv[2]), process.argv[3]];
  if (!(size > 0) || !folder) {
    console.error('usage: node --import tsx scripts/writeArchive.ts <articles> <folder>');
    process.exit(1);
  }
  const { files, bytes } = writeArchive(size, folder);
  console.log(`${files} articles, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${folder}`);
}
