// The core section of `npm run bench`: Dossier's pure core on the synthetic archive
// (scripts/syntheticArchive.ts, articles of about 4 KB), in this process. It measures the steps a
// user waits for: the first analysis (split into the per-file part a worker can take and the part
// the corpus adds), the first full view, one changed file, a new name, hover, search, and what the
// extension builds from a snapshot (tree rows, the timeline's model and the largest message the
// webview gets from it).

import { analyseFile, knownSpellingsMatcher, type FileAnalysis } from '../src/core/analysis';
import { Corpus, type EntityResolution } from '../src/core/corpus';
import { loadKnowledgeBase } from '../src/core/knowledgeBase';
import type { Steps } from '../src/core/steps';
import { buildTimeline, type TimelineModel } from '../src/core/timeline';
import { decodeEntities, encodeEntities } from '../src/node/entityResolutionFile';
import { groupByActor, groupByMonth, monthTreeRoots } from '../src/vscode/treeModel';
import { figure, type Figure, type SectionResult } from './benchReport';
import { format, formatMegabytes, median, percentile, time, wallAndCpuTime } from './measure';
import { syntheticArchive } from './syntheticArchive';
import { timelineFigures } from './timelineFigures';

const MB = 1024 * 1024;
const encoder = new TextEncoder();

interface FirstIndexing {
  corpus: Corpus;
  /** per-file analysis (what a worker thread or a cache provides), then adding it to the corpus */
  analyse: number;
  add: number;
  resolve: number;
  /** CPU time of the three (user + system, all threads): steadier than wall time on a loaded machine */
  cpu: number;
  /** the analyses as JSON, what a cache holds or a worker posts */
  analysisBytes: number;
  analyses: FileAnalysis[];
}

function firstIndexing(files: { path: string; bytes: Uint8Array }[], runs: number): FirstIndexing {
  const matcher = knownSpellingsMatcher(loadKnowledgeBase());
  const analyse: number[] = [];
  const add: number[] = [];
  const resolve: number[] = [];
  const cpu: number[] = [];
  let corpus = new Corpus();
  let analyses: FileAnalysis[] = [];
  for (let run = 0; run < runs; run++) {
    corpus = new Corpus();
    const steps = [
      wallAndCpuTime(() => { analyses = files.map((file) => analyseFile(file.path, file.bytes, matcher)); }),
      wallAndCpuTime(() => { for (const analysis of analyses) corpus.addAnalysis(analysis, corpus.userEntitiesText); }),
      wallAndCpuTime(() => corpus.snapshot()),
    ];
    analyse.push(steps[0].wall);
    add.push(steps[1].wall);
    resolve.push(steps[2].wall);
    cpu.push(steps.reduce((sum, step) => sum + step.cpu, 0));
  }
  const analysisBytes = analyses.reduce((sum, analysis) => sum + JSON.stringify(analysis).length, 0);
  return { corpus, analyse: median(analyse), add: median(add), resolve: median(resolve), cpu: median(cpu), analysisBytes, analyses };
}

/** The medians of updating the view after one changed file, and after a new article with a name never seen before. */
function changes(corpus: Corpus, files: { path: string; bytes: Uint8Array }[], runs: number): { changed: number; added: number } {
  const changed: number[] = [];
  for (let run = 0; run < runs; run++) {
    const file = files[(run * 7919) % files.length];
    changed.push(time(() => { corpus.upsertFile(file.path, file.bytes); corpus.snapshot(); }));
  }
  // The entity grouping must take the new name in.
  const added: number[] = [];
  for (let run = 0; run < runs; run++) {
    const path = `new/article-${run}.txt`;
    const text = ` date 2024-03 Minister Quintijn Zorbadel${run} sprak op 2 maart in Genève over het akkoord.`;
    added.push(time(() => { corpus.upsertText(path, text); corpus.snapshot(); }));
    corpus.removeFile(path);
    corpus.snapshot();
  }
  return { changed: median(changed), added: median(added) };
}

/** The longest single step (wall time) of work in steps: what the extension host is held for at most between yields. */
function longestStep(steps: Steps<unknown>): number {
  let longest = 0;
  for (let done = false; !done; ) longest = Math.max(longest, time(() => { done = steps.next().done === true; }));
  return longest;
}

/**
 * The longest steps of the corpus-wide work as the extension host runs it, sliced: the first full
 * view of a cold start, and on a warm start decoding the saved entities and grouping the names for
 * the first change.
 */
