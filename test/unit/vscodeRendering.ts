// How VS Code turns the strings Dossier hands it into what a person sees, for Node tests: a
// MarkdownString with supportThemeIcons (hover cards, tooltips) and an icon label (quick-pick
// label, description and detail). Modelled on VS Code 1.139 (code-server): before markdown it
// doubles the backslash of an escaped icon in the source, after markdown it turns every `$(name)`
// of the HTML into a codicon and every `\$(name)` into the literal `$(name)`. The end-to-end test
// (test/e2e/hostile.e2e.ts) checks the same inputs in the real workbench.
import { marked } from 'marked';

const ICON = '\\$\\(([A-Za-z0-9-]+(?:~[A-Za-z]+)?)\\)';

/** The codicon VS Code would draw for an icon: a marker element tests can look for. */
function codicon(name: string): string {
  return `<span class="codicon codicon-${name}"></span>`;
}

/** Theme icons in rendered text or HTML, as VS Code's label renderer draws them. */
function renderIcons(text: string): string {
  return text.replace(new RegExp(`(\\\\)?${ICON}`, 'g'), (_, escaped: string | undefined, name: string) => (escaped ? `$(${name})` : codicon(name)));
}

/** HTML of a MarkdownString with supportThemeIcons (GFM, as VS Code renders with marked). */
export function renderMarkdown(markdown: string): string {
  const source = markdown.replace(new RegExp(`\\\\${ICON}`, 'g'), (match) => `\\${match}`);
  return renderIcons(marked.parse(source, { gfm: true, async: false }));
}

/** HTML of a quick-pick label, description or detail (plain text with icons). */
export function renderIconLabel(label: string): string {
  return renderIcons(label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
}

/** The visible text of rendered HTML: tags removed, entities decoded. */
export function visibleText(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(lt|gt|amp|quot|#39);/g, (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'" })[name]!).trim();
}

/** Elements that make rendered text more than text: links, images, HTML, formatting, icons. */
export const ACTIVE_ELEMENT = /<(a|img|script|em|strong|code|del|h\d|li|ol|ul|blockquote|hr|table)\b|class="codicon/i;
