// The timeline's words come from the articles and the entities file. The webview only ever shows
// them as text (textContent, canvas fillText), so markup stays inert; control and bidi characters
// would still reach the eye there, so the extension makes every shown string inert before posting.
import { inertText } from '../../src/core/inertText';
import type { TimelineModel } from '../../src/core/timeline';

/** The model with its labels, details and actor names made inert; ids, paths and dates as they are. */
export function inertTimelineModel(model: TimelineModel): TimelineModel {
  return {
    ...model,
    items: model.items.map((item) => ({ ...item, label: inertText(item.label), detail: inertText(item.detail) })),
    actors: model.actors.map((actor) => ({ ...actor, name: inertText(actor.name) })),
  };
}
