// Analysis workers as background work: each lowers its own priority, so the thread that takes their
// results (the extension host's, the CLI's) and every other program come first when the cores are
// busy, and the pool can have a worker per core. Only where a thread has a priority of its own.
import { setPriority } from 'node:os';

/** A nice value well below the default 0: about a tenth of the CPU share of a thread at 0 when both want it. */
const WORKER_NICE = 10;

/** Whether a thread can lower its own priority alone: on Linux a nice value belongs to a thread, elsewhere to the whole process. */
export function workersYield(): boolean {
  return process.platform === 'linux';
}

/** Lowers the calling thread's priority where that lowers this thread's alone (workersYield); elsewhere nothing. */
export function lowerThisThreadsPriority(): void {
  if (!workersYield()) return;
  try {
    setPriority(WORKER_NICE);
  } catch {
    // Not allowed here: the worker runs at the normal priority.
  }
}
