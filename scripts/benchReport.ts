// What every section of `npm run bench` hands back: tables to print, and figures for the JSON file,
// each beside its target from issue 10 ("Dossier at archive scale") where the issue sets one.

import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname } from 'node:path';
import { format } from './measure';

export type SectionName = 'core' | 'cli' | 'vscode' | 'pathological';
export type Unit = 'ms' | 'MB' | 'ratio';

export interface Figure {
  section: SectionName;
  /** what was measured, as the tables name it */
  name: string;
  /** the archive size it was measured at, where there is one */
  articles?: number;
  value: number;
  unit: Unit;
  /** the upper limit for it, and whether the value stays within */
  target?: number;
  met?: boolean;
}

export interface Table {
  title: string;
  header: string[];
  rows: string[][];
}

export interface SectionResult {
  tables: Table[];
  figures: Figure[];
  /** what the reader must know about the figures (a missing option, a skipped part) */
  notes: string[];
}

interface Target {
  section: SectionName;
  name: string;
  articles: number;
  max: number;
}

/** Issue 10's targets, by the figure they apply to. */
const TARGETS: Target[] = [
  { section: 'cli', name: 'cold, until searchable', articles: 10_000, max: 3000 },
  { section: 'cli', name: 'peak RSS, cold', articles: 10_000, max: 300 },
  { section: 'cli', name: 'cold, until searchable', articles: 100_000, max: 40_000 },
  { section: 'cli', name: 'warm, until searchable', articles: 100_000, max: 5000 },
  { section: 'cli', name: 'cost per article, smallest to largest size', articles: 100_000, max: 1.3 },
  { section: 'vscode', name: 'cold: tree complete and search answering, after activation', articles: 10_000, max: 5000 },
  { section: 'vscode', name: 'warm: tree complete and search answering, after activation', articles: 10_000, max: 1000 },
  { section: 'vscode', name: 'cold: extension host peak RSS', articles: 10_000, max: 400 },
  { section: 'vscode', name: 'warm: extension host peak RSS', articles: 10_000, max: 400 },
  { section: 'vscode', name: 'cold: longest extension-host pause', articles: 10_000, max: 50 },
  { section: 'vscode', name: 'warm: longest extension-host pause', articles: 10_000, max: 50 },
  // "100k: cold ≤ 40 s and never blocking; warm ≤ 5 s" (never blocking read as the 10k's 50 ms)
  { section: 'vscode', name: 'cold: tree complete and search answering, after activation', articles: 100_000, max: 40_000 },
  { section: 'vscode', name: 'warm: tree complete and search answering, after activation', articles: 100_000, max: 5000 },
  { section: 'vscode', name: 'cold: longest extension-host pause', articles: 100_000, max: 50 },
  { section: 'core', name: 'cost per article, 1,000 to 10,000 (CI gate)', articles: 10_000, max: 1.5 },
  { section: 'core', name: 'heap', articles: 100_000, max: 1024 },
  { section: 'core', name: 'hover lookup', articles: 100_000, max: 1 },
  { section: 'core', name: 'search per keystroke, p95', articles: 100_000, max: 50 },
  { section: 'core', name: 'one file changed', articles: 100_000, max: 50 },
  { section: 'core', name: 'timeline message to the webview', articles: 100_000, max: 1 },
];

/** A figure with the target for it, if any. */
export function figure(section: SectionName, name: string, value: number, unit: Unit, articles?: number): Figure {
  const target = TARGETS.find((candidate) => candidate.section === section && candidate.name === name && candidate.articles === articles);
  return target ? { section, name, articles, value, unit, target: target.max, met: value <= target.max } : { section, name, articles, value, unit };
}

export function printTable(table: Table): void {
  const widths = table.header.map((title, column) => Math.max(title.length, ...table.rows.map((row) => row[column].length)));
  const printRow = (row: string[]) => console.log(`| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`);
  console.log(`\n${table.title}`);
  printRow(table.header);
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  table.rows.forEach(printRow);
}

/** Every figure that has a target, with its verdict: the closing table of the run. */
export function targetsTable(figures: Figure[]): Table {
  const shown = (value: number, unit: Unit) => (unit === 'ratio' ? value.toFixed(2) : unit === 'ms' ? format(value) : `${value.toFixed(value < 10 ? 2 : 0)} ${unit}`);
  return {
    title: 'Targets of issue 10',
    header: ['section', 'figure', 'articles', 'measured', 'target', 'verdict'],
    rows: figures.filter((item) => item.target !== undefined).map((item) => [
      item.section, item.name, item.articles?.toLocaleString('en') ?? '', shown(item.value, item.unit), `≤ ${shown(item.target!, item.unit)}`,
      item.met ? 'met' : `missed (${(item.value / item.target!).toFixed(1)}x)`,
    ]),
  };
}

export function writeReport(file: string, sections: Partial<Record<SectionName, SectionResult>>): void {
  const report = {
    generatedAt: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, loadAverage: loadavg() },
    sections,
    figures: Object.values(sections).flatMap((section) => section.figures),
  };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}
