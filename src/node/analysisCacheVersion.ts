// The version the analysis cache is stamped with (see scripts/cacheVersion.mjs for why a hash).
import { join } from 'node:path';
import { cacheVersion } from '../../scripts/cacheVersion.mjs';

/** Set by scripts/build.mjs in the bundles; absent when run from the sources. */
declare const DOSSIER_CACHE_VERSION: string | undefined;

export function analysisCacheVersion(): string {
  return typeof DOSSIER_CACHE_VERSION === 'string' ? DOSSIER_CACHE_VERSION : cacheVersion(join(__dirname, '..', '..'));
}
