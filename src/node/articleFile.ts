// One article file on disk, as the CLI reads it: never through a symbolic link, never loaded
// when it is too large, then analysed (in a worker thread when the analyser is a pool).
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import type { FileAnalysis } from '../core/analysis';
import { tooLargeReason } from '../core/decode';
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

/** One file's analysis: read (never through a link, never when too large) and analysed, or why it is skipped. */
export async function fileAnalysis(file: string, path: string, maxBytes: number, analyser: FileAnalyser): Promise<FileAnalysis> {
  let skipped: string | undefined;
  const result = await untilAnswered(async () => {
    const read = await readRegularFile(file, maxBytes);
    skipped = read.skipped;
    return read.skipped === undefined ? analyser.analyse(path, read.bytes, maxBytes) : undefined;
  });
  if (result === undefined) return { path, skipped: skipped! };
  return result.workerStopped === undefined ? result.analysis : { path, skipped: `could not be analysed: ${result.workerStopped}` };
}

/** The bytes of a regular file, or why it is not read. */
async function readRegularFile(file: string, maxBytes: number): Promise<{ bytes: Uint8Array; skipped?: undefined } | { skipped: string }> {
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
    return { bytes: await handle.readFile() };
  } catch (error) {
    return { skipped: `could not be read: ${ioReason(error)}` };
  } finally {
    await handle.close();
  }
}

