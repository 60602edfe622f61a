// The timeline feature: commands dossier.openTimeline and dossier.showOnTimeline, one webview
// panel that survives a reload (serializer). The model stays here: the webview gets a small
// overview on 'ready' and after changes, and asks for the window of each view it draws.
// The webview is untrusted: every message it posts is checked against the corpus before use.
import * as vscode from 'vscode';
import type { CorpusSnapshot } from '../core/corpus';
import { inertText } from '../core/inertText';
import { buildTimeline } from '../core/timeline';
import { TimelineHost } from '../../media/timeline/host';
import {
  parseTimelineState, parseWebviewMessage, TIMELINE_STRINGS, TIMELINE_VIEW_TYPE,
  type ExtensionMessage, type TimelineStrings, type WebviewMessage,
} from '../../media/timeline/protocol';
import { entityIdOf } from './actorArgs';
import { dateExpressionEnd } from './jumpTargets';
import { WebviewPanelHost, type PanelModelSource } from './webviewPanelHost';

/** Opens an article of the corpus at a UTF-16 offset. */
export type OpenArticleAt = (path: string, offset: number) => Thenable<unknown>;

/**
 * Registers the timeline: the commands `dossier.openTimeline` (no argument) and
 * `dossier.showOnTimeline` (an entity id, `{ entityId }` or `[{ entityId }]`, as tree rows and
 * hover links pass it), and the serializer that restores the panel after a reload (package.json
 * lists `onWebviewPanel:dossier.timeline` for it).
 *
 * @param model the live workspace model; the panel rebuilds its timeline from `snapshot()` after
 *   each `onDidChange`, debounced
 * @param openArticle opens an article the user picked in the timeline; by default the
 *   `dossier.openArticle` command with `{ path, offset, end, beside: true }`: beside the timeline,
 *   an event's date expression selected
 */
export function registerTimeline(
  context: vscode.ExtensionContext,
  model: PanelModelSource,
  openArticle: OpenArticleAt = (path, offset) => vscode.commands.executeCommand('dossier.openArticle', { path, offset, end: dateExpressionEnd(model.snapshot(), path, offset), beside: true }),
): void {
  const timeline = new TimelinePanel(context.extensionUri, model, openArticle);
  context.subscriptions.push(
    timeline,
    vscode.commands.registerCommand('dossier.openTimeline', () => timeline.show()),
    vscode.commands.registerCommand('dossier.showOnTimeline', (arg: unknown) => {
      const id = entityIdOf(arg);
      if (id && model.snapshot().entity(id)) timeline.show(id);
      else timeline.show();
    }),
    vscode.window.registerWebviewPanelSerializer(TIMELINE_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel: vscode.WebviewPanel, state: unknown) => {
        timeline.adopt(panel, parseTimelineState(state).actorIds ?? [], { restored: true });
      },
    }),
  );
}

