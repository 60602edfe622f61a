// `npm start` (scripts/start.sh) ends here: the packaged extension in an isolated code-server with
// the repo's seeds/ as the workspace, until Ctrl-C. State persists in .dossier-run/ (gitignored).
import { join } from 'node:path';
import { repoRoot, seedsDir, startCodeServer, vsixPath } from './codeServer';

async function main(): Promise<void> {
  const port = Number(process.env.DOSSIER_PORT ?? 8080);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`DOSSIER_PORT must be a port number, not "${process.env.DOSSIER_PORT}"`);
  const server = await startCodeServer({
    runDir: join(repoRoot, '.dossier-run'),
    workspace: seedsDir,
    port,
    vsix: vsixPath,
  });
  console.log(`\nDossier is running: open ${server.folderUrl()}`);
  console.log(`(server log: ${server.logFile}; stop with Ctrl-C)\n`);
  // Ctrl-C and TERM stop the server's whole process group (see codeServer.ts); this covers the
  // server stopping by itself.
  const code = await server.exited;
  await server.stop();
  console.error(`code-server stopped (exit ${code}); see ${server.logFile}`);
  process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(`Dossier did not start: ${error instanceof Error ? error.message : error}`);
  if (String(error).includes('in use')) console.error('Set DOSSIER_PORT to use another port.');
  process.exitCode = 1;
});
