// When a long scan shows the articles read so far. Each refresh resolves the whole corpus read so
// far (entity groups, month inference: one step on the extension host), so refreshing every few
// seconds made the scan's cost grow with the square of its length. Refreshing only when the count
// has grown GROWTH-fold keeps the sum of all refreshes below GROWTH / (GROWTH - 1) times the
// articles of the last one, i.e. linear; the status bar shows the counts in between.

/** Each refresh shows at least this many times the articles of the one before. */
const GROWTH = 4;
/** A scan that finishes within this long shows its articles once, at the end. */
const FIRST_REFRESH_MS = 1000;

export class RefreshSchedule {
  private shown = 0;
  private readonly startedAt: number;

  constructor(private readonly now: () => number = () => performance.now()) {
    this.startedAt = now();
  }

  /**
   * Whether to refresh now, with `articles` added so far, `readingFiles` when some were read (not
   * all found in the cache); when it says so, it counts the refresh as done. A scan that so far
   * found every file in the cache (a warm start) is soon done: it shows the tree once, at the end.
   */
  due(articles: number, readingFiles: boolean): boolean {
    if (!readingFiles || articles === 0 || articles < this.shown * GROWTH || this.now() - this.startedAt < FIRST_REFRESH_MS) return false;
    this.shown = articles;
    return true;
  }
}
