// Text from articles and file names is untrusted wherever it is shown. This is the one place that
// makes it inert as plain text: control characters become visible symbols (so an ESC cannot drive
// a terminal and a newline cannot forge a second line), and invisible format characters (bidi
// overrides, zero-width characters) are dropped so that what a person reads is what is there.
// Surfaces with a syntax of their own (markdown, `$(icon)` labels, notifications) add their own
// escaping on top of this.

import { INVISIBLE_IN_WORDS } from './text';

/** C0 controls (but tab), DEL and C1 controls. */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;
/**
 * Invisible format characters: those analysis reads through inside words (soft hyphen, zero-width
 * characters, word joiner, BOM …), plus bidi embeddings, overrides and isolates and interlinear
 * annotation marks.
 */
const INVISIBLE = new RegExp(`[${INVISIBLE_IN_WORDS}\\u202a-\\u202e\\u2066-\\u206f\\ufff9-\\ufffb]`, 'g');

function controlSymbol(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code); // ␀ … ␟: "␛", "␊"
  if (code === 0x7f) return '\u2421'; // ␡
  return '\ufffd'; // C1 controls have no symbol of their own
}

/** `text` as inert, single-line-safe plain text: controls made visible, invisible format characters removed, tabs as spaces. */
export function inertText(text: string): string {
  return text.replace(INVISIBLE, '').replace(CONTROL, controlSymbol).replace(/\t/g, ' ');
}
