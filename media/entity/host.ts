// The extension's side of the entity page, without vscode: what to post for an actor, and what a
// message from the (untrusted) page asks for, checked against the corpus. The panel
// (src/vscode/entityPage.ts) carries out the answer; the unit tests call these directly.
import { entityProfile, type ProfileSource } from '../../src/core/entityProfile';
import { inertText } from '../../src/core/inertText';
import { inertProfile, parseEntityMessage, type CorrectionCommand, type ExtensionMessage } from './protocol';

/** What a page message asks the extension to do, once checked. */
export type PageAction =
  | { kind: 'ready' }
  | { kind: 'open'; path: string; offset: number; end: number }
  | { kind: 'show'; entityId: string }
  | { kind: 'timeline'; entityId: string }
  | { kind: 'command'; command: CorrectionCommand; entityId: string; spelling?: string };

/** The message that shows `entityId` (profile or missing); `lastName` names an actor that is gone. */
export function pageMessage(snapshot: ProfileSource, entityId: string, lastName: string): ExtensionMessage {
  const profile = entityProfile(snapshot, entityId);
  return profile ? { type: 'profile', profile: inertProfile(profile) } : { type: 'missing', name: inertText(lastName) };
}

/**
 * The action a raw page message asks for, or undefined: only articles of the corpus are opened,
 * only actors of the corpus shown, and only the five corrections run, for the actor on the page.
 */
export function pageAction(raw: unknown, snapshot: ProfileSource, shownId: string | undefined): PageAction | undefined {
  const message = parseEntityMessage(raw);
  if (!message) return undefined;
  switch (message.type) {
    case 'ready':
      return { kind: 'ready' };
    case 'open':
      return snapshot.article(message.path) ? { kind: 'open', path: message.path, offset: message.offset, end: message.end } : undefined;
    case 'showEntity':
      return snapshot.entity(message.entityId) ? { kind: 'show', entityId: message.entityId } : undefined;
    case 'timeline':
      return snapshot.entity(message.entityId) ? { kind: 'timeline', entityId: message.entityId } : undefined;
    case 'correct': {
      const entity = message.entityId === shownId ? snapshot.entity(message.entityId) : undefined;
      if (!entity) return undefined;
      if (message.spelling === undefined) return { kind: 'command', command: message.command, entityId: entity.id };
      // the page shows spellings made inert: the command gets the spelling as the articles write it
      const spelling = entity.mentions.find((mention) => inertText(mention.surface) === message.spelling)?.surface;
      return spelling === undefined ? undefined : { kind: 'command', command: message.command, entityId: entity.id, spelling };
    }
  }
}
