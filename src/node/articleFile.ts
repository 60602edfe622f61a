// One article file on disk, as the CLI takes it: from the cache when it holds the file as it is
// now, else read and analysed where it is analysed (a worker thread when the analyser is a pool;
// see articleFileReading.ts), never through a symbolic link, never loaded when it is too large.
import { lstat } from 'node:fs/promises';
import type { AnalysisCache, CachedAnalysis, FileStamp } from './analysisCache';
import { untilAnswered, type AnalysisPool } from './analysisPool';

/** A file's analysis and the entities file text it was made with; `stamp` is set when the file was read or taken from the cache. */
export interface ArticleFileAnalysis extends CachedAnalysis {
  stamp?: FileStamp;
  fromCache: boolean;
}

/** One file's analysis: from the cache, or read and analysed, or why it is skipped. */
export async function fileAnalysis(file: string, path: string, maxBytes: number, analyser: Pick<AnalysisPool, 'readAndAnalyse'>, cache?: Pick<AnalysisCache, 'lookup'>): Promise<ArticleFileAnalysis> {
  // One lstat (which follows no link) for a file the cache holds: nothing is read then, so a link
  // planted meanwhile is never followed either.
  const info = cache && (await lstat(file).catch(() => undefined));
  if (info?.isFile() && info.size <= maxBytes) {
    const stamp = { size: info.size, mtime: info.mtimeMs };
    const hit = cache!.lookup(path, stamp);
    if (hit) return { ...hit, stamp, fromCache: true };
  }
  const result = (await untilAnswered(() => analyser.readAndAnalyse(file, path, maxBytes)))!;
  if (result.workerStopped !== undefined) return { analysis: { path, skipped: `could not be analysed: ${result.workerStopped}` }, userEntitiesText: null, fromCache: false };
  return { analysis: result.analysis, userEntitiesText: result.userEntitiesText, stamp: result.stamp, fromCache: false };
}
