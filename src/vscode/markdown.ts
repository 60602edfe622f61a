// Markdown building blocks for hover cards and tooltips. Article text is untrusted: everything
// that comes from a file goes through escapeMarkdown before it is placed in a MarkdownString.
// No `vscode` import, so Node tests can check the output.

/**
 * Escapes every ASCII punctuation character (CommonMark allows a backslash before any of them and
 * renders the character itself), so text can never open a link, an image, HTML, an autolink
 * (`http\://`, `www\.`), emphasis, a block construct or a theme icon (`\$(zap)`). Line breaks and
 * runs of whitespace collapse to one space: a blank line would start a new block.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[!-/:-@[-`{-~]/g, '\\$&');
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
