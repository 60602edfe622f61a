// Which rows of the articles tree the user expanded, kept in the workspace state so that a reload
// shows the tree as it was left. Rows are known by their TreeItem ids, which depend only on what
// the row stands for (a month, a year, an actor), never on counts or labels.
import type * as vscode from 'vscode';

const STATE_KEY = 'dossier.expandedRows';
/** A bound on what is stored: the most recently expanded rows are kept. */
const MAX_REMEMBERED = 500;

export class ExpandedRows {
  private readonly ids: Set<string>;

  constructor(private readonly state: vscode.Memento) {
    const stored = state.get<unknown>(STATE_KEY);
    this.ids = new Set(Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : []);
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  set(id: string, expanded: boolean): void {
    this.ids.delete(id); // re-added last: the newest survive the bound
    if (expanded) this.ids.add(id);
    const oldest = this.ids.values().next();
    if (this.ids.size > MAX_REMEMBERED && !oldest.done) this.ids.delete(oldest.value);
    void this.state.update(STATE_KEY, [...this.ids]);
  }
}
