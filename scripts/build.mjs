// Bundles every entry point with esbuild. `--production` minifies (not with DOSSIER_UNMINIFIED=1,
// for a CPU profile that names functions); `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { cacheVersion } from './cacheVersion.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const minify = production && process.env.DOSSIER_UNMINIFIED !== '1';

// The analysis cache's version, baked in: a cache written by other code is rebuilt (in watch mode, as at the start).
const define = { DOSSIER_CACHE_VERSION: JSON.stringify(cacheVersion('.')) };
// Node 20 has \p{…} in regexes: without saying so, esbuild rewrites each such literal as a
// `new RegExp(source)`, which inside a function is built again on every call (the prose check, the
// word tests: about a tenth of an article's analysis).
const supported = { 'regexp-unicode-property-escapes': true };
const node = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', supported, sourcemap: !production, minify, logLevel: 'warning', define };

const builds = [
  { ...node, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...node, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js' },
  // The analysis worker both of them start (src/node/analysisPool.ts looks for it beside them).
  { ...node, entryPoints: ['src/node/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' },
  { bundle: true, platform: 'browser', format: 'iife', target: 'es2022', sourcemap: !production, minify, logLevel: 'warning',
    entryPoints: ['media/timeline/main.ts'], outfile: 'dist/webview/timeline.js' },
  // the entity page (media/entity/), beside the timeline: the same page template and codicons
  { bundle: true, platform: 'browser', format: 'iife', target: 'es2022', sourcemap: !production, minify, logLevel: 'warning',
    entryPoints: ['media/entity/main.ts'], outfile: 'dist/webview/entity.js' },
];
if (!production) {
  builds.push(
    { ...node, entryPoints: ['test/eval/eval.ts'], outfile: 'dist/eval.js' },
    { ...node, entryPoints: ['test/integration/index.ts'], outfile: 'dist/test/integration/index.js', external: ['vscode', 'mocha'] },
  );
}

// A release starts from an empty dist/, so no stale development file (source maps, tests) is packed.
if (production) rmSync('dist', { recursive: true, force: true });
mkdirSync('dist/webview', { recursive: true });
cpSync('node_modules/@vscode/codicons/dist/codicon.css', 'dist/webview/codicon.css');
cpSync('node_modules/@vscode/codicons/dist/codicon.ttf', 'dist/webview/codicon.ttf');

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
