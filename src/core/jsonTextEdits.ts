// Edits a JSON text at the places JsonLocations finds, so that the rest of the text (its layout,
// key order, notes in "comment" keys, entries Dossier does not understand) stays as the user wrote
// it. Each edit returns a new JsonText; a text that is not valid JSON is never edited.
import { JsonLocations } from './jsonLocations';

const DEFAULT_INDENT = '  ';

export class JsonText {
  readonly locations: JsonLocations;
  /** the parsed value; undefined when the text is not valid JSON */
  readonly value: unknown;

  constructor(readonly text: string) {
    this.locations = new JsonLocations(text);
    let value: unknown;
    if (this.locations.syntaxError === undefined) {
      try {
        value = JSON.parse(text.replace(/^\uFEFF/, ''));
      } catch {
        value = undefined;
      }
    }
    this.value = value;
  }

  /** The value at a JSON path ("merges[2].name"), read from the parsed value. */
  valueAt(path: string): unknown {
    let value: unknown = this.value;
    for (const [, key, index] of path.matchAll(/\.?([^.[\]]+)|\[(\d+)\]/g)) {
      if (typeof value !== 'object' || value === null) return undefined;
      value = index !== undefined ? (value as unknown[])[Number(index)] : (value as Record<string, unknown>)[key];
    }
    return value;
  }

  /** Adds `value` (JSON text) as the last element of the array at `path`. */
  appendElement(path: string, value: string): JsonText {
    const array = this.rangeOrThrow(path);
    const length = (this.valueAt(path) as unknown[]).length;
    if (length === 0) {
      const indent = this.lineIndent(array.start);
      const inside = this.startsItsLine(path) ? `${this.eol()}${indent}${this.indentUnit()}${value}${this.eol()}${indent}` : value;
      return this.replace(this.valueStart(path), array.end, `[${inside}]`);
    }
    const last = this.rangeOrThrow(`${path}[${length - 1}]`);
    // The layout of the elements before: one per line, or side by side.
    const separator = this.leadingSpace(last.start) || ' ';
    return this.replace(last.end, last.end, `,${separator}${value}`);
  }

  /** Removes element `index` of the array at `path` with the comma that separates it. */
  removeElement(path: string, index: number): JsonText {
    const element = this.rangeOrThrow(`${path}[${index}]`);
    const length = (this.valueAt(path) as unknown[]).length;
    if (length === 1) {
      return this.replace(this.valueStart(path), this.rangeOrThrow(path).end, '[]');
    }
    if (index === length - 1) {
      // from the end of the element before it, so the comma goes too
      return this.replace(this.rangeOrThrow(`${path}[${index - 1}]`).end, element.end, '');
    }
    return this.replace(element.start, this.rangeOrThrow(`${path}[${index + 1}]`).start, '');
  }

  /** Replaces the value at `path` (an object member's value or an array element) with `value`. */
  replaceValue(path: string, value: string): JsonText {
    return this.replace(this.valueStart(path), this.rangeOrThrow(path).end, value);
  }

  /** Adds a member `key` with `value` (JSON text) as the last member of the object at `path` ('' is the root). */
  addMember(path: string, key: string, value: string): JsonText {
    const object = this.rangeOrThrow(path);
    const keys = Object.keys(this.valueAt(path) as Record<string, unknown>);
    const member = `${JSON.stringify(key)}: ${value}`;
    if (keys.length === 0) {
      const indent = this.lineIndent(object.start);
      const inside = this.startsItsLine(path) ? `${this.eol()}${indent}${this.indentUnit()}${member}${this.eol()}${indent}` : ` ${member} `;
      return this.replace(this.valueStart(path), object.end, `{${inside}}`);
    }
    // The member written last in the text (a key written twice counts where JSON.parse takes it).
    const childPath = (k: string) => (path === '' ? k : `${path}.${k}`);
    const ends = keys.map((k) => this.locations.rangeOf(childPath(k))).filter((range) => range !== undefined);
    const last = ends.reduce((a, b) => (b.end > a.end ? b : a));
    return this.replace(last.end, last.end, `,${this.leadingSpace(last.start) || ' '}${member}`);
  }

  private replace(start: number, end: number, insert: string): JsonText {
    return new JsonText(this.text.slice(0, start) + insert + this.text.slice(end));
  }

  private rangeOrThrow(path: string): { start: number; end: number } {
    const range = this.locations.rangeOf(path);
    if (!range) throw new Error(`no value at ${path || 'the root'}`);
    return range;
  }

  /** Where the value at `path` starts: after its key, for an object member. */
  private valueStart(path: string): number {
    const range = this.rangeOrThrow(path);
    if (path === '' || path.endsWith(']')) return range.start;
    const key = /^"(?:[^"\\]|\\.)*"\s*:\s*/.exec(this.text.slice(range.start, range.end));
    return range.start + (key ? key[0].length : 0);
  }

  /** The whitespace before `offset` back to the previous non-space character. */
  private leadingSpace(offset: number): string {
    let i = offset;
    while (i > 0 && /\s/.test(this.text[i - 1])) i--;
    return this.text.slice(i, offset);
  }

  /**
   * Whether the value at `path` (with its key) is the first thing on its line: an empty array or
   * object there opens onto lines of its own, one inside an entry written on one line stays inline.
   */
  private startsItsLine(path: string): boolean {
    const start = this.rangeOrThrow(path).start;
    return this.text.slice(this.text.lastIndexOf('\n', start - 1) + 1, start).trim() === '';
  }

  /** The file's line ending. */
  private eol(): string {
    return this.text.includes('\r\n') ? '\r\n' : '\n';
  }

  /** The indentation of the line `offset` is on. */
  private lineIndent(offset: number): string {
    const lineStart = this.text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(this.text.slice(lineStart))![0];
  }

  /** One level of indentation as the file writes it: the root's first member's, else two spaces. */
  private indentUnit(): string {
    const root = this.value;
    const firstKey = typeof root === 'object' && root !== null && !Array.isArray(root) ? Object.keys(root)[0] : undefined;
    const first = firstKey === undefined ? undefined : this.locations.rangeOf(firstKey);
    if (!first || !this.leadingSpace(first.start).includes('\n')) return DEFAULT_INDENT;
    return this.lineIndent(first.start) || DEFAULT_INDENT;
  }
}

/** The one span where `before` and `after` differ, so that an edit (and its undo) covers only that. */
export function changedSpan(before: string, after: string): { start: number; end: number; insert: string } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let tail = 0;
  while (tail < before.length - start && tail < after.length - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { start, end: before.length - tail, insert: after.slice(start, after.length - tail) };
}
