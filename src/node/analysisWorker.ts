// One analysis worker thread: runs the pure core's analyseFile on the bytes it is sent and posts
// the plain-data result back, saying which entities file text it was made with.
import { parentPort, workerData } from 'node:worker_threads';
import type { AliasMatcher } from '../core/aliasMatcher';
import { analyseFile, matcherForEntitiesText, type FileAnalysis } from '../core/analysis';
import type { KnownEntity } from '../core/knowledgeBase';

/** What a worker starts with (its workerData). */
export interface WorkerSetup {
  knowledgeBase: KnownEntity[];
  userEntitiesText: string | null;
}

/** Messages to a worker; they are handled in the order sent. */
export type WorkerRequest =
  | { type: 'entities'; text: string | null }
  | { type: 'analyse'; path: string; bytes: Uint8Array; maxBytes: number };

/** Messages from a worker: ready once it can take files, then one `done` per file, in order. */
export type WorkerReply =
  | { type: 'ready' }
  | { type: 'done'; analysis: FileAnalysis; userEntitiesText: string | null };

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
    const analysis = analyseFile(request.path, request.bytes, matcher, request.maxBytes);
    port.postMessage({ type: 'done', analysis, userEntitiesText: entitiesText } satisfies WorkerReply);
  });
  port.postMessage({ type: 'ready' } satisfies WorkerReply);
}

serve();
