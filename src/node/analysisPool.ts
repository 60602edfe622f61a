// Analyses files in worker threads, off the calling thread: each worker reads a file itself and
// runs the pure core's analyseFile on it (the calling thread does no I/O for it), and posts the
// plain-data result back, which the caller adds with Corpus.addAnalysis. A worker that stops is
// replaced; if none can start, files are analysed on the calling thread.
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AliasMatcher } from '../core/aliasMatcher';
import { matcherForEntitiesText, type FileAnalysis } from '../core/analysis';
import { loadKnowledgeBase, type KnownEntity } from '../core/knowledgeBase';
import type { FileStamp } from './analysisCache';
import { analysisFromText } from './analysisText';
import type { AnalyseRequest, WorkerReply, WorkerRequest, WorkerSetup } from './analysisWorker';
import { analyseRequested } from './articleFileReading';
import { workersYield } from './workerPriority';

/**
 * One file's analysis and the entities file text it was made with; or the reason the worker it
 * was sent to stopped first, and whether that worker was analysing this very file (else the file
 * was only waiting there).
 */
export type AnalysisResult =
  | { analysis: FileAnalysis; userEntitiesText: string | null; stamp?: FileStamp; workerStopped?: undefined }
  | { workerStopped: string; whileAnalysingIt: boolean; analysis?: undefined };

/** A file that stops a worker while it is analysed is read and analysed once more, on a new worker, then given up. */
const STOPS_PER_FILE = 2;

/**
 * Runs `attempt` (give a file to the analyser; undefined when it is not to be read) until a worker
 * answers, giving the file again each time. After the file stopped a worker twice itself, that
 * result is returned.
 */
export async function untilAnswered(attempt: () => Promise<AnalysisResult | undefined>): Promise<AnalysisResult | undefined> {
  for (let stops = 0; ;) {
    const result = await attempt();
    if (result?.workerStopped === undefined || (result.whileAnalysingIt && ++stops === STOPS_PER_FILE)) return result;
  }
}

/** What the CLI and the workspace index need: a file in, its analysis out. */
export interface FileAnalyser {
  /**
   * Reads `file` where it is analysed (never through a link, never when larger than `maxBytes`)
   * and analyses it as `path`. The result has the file's stamp when it was read, and says why it
   * is skipped when it was not.
   */
  readAndAnalyse(file: string, path: string, maxBytes: number): Promise<AnalysisResult>;
  /** files analysed from now on use this entities file text (null for none) */
  setUserEntitiesText(text: string | null): void;
}

export interface AnalysisPoolOptions {
  /** worker threads; 0 analyses on the calling thread */
  workers?: number;
  /** must be the corpus's, so that an analysis finds the same names the corpus would */
  knowledgeBase?: KnownEntity[];
  userEntitiesText?: string | null;
  /** the worker's code (a test gives its own) */
  workerScript?: string;
  /** told why, when no worker could start and files are analysed on the calling thread */
  onWorkersUnavailable?: (reason: string) => void;
}

/**
 * Workers when not told: one per core where they run below the calling thread's priority (Linux,
 * see workerPriority.ts), so they take what the calling thread leaves (it adds results to the
 * corpus and builds the search index, idle half the time); elsewhere one per core but one.
 */
export function defaultWorkerCount(): number {
  return workersYield() ? availableParallelism() : Math.max(1, availableParallelism() - 1);
}

/** The worker's code beside this module: dist/analysisWorker.js in the bundles, the source when run through tsx. */
const DEFAULT_WORKER_SCRIPT = join(__dirname, __filename.endsWith('.ts') ? 'analysisWorker.ts' : 'analysisWorker.js');

/**
 * Files sent to a worker ahead, so it never waits for the calling thread between two: a path
 * costs nothing to hold, and a busy machine may not run the calling thread for several files' time.
 */
const FILES_AHEAD_PER_WORKER = 16;

interface Task {
  request: AnalyseRequest;
  resolve(result: AnalysisResult): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  /** it has built its matcher and takes files */
  ready: boolean;
  /** files sent to it, in the order it answers them */
  sent: Task[];
  /** the last uncaught error, reported with its exit */
  error?: Error;
}

export class AnalysisPool implements FileAnalyser {
  private readonly slots = new Set<Slot>();
  private readonly waiting: Task[] = [];
  private readonly knowledgeBase: KnownEntity[];
  private readonly workerScript: string;
  private userEntitiesText: string | null;
  /** analysing on the calling thread: asked for, or no worker could start */
  private onThisThread: boolean;
  /** the calling thread's matcher for `userEntitiesText`, built when first needed */
  private matcher: AliasMatcher | undefined;
  private disposed = false;
  /** workers to start with the first file: a start that finds every file in the cache starts none */
  private workersToStart: number;

