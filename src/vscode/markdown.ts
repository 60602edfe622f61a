// Markdown building blocks for hover cards and tooltips. Article text is untrusted: everything
// that comes from a file goes through escapeMarkdown before it is placed in a MarkdownString.
// No `vscode` import, so Node tests can check the output.
import { inertText } from '../core/inertText';
import { collapseSpaces } from '../core/text';
import { THEME_ICON } from './themeIcons';

/**
 * Characters that could start markdown syntax in a single line of text: links, images, HTML,
 * emphasis, code, theme icons (`$(zap)`), entities (`&lt;`), autolinks (`http://`, `www.x`,
 * `a@b.c`) and block starts (`# `, `- `, `1. `). A hyphen inside a word ("al-Sarraj") and a full
 * stop before a space ("J. de Vries") mean nothing and stay as they are, so names read normally.
 */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()<>#+!|~$&:@]|\.(?=\S)|(?<=\d)\.|(?<![\p{L}\p{N}])-|-(?![\p{L}\p{N}])/gu;

/**
 * Escapes text for a MarkdownString with theme icons on (see dossierMarkdown in markdownString.ts)
 * so it renders as itself and can never become a link, image, HTML, a command, formatting or an
 * icon. Whitespace runs, line breaks included, become one space (a blank line would start a new
 * block); other control and invisible characters are made inert (inertText). CommonMark renders a
 * backslash-escaped punctuation character as the character. VS Code draws `$(name)` as an icon in
 * the text markdown produced, so an escaped `$` is not enough there: the `$` of an icon is written
 * `\\\$`, which renders as `\$`, which VS Code then shows as the literal `$`.
 */
export function escapeMarkdown(text: string): string {
  const line = inertText(collapseSpaces(text).trim());
  const iconStarts = new Set(Array.from(line.matchAll(THEME_ICON), (match) => match.index));
  return line.replace(MARKDOWN_SPECIAL, (char, offset: number) => (iconStarts.has(offset) ? '\\\\\\$' : `\\${char}`));
}

/**
 * A `command:` URI with its arguments, for a link in a trusted MarkdownString. The JSON is
 * percent-encoded including the characters encodeURIComponent leaves alone, so a path with `)` or
 * `'` cannot end the link destination early.
 */
export function commandUri(command: string, args: unknown[]): string {
  const encoded = encodeURIComponent(JSON.stringify(args)).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `command:${command}?${encoded}`;
}

/** A markdown link whose visible text is escaped and whose target is a command URI. */
export function commandLink(label: string, command: string, args: unknown[]): string {
  return `[${escapeMarkdown(label)}](${commandUri(command, args)})`;
}
