// One article file on disk, as the CLI reads it: never through a symbolic link, never loaded
// when it is too large, taken from the cache when it holds the file as it is now, else read and
// analysed (in a worker thread when the analyser is a pool).
import { constants } from 'node:fs';
import { lstat, open } from 'node:fs/promises';
import { tooLargeReason } from '../core/decode';
import type { AnalysisCache, CachedAnalysis, FileStamp } from './analysisCache';
import { untilAnswered, type FileAnalyser } from './analysisPool';

export const SYMBOLIC_LINK = 'symbolic link (not followed)';
export const NOT_A_FILE = 'not a regular file';
/** No link is followed even if one replaced the file since the folder was listed; a FIFO does not block the open. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** Why an I/O call failed, without the path Node appends ("EACCES: permission denied, scandir '/…'"). */
export function ioReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const comma = message.indexOf(', ');
  return (error as NodeJS.ErrnoException).code !== undefined && comma > 0 ? message.slice(0, comma) : message;
}

/** A file's analysis and the entities file text it was made with; `stamp` is set when the file was read or taken from the cache. */
export interface ArticleFileAnalysis extends CachedAnalysis {
  stamp?: FileStamp;
  fromCache: boolean;
}

type ReadResult = { stamp: FileStamp; bytes: Uint8Array; skipped?: undefined; cached?: undefined } | { stamp: FileStamp; cached: CachedAnalysis; skipped?: undefined } | { skipped: string };

/** One file's analysis: from the cache, or read (never through a link, never when too large) and analysed, or why it is skipped. */
export async function fileAnalysis(file: string, path: string, maxBytes: number, analyser: FileAnalyser, cache?: Pick<AnalysisCache, 'lookup'>): Promise<ArticleFileAnalysis> {
  let read: ReadResult | undefined;
  const result = await untilAnswered(async () => {
    read = await readRegularFile(file, maxBytes, cache && ((stamp) => cache.lookup(path, stamp)));
    return read.skipped === undefined && read.cached === undefined ? analyser.analyse(path, read.bytes, maxBytes) : undefined;
  });
  const last = read!;
  if (last.skipped !== undefined) return { analysis: { path, skipped: last.skipped }, userEntitiesText: null, fromCache: false };
  if (last.cached !== undefined) return { ...last.cached, stamp: last.stamp, fromCache: true };
  if (result?.workerStopped !== undefined) return { analysis: { path, skipped: `could not be analysed: ${result.workerStopped}` }, userEntitiesText: null, fromCache: false };
  return { analysis: result!.analysis, userEntitiesText: result!.userEntitiesText, stamp: last.stamp, fromCache: false };
}

/** The bytes of a regular file, what the cache holds of it as it is now, or why it is not read. */
async function readRegularFile(file: string, maxBytes: number, cached?: (stamp: FileStamp) => CachedAnalysis | undefined): Promise<ReadResult> {
  // One lstat (which follows no link) instead of open, stat and close for a file the cache holds:
  // nothing is read then, so a link planted meanwhile is never followed either.
  const info = cached && (await lstat(file).catch(() => undefined));
  if (info?.isFile() && info.size <= maxBytes) {
    const stamp = { size: info.size, mtime: info.mtimeMs };
    const hit = cached!(stamp);
    if (hit) return { stamp, cached: hit };
  }
  let handle;
  try {
    handle = await open(file, OPEN_FLAGS);
  } catch (error) {
    return { skipped: (error as NodeJS.ErrnoException).code === 'ELOOP' ? SYMBOLIC_LINK : `could not be read: ${ioReason(error)}` };
  }
  try {
    const info = await handle.stat();
    // Decide on size before reading, so a huge file is never loaded into memory.
    if (!info.isFile()) return { skipped: NOT_A_FILE };
    if (info.size > maxBytes) return { skipped: tooLargeReason(info.size, maxBytes) };
    const stamp = { size: info.size, mtime: info.mtimeMs };
    const hit = cached?.(stamp);
    return hit ? { stamp, cached: hit } : { stamp, bytes: await handle.readFile() };
  } catch (error) {
    return { skipped: `could not be read: ${ioReason(error)}` };
  } finally {
    await handle.close();
  }
}

