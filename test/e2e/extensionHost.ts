// What a code-server run (codeServer.ts) leaves to observe the extension host from outside: its
// process (peak RSS from /proc), when it activated an extension and what an extension's output
// channel printed (the log files under the run dir). Each window load starts a new extension host,
// with its own `exthostN` log folder, so the newest one is the current window's.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningCodeServer } from './codeServer';

/** The pid of the newest extension host process of `server`, if one runs. */
export function extensionHostPid(server: RunningCodeServer): number | undefined {
  const marker = `XDG_DATA_HOME=${join(server.runDir, 'xdg-data')}`;
  let newest: { pid: number; started: number } | undefined;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (!args.includes('--type=extensionHost')) continue;
      // The server's environment (codeServer.ts's isolatedEnv) names the run dir: not another helper's host.
      if (!readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0').includes(marker)) continue;
      // Field 22 of stat, after the parenthesised command name, is the start time in clock ticks.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const started = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
      if (!newest || started > newest.started) newest = { pid: Number(entry), started };
    } catch {
      // The process ended while it was being looked at, or is not ours to read.
    }
  }
  return newest?.pid;
}

/** The peak resident set (VmHWM) of a process so far, in bytes; undefined once it has ended. */
export function peakRss(pid: number): number | undefined {
  try {
    const kilobytes = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kilobytes === undefined ? undefined : Number(kilobytes) * 1024;
  } catch {
    return undefined;
  }
}

/** The CPU time (user + system, all threads) a process used so far, in ms; undefined once it has ended. */
export function processCpuTime(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields 14 and 15, counted after the parenthesised command name, in clock ticks of 10 ms (Linux's USER_HZ).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** The log folder of the newest extension host (`…/logs/<session>/exthostN`), once there is one. */
export function newestExtensionHostLogs(server: RunningCodeServer): string | undefined {
  const logs = join(server.runDir, 'user-data', 'logs');
  // Session folders are named by their start time (20261201T112352), so the last in name order is the newest.
  for (const session of safeList(logs).sort().reverse()) {
    const numbers = safeList(join(logs, session)).map((name) => Number(/^exthost(\d+)$/.exec(name)?.[1])).filter((n) => n > 0);
    if (numbers.length > 0) return join(logs, session, `exthost${Math.max(...numbers)}`);
  }
  return undefined;
}

/** When the extension host logged activating `extensionId` ("publisher.name"), as epoch milliseconds. */
export function activationTime(exthostLogs: string, extensionId: string): number | undefined {
  const log = safeRead(join(exthostLogs, 'remoteexthost.log')) ?? safeRead(join(exthostLogs, 'exthost.log')) ?? '';
  const line = log.split('\n').find((text) => text.includes(`_doActivateExtension ${extensionId},`));
  const stamp = line && /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d\.\d{3})/.exec(line);
  // The log writes local time.
  return stamp ? new Date(`${stamp[1]}T${stamp[2]}`).getTime() : undefined;
}

/** The lines an output channel named `channel` printed in this extension host so far. */
export function outputChannelLines(exthostLogs: string, channel: string): string[] {
  const lines: string[] = [];
  for (const folder of safeList(exthostLogs).filter((name) => name.startsWith('output_logging_'))) {
    for (const file of safeList(join(exthostLogs, folder)).filter((name) => name.endsWith(`-${channel}.log`))) {
      lines.push(...(safeRead(join(exthostLogs, folder, file)) ?? '').split('\n').filter((line) => line !== ''));
    }
  }
  return lines;
}

/**
 * A fingerprint of what `extensionId` keeps in its workspace storage (`context.storageUri`): the
 * size and time of every file. It stops changing once the extension has written what it persists.
 */
export function workspaceStorageFingerprint(server: RunningCodeServer, extensionId: string): string {
  const storage = join(server.runDir, 'user-data', 'User', 'workspaceStorage');
  const parts: string[] = [];
  const visit = (path: string) => {
    for (const name of safeList(path).sort()) {
      const child = join(path, name);
      try {
        const info = statSync(child);
        if (info.isDirectory()) visit(child);
        else parts.push(`${child}:${info.size}:${info.mtimeMs}`);
      } catch {
        // Removed while it was being looked at.
      }
    }
  };
  for (const workspace of safeList(storage)) visit(join(storage, workspace, extensionId));
  return parts.join('\n');
}

function safeList(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

function safeRead(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
