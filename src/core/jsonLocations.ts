// Where the values of a JSON text are, by JSON path ("entities[2].aliases[0]"), so that a problem
// found in the parsed value ("entities[2].id: …") can be shown at its place in the file. Strict
// JSON (as JSON.parse reads it), scanned once and without recursion: a hostile file may nest
// deeply, so paths are kept only to a bounded depth.

/** Zero-based, in UTF-16 code units, as editors count. */
export interface LinePosition {
  line: number;
  character: number;
}

export interface LineRange {
  start: LinePosition;
  end: LinePosition;
}

interface TextRange {
  start: number;
  end: number;
}

/** The entities file nests four levels; deeper paths are scanned but not kept. */
const MAX_PATH_DEPTH = 32;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
/** A JSON path as the parsers write them: `key`, `.key` and `[index]` steps. */
const PATH = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[\d+\])*$/;
const LAST_STEP = /(?:\.[A-Za-z_$][\w$]*|\[\d+\])$/;

interface Frame {
  array: boolean;
  /** undefined beyond MAX_PATH_DEPTH */
  path: string | undefined;
  /** where the value's record starts: its key for an object member */
  start: number;
  count: number;
  depth: number;
}

export class JsonLocations {
  /** path -> from the member's key (or the value) to the end of the value; '' is the whole text */
  private readonly ranges = new Map<string, TextRange>();
  private readonly lineStarts: number[] = [0];
  /** offset of the first syntax error; undefined for valid JSON */
  readonly syntaxError: number | undefined;

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1);
    }
    this.syntaxError = this.scan();
  }

  /** The range of `path`'s key and value, exactly; undefined when the text has no such path. */
  rangeOf(path: string): TextRange | undefined {
    return this.ranges.get(path);
  }

  /**
   * Where a problem written as "path: message" belongs: the path's key and value, or, for a key
   * that is missing, the nearest enclosing value that is there. Problems without a path go to the
   * syntax error, if any, else to the first line. A range never runs past its first line.
   */
  locate(problem: string): LineRange {
    const range = this.problemRange(problem);
    const lineEnd = this.text.slice(range.start).search(/[\r\n]/);
    const end = lineEnd < 0 ? range.end : Math.min(range.end, range.start + lineEnd);
    return { start: this.position(range.start), end: this.position(end) };
  }

  private problemRange(problem: string): TextRange {
    const prefixes: string[] = [];
    for (let colon = problem.indexOf(': '); colon > 0; colon = problem.indexOf(': ', colon + 1)) prefixes.push(problem.slice(0, colon));
    // A key written in the file may hold ": " itself, so exact paths are tried before ancestors.
    for (const prefix of prefixes) {
      const exact = this.ranges.get(prefix);
      if (exact && prefix !== '') return exact;
    }
    for (const prefix of prefixes) {
      if (!PATH.test(prefix)) continue;
      for (let path = prefix.replace(LAST_STEP, ''); path !== ''; path = path.replace(LAST_STEP, '')) {
        const ancestor = this.ranges.get(path);
        if (ancestor) return ancestor;
      }
    }
    if (this.syntaxError !== undefined) return { start: this.syntaxError, end: this.syntaxError + 1 };
    return this.ranges.get('') ?? { start: 0, end: 0 };
  }

  private position(offset: number): LinePosition {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (this.lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low, character: offset - this.lineStarts[low] };
  }

  /** Records every path's range; returns the offset of the first syntax error, if any. */
  private scan(): number | undefined {
    const text = this.text;
    const stack: Frame[] = [];
    let i = this.skipSpace(text.charCodeAt(0) === 0xfeff ? 1 : 0);
    let state: 'value' | 'key' | 'after' = 'value';
    let pending: { path: string | undefined; start: number | undefined } = { path: '', start: undefined };
    for (;;) {
      i = this.skipSpace(i);
      const top = stack[stack.length - 1];
      if (state === 'value') {
        const c = text[i];
        if (c === '{' || c === '[') {
          const frame: Frame = { array: c === '[', path: pending.path, start: pending.start ?? i, count: 0, depth: stack.length + 1 };
          stack.push(frame);
          i = this.skipSpace(i + 1);
          if (text[i] === (frame.array ? ']' : '}')) {
            stack.pop();
            this.record(frame.path, frame.start, ++i);
            state = 'after';
          } else if (frame.array) {
            pending = { path: childPath(frame, 0), start: undefined };
          } else state = 'key';
          continue;
        }
        const end = this.scalarEnd(i);
        if (end < 0) return -end - 1;
        this.record(pending.path, pending.start ?? i, end);
        i = end;
        state = 'after';
      } else if (state === 'key') {
        if (text[i] !== '"') return i;
        const keyEnd = this.stringEnd(i);
        if (keyEnd < 0) return -keyEnd - 1;
        const key = JSON.parse(text.slice(i, keyEnd)) as string;
        const colon = this.skipSpace(keyEnd);
        if (text[colon] !== ':') return colon;
        pending = { path: childPath(top, key), start: i };
        i = colon + 1;
        state = 'value';
      } else {
        if (!top) return i < text.length ? i : undefined;
        if (text[i] === ',') {
          i++;
          if (top.array) pending = { path: childPath(top, ++top.count), start: undefined };
          state = top.array ? 'value' : 'key';
        } else if (text[i] === (top.array ? ']' : '}')) {
          stack.pop();
          this.record(top.path, top.start, ++i);
        } else return i;
      }
    }
  }

  private record(path: string | undefined, start: number, end: number): void {
    if (path !== undefined) this.ranges.set(path, { start, end });
  }

  private skipSpace(i: number): number {
    const text = this.text;
    while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
    return i;
  }

  /** The end of the string, number or literal at `i`, or -(error offset) - 1. */
  private scalarEnd(i: number): number {
    const text = this.text;
    if (text[i] === '"') return this.stringEnd(i);
    for (const literal of ['true', 'false', 'null']) if (text.startsWith(literal, i)) return i + literal.length;
    NUMBER.lastIndex = i;
    return NUMBER.test(text) ? NUMBER.lastIndex : -i - 1;
  }

  private stringEnd(i: number): number {
    const text = this.text;
    for (let j = i + 1; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (c === 0x22) return j + 1;
      if (c < 0x20) return -j - 1;
      if (c === 0x5c) {
        const escape = text[j + 1];
        if (escape === 'u') {
          HEX4.lastIndex = j + 2;
          if (!HEX4.test(text)) return -j - 1;
          j += 5;
        } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) j++;
        else return -j - 1;
      }
    }
    return -text.length - 1;
  }
}

function childPath(frame: Frame | undefined, step: string | number): string | undefined {
  if (!frame || frame.path === undefined || frame.depth > MAX_PATH_DEPTH) return undefined;
  if (typeof step === 'number') return `${frame.path}[${step}]`;
  return frame.path === '' ? step : `${frame.path}.${step}`;
}
