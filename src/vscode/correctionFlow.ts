// The five correction commands as one flow: find the entity (from the argument, or a quick pick),
// ask what the command needs, edit the entities file's text (src/core/entityCorrections.ts) and
// write it. The questions and the file come in as arguments, so Node tests run the flow without
// VS Code; corrections.ts gives it the quick picks, input box and the file. No `vscode` import.
import type { CorpusSnapshot } from '../core/corpus';
import { applyCorrection, ownSpellings, type EntityCorrection } from '../core/entityCorrections';
import { isEntityType } from '../core/knowledgeBase';
import type { Entity, EntityType } from '../core/types';
import { entityIdOf } from './actorArgs';

/** The command of each correction; each takes `[entityId?, detail?]` (see runCorrection). */
export const CORRECTION_COMMANDS = {
  merge: 'dossier.mergeEntity',
  split: 'dossier.splitSpelling',
  rename: 'dossier.renameEntity',
  changeType: 'dossier.changeEntityType',
  ignore: 'dossier.ignoreEntity',
} as const;

export type CorrectionKind = keyof typeof CORRECTION_COMMANDS;

/** What the flow tells the user when it cannot or need not write. */
export type CorrectionNotice =
  | 'no-entities-file' | 'symbolic-link' | 'unknown-entity' | 'one-spelling' | 'already-there'
  | 'invalid-json' | 'not-an-object' | 'not-an-array';

export interface CorrectionQuestions {
  /** an actor of the snapshot; `except` is left out (the one to merge with) */
  pickEntity(entities: readonly Entity[], except?: Entity): Promise<Entity | undefined>;
  pickSpelling(entity: Entity): Promise<string | undefined>;
  askName(entity: Entity): Promise<string | undefined>;
  pickType(entity: Entity): Promise<EntityType | undefined>;
  tell(notice: CorrectionNotice): void;
}

export interface EntitiesFileStore {
  /**
   * Gives `edit` the file's current text (null: there is none yet) and writes the text it returns
   * (undefined: nothing to write), one update at a time; or says why the file may not be written.
   */
  update(edit: (text: string | null) => string | undefined): Promise<'written' | 'unchanged' | 'no-entities-file' | 'symbolic-link'>;
}

/**
 * Runs one correction. `args` are the command's: an entity id (`{ entityId }` from a tree row or
 * a link, or the id itself), then what it would otherwise ask: the spelling to split off, the new
 * name, the type, or the id of the entity to merge with. Returns whether the file was written.
 */
export async function runCorrection(kind: CorrectionKind, args: readonly unknown[], snapshot: CorpusSnapshot, questions: CorrectionQuestions, store: EntitiesFileStore): Promise<boolean> {
  const id = entityIdOf(args[0]);
  const entity = id !== undefined ? snapshot.entity(id) : await questions.pickEntity(snapshot.entities);
  if (!entity) {
    if (id !== undefined) questions.tell('unknown-entity');
    return false;
  }
  const detail = typeof args[1] === 'string' ? args[1] : undefined;
  const correction = await ask(kind, entity, detail, snapshot, questions);
  if (!correction) return false;
  let notice: CorrectionNotice | undefined;
  const result = await store.update((text) => {
    const outcome = applyCorrection(text, correction);
    if (outcome.ok && outcome.changed) return outcome.text;
    notice = !outcome.ok ? (outcome.problem === 'nothing-to-split' ? 'one-spelling' : outcome.problem) : 'already-there';
    return undefined;
  });
  if (result === 'no-entities-file' || result === 'symbolic-link') notice = result;
  if (notice) questions.tell(notice);
  return result === 'written';
}

async function ask(kind: CorrectionKind, entity: Entity, detail: string | undefined, snapshot: CorpusSnapshot, questions: CorrectionQuestions): Promise<EntityCorrection | undefined> {
  switch (kind) {
    case 'merge': {
      const given = detail !== undefined ? snapshot.entity(detail) : undefined;
      if (detail !== undefined && !given) questions.tell('unknown-entity');
      const other = detail !== undefined ? given : await questions.pickEntity(snapshot.entities, entity);
      return other && other.id !== entity.id ? { kind, entity, other } : undefined;
    }
    case 'split': {
      if (entity.aliases.length < 2) {
        questions.tell('one-spelling');
        return undefined;
      }
      const spelling = detail ?? (await questions.pickSpelling(entity));
      return spelling ? { kind, entity, spelling } : undefined;
    }
    case 'rename': {
      const name = (detail ?? (await questions.askName(entity)))?.trim();
      return name ? { kind, entity, name } : undefined;
    }
    case 'changeType': {
      const type = isEntityType(detail) ? detail : await questions.pickType(entity);
      return type ? { kind, entity, type } : undefined;
    }
    case 'ignore':
      return { kind, entity, spellings: ownSpellings(entity, snapshot.entities) };
  }
}
