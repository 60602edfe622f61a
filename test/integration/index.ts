// The extension-host test entry (`extensionTestsPath`): VS Code loads the bundled
// dist/test/integration/index.js and calls run(). The same file serves code-server
// (runInCodeServer.ts) and a desktop VS Code (runInElectron.ts).
export async function run(): Promise<void> {
  // mocha stays outside the bundle and is resolved from the repo's node_modules, which is next to
  // dist/ because the development extension is the repo itself. A dynamic import also loads the
  // ES-module build of mocha on hosts whose Node cannot require() ES modules.
  const { default: Mocha } = await import('mocha');
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  // The suites are bundled into this file, so mocha cannot load them by path: define the tdd
  // globals (suite, test, suiteSetup...) first, then evaluate the suites, which register themselves.
  mocha.suite.emit('pre-require', globalThis, 'dossier-integration', mocha);
  // Listed by hand: bundled suites cannot be found by a glob at run time.
  await import('./activation.test');
  await import('./hover.test');
  await import('./articlesTree.test');
  await import('./treeJumps.test');
  await import('./search.test');
  await import('./typing.test');
  await import('./articleFiles.test');
  await import('./indexCache.test');
  // writes the entities file, and deletes it again
  await import('./entitiesFile.test');
  // last: it adds files to the workspace
  await import('./workspaceFiles.test');
  const failures = await new Promise<number>((done) => mocha.run(done));
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