function longestSteps(analyses: FileAnalysis[], runs: number): { cold: number; decode: number; warm: number } {
  const cold: number[] = [];
  const decode: number[] = [];
  const warm: number[] = [];
  let body: Uint8Array | undefined;
  for (let run = 0; run < Math.min(runs, 3); run++) {
    const fresh = new Corpus();
    for (const analysis of analyses) fresh.addAnalysis(analysis, null);
    cold.push(longestStep(fresh.snapshotSteps()));
    body ??= encodeEntities(fresh.entityResolution()!);
    const loaded = new Corpus();
    for (const analysis of analyses) loaded.addAnalysis(analysis, null);
    let saved: EntityResolution | undefined;
    decode.push(longestStep((function* () { saved = yield* decodeEntities(body); })()));
    loaded.loadEntityResolution(saved!);
    loaded.snapshot();
    warm.push(longestStep(loaded.prepareForChanges()));
  }
  return { cold: median(cold), decode: median(decode), warm: median(warm) };
}

interface SearchFigures {
  build: number;
  longestSlice: number;
  first: number;
  median: number;
  p95: number;
  max: number;
}

/** The extension builds the search index in 30 ms slices while idle; the longest slice is what a user could feel. */
function searchFigures(corpus: Corpus, runs: number): SearchFigures {
  const slices: number[] = [];
  let more = true;
  while (more) slices.push(time(() => { more = corpus.indexForSearch(30); }));
  const snapshot = corpus.snapshot();
  const first = time(() => snapshot.search('overleg'));
  const actor = snapshot.entities[0]?.name ?? '';
  const keystrokes = ['o', 'on', 'ond', 'onde', 'onderh', 'onderhandelingen', 'onderhandelingen tripoli', 'onderhandlingen', 'genève', `actor:"${actor}" overleg`];
  const perKeystroke: number[] = [];
  for (let run = 0; run < runs; run++) for (const query of keystrokes) perKeystroke.push(time(() => snapshot.search(query, 20)));
  return {
    build: slices.reduce((sum, slice) => sum + slice, 0), longestSlice: Math.max(...slices), first,
    median: median(perKeystroke), p95: percentile(perKeystroke, 0.95), max: Math.max(...perKeystroke),
  };
}

function hoverLookup(corpus: Corpus, runs: number): number {
  const snapshot = corpus.snapshot();
  const name = snapshot.entities[0]?.name ?? 'niemand';
  const line = `Gisteren sprak ${name} met de pers.`;
  const offset = line.indexOf(name) + 2;
  snapshot.entityAt(line, offset); // the first hover builds the spelling table
  return median(Array.from({ length: runs * 20 }, () => time(() => snapshot.entityAt(line, offset))));
}

/**
 * What the extension builds from a snapshot for its views: the tree's roots, the timeline model
 * with its first window, and the largest message the timeline posts to the webview.
 */
function viewFigures(corpus: Corpus, runs: number): { tree: number; timeline: number; timelineBytes: number } {
  const snapshot = corpus.snapshot();
  const tree = median(Array.from({ length: runs }, () => time(() => { monthTreeRoots(groupByMonth(snapshot.articles)); groupByActor(snapshot.entities); })));
  let model: TimelineModel | undefined;
  const build = median(Array.from({ length: Math.min(runs, 3) }, () => time(() => { model = buildTimeline(snapshot.articles, snapshot.events, snapshot.entities); })));
  const timeline = timelineFigures(model!, runs);
  return { tree, timeline: build + timeline.firstWindowMs, timelineBytes: Math.max(timeline.overviewBytes, ...timeline.views.map((view) => view.bytes)) };
}

