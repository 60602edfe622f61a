// Whether a text file reads as an article. Build files, dependency lists, robots.txt, logs and
// table exports are `.txt` files too; what they lack is running text: sentences of words. A line
// is looked at as a reader would: code, comments, log lines and table rows are never running text;
// other lines, list items included, count for the sentences in them. Licence texts are prose: the
// default exclude globs keep them out by name.

import { isCloser, isTerminator, isWhiteSpaceAt } from './characters';

export const NOT_PROSE_REASON = 'does not read as an article (no running text)';

/** Only the start of a file is looked at: enough to tell, and bounded on a 10 MB file. */
const SAMPLE_CHARS = 16 * 1024;
/** A sentence has at least this many words ("Arne Slot sprak in Rotterdam." has five tokens). */
const MIN_SENTENCE_WORDS = 4;
/** …and most of its tokens are words or numbers, not `key=value`, paths or identifiers. */
const MIN_WORD_SHARE = 0.75;
/** Sentences must make up this share of the sampled text (headlines, bylines and captions are not sentences). */
const MIN_PROSE_SHARE = 0.3;
/** A file whose lines are mostly code, comments, list items, log lines or table rows is not an article. */
const MAX_STRUCTURED_LINE_SHARE = 0.5;

/** Comments of code and configuration files, markup. */
const NOT_RUNNING_TEXT_START = /^(?:#|\/\/|\/\*|;|--|<|rem\s)/i;
/** A list item: `-`, `*`, `•`, `1.`. It is running text when it holds a sentence, as in a news summary. */
const LIST_MARKER = /^(?:[-+*•·▪]|\d{1,3}[.)])\s+/;
/** A call or a definition (`add_executable(`, `print(`), a line ending in `;`, `{` or `}`, operators of code. */
const CODE = /[\p{L}\p{N}_$]\(|[;{}]\s*$|^[{}[\]]|=>|==|!=|&&|\|\||::|->|^[\w.-]+\s*=/u;
/** A timestamp with seconds or an ISO date at the start, or a log level: a log line. A liveblog's "14:32" is not one. */
const LOG_LINE = /^\[?(?:\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}:\d{2})|^\[?(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL|CRITICAL)\b/;
/**
 * What CODE cannot match without: most lines of prose hold none of these, and the test is much
 * cheaper than CODE's alternatives at every position.
 */
const CODE_HINT = /[(;{}=&|>]|::|^[[\]]/;
/** Fields separated without a space (`1,Jan,Zwolle`, `a;b`, `a|b`) or by tabs; Dutch decimals ("3,5") are not. */
const TABLE_SEPARATOR = /(?:[^\s\d][,;|]|[,;|][^\s\d])(?=\S)|\t/g;
/** What TABLE_SEPARATOR cannot match without: a separator followed by more than white space, or a tab. */
const TABLE_HINT = /[,;|]\S|\t/;
/** Punctuation around a word: quotes, brackets, and what ends a clause. */
const AROUND_WORD = /^["'“”‘’«»„‚([{]+|["'“”‘’«»)\]},.;:!?…]+$/g;
const WORD = /^(?:[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*|(?:\p{L}{1,3}\.)+\p{L}{0,3}|\d+(?:[.,:/-]\d+)*%?)$/u;
const ONLY_PUNCTUATION = /^[\p{P}\p{S}]+$/u;
const LOWERCASE = /\p{Ll}/u;

/** Null when `text` reads as an article, else why not. */
export function proseProblem(text: string): string | null {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  let total = 0;
  let prose = 0;
  let lines = 0;
  let structured = 0;
  for (const rawLine of sample.split('\n')) {
    const line = rawLine.trim();
    if (line === '') continue;
    lines++;
    total += line.length;
    const kind = lineKind(line);
    const sentences = kind === 'structured' ? 0 : sentenceCharacters(kind === 'list' ? line.replace(LIST_MARKER, '') : line);
    prose += sentences;
    // a list of things to do or of settings is structure; a list of sentences is a summary
    if (kind === 'structured' || (kind === 'list' && sentences === 0)) structured++;
  }
  const readsAsArticle = prose > 0 && prose >= total * MIN_PROSE_SHARE && structured <= lines * MAX_STRUCTURED_LINE_SHARE;
  return readsAsArticle ? null : NOT_PROSE_REASON;
}

/** Code, comments, log lines and table rows are never running text. */
function lineKind(line: string): 'structured' | 'list' | 'text' {
  if (NOT_RUNNING_TEXT_START.test(line) || LOG_LINE.test(line) || (CODE_HINT.test(line) && CODE.test(line))) return 'structured';
  if (TABLE_HINT.test(line) && hasMatches(TABLE_SEPARATOR, line, 2)) return 'structured';
  return LIST_MARKER.test(line) ? 'list' : 'text';
}

/** True when the global `pattern` matches `text` at least `count` times; stops looking there. */
function hasMatches(pattern: RegExp, text: string, count: number): boolean {
  pattern.lastIndex = 0;
  for (let found = 0; found < count; found++) if (!pattern.test(text)) return false;
  return true;
}

/** What `^[A-Za-z]+[,.]?$` says of line[start, end): the tokens of most prose, checked first without a regex. */
function isPlainWord(line: string, start: number, end: number): boolean {
  const final = line.charCodeAt(end - 1);
  const letters = final === 0x2c || final === 0x2e ? end - 1 : end;
  if (letters === start) return false;
  for (let i = start; i < letters; i++) {
    const code = line.charCodeAt(i) | 0x20;
    if (code < 0x61 || code > 0x7a) return false;
  }
  return true;
}

/** Whether line[start, end) holds an ASCII lower-case letter. */
function hasAsciiLowercase(line: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = line.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a) return true;
  }
  return false;
}

/** What `[.!?…]["'”’»)\]]*$` says of line[start, end): a terminator, then only closers. */
function endsSentence(line: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && isCloser(line.charCodeAt(i))) i--;
  return i >= start && isTerminator(line.charCodeAt(i));
}

/**
 * The characters of `line` (trimmed) that are in sentences. Its tokens (runs of non-space) are read
 * in place; only the few that are not plain words are cut out for the regexes.
 */
function sentenceCharacters(line: string): number {
  let characters = 0;
  let words = 0;
  let tokens = 0;
  let lowercase = false;
  let length = 0;
  for (let start = 0, end = 0; start < line.length; start = end) {
    while (end < line.length && !isWhiteSpaceAt(line, end)) end++;
    length += end - start + 1;
    if (isPlainWord(line, start, end)) {
      tokens++;
      words++;
      lowercase ||= hasAsciiLowercase(line, start, end);
    } else {
      const token = line.slice(start, end);
      if (!ONLY_PUNCTUATION.test(token)) {
        tokens++;
        const bare = token.replace(AROUND_WORD, '');
        if (WORD.test(bare)) {
          words++;
          lowercase ||= LOWERCASE.test(bare);
        }
      }
    }
    const ends = endsSentence(line, start, end);
    while (end < line.length && isWhiteSpaceAt(line, end)) end++;
    if (!ends) continue;
    if (words >= MIN_SENTENCE_WORDS && words >= tokens * MIN_WORD_SHARE && lowercase) characters += length - 1;
    words = tokens = length = 0;
    lowercase = false;
  }
  return characters;
}
