// The benchmark's own arithmetic and probes (scripts/bench*.ts, test/e2e/extensionHost.ts): the
// percentile, the targets, the scaling gate's ratio (it must catch work that grows with the
// corpus), and reading the extension host's logs as code-server writes them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { figure, targetsTable } from '../../scripts/benchReport';
import { costPerItemRatio, type Indexing } from '../../scripts/benchScaling';
import { longestPause } from '../../scripts/benchVscode';
import { percentile } from '../../scripts/measure';
import type { RunningCodeServer } from '../e2e/codeServer';
import { activationTime, newestExtensionHostLogs, outputChannelLines, processCpuTime } from '../e2e/extensionHost';
import { LINEAR_RATIO } from './scaling';

test('the p95 is the nearest-rank percentile', () => {
  const values = Array.from({ length: 20 }, (_, i) => 20 - i);
  assert.equal(percentile(values, 0.95), 19);
  assert.equal(percentile(values, 1), 20);
  assert.equal(percentile([7], 0.95), 7);
  assert.equal(percentile([4, 1, 3, 2], 0.5), 2);
});

test('a figure gets the issue\'s target only at the size the issue sets it for', () => {
  assert.deepEqual(figure('cli', 'cold, until searchable', 2500, 'ms', 10_000), { section: 'cli', name: 'cold, until searchable', articles: 10_000, value: 2500, unit: 'ms', target: 3000, met: true });
  assert.equal(figure('cli', 'peak RSS, cold', 875, 'MB', 10_000).met, false);
  assert.equal(figure('cli', 'cold, until searchable', 2500, 'ms', 1000).target, undefined);
  const table = targetsTable([figure('cli', 'peak RSS, cold', 875, 'MB', 10_000), figure('core', 'heap', 50, 'MB', 1000)]);
  assert.deepEqual(table.rows, [['cli', 'peak RSS, cold', '10,000', '875 MB', '≤ 300 MB', 'missed (2.9x)']]);
});

let sink = 0;
/** CPU work proportional to `units`. */
function work(units: number): void {
  for (let i = 0; i < units * 1000; i++) sink += Math.sqrt(i);
}

test('the scaling gate\'s ratio is about 1 for work per item that does not grow, and large for work that grows with the items already in', () => {
  const linear = (): Indexing => ({ add: (from, to) => { for (let i = from; i < to; i++) work(20); }, finish: () => work(100) });
  const quadratic = (): Indexing => ({ add: (from, to) => { for (let i = from; i < to; i++) work(i / 20); }, finish: () => undefined });
  const steady = costPerItemRatio(linear, 100, 1000);
  assert.ok(steady.ratio < LINEAR_RATIO, `linear work: ratio ${steady.ratio}`);
  // One more item costs 10x as much in the middle of 1,000 as on average over 100.
  const growing = costPerItemRatio(quadratic, 100, 1000);
  assert.ok(growing.ratio > 4, `quadratic work: ratio ${growing.ratio}`);
  assert.ok(sink > 0);
});

test('the run line\'s longest extension-host pause is read when the line gives one', () => {
  assert.equal(longestPause('[2026-12-01 11:24:07] Scan at startup: 1000 articles, 0 skipped; 1000 files looked at, 1000 read, in 7.9 s; longest extension-host pause 42 ms'), 42);
  assert.equal(longestPause('[2026-12-01 11:24:07] Scan at startup: 1000 articles, 0 skipped; 1000 files looked at, 1000 read, in 7.9 s'), undefined);
});

test('the extension host probe reads the newest window\'s logs as code-server writes them', () => {
  const runDir = mkdtempSync(join(tmpdir(), 'dossier-bench-test-'));
  try {
    const session = join(runDir, 'user-data', 'logs', '20261201T112352');
    for (const host of ['exthost1', 'exthost2', 'exthost10']) mkdirSync(join(session, host, 'output_logging_20261201T112403'), { recursive: true });
    mkdirSync(join(runDir, 'user-data', 'logs', '20261201T112349'));
    const newest = join(session, 'exthost10');
    writeFileSync(join(newest, 'remoteexthost.log'), [
      '2026-12-01 11:24:03.100 [info] ExtensionService#_doActivateExtension vscode.git, startup: false',
      "2026-12-01 11:24:03.906 [info] ExtensionService#_doActivateExtension dossier-dev.dossier, startup: false, activationEvent: 'onView:dossier.articles'",
    ].join('\n'));
    writeFileSync(join(newest, 'output_logging_20261201T112403', '1-Dossier.log'), 'first\n[2026-12-01 11:24:07] Scan at startup: 5 articles\n');
    writeFileSync(join(newest, 'output_logging_20261201T112403', '2-Git.log'), 'not ours\n');
    const server = { runDir } as RunningCodeServer;
    assert.equal(newestExtensionHostLogs(server), newest);
    assert.equal(activationTime(newest, 'dossier-dev.dossier'), new Date(2026, 11, 1, 11, 24, 3, 906).getTime());
    assert.equal(activationTime(newest, 'dossier-dev.other'), undefined);
    assert.deepEqual(outputChannelLines(newest, 'Dossier'), ['first', '[2026-12-01 11:24:07] Scan at startup: 5 articles']);
  } finally {
    rmSync(runDir, { recursive: true, force: true });
  }
});

test('a process\'s CPU time read from /proc agrees with what the process counts itself', () => {
  work(50_000);
  const own = process.cpuUsage();
  const fromProc = processCpuTime(process.pid);
  assert.ok(fromProc !== undefined && Math.abs(fromProc - (own.user + own.system) / 1000) < 50, `${fromProc} ms from /proc, ${(own.user + own.system) / 1000} ms counted`);
  assert.equal(processCpuTime(2 ** 22 + 1), undefined);
});
