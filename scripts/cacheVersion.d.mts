/** Dossier's version and a hash of the core's sources, e.g. "0.1.0+3f2a9c0d1e4b5a6f". */
export function cacheVersion(root: string): string;