  constructor(private readonly options: AnalysisPoolOptions = {}) {
    this.knowledgeBase = options.knowledgeBase ?? loadKnowledgeBase();
    this.userEntitiesText = options.userEntitiesText ?? null;
    this.workerScript = options.workerScript ?? DEFAULT_WORKER_SCRIPT;
    this.workersToStart = options.workers ?? defaultWorkerCount();
    this.onThisThread = this.workersToStart === 0;
  }

  /** Worker threads running or starting (0 before the first file, and when files are analysed on the calling thread). */
  get workerCount(): number {
    return this.slots.size;
  }

  readAndAnalyse(file: string, path: string, maxBytes: number): Promise<AnalysisResult> {
    return this.run({ type: 'analyse', path, file, maxBytes });
  }

  setUserEntitiesText(text: string | null): void {
    if (text === this.userEntitiesText) return;
    this.userEntitiesText = text;
    this.matcher = undefined;
    // Files already sent are answered with the old text; the corpus finds their names again.
    for (const slot of this.slots) slot.worker.postMessage({ type: 'entities', text } satisfies WorkerRequest);
  }

  /** Stops the workers; files not yet analysed are rejected. */
  async dispose(): Promise<void> {
    this.disposed = true;
    const error = new Error('the analysis pool has been disposed');
    for (const task of this.waiting.splice(0)) task.reject(error);
    const slots = [...this.slots];
    this.slots.clear();
    for (const slot of slots) for (const task of slot.sent.splice(0)) task.reject(error);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private run(request: AnalyseRequest): Promise<AnalysisResult> {
    if (this.disposed) return Promise.reject(new Error('the analysis pool has been disposed'));
    for (; this.workersToStart > 0 && !this.onThisThread; this.workersToStart--) this.startWorker();
    if (this.onThisThread) return Promise.resolve(this.analyseHere(request));
    return new Promise((resolve, reject) => {
      this.waiting.push({ request, resolve, reject });
      this.dispatch();
    });
  }

  private analyseHere(request: AnalyseRequest): AnalysisResult {
    const matcher = (this.matcher ??= matcherForEntitiesText(this.knowledgeBase, this.userEntitiesText));
    const { analysis, stamp } = analyseRequested(request, matcher);
    return { analysis, userEntitiesText: this.userEntitiesText, stamp };
  }

  private startWorker(): void {
    const workerData: WorkerSetup = { knowledgeBase: this.knowledgeBase, userEntitiesText: this.userEntitiesText };
    let worker: Worker;
    try {
      worker = this.workerScript.endsWith('.ts')
        ? new Worker(throughTsx(this.workerScript), { eval: true, workerData })
        : new Worker(this.workerScript, { workerData });
    } catch (error) {
      this.workerStopped(undefined, error instanceof Error ? error.message : String(error));
      return;
    }
    const slot: Slot = { worker, ready: false, sent: [] };
    this.slots.add(slot);
    worker.on('message', (reply: WorkerReply) => this.answered(slot, reply));
    worker.on('error', (error) => { slot.error = error; });
    worker.on('exit', (code) => {
      if (this.slots.has(slot)) this.workerStopped(slot, slot.error?.message ?? `exit code ${code}`);
    });
  }

  private answered(slot: Slot, reply: WorkerReply): void {
    if (reply.type === 'ready') {
      slot.ready = true;
    } else {
      const task = slot.sent.shift();
      task?.resolve({ analysis: analysisFromText(reply.analysis), userEntitiesText: reply.userEntitiesText, stamp: reply.stamp });
    }
    this.dispatch();
  }

  /**
   * A worker stopped (crashed, ran out of memory) or never started. The files sent to it are
   * answered with the reason, so the callers read them again (see untilAnswered). A worker that
   * had started is replaced; when none is left that can start, files are analysed on the calling
   * thread.
   */
  private workerStopped(slot: Slot | undefined, reason: string): void {
    if (this.disposed) return;
    if (slot) {
      this.slots.delete(slot);
      const workerStopped = `the analysis worker stopped (${reason})`;
      slot.sent.forEach((task, i) => task.resolve({ workerStopped, whileAnalysingIt: i === 0 }));
      if (slot.ready) return this.startWorker();
    }
    if (this.slots.size > 0) return;
    this.onThisThread = true;
    this.options.onWorkersUnavailable?.(reason);
    for (const task of this.waiting.splice(0)) task.resolve(this.analyseHere(task.request));
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      while (slot.ready && this.waiting.length > 0 && slot.sent.length < FILES_AHEAD_PER_WORKER) {
        const task = this.waiting.shift()!;
        slot.sent.push(task);
        slot.worker.postMessage(task.request);
      }
    }
  }
}

/** Source for a worker that runs a TypeScript file: Node 20 does not pass `--import tsx` on to workers. */
function throughTsx(script: string): string {
  return `require(require.resolve('tsx/cjs', { paths: [${JSON.stringify(dirname(script))}] })); require(${JSON.stringify(script)});`;
}
