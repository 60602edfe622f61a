// Every user-facing string of the VS Code layer has a Dutch translation, and every %key% of
// package.json exists in both package.nls files.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { TIMELINE_STRINGS } from '../../media/timeline/protocol';

const sources = ['src/extension.ts', ...readdirSync('src/vscode').filter((f) => f.endsWith('.ts')).map((f) => `src/vscode/${f}`)];

/** The literal first arguments of t(...) / vscode.l10n.t(...) calls. */
function localisedStrings(): Set<string> {
  const strings = new Set<string>();
  for (const file of sources) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bt\(\s*'((?:[^'\\]|\\.)*)'/g)) strings.add(match[1]!.replace(/\\(.)/g, '$1'));
  }
  // the timeline localises its webview's strings from this table
  for (const message of Object.values(TIMELINE_STRINGS)) strings.add(message);
  return strings;
}

const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

describe('Dutch l10n bundle', () => {
  const bundle = JSON.parse(readFileSync('l10n/bundle.l10n.nl.json', 'utf8')) as Record<string, string>;
  const strings = localisedStrings();

  test('the sources were found and hold localised strings', () => {
    assert.ok(strings.size > 20, `${strings.size} strings`);
  });

  test('every string has a translation with the same placeholders', () => {
    for (const message of strings) {
      assert.ok(message in bundle, `no Dutch for ${JSON.stringify(message)}`);
      assert.deepEqual(placeholders(bundle[message]!), placeholders(message), message);
    }
  });

  test('no stale translations', () => {
    for (const key of Object.keys(bundle)) assert.ok(strings.has(key), `unused translation ${JSON.stringify(key)}`);
  });
});

describe('package.nls', () => {
  const manifest = readFileSync('package.json', 'utf8');
  const keys = new Set([...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!));
  for (const file of ['package.nls.json', 'package.nls.nl.json']) {
    test(`${file} has exactly the keys package.json uses`, () => {
      const nls = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      assert.deepEqual(Object.keys(nls).sort(), [...keys].sort());
      for (const value of Object.values(nls)) assert.ok(value.trim().length > 0);
    });
  }
});
