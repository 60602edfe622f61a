import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JsonLocations } from '../../src/core/jsonLocations';

const file = `{
  "entities": [
    { "id": "jan-de-vries", "name": "Jan de Vries", "type": "person" },
    {
      "name": "Anna de Wit",
      "type": "ship",
      "aliases": ["A. de Wit", 5]
    }
  ],
  "merges": [["GNA", "eenheidsregering"]],
  "extra": true
}
`;

/** The text a problem's range covers, and its start line (1-based, as an editor shows it). */
function shown(text: string, problem: string): { line: number; text: string } {
  const { start, end } = new JsonLocations(text).locate(problem);
  assert.equal(start.line, end.line, 'a range stays on one line');
  return { line: start.line + 1, text: text.split(/\r?\n/)[start.line].slice(start.character, end.character) };
}

test('a path finds its key and value', () => {
  assert.deepEqual(shown(file, 'entities[1].type: expected one of "person", "organization", "place"'), { line: 6, text: '"type": "ship"' });
  assert.deepEqual(shown(file, 'entities[1].aliases[1]: expected a non-empty string'), { line: 7, text: '5' });
  assert.deepEqual(shown(file, 'merges[0][1]: x'), { line: 10, text: '"eenheidsregering"' });
  assert.deepEqual(shown(file, 'extra: unknown key (expected "entities", "merges", "splits" or "ignore")'), { line: 11, text: '"extra": true' });
  assert.deepEqual(shown(file, 'entities[0].id: "jan-de-vries" is used twice'), { line: 3, text: '"id": "jan-de-vries"' });
});

test('a missing key goes to the nearest value that is there, cut at the end of its first line', () => {
  assert.deepEqual(shown(file, 'entities[1].id: the id is missing'), { line: 4, text: '{' });
  assert.deepEqual(shown(file, 'entities[0].description: x'), { line: 3, text: '{ "id": "jan-de-vries", "name": "Jan de Vries", "type": "person" }' });
  assert.deepEqual(shown(file, 'entities[7].id: x'), { line: 2, text: '"entities": [' });
});

test('a problem without a path goes to the first line, or to the syntax error', () => {
  assert.deepEqual(shown(file, 'entities file: expected an object'), { line: 1, text: '{' });
  const broken = '{\n  "entities": [\n    { "id": "a" }\n  }\n}';
  assert.equal(new JsonLocations(broken).syntaxError, broken.indexOf('}\n}'));
  assert.deepEqual(shown(broken, 'entities file is not valid JSON: Unexpected token'), { line: 4, text: '}' });
  assert.equal(new JsonLocations('').locate('entities file is not valid JSON: x').start.line, 0);
});

test('keys as written in the file, with ": " or link syntax in them, are found exactly', () => {
  const key = '[Repair: now](command:x.y)';
  const text = `{\n  "entities": [],\n  ${JSON.stringify(key)}: 1\n}`;
  assert.deepEqual(shown(text, `${key}: unknown key`), { line: 3, text: `${JSON.stringify(key)}: 1` });
});

test('the scan agrees with JSON.parse on what is valid, and never throws', () => {
  const samples = [
    file, '', ' ', '{}', '[]', '"x"', '5', '-0.5e+3', 'true', 'null', '{"a":1,}', '[1,]', '{"a" 1}', '{"a":01}', '"\\x"', '"\\u12G4"',
    '"tab\there"', '\uFEFF{"a":[1,{"b":null}]}', '{"a":1}}', '[1 2]', '{"a":"\\u00e9\\n"}', '{,}', '[', '{"a":', '{'.repeat(10_000), '['.repeat(10_000) + ']'.repeat(10_000),
  ];
  for (const sample of samples) {
    let valid = true;
    try {
      JSON.parse(sample.replace(/^\uFEFF/, ''));
    } catch {
      valid = false;
    }
    assert.equal(new JsonLocations(sample).syntaxError === undefined, valid, JSON.stringify(sample.slice(0, 40)));
  }
});

test('CRLF files count lines as an editor does', () => {
  const text = '{\r\n  "entities": {},\r\n  "ignore": 3\r\n}';
  assert.deepEqual(new JsonLocations(text).locate('ignore: expected an array of names'), { start: { line: 2, character: 2 }, end: { line: 2, character: 13 } });
});
