// The timeline at archive scale: how large the messages to the webview are and how long the
// extension takes to answer a window request, per view. `timelineFigures(model)` is the section
// `npm run bench` calls; run directly, it prints the figures for the synthetic archive at 10,000
// articles and, as 100,000, that model ten times over (ten articles per month where it had one):
//   node --import tsx scripts/timelineFigures.ts [articles]
import { Corpus } from '../src/core/corpus';
import { buildTimeline, dayNumber, type TimelineModel } from '../src/core/timeline';
import { jsonBytes } from '../src/core/timelineWindow';
import { TimelineHost } from '../media/timeline/host';
import { format, median, time } from './measure';
import { syntheticArchive } from './syntheticArchive';

export interface TimelineFigures {
  items: number;
  /** what the panel used to post on every change: the whole model */
  modelBytes: number;
  overviewBytes: number;
  /** the first window request, which builds the index (once per model and filter) */
  firstWindowMs: number;
  views: { name: string; days: number; bytes: number; events: number; medianMs: number }[];
  stepMs: number;
}

const WIDTH = 1400;
const LANE_HEIGHT = 160;

export function timelineFigures(model: TimelineModel, runs = 9): TimelineFigures {
  const host = new TimelineHost();
  host.setModel(model);
  const overviewBytes = jsonBytes(host.overview());
  let first: ReturnType<TimelineHost['answer']> | undefined;
  const firstWindowMs = time(() => {
    first = host.answer({ type: 'window', request: 0, filter: {}, view: null, framing: 'first', width: WIDTH, articleLaneHeight: LANE_HEIGHT });
  });
  const firstView = first?.type === 'window' && first.view ? first.view : { start: dayNumber('2020-01-01'), end: dayNumber('2021-01-01') };
  const middle = Math.floor((firstView.start + firstView.end) / 2);
  const spans: [string, number][] = [['first view', firstView.end - firstView.start], ['a year', 365], ['a month', 31], ['a week', 7], ['a day', 1]];
  const views = spans.map(([name, days]) => {
    const view = { start: middle - days / 2, end: middle + days / 2 };
    const ask = (shift: number) => host.answer({ type: 'window', request: 1, filter: {}, view: { start: view.start + shift, end: view.end + shift }, framing: 'keep', width: WIDTH, articleLaneHeight: LANE_HEIGHT });
    const reply = ask(0);
    // pan steps of a tenth of the view, as a drag asks for them
    const times = Array.from({ length: runs }, (_, n) => time(() => ask(((n + 1) * days) / 10)));
    const events = reply.type === 'window' ? reply.window?.events.length ?? 0 : 0;
    return { name, days, bytes: jsonBytes(reply), events, medianMs: median(times) };
  });
  const stepTimes = Array.from({ length: runs }, () => time(() => host.answer({ type: 'step', request: 1, filter: {}, from: { id: model.items[model.items.length >> 1].id, position: model.items.length >> 1 }, move: 'next', view: firstView })));
  // the whole model's JSON, estimated from a sample (stringifying hundreds of MB would not fit the heap)
  const sample = model.items.slice(0, 20_000);
  const modelBytes = Math.round((jsonBytes(sample) * model.items.length) / Math.max(1, sample.length));
  return { items: model.items.length, modelBytes, overviewBytes, firstWindowMs, views, stepMs: median(stepTimes) };
}

export function printTimelineFigures(label: string, figures: TimelineFigures): void {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} KB`;
  console.log(`Timeline, ${label}: ${figures.items.toLocaleString('en')} items; the whole model ${(figures.modelBytes / 1024 / 1024).toFixed(0)} MB of JSON, the overview ${kb(figures.overviewBytes)}; first window (builds the index) ${format(figures.firstWindowMs)}; a step ${format(figures.stepMs)}`);
  console.log('| view | reply | events one by one | answer per pan step (median) |');
  console.log('|---|---|---|---|');
  for (const view of figures.views) console.log(`| ${view.name} | ${kb(view.bytes)} | ${view.events} | ${format(view.medianMs)} |`);
}

/** The model `times` over: each item again under another path, so each month holds `times` as many. */
export function repeatedModel(model: TimelineModel, times: number): TimelineModel {
  const items = model.items.flatMap((item) => Array.from({ length: times }, (_, n) => (n === 0 ? item : { ...item, id: `${item.id}#${n}`, path: `${n}/${item.path}` })));
  return { ...model, items, undatedArticles: model.undatedArticles * times };
}

if (require.main === module) {
  const size = Number(process.argv[2] ?? 10_000);
  const corpus = new Corpus();
  const encoder = new TextEncoder();
  for (const file of syntheticArchive(size)) corpus.upsertFile(file.path, encoder.encode(file.text));
  const snapshot = corpus.snapshot();
  const model = buildTimeline(snapshot.articles, snapshot.events, snapshot.entities);
  printTimelineFigures(`${size.toLocaleString('en')} articles`, timelineFigures(model));
  printTimelineFigures(`${(size * 10).toLocaleString('en')} articles (the model ten times over)`, timelineFigures(repeatedModel(model, 10)));
}
