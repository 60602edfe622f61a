// Consistent spelling in the writing languages: a spelling of an entity other than its preferred
// one gets an Information diagnostic naming the preferred spelling and how often the articles use
// each, with quick fixes to replace this one or all of them in the file. Updated as the user types
// (debounced), reading only the document; off with dossier.spelling.enabled. Not in articles.
import * as vscode from 'vscode';
import type { CorpusSnapshot } from '../core/corpus';
import { inertText } from '../core/inertText';
import type { DossierModel } from './workspaceIndex';
import { isArticle, registerForWritingLanguages, writingSelector } from './writingDocuments';
import { sameVariant, spellingFindings, type SpellingFinding } from './writingHelp';

const DEBOUNCE_MS = 300;
export const SPELLING_SOURCE = 'Dossier';

interface DocumentFindings {
  version: number;
  snapshot: CorpusSnapshot;
  findings: SpellingFinding[];
}

export class SpellingDiagnostics implements vscode.CodeActionProvider, vscode.Disposable {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];
  private readonly collection = vscode.languages.createDiagnosticCollection('dossier.spelling');
  private readonly found = new Map<string, DocumentFindings>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly model: DossierModel, private readonly enabled: () => boolean, private readonly t = vscode.l10n.t) {}

  /** Sets the document's diagnostics now; clears them where spelling is off or the document is not one of the user's own. */
  update(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.cancel(key);
    if (!this.enabled() || !vscode.languages.match(writingSelector(), document) || isArticle(this.model, document)) {
      this.forget(document.uri);
      return;
    }
    const findings = this.findingsOf(document);
    this.collection.set(document.uri, findings.map((finding) => {
      const diagnostic = new vscode.Diagnostic(rangeOf(document, finding), finding.message, vscode.DiagnosticSeverity.Information);
      diagnostic.source = SPELLING_SOURCE;
      return diagnostic;
    }));
  }

  /** After a pause in typing. */
  updateSoon(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.cancel(key);
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      this.update(document);
    }, DEBOUNCE_MS));
  }

  forget(uri: vscode.Uri): void {
    this.cancel(uri.toString());
    this.found.delete(uri.toString());
    this.collection.delete(uri);
  }

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    if (!this.enabled() || isArticle(this.model, document)) return [];
    const findings = this.findingsOf(document);
    const actions: vscode.CodeAction[] = [];
    for (const finding of findings) {
      const findingRange = rangeOf(document, finding);
      if (!findingRange.intersection(range)) continue;
      const written = inertText(document.getText(findingRange));
      const one = new vscode.CodeAction(this.t('Replace “{0}” with “{1}”', written, finding.replacement), vscode.CodeActionKind.QuickFix);
      one.edit = new vscode.WorkspaceEdit();
      one.edit.replace(document.uri, findingRange, finding.replacement);
      one.isPreferred = true;
      actions.push(one);
      const same = sameVariant(findings, finding);
      if (same.length > 1) {
        const all = new vscode.CodeAction(this.t('Replace all {0} like “{1}” in this file with “{2}”', same.length, written, finding.replacement), vscode.CodeActionKind.QuickFix);
        all.edit = new vscode.WorkspaceEdit();
        for (const other of same) all.edit.replace(document.uri, rangeOf(document, other), other.replacement);
        actions.push(all);
      }
    }
    return actions;
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.collection.dispose();
  }

  /** The document's findings as it is now: kept per version and snapshot, so a quick fix never edits stale ranges. */
  private findingsOf(document: vscode.TextDocument): SpellingFinding[] {
    const key = document.uri.toString();
    const snapshot = this.model.snapshot();
    const known = this.found.get(key);
    if (known?.version === document.version && known.snapshot === snapshot) return known.findings;
    const findings = spellingFindings(snapshot, document.getText(), this.t);
    this.found.set(key, { version: document.version, snapshot, findings });
    return findings;
  }

  private cancel(key: string): void {
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }
}

function rangeOf(document: vscode.TextDocument, finding: SpellingFinding): vscode.Range {
  return new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end));
}

export function registerSpellingDiagnostics(context: vscode.ExtensionContext, model: DossierModel): void {
  const enabled = () => vscode.workspace.getConfiguration('dossier.spelling').get<boolean>('enabled', true);
  const diagnostics = new SpellingDiagnostics(model, enabled);
  const updateAll = () => {
    for (const document of vscode.workspace.textDocuments) diagnostics.update(document);
  };
  registerForWritingLanguages(context, (selector) => vscode.languages.registerCodeActionsProvider(selector, diagnostics, { providedCodeActionKinds: SpellingDiagnostics.providedCodeActionKinds }));
  context.subscriptions.push(
    diagnostics,
    vscode.workspace.onDidOpenTextDocument((document) => diagnostics.update(document)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0 && vscode.languages.match(writingSelector(), event.document)) diagnostics.updateSoon(event.document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => diagnostics.forget(document.uri)),
    // the spellings are the snapshot's: a new one may find others
    model.onDidChange(updateAll),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('dossier.spelling') || event.affectsConfiguration('dossier.hover.languages')) updateAll();
    }),
  );
  updateAll();
}