export function coreSection(sizes: number[], runs: number): SectionResult {
  const indexing: string[][] = [];
  const extension: string[][] = [];
  const figures: Figure[] = [];
  const perArticle = new Map<number, number>();
  for (const size of sizes) {
    const files = syntheticArchive(size).map((file) => ({ path: file.path, bytes: encoder.encode(file.text) }));
    const bytes = files.reduce((sum, file) => sum + file.bytes.length, 0);
    // Progress on stderr, step by step: a large size can take long or run out of memory, and
    // then the step it got to and the sizes before it are what is known.
    const progress = (step: string) => console.error(`bench: core ${size.toLocaleString('en')}: ${step} (heap ${formatMegabytes(process.memoryUsage().heapUsed)})`);
    progress('indexing');
    const first = firstIndexing(files, Math.min(runs, size > 20_000 ? 1 : 3));
    const { corpus } = first;
    const all = first.analyse + first.add;
    perArticle.set(size, first.cpu / size);
    progress(`analysed ${format(first.analyse)}, added ${format(first.add)}, first full view ${format(first.resolve)}; changes`);
    const { changed, added } = changes(corpus, files, runs);
    progress('hover');
    const hover = hoverLookup(corpus, runs);
    progress('search index');
    const search = searchFigures(corpus, runs);
    progress(`search index ${format(search.build)}; views`);
    const views = viewFigures(corpus, runs);
    const steps = longestSteps(first.analyses, runs);
    const heap = process.memoryUsage().heapUsed;
    progress(`done; CPU per article ${format(first.cpu / size)}`);

    indexing.push([
      size.toLocaleString('en'), formatMegabytes(bytes), `${format(all)} (${format(all / size)})`,
      `${format(first.analyse / size)} + ${format(first.add / size)}`, `${format(first.resolve)} (${format(steps.cold)})`, `${format(steps.decode)} / ${format(steps.warm)}`, format(first.cpu / size), format(changed), format(added),
      String(corpus.snapshot().entities.length), formatMegabytes(first.analysisBytes / size * 1000), formatMegabytes(heap),
    ]);
    extension.push([
      size.toLocaleString('en'), format(hover), `${format(search.build)} (${format(search.longestSlice)})`, format(search.first),
      `${format(search.median)} / ${format(search.p95)} / ${format(search.max)}`, format(views.tree), format(views.timeline), formatMegabytes(views.timelineBytes),
    ]);
    const at = (name: string, value: number, unit: 'ms' | 'MB' = 'ms') => figures.push(figure('core', name, value, unit, size));
    at('analyse all', all);
    at('analyse one file (worker share)', first.analyse / size);
    at('add one analysis to the corpus (main thread share)', first.add / size);
    at('first full view', first.resolve);
    at('analyse all and first full view, CPU time per article', first.cpu / size);
    at('first full view, longest step in slices', steps.cold);
    at('warm start: saved entities decoded, longest step', steps.decode);
    at('warm start: names grouped for the first change, longest step', steps.warm);
    at('one file changed', changed);
    at('new article with a new name', added);
    at('hover lookup', hover);
    at('search index, idle build', search.build);
    at('search index, longest slice', search.longestSlice);
    at('search per keystroke, median', search.median);
    at('search per keystroke, p95', search.p95);
    at('tree roots by month and by actor', views.tree);
    at('timeline model built, first window answered', views.timeline);
    at('timeline message to the webview', views.timelineBytes / MB, 'MB');
    at('analyses as JSON per 1,000 articles', first.analysisBytes / size * 1000 / MB, 'MB');
    at('heap', heap / MB, 'MB');
  }
  const [smallest, largest] = [Math.min(...sizes), Math.max(...sizes)];
  const notes: string[] = [];
  if (largest > smallest) {
    const ratio = perArticle.get(largest)! / perArticle.get(smallest)!;
    const name = smallest === 1000 && largest === 10_000 ? 'cost per article, 1,000 to 10,000 (CI gate)' : 'cost per article, smallest to largest size';
    figures.push(figure('core', name, ratio, 'ratio', largest));
    notes.push(`Core: the first analysis and full view cost ${ratio.toFixed(2)}x as much per article at ${largest.toLocaleString('en')} as at ${smallest.toLocaleString('en')} (CPU time, as the CI gate measures it).`);
  }
  return {
    tables: [
      {
        title: `Core: indexing (medians of up to ${runs} runs; Node ${process.version})`,
        header: ['articles', 'text', 'analyse all (per article)', 'per article: analyse + add', 'first full view (longest step in slices)', 'warm start, longest step: entities decoded / names grouped', 'CPU per article, all + view', 'one file changed', 'new article, new name', 'entities', 'analyses as JSON per 1,000', 'heap'],
        rows: indexing,
      },
      {
        title: 'Core: what the extension does on a snapshot',
        header: ['articles', 'hover lookup', 'search index, idle build (longest slice)', 'first search', 'search per keystroke, median / p95 / max', 'tree roots', 'timeline model', 'timeline message'],
        rows: extension,
      },
    ],
    figures,
    notes,
  };
}
