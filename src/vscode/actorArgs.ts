// Arguments of the actor commands (dossier.showOnTimeline, dossier.searchActor). Tree rows pass
// their node and hover links pass `{ entityId }`: both carry `entityId`. No `vscode` import.

/** The entity id in a command argument: `{ entityId }`, `[{ entityId }]` or the id itself. */
export function entityIdOf(arg: unknown): string | undefined {
  const value = Array.isArray(arg) ? arg[0] : arg;
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null) {
    const { entityId } = value as { entityId?: unknown };
    if (typeof entityId === 'string') return entityId;
  }
  return undefined;
}

/** The search query for one actor's articles: `actor:"Name" `, ready for more words. */
export function actorQuery(name: string): string {
  return `actor:"${name.replace(/"/g, '')}" `;
}
