// The version an analysis cache is stamped with: Dossier's version and a hash of the core's
// sources (src/core, code and data). A cache written by other code is rebuilt, with no version
// number to remember to bump: any change to the core, even one that leaves the analysis as it
// was, costs one cold start. The build bakes it into the bundles (scripts/build.mjs); run from
// the sources (tsx), the CLI computes it here.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** @param {string} root the repository folder (holds package.json and src/core) */
export function cacheVersion(root) {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const core = join(root, 'src', 'core');
  const hash = createHash('sha256');
  for (const file of filesBelow(core).sort()) {
    hash.update(relative(core, file).split(sep).join('/')).update('\0').update(readFileSync(file)).update('\0');
  }
  return `${version}+${hash.digest('hex').slice(0, 16)}`;
}

/** @param {string} folder */
function filesBelow(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesBelow(path) : entry.isFile() ? [path] : [];
  });
}