class TimelinePanel implements vscode.Disposable {
  private readonly panelHost: WebviewPanelHost;
  /** an actor to select once the webview is ready (undefined: keep the webview's own choice) */
  private pendingActor: string | null | undefined;
  /** the snapshot version the host's model was built from */
  private hostVersion: number | undefined;
  private readonly host = new TimelineHost();

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly source: PanelModelSource,
    private readonly openArticle: OpenArticleAt,
  ) {
    this.panelHost = new WebviewPanelHost(
      extensionUri,
      source,
      { viewType: TIMELINE_VIEW_TYPE, script: 'timeline.js', styles: ['timeline.css'], strings: localizedStrings },
      {
        receive: (message) => this.receive(message),
        modelChanged: () => {
          if (!this.panelHost.ready) return;
          this.syncModel(this.source.snapshot());
          this.post(this.host.overview());
        },
      },
    );
  }

  /** Opens (or reveals) the panel; with an entity id, filters the timeline to that actor. */
  show(actorId?: string): void {
    const open = this.panelHost.panel;
    if (open) {
      open.reveal();
      if (actorId !== undefined) {
        if (this.panelHost.ready) this.post({ type: 'focusActor', actorId });
        else this.pendingActor = actorId;
        this.updateTitle([actorId]);
      }
      return;
    }
    this.setUp(this.panelHost.create(this.title([])), actorId ? [actorId] : []);
    this.pendingActor = actorId;
  }

  /**
   * Takes over a panel restored by the serializer. A restored panel keeps the title VS Code
   * saved with it until the index knows the actors its state names (right after a reload it is
   * still empty), then the title is made again from them.
   */
  adopt(panel: vscode.WebviewPanel, actorIds: readonly string[], options: { restored?: boolean } = {}): void {
    this.panelHost.adopt(panel);
    this.setUp(panel, actorIds, options);
  }

  /** The tab's icon and title of a panel the host has just taken over. */
  private setUp(panel: vscode.WebviewPanel, actorIds: readonly string[], options: { restored?: boolean } = {}): void {
    this.pendingActor = undefined;
    const icon = (name: string) => vscode.Uri.joinPath(this.extensionUri, 'media', name);
    panel.iconPath = { light: icon('timeline-light.svg'), dark: icon('timeline-dark.svg') };
    if (!options.restored) this.updateTitle(actorIds);
    else if (actorIds.length > 0) {
      void Promise.resolve(this.source.whenIndexed?.()).catch(() => undefined).then(() => {
        if (this.panelHost.panel === panel) this.updateTitle(actorIds);
      });
    } else this.updateTitle([]);
  }

  dispose(): void {
    this.panelHost.dispose();
  }

  private receive(raw: unknown): void {
    const message: WebviewMessage | undefined = parseWebviewMessage(raw);
    if (!message) return;
    const snapshot = this.source.snapshot();
    switch (message.type) {
      case 'ready':
        void this.postFirstModel();
        break;
      case 'openItem':
        // only articles of the corpus, whatever the webview says
        if (snapshot.article(message.path)) void this.openArticle(message.path, message.offset);
        break;
      case 'filterActors':
        // only entities of the corpus name the tab
        this.updateTitle(message.actorIds.filter((id) => snapshot.entity(id)));
        break;
      case 'window':
      case 'step':
        this.syncModel(snapshot);
        this.post(this.host.answer(message));
        break;
    }
  }

  private async postFirstModel(): Promise<void> {
    if (!(await this.panelHost.becomeReady())) return;
    const actorId = this.pendingActor;
    this.pendingActor = undefined;
    this.syncModel(this.source.snapshot());
    this.post(this.host.overview(actorId));
  }

  /** Builds the timeline once per version of the corpus. */
  private syncModel(snapshot: CorpusSnapshot): void {
    if (this.hostVersion === snapshot.version) return;
    this.hostVersion = snapshot.version;
    this.host.setModel(buildTimeline(snapshot.articles, snapshot.events, snapshot.entities));
  }

  private post(message: ExtensionMessage): void {
    this.panelHost.post(message);
  }

  private updateTitle(actorIds: readonly string[]): void {
    const panel = this.panelHost.panel;
    if (!panel) return;
    const snapshot = this.source.snapshot();
    const names = actorIds.map((id) => snapshot.entity(id)?.name).filter((name): name is string => name !== undefined);
    panel.title = this.title(names);
  }

  /** "Timeline: Khalifa Haftar", "Timeline: Khalifa Haftar and 2 more", or "Dossier Timeline". */
  private title(actorNames: readonly string[]): string {
    if (actorNames.length === 0) return vscode.l10n.t('Dossier Timeline');
    const first = inertText(actorNames[0]);
    return actorNames.length === 1
      ? vscode.l10n.t('Timeline: {0}', first)
      : vscode.l10n.t('Timeline: {0} and {1} more', first, actorNames.length - 1);
  }
}

function localizedStrings(): TimelineStrings {
  const strings = { ...TIMELINE_STRINGS } as Record<keyof TimelineStrings, string>;
  for (const key of Object.keys(strings) as (keyof TimelineStrings)[]) strings[key] = vscode.l10n.t(TIMELINE_STRINGS[key]);
  return strings;
}
