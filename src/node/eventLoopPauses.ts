// How long the event loop was blocked: the longest time a 10 ms timer fired late while measuring.
import { monitorEventLoopDelay } from 'node:perf_hooks';

const RESOLUTION_MS = 10;

/**
 * Starts measuring; `stop` ends it and gives the longest pause in whole milliseconds. It lets the
 * timer fire once more first: a block right before it (the last step of a run) is counted too.
 */
export function measureLongestPause(): { stop(): Promise<number> } {
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  histogram.enable();
  return {
    stop: async () => {
      await new Promise((resolve) => setTimeout(resolve, 2 * RESOLUTION_MS));
      histogram.disable();
      // A sample is the time between two ticks of the timer, which includes the timer's own interval.
      return histogram.count === 0 ? 0 : Math.max(0, Math.round(histogram.max / 1e6 - RESOLUTION_MS));
    },
  };
}
