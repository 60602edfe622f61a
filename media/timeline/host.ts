// The extension's side of the timeline protocol, without vscode: it keeps the model and answers
// the webview's window and step requests from an index per filter (src/core/timelineWindow.ts).
// The panel (src/vscode/timelinePanel.ts) posts what it returns; the browser tests run it as is.
import { inertText } from '../../src/core/inertText';
import type { TimelineFilter, TimelineModel } from '../../src/core/timeline';
import type { DaySpan } from '../../src/core/timelineView';
import { TimelineIndex, windowItem } from '../../src/core/timelineWindow';
import type { ExtensionMessage, TimelineOverview, WebviewMessage } from './protocol';

/** indexes kept per model: the unfiltered one and the last few filters the user went through */
const KEPT_INDEXES = 4;

type WindowMessage = Extract<WebviewMessage, { type: 'window' }>;
type StepMessage = Extract<WebviewMessage, { type: 'step' }>;

export class TimelineHost {
  private model: TimelineModel = { items: [], actors: [], range: null, undatedArticles: 0 };
  private listed = new Set<string>();
  private readonly indexes = new Map<string, TimelineIndex>();

  /** A new model (the workspace changed): the indexes of the old one are dropped. */
  setModel(model: TimelineModel): void {
    this.model = model;
    this.listed = new Set(model.actors.map((actor) => actor.id));
    this.indexes.clear();
  }

  overview(actorId?: string | null): ExtensionMessage {
    const { items, actors, range, undatedArticles } = this.model;
    const overview: TimelineOverview = {
      items: items.length,
      actors: actors.map((actor) => ({ ...actor, name: inertText(actor.name) })),
      range,
      undatedArticles,
    };
    return actorId !== undefined ? { type: 'overview', overview, actorId } : { type: 'overview', overview };
  }

  /** The answer to a (validated) window or step request. */
  answer(message: WindowMessage | StepMessage): ExtensionMessage {
    return message.type === 'window' ? this.window(message) : this.step(message);
  }

  private window(message: WindowMessage): ExtensionMessage {
    const index = this.index(message.filter);
    const { summary } = index;
    const framed = message.framing === 'first' || !message.view || !index.intersects(message.view);
    const view = framed ? summary.firstView : message.view;
    const window = view ? index.window({ view, width: message.width, articleLaneHeight: message.articleLaneHeight }, (item) => windowItem(item, this.listed)) : null;
    return { type: 'window', request: message.request, summary, view: framed ? view : null, window };
  }

  private step(message: StepMessage): ExtensionMessage {
    const index = this.index(message.filter);
    const total = index.summary.items;
    const current = message.from ? index.positionOf(message.from.id, message.from.position) : -1;
    let position: number;
    if (current < 0 || message.move === 'inView') position = message.move === 'last' ? total - 1 : message.move === 'first' ? 0 : this.firstInView(index, message.view);
    else if (message.move === 'next') position = Math.min(total - 1, current + 1);
    else if (message.move === 'previous') position = Math.max(0, current - 1);
    else if (message.move === 'first') position = 0;
    else if (message.move === 'last') position = total - 1;
    else position = current;
    const item = index.item(position);
    return { type: 'step', request: message.request, item: item ? windowItem(item, this.listed) : null, position, total };
  }

  /** The first item in view, else the first of all. */
  private firstInView(index: TimelineIndex, view: DaySpan | null): number {
    const found = view ? index.firstIn(view) : -1;
    return found >= 0 ? found : 0;
  }

  private index(filter: TimelineFilter): TimelineIndex {
    const key = JSON.stringify([[...(filter.actorIds ?? [])].sort(), filter.from ?? '', filter.to ?? '']);
    let index = this.indexes.get(key);
    if (index) {
      // most recently used last
      this.indexes.delete(key);
    } else {
      index = new TimelineIndex(this.model, filter);
      if (this.indexes.size >= KEPT_INDEXES) this.indexes.delete(this.indexes.keys().next().value!);
    }
    this.indexes.set(key, index);
    return index;
  }
}

