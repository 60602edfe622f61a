// Long work on a thread others share (the extension host), cut into slices: the work calls
// yieldIfLong between its steps, which lets other work run once the thread has been held for
// SLICE_MS, and the longest stretch it held the thread is kept for the output's figures.

import type { Steps } from '../core/steps';

/** Well under the 50 ms that keep hovers and typing instant. */
const SLICE_MS = 20;

export class ThreadSlices {
  /** the longest stretch the thread was held, in ms */
  longestMs = 0;
  private startedAt = performance.now();

  /** Call between steps of the work: yields to other work when the current stretch is long enough. */
  async yieldIfLong(): Promise<void> {
    if (performance.now() - this.startedAt < SLICE_MS) return;
    await this.pause(new Promise((resolve) => setImmediate(resolve)));
  }

  /** Runs work made of steps (see src/core/steps.ts), letting other work run between them. */
  async run<T>(steps: Steps<T>): Promise<T> {
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
      await this.yieldIfLong();
    }
  }

  /** Ends the current stretch while `waiting` runs (I/O, another thread's work), and starts a new one after it. */
  async pause<T>(waiting: Promise<T>): Promise<T> {
    this.longestMs = Math.max(this.longestMs, performance.now() - this.startedAt);
    try {
      return await waiting;
    } finally {
      this.startedAt = performance.now();
    }
  }

  /** Ends the work: its last stretch counts too. */
  end(): number {
    this.longestMs = Math.max(this.longestMs, performance.now() - this.startedAt);
    return this.longestMs;
  }
}
