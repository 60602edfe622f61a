// Reads a CPU profile of the extension host (test/e2e/hostInspector.ts): where its thread spent its
// time (self time per function) and its longest busy stretches, the pauses other work waited for,
// each with the functions that took most of it. Also a command:
//   node --import tsx scripts/cpuProfileSummary.ts FILE.cpuprofile [functions] [stretches]

import { readFileSync } from 'node:fs';
import type { CpuProfile } from '../test/e2e/hostInspector';

/** Frames that are not work on the thread. */
const IDLE = new Set(['(idle)', '(root)']);

interface FunctionTime {
  name: string;
  ms: number;
}

interface BusyStretch {
  /** from the profile's start */
  atMs: number;
  ms: number;
  /** the functions with the most samples on their stack in the stretch (inclusive time), outermost first */
  heaviest: FunctionTime[];
}

export interface ProfileSummary {
  busyMs: number;
  totalMs: number;
  topSelf: FunctionTime[];
  longest: BusyStretch[];
}

function label(frame: CpuProfile['nodes'][number]['callFrame']): string {
  const file = frame.url.split('/').at(-1) ?? '';
  return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
}

export function summariseProfile(profile: CpuProfile, functions = 15, stretches = 8): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  // A sample lasts until the next one.
  const duration = (i: number) => (profile.timeDeltas[i + 1] ?? 0) / 1000;
  const self = new Map<string, number>();
  const runs: { start: number; end: number; atMs: number; ms: number }[] = [];
  let busyMs = 0;
  let elapsed = 0;
  let run: { start: number; end: number; atMs: number; ms: number } | undefined;
  profile.samples.forEach((id, i) => {
    const ms = duration(i);
    const node = byId.get(id)!;
    const idle = IDLE.has(node.callFrame.functionName);
    if (!idle) {
      busyMs += ms;
      const name = label(node.callFrame);
      self.set(name, (self.get(name) ?? 0) + ms);
      run ??= { start: i, end: i, atMs: elapsed, ms: 0 };
      run.end = i;
      run.ms += ms;
    } else if (run) {
      runs.push(run);
      run = undefined;
    }
    elapsed += ms;
  });
  if (run) runs.push(run);
  const top = (times: Map<string, number>, count: number) => [...times].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms).slice(0, count);
  const longest = runs.sort((a, b) => b.ms - a.ms).slice(0, stretches).map(({ start, end, atMs, ms }) => {
    const inclusive = new Map<string, number>();
    for (let i = start; i <= end; i++) {
      const seen = new Set<string>();
      for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) {
        const name = label(byId.get(id)!.callFrame);
        if (IDLE.has(byId.get(id)!.callFrame.functionName) || seen.has(name)) continue;
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + duration(i));
      }
    }
    return { atMs, ms, heaviest: top(inclusive, 12) };
  });
  return { busyMs, totalMs: elapsed, topSelf: top(self, functions), longest };
}

export function formatSummary(summary: ProfileSummary): string {
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const lines = [`busy ${ms(summary.busyMs)} of ${ms(summary.totalMs)}`, 'self time:'];
  for (const { name, ms: time } of summary.topSelf) lines.push(`  ${ms(time).padStart(9)}  ${name}`);
  lines.push('longest busy stretches (inclusive time of the heaviest functions in each):');
  for (const stretch of summary.longest) {
    lines.push(`  ${ms(stretch.ms)} at ${(stretch.atMs / 1000).toFixed(2)} s`);
    for (const { name, ms: time } of stretch.heaviest) lines.push(`    ${ms(time).padStart(9)}  ${name}`);
  }
  return lines.join('\n');
}

if (require.main === module) {
  const [file, functions, stretches] = process.argv.slice(2);
  if (!file) throw new Error('usage: cpuProfileSummary.ts FILE.cpuprofile [functions] [stretches]');
  console.log(formatSummary(summariseProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, Number(functions ?? 15), Number(stretches ?? 8))));
}
