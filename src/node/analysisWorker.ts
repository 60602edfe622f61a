// One analysis worker thread: reads each file it is sent and runs the pure core's analyseFile on
// it, and posts the result back as text (analysisText.ts), saying which entities
// file text it was made with (and the file's stamp when it read one).
import { parentPort, workerData } from 'node:worker_threads';
import type { AliasMatcher } from '../core/aliasMatcher';
import { matcherForEntitiesText } from '../core/analysis';
import type { KnownEntity } from '../core/knowledgeBase';
import type { FileStamp } from './analysisCache';
import { analysisText, type AnalysisText } from './analysisText';
import { analyseRequested } from './articleFileReading';
import { lowerThisThreadsPriority } from './workerPriority';

/** What a worker starts with (its workerData). */
export interface WorkerSetup {
  knowledgeBase: KnownEntity[];
  userEntitiesText: string | null;
}

/** A file to read where it is analysed (see articleFileReading.ts) and analyse as `path`. */
export interface AnalyseRequest {
  type: 'analyse';
  path: string;
  file: string;
  maxBytes: number;
}

/** Messages to a worker; they are handled in the order sent. */
export type WorkerRequest = { type: 'entities'; text: string | null } | AnalyseRequest;

/** Messages from a worker: ready once it can take files, then one `done` per file, in order. */
export type WorkerReply =
  | { type: 'ready' }
  | { type: 'done'; analysis: AnalysisText; userEntitiesText: string | null; stamp?: FileStamp };

function serve(): void {
  const port = parentPort;
  if (!port) throw new Error('analysisWorker runs in a worker thread only');
  const { knowledgeBase, userEntitiesText } = workerData as WorkerSetup;
  // Background work: the thread that takes the results, and every other program, comes first.
  lowerThisThreadsPriority();
  let entitiesText = userEntitiesText;
  // Rebuilt on the first file after a change, so a burst of entities-file saves costs one build.
  let matcher: AliasMatcher | undefined = matcherForEntitiesText(knowledgeBase, entitiesText);
  port.on('message', (request: WorkerRequest) => {
    if (request.type === 'entities') {
      entitiesText = request.text;
      matcher = undefined;
      return;
    }
    matcher ??= matcherForEntitiesText(knowledgeBase, entitiesText);
    const { analysis, stamp } = analyseRequested(request, matcher);
    port.postMessage({ type: 'done', analysis: analysisText(analysis), userEntitiesText: entitiesText, stamp } satisfies WorkerReply);
  });
  port.postMessage({ type: 'ready' } satisfies WorkerReply);
}

serve();
