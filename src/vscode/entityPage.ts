// The entity page: command dossier.showEntity (an entity id, a tree row or `{ entityId }`; without
// one, a quick pick of the actors, most articles first) and one webview panel, reused, that
// survives a reload (serializer). The page is untrusted: media/entity/host.ts checks each message.
import * as vscode from 'vscode';
import { inertText } from '../core/inertText';
import type { Entity } from '../core/types';
import { pageAction, pageMessage, type PageAction } from '../../media/entity/host';
import { ENTITY_VIEW_TYPE, parseEntityPageState, type EntityPageStrings, type ExtensionMessage } from '../../media/entity/protocol';
import { entityIdOf } from './actorArgs';
import { ENTITY_ICONS, entityTypeLabel } from './entityCard';
import { iconLabelText } from './themeIcons';
import { WebviewPanelHost, type PanelModelSource } from './webviewPanelHost';

/**
 * Registers `dossier.showEntity` and the serializer that restores the page after a reload
 * (package.json lists `onWebviewPanel:dossier.entity` for it).
 *
 * @param run runs a command the page asks for: opening an article, the timeline, a correction
 */
export function registerEntityPage(
  context: vscode.ExtensionContext,
  model: PanelModelSource,
  run: (command: string, ...args: unknown[]) => Thenable<unknown> = vscode.commands.executeCommand,
): void {
  const page = new EntityPanel(context.extensionUri, model, run);
  context.subscriptions.push(
    page,
    vscode.commands.registerCommand('dossier.showEntity', async (arg: unknown) => {
      const id = entityIdOf(arg) ?? (await pickActor(model));
      if (id) page.show(id);
    }),
    vscode.window.registerWebviewPanelSerializer(ENTITY_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel: vscode.WebviewPanel, state: unknown) => {
        const { entityId } = parseEntityPageState(state);
        if (entityId) page.adopt(panel, entityId);
        else panel.dispose();
      },
    }),
  );
}

/** A quick pick of the actors, most articles first (the snapshot's order); the chosen id. */
async function pickActor(model: PanelModelSource): Promise<string | undefined> {
  await model.whenIndexed?.();
  const picked = await vscode.window.showQuickPick(actorItems(model.snapshot().entities), {
    title: vscode.l10n.t('Show Entity'),
    placeHolder: vscode.l10n.t('Type to find a person, organisation or place'),
    matchOnDescription: true,
  });
  return picked?.entityId;
}

function actorItems(entities: readonly Entity[]): (vscode.QuickPickItem & { entityId: string })[] {
  return entities.map((entity) => ({
    entityId: entity.id,
    label: `$(${ENTITY_ICONS[entity.type]}) ${iconLabelText(entity.name)}`,
    description: `${entityTypeLabel(entity.type, vscode.l10n.t)} · ${vscode.l10n.t('{0} articles', entity.articles.length)}`,
  }));
}

class EntityPanel implements vscode.Disposable {
  private readonly host: WebviewPanelHost;
  private entityId = '';
  /** the name shown last, for the page that says the actor is gone */
  private lastName = '';

  constructor(
    extensionUri: vscode.Uri,
    private readonly source: PanelModelSource,
    private readonly run: (command: string, ...args: unknown[]) => Thenable<unknown>,
  ) {
    this.host = new WebviewPanelHost(
      extensionUri,
      source,
      { viewType: ENTITY_VIEW_TYPE, script: 'entity.js', styles: ['entity.css'], strings: pageStrings },
      {
        receive: (message) => this.receive(message),
        modelChanged: () => {
          this.updateTitle();
          if (this.host.ready) this.postActor();
        },
      },
    );
  }

  show(entityId: string): void {
    this.entityId = entityId;
    if (this.host.panel) {
      this.host.panel.reveal();
      this.updateTitle();
      if (this.host.ready) this.postActor();
      return;
    }
    this.host.create(vscode.l10n.t('Entity'));
    this.updateTitle();
  }

  /** Takes over a panel restored by the serializer. */
  adopt(panel: vscode.WebviewPanel, entityId: string): void {
    this.entityId = entityId;
    this.host.adopt(panel);
    this.updateTitle();
  }

  dispose(): void {
    this.host.dispose();
  }

  private receive(raw: unknown): void {
    const action: PageAction | undefined = pageAction(raw, this.source.snapshot(), this.entityId);
    switch (action?.kind) {
      case 'ready':
        void this.host.becomeReady().then((ready) => {
          if (!ready) return;
          this.updateTitle();
          this.postActor();
        });
        break;
      case 'open':
        void this.run('dossier.openArticle', { path: action.path, offset: action.offset, end: action.end, beside: true });
        break;
      case 'show':
        this.show(action.entityId);
        break;
      case 'timeline':
        void this.run('dossier.showOnTimeline', action.entityId);
        break;
      case 'command': {
        const args = action.spelling === undefined ? [action.entityId] : [action.entityId, action.spelling];
        void Promise.resolve(this.run(action.command, ...args)).catch(() => {
          void vscode.window.showWarningMessage(vscode.l10n.t('Dossier: this correction is not available.'));
        });
        break;
      }
    }
  }

  private postActor(): void {
    const message: ExtensionMessage = pageMessage(this.source.snapshot(), this.entityId, this.lastName || this.entityId);
    this.host.post(message);
  }

  /** The tab says the actor's name; a restored page keeps VS Code's saved title until the index knows it. */
  private updateTitle(): void {
    const panel = this.host.panel;
    const name = this.source.snapshot().entity(this.entityId)?.name;
    if (!panel || name === undefined) return;
    this.lastName = name;
    panel.title = inertText(name);
  }
}

function pageStrings(): EntityPageStrings {
  const t = vscode.l10n.t;
  return {
    title: t('Entity'),
    loading: t('Loading the actor…'),
    missing: t('{0} is no longer among the actors of the articles.'),
    person: t('person'),
    organization: t('organisation'),
    place: t('place'),
    oneArticle: t('1 article'),
    articleCount: t('{0} articles'),
    oneMention: t('1 mention'),
    mentionCount: t('{0} mentions'),
    showOnTimeline: t('Show on Timeline'),
    merge: t('Merge with…'),
    rename: t('Rename…'),
    changeType: t('Change Type…'),
    ignore: t('Ignore'),
    split: t('Split Off'),
    splitLabel: t('Split the spelling {0} off into an actor of its own'),
    roles: t('Roles'),
    noRoles: t('The articles give no role.'),
    roleCount: t('{0} times'),
    spellings: t('Spellings'),
    spelling: t('Spelling'),
    mentions: t('Mentions'),
    articles: t('Articles'),
    months: t('Mentions per month'),
    monthsLabel: t('Mentions per month from {0} to {1}; most in {2} ({3})'),
    monthBar: t('{0}: {1} mentions in {2} articles'),
    undatedMention: t('1 mention in an article without a date'),
    undatedMentions: t('{0} mentions in articles without a date'),
    noMonths: t('No mentions in dated articles.'),
    coActors: t('Actors that appear with it'),
    coActorsMore: t('and {0} more'),
    noCoActors: t('No other actor appears in its articles.'),
    coActorArticle: t('1 article together'),
    coActorArticles: t('{0} articles together'),
    networkLabel: t('The actors that appear with it most, linked where they also appear together'),
    articleList: t('Articles'),
    moreArticles: t('and {0} more articles, not listed'),
    undated: t('undated'),
    inferred: t('month inferred'),
  };
}
