// The lifecycle both of Dossier's webview panels share (the timeline, the entity page): one panel
// at a time, new or restored by a serializer; its page served with a fresh nonce; messages passed
// to the feature; model changes passed on debounced; "ready" only once the first indexing is done
// and the page is visible (without retainContextWhenHidden a page loads again when shown).
import * as vscode from 'vscode';
import type { CorpusSnapshot } from '../core/corpus';
import { createNonce, timelinePageHtml } from '../../media/timeline/page';

/** What a panel needs from the live workspace model (WorkspaceIndex fits). */
export interface PanelModelSource {
  snapshot(): CorpusSnapshot;
  readonly onDidChange: vscode.Event<unknown>;
  /** resolves once the first indexing is done; the page shows "loading" until then */
  whenIndexed?(): Promise<unknown>;
}

/** The page a panel serves from dist/webview. */
export interface PanelPage {
  viewType: string;
  script: string;
  styles: string[];
  /** the page's words, made when the page is served */
  strings(): { readonly title: string };
}

/** What the feature does with its panel's events. */
export interface PanelFeature {
  receive(message: unknown): void;
  /** the model changed (debounced); the panel is open */
  modelChanged(): void;
}

/** Changes arriving within this window are passed on once. */
const MODEL_DEBOUNCE_MS = 300;

export class WebviewPanelHost implements vscode.Disposable {
  private current: vscode.WebviewPanel | undefined;
  private readonly panelDisposables: vscode.Disposable[] = [];
  private readonly modelSubscription: vscode.Disposable;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  /** the page script has loaded, asked for its model, and the first indexing is done */
  ready = false;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly source: PanelModelSource,
    private readonly page: PanelPage,
    private readonly feature: PanelFeature,
  ) {
    this.modelSubscription = source.onDidChange(() => this.scheduleModelChanged());
  }

  get panel(): vscode.WebviewPanel | undefined {
    return this.current;
  }

  /** Opens a new panel in the active column and takes it over. */
  create(title: string): vscode.WebviewPanel {
    const panel = vscode.window.createWebviewPanel(this.page.viewType, title, vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [this.webviewRoot()],
    });
    this.adopt(panel);
    return panel;
  }

  /** Takes over a panel, new or restored by the serializer, and serves it the page. */
  adopt(panel: vscode.WebviewPanel): void {
    this.disposePanel();
    this.current = panel;
    this.ready = false;
    panel.webview.options = { enableScripts: true, localResourceRoots: [this.webviewRoot()] };
    panel.webview.html = this.html(panel.webview);
    this.panelDisposables.push(
      panel.webview.onDidReceiveMessage((message: unknown) => this.feature.receive(message)),
      panel.onDidChangeViewState(() => {
        if (!panel.visible) this.ready = false;
      }),
      panel.onDidDispose(() => {
        if (this.current === panel) {
          this.current = undefined;
          this.disposePanel();
        }
      }),
    );
  }

  /**
   * Waits for the first indexing once the page said it is ready; true (and `ready` set) when the
   * same panel is still open and visible then.
   */
  async becomeReady(): Promise<boolean> {
    const panel = this.current;
    this.ready = false;
    try {
      await this.source.whenIndexed?.();
    } catch {
      // an indexing failure is reported by the index; show what there is
    }
    if (!panel || this.current !== panel || !panel.visible) return false;
    this.ready = true;
    return true;
  }

  post(message: unknown): void {
    void this.current?.webview.postMessage(message);
  }

  dispose(): void {
    this.modelSubscription.dispose();
    this.current?.dispose();
    this.disposePanel();
  }

  private disposePanel(): void {
    clearTimeout(this.debounce);
    for (const disposable of this.panelDisposables.splice(0)) disposable.dispose();
  }

  private scheduleModelChanged(): void {
    if (!this.current) return;
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => this.feature.modelChanged(), MODEL_DEBOUNCE_MS);
  }

  private webviewRoot(): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview');
  }

  private html(webview: vscode.Webview): string {
    const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.webviewRoot(), name)).toString();
    return timelinePageHtml({
      cspSource: webview.cspSource,
      nonce: createNonce(),
      scriptUri: asset(this.page.script),
      styleUris: ['codicon.css', ...this.page.styles].map(asset),
      language: vscode.env.language,
      strings: this.page.strings(),
    });
  }
}
