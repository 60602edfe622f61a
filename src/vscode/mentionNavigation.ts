// Go to Definition, Find All References and Peek on a name in the writing languages: the
// definition is the entity's first mention in the articles (first article by month, then in its
// text), selected when VS Code jumps there; the references are every mention, in the same order.
// For a surname several people share, each of them. Not in articles. An article that is not open
// is read to place its mentions on lines, never through a symbolic link (as the index reads it).
import * as vscode from 'vscode';
import type { CorpusSnapshot } from '../core/corpus';
import { decodeArticleBytes } from '../core/decode';
import { LinePositions, mentionOrderOf } from '../core/mentionOrder';
import { perSnapshot } from '../core/snapshotCache';
import type { Entity, Mention } from '../core/types';
import { resolvedRoot, symbolicLinkOnPath } from './articleFiles';
import { relativeTo } from './indexSettings';
import type { DossierModel } from './workspaceIndex';
import { isArticle, registerForWritingLanguages } from './writingDocuments';

/** Articles read at once to place references. */
const READ_CONCURRENCY = 16;

type Positions = Pick<vscode.TextDocument, 'positionAt'>;

/** Each article's line starts, read once per snapshot (the texts change only with it). */
const linePositionsOf = perSnapshot((_snapshot: CorpusSnapshot) => new Map<string, Promise<Positions | undefined>>());

/** How long after a definition is given the jump to it may come. */
const JUMP_WINDOW_MS = 10_000;

export class MentionNavigation implements vscode.DefinitionProvider, vscode.ReferenceProvider {
  /** the definition last given, to select when VS Code jumps there */
  private lastDefinition: { location: vscode.Location; until: number } | undefined;

  constructor(private readonly model: DossierModel, private readonly readText: (uri: vscode.Uri) => Promise<string | undefined> = readArticleText) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location[]> {
    const order = mentionOrderOf(this.model.snapshot());
    const first = this.entitiesAt(document, position).flatMap((entity) => order.firstMention(entity) ?? []);
    const locations = await this.locations(first);
    this.lastDefinition = locations.length === 1 ? { location: locations[0], until: Date.now() + JUMP_WINDOW_MS } : undefined;
    return locations;
  }

  /**
   * VS Code's jump to a definition puts the cursor at its start; the mention is selected instead,
   * as every other jump of Dossier does, when the editor's cursor lands there.
   */
  selectJumpedTo(editor: vscode.TextEditor): void {
    const jump = this.lastDefinition;
    if (!jump || Date.now() > jump.until || editor.document.uri.toString() !== jump.location.uri.toString()) return;
    const { range } = jump.location;
    if (!editor.selection.isEmpty || !editor.selection.active.isEqual(range.start)) return;
    this.lastDefinition = undefined;
    editor.selection = new vscode.Selection(range.start, range.end);
  }

  async provideReferences(document: vscode.TextDocument, position: vscode.Position, _context: vscode.ReferenceContext, token: vscode.CancellationToken): Promise<vscode.Location[]> {
    const order = mentionOrderOf(this.model.snapshot());
    return this.locations(this.entitiesAt(document, position).flatMap((entity) => order.mentionsOf(entity)), token);
  }

  private entitiesAt(document: vscode.TextDocument, position: vscode.Position): Entity[] {
    if (isArticle(this.model, document)) return [];
    const found = this.model.snapshot().entityAt(document.lineAt(position.line).text, position.character);
    return found ? (found.entity ? [found.entity] : found.candidates) : [];
  }

  private async locations(mentions: readonly Mention[], token?: vscode.CancellationToken): Promise<vscode.Location[]> {
    const paths = [...new Set(mentions.map((mention) => mention.path))];
    const positions = new Map<string, Positions | undefined>();
    for (let next = 0; next < paths.length && !token?.isCancellationRequested; next += READ_CONCURRENCY) {
      const batch = paths.slice(next, next + READ_CONCURRENCY);
      const read = await Promise.all(batch.map((path) => this.positionsIn(path)));
      batch.forEach((path, i) => positions.set(path, read[i]));
    }
    return mentions.flatMap((mention) => {
      const uri = this.model.uriFor(mention.path);
      const at = positions.get(mention.path);
      if (!uri || !at) return [];
      return [new vscode.Location(uri, new vscode.Range(at.positionAt(mention.start), at.positionAt(mention.end)))];
    });
  }

  /** Offsets to positions in an article: its open editor's document, else its text as read from disk. */
  private positionsIn(path: string): Promise<Positions | undefined> {
    const uri = this.model.uriFor(path);
    if (!uri) return Promise.resolve(undefined);
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    if (open && !open.isDirty) return Promise.resolve(open);
    const cache = linePositionsOf(this.model.snapshot());
    let positions = cache.get(path);
    if (!positions) {
      positions = this.readText(uri).then((text) => text === undefined ? undefined : editorPositions(new LinePositions(text)));
      cache.set(path, positions);
    }
    return positions;
  }
}

function editorPositions(lines: LinePositions): Positions {
  return {
    positionAt: (offset) => {
      const { line, character } = lines.positionAt(offset);
      return new vscode.Position(line, character);
    },
  };
}

/** An article's text as the index decodes it; undefined when it cannot be read or a symbolic link is on its way. */
async function readArticleText(uri: vscode.Uri): Promise<string | undefined> {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder || folder.uri.scheme !== 'file') return undefined;
  try {
    const root = folder.uri.fsPath;
    if ((await symbolicLinkOnPath(root, await resolvedRoot(root), relativeTo(folder, uri))) !== undefined) return undefined;
    const decoded = decodeArticleBytes(await vscode.workspace.fs.readFile(uri), Number.MAX_SAFE_INTEGER);
    return decoded.ok ? decoded.text : undefined;
  } catch {
    return undefined;
  }
}

export function registerMentionNavigation(context: vscode.ExtensionContext, model: DossierModel): void {
  const navigation = new MentionNavigation(model);
  registerForWritingLanguages(context, (selector) => vscode.Disposable.from(
    vscode.languages.registerDefinitionProvider(selector, navigation),
    vscode.languages.registerReferenceProvider(selector, navigation),
  ));
  context.subscriptions.push(
    vscode.window.onDidChangeTextEditorSelection((event) => navigation.selectJumpedTo(event.textEditor)),
    vscode.window.onDidChangeActiveTextEditor((editor) => editor && navigation.selectJumpedTo(editor)),
  );
}
