// Reading one article file where it is analysed (an analysis worker, or the CLI's own thread when
// it has none), so the CLI's thread, busy adding analyses to the corpus, does no file I/O for a
// file it must analyse. Synchronous: a worker has nothing else to do meanwhile, and a synchronous
// call costs about a third of the CPU time of libuv's asynchronous one (a promise and a trip through
// its thread pool; 10,000 lstat calls: 0.1 s against 0.3 s). Never through a symbolic link, never
// loaded when it is too large.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { analyseFile, type FileAnalysis } from '../core/analysis';
import type { AliasMatcher } from '../core/aliasMatcher';
import { tooLargeReason } from '../core/decode';
import type { FileStamp } from './analysisCache';
import type { AnalyseRequest } from './analysisWorker';

export const SYMBOLIC_LINK = 'symbolic link (not followed)';
export const NOT_A_FILE = 'not a regular file';
/** Begins the reason of a file whose open or read failed; the I/O error follows (the extension shows it translated). */
export const COULD_NOT_BE_READ = 'could not be read: ';
/** No link is followed even if one replaced the file since the folder was listed; a FIFO does not block the open. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** Why an I/O call failed, without the path Node appends ("EACCES: permission denied, scandir '/…'"). */
export function ioReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const comma = message.indexOf(', ');
  return (error as NodeJS.ErrnoException).code !== undefined && comma > 0 ? message.slice(0, comma) : message;
}

/** The bytes of a regular file and its stamp, or why it is not read. */
export function readRegularFileSync(file: string, maxBytes: number): { stamp: FileStamp; bytes: Uint8Array } | { skipped: string } {
  let descriptor;
  try {
    descriptor = openSync(file, OPEN_FLAGS);
  } catch (error) {
    return { skipped: (error as NodeJS.ErrnoException).code === 'ELOOP' ? SYMBOLIC_LINK : COULD_NOT_BE_READ + ioReason(error) };
  }
  try {
    const info = fstatSync(descriptor);
    // Decide on size before reading, so a huge file is never loaded into memory.
    if (!info.isFile()) return { skipped: NOT_A_FILE };
    if (info.size > maxBytes) return { skipped: tooLargeReason(info.size, maxBytes) };
    // What was there at the fstat, and no more should the file grow meanwhile.
    const bytes = new Uint8Array(info.size);
    let read = 0;
    for (let got = -1; read < bytes.length && got !== 0; read += got) got = readSync(descriptor, bytes, read, bytes.length - read, read);
    return { stamp: { size: info.size, mtime: info.mtimeMs }, bytes: read === bytes.length ? bytes : bytes.subarray(0, read) };
  } catch (error) {
    return { skipped: COULD_NOT_BE_READ + ioReason(error) };
  } finally {
    closeSync(descriptor);
  }
}

/** What an analyse request asks, done on the thread that takes it: the file read and analysed with its stamp, or why it was not read. */
export function analyseRequested(request: AnalyseRequest, matcher: AliasMatcher): { analysis: FileAnalysis; stamp?: FileStamp } {
  const { path, maxBytes } = request;
  const read = readRegularFileSync(request.file, maxBytes);
  if ('skipped' in read) return { analysis: { path, skipped: read.skipped } };
  return { analysis: analyseFile(path, read.bytes, matcher, maxBytes), stamp: read.stamp };
}
