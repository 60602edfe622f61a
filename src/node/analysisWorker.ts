// One analysis worker thread: runs the pure core's analyseFile on the bytes it is sent, or on a
// file it reads itself, and posts the result back as text (analysisText.ts), saying which entities
// file text it was made with (and the file's stamp when it read one).
import { parentPort, workerData } from 'node:worker_threads';
import type { AliasMatcher } from '../core/aliasMatcher';
import { matcherForEntitiesText } from '../core/analysis';
import type { KnownEntity } from '../core/knowledgeBase';
import type { FileStamp } from './analysisCache';
import { analysisText, type AnalysisText } from './analysisText';
import { analyseRequested } from './articleFileReading';

/** What a worker starts with (its workerData). */
export interface WorkerSetup {
  knowledgeBase: KnownEntity[];
  userEntitiesText: string | null;
}

/** A file to analyse: its bytes, or `file` to read where it is analysed (see articleFileReading.ts). */
export type AnalyseRequest =
  | { type: 'analyse'; path: string; bytes: Uint8Array; maxBytes: number; file?: undefined }
  | { type: 'analyse'; path: string; file: string; maxBytes: number; bytes?: undefined };

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
