// The HTML page of Dossier's webviews (the timeline, the entity page). Pure (no vscode), so the
// headless-browser test serves exactly the page and Content-Security-Policy the extension serves.
import { escapeHtml } from '../../src/core/text';

export interface TimelinePageOptions {
  /** webview.cspSource */
  cspSource: string;
  /** fresh for every load */
  nonce: string;
  scriptUri: string;
  styleUris: string[];
  /** BCP 47 language of the UI, for date formats */
  language: string;
  /** the page's words (TimelineStrings, EntityPageStrings), for the script to read */
  strings: { readonly title: string };
}

export function timelineContentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `img-src ${cspSource}`,
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
}

export function timelinePageHtml(options: TimelinePageOptions): string {
  const styles = options.styleUris.map((uri) => `<link rel="stylesheet" href="${escapeHtml(uri)}">`).join('\n    ');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(options.language)}">
  <head>
    <meta charset="UTF-8">
    <meta http-equiv="Content-Security-Policy" content="${escapeHtml(timelineContentSecurityPolicy(options.cspSource, options.nonce))}">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    ${styles}
    <title>${escapeHtml(options.strings.title)}</title>
  </head>
  <body data-strings="${escapeHtml(JSON.stringify(options.strings))}">
    <script nonce="${escapeHtml(options.nonce)}" src="${escapeHtml(options.scriptUri)}"></script>
  </body>
</html>
`;
}

/** A nonce for the script tag: 32 random characters. */
export function createNonce(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
}
