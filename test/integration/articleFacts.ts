// What article files say, read directly (not through Dossier): the oracle both the integration
// suite (in the extension host) and the end-to-end tests (in Node) compare the extension against.

/** 'YYYY-MM' from a ` date YYYY-MM` first line, or null. */
export function datedMonth(text: string): string | null {
  return /^\s*date\s+(\d{4}-\d{2})/.exec(text)?.[1] ?? null;
}

/** Names (sorted) of the files whose text contains any of the spellings, ignoring case. */
export function filesMentioning(texts: ReadonlyMap<string, string>, ...spellings: string[]): string[] {
  const wanted = spellings.map((s) => s.toLowerCase());
  return [...texts].filter(([, text]) => wanted.some((s) => text.toLowerCase().includes(s))).map(([name]) => name).sort();
}
