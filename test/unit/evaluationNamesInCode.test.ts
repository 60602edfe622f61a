// Issue 9's rule: the rules are general, so no literal in the code names a person or a place of
// the evaluation set (test/eval). The knowledge base and the dictionary are data of widely known
// actors and ordinary words (src/core/data/) and are not read here; comments are not code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { foldText } from '../../src/core/text';

const EVAL_FOLDERS = ['test/eval/corpus', 'test/eval/holdout', 'test/eval/unseen'];
/** Shorter spellings ("VS", "Bol") are ordinary words and titles too often to say anything. */
const MIN_LETTERS = 4;
const LONGEST_NAME_WORDS = 6;

const words = (text: string) => foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

function evaluationNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const folder of EVAL_FOLDERS) {
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.json'))) {
      const annotation = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Record<string, { name: string; spellings?: string[] }[]>;
      for (const kind of ['persons', 'places']) {
        for (const entity of annotation[kind] ?? []) {
          for (const spelling of [entity.name, ...(entity.spellings ?? [])]) {
            const key = words(spelling).join(' ');
            if (key.replace(/ /g, '').length >= MIN_LETTERS) names.set(key, `${kind.slice(0, -1)} of ${join(folder, file)}`);
          }
        }
      }
    }
  }
  return names;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Every string, template and regular-expression literal of a file, with its line. */
function literals(path: string): { text: string; line: number }[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { text: string; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isRegularExpressionLiteral(node)) {
      found.push({ text: node.text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The evaluation names a text holds as whole words. */
function namesIn(text: string, names: Map<string, string>): string[] {
  const parts = words(text);
  const found: string[] = [];
  for (let start = 0; start < parts.length; start++) {
    for (let end = start + 1; end <= Math.min(parts.length, start + LONGEST_NAME_WORDS); end++) {
      const key = parts.slice(start, end).join(' ');
      if (names.has(key)) found.push(`"${key}" (${names.get(key)})`);
    }
  }
  return found;
}

test('no literal in src/ names a person or place of the evaluation set', () => {
  const names = evaluationNames();
  assert.ok(names.size > 500, `the evaluation set's names are read (${names.size})`);
  const offences = sourceFiles('src').flatMap((path) =>
    literals(path).flatMap(({ text, line }) => namesIn(text, names).map((name) => `${path}:${line}: ${name}`)));
  assert.deepEqual(offences, []);
});

test('the check finds a name written into code', () => {
  const names = new Map([['bani walid', 'place of an evaluation article']]);
  assert.deepEqual(namesIn('in Bani-Walid en elders', names), ['"bani walid" (place of an evaluation article)']);
  assert.deepEqual(namesIn('banier walid', names), []);
});
