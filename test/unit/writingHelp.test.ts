// The writing features' providers, as far as they do not need VS Code: completion items and
// spelling findings with their quick fixes, on entities built here.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { nameCompletionItems, sameVariant, spellingFindings } from '../../src/vscode/writingHelp';
import { CHILE, writingEntity } from './writingEntities';

const t = (message: string, ...args: Array<string | number>) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
const snapshot = { entities: CHILE };

describe('completion items', () => {
  test('the preferred spelling with type, one line about it, and article count; most articles first', () => {
    const line = 'Gisteren zei Cas';
    const found = nameCompletionItems({ entities: [{ ...CHILE[2], description: 'Chileens politicus' }, ...CHILE.slice(3)] }, line, line.length, t)!;
    assert.equal(line.slice(found.start, found.end), 'Cas');
    assert.deepEqual(found.items.map((item) => [item.label, item.description, item.documentation, item.insertText, item.sortText]), [
      ['José Antonio Kast', 'person · Chileens politicus', 'in 6 articles · also written as José Antonio Cast', 'José Antonio Kast', '0000'],
    ]);
  });

  test('names from the articles are shown and inserted inert', () => {
    const hostile = writingEntity('x', 'person', { 'Ro\u200bsa Or\u202etiz\u0007': 1 }, 1);
    const item = nameCompletionItems({ entities: [hostile] }, 'Ros', 3, t)!.items[0];
    assert.equal(item.label, 'Rosa Ortiz\u2407');
    assert.equal(item.insertText, 'Rosa Ortiz\u2407');
  });
});

describe('spelling findings', () => {
  test('each variant with the preferred spelling and how often the articles write each', () => {
    const text = 'Gabriel Borik en José Antonio Cast; later weer Gabriel Borik.';
    const findings = spellingFindings(snapshot, text, t);
    assert.deepEqual(findings.map((f) => [text.slice(f.start, f.end), f.replacement]), [
      ['Gabriel Borik', 'Gabriel Boric'],
      ['José Antonio Cast', 'José Antonio Kast'],
      ['Gabriel Borik', 'Gabriel Boric'],
    ]);
    assert.equal(findings[0].message, '“Gabriel Borik” is a spelling of “Gabriel Boric”: the articles write “Gabriel Boric” 32 times, “Gabriel Borik” 3 times');
    // "replace all" takes the same variant of the same entity only
    assert.deepEqual(sameVariant(findings, findings[0]).map((f) => f.start), [findings[0].start, findings[2].start]);
    assert.deepEqual(sameVariant(findings, findings[1]), [findings[1]]);
  });
});
