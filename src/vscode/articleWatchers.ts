// The file watchers of the workspace index: article files and folders created, changed or deleted,
// and the entities file. Events arriving within a short window are handed over together, as one
// change, so a burst (a rename, a git checkout) is applied once.
import * as vscode from 'vscode';
import { excludesFolder } from './glob';
import { entitiesFileLocation, relativeTo } from './indexSettings';

/** File events arriving within this window are applied together, as one change. */
export const DEBOUNCE_MS = 200;

export class ArticleWatchers implements vscode.Disposable {
  private readonly watchers: vscode.Disposable[] = [];
  private readonly pending = new Map<string, vscode.Uri>();
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;

  /** `onFiles` gets each burst of article events, `onEntitiesFile` each event of the entities file. */
  constructor(private readonly onFiles: (uris: vscode.Uri[]) => void, private readonly onEntitiesFile: () => void) {}

  /** Whether events are being collected into a burst that has not been handed over yet. */
  get collecting(): boolean {
    return this.debounceTimer !== undefined;
  }

  /** Watches the workspace folders anew, for these article globs and excluded folders. */
  watch(include: readonly string[], exclude: readonly string[]): void {
    for (const watcher of this.watchers.splice(0)) watcher.dispose();
    const onEvent = (uri: vscode.Uri) => this.collect(uri, exclude);
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      // A folder created, moved in, deleted or renamed is reported only under its own name, which
      // the article globs need not match: watch creations and deletions everywhere, so the
      // articles inside it are indexed or forgotten.
      const everywhere = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**'), false, true, false);
      this.watchers.push(everywhere, everywhere.onDidCreate(onEvent), everywhere.onDidDelete(onEvent));
      // The article globs report creations too: in code-server 4.139 the `**` watcher did not
      // report a new file with a newline in its name.
      for (const glob of include) {
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob));
        this.watchers.push(watcher, watcher.onDidCreate(onEvent), watcher.onDidChange(onEvent), watcher.onDidDelete(onEvent));
      }
    }
    const entities = entitiesFileLocation();
    if (entities) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(entities.folder, entities.relativePath));
      const reload = () => this.onEntitiesFile();
      this.watchers.push(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload));
    }
  }

  dispose(): void {
    clearTimeout(this.debounceTimer);
    for (const watcher of this.watchers.splice(0)) watcher.dispose();
  }

  /** Collects file events for a short while so a burst is one change; excluded ones are dropped. */
  private collect(uri: vscode.Uri, exclude: readonly string[]): void {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || excludesFolder(relativeTo(folder, uri), exclude)) return;
    this.pending.set(uri.toString(), uri);
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => {
      this.debounceTimer = undefined;
      const uris = [...this.pending.values()];
      this.pending.clear();
      this.onFiles(uris);
    }, DEBOUNCE_MS);
  }
}
