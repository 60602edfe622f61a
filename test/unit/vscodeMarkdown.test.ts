import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { marked } from 'marked';
import { commandLink, commandUri, escapeMarkdown } from '../../src/vscode/markdown';

/** Renders inline markdown the way VS Code does (marked, GFM) and returns the HTML. */
function render(markdown: string): string {
  return marked.parse(markdown, { gfm: true, async: false });
}

/** The visible text of rendered HTML: tags removed, entities decoded. */
function visibleText(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(lt|gt|amp|quot|#39);/g, (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'" })[name]!).trim();
}

const hostile = [
  '[x](command:workbench.action.terminal.new)',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '![pixel](https://tracker.example/p.png)',
  'see http://evil.example and www.evil.example or mail me@evil.example',
  '**bold** _em_ `code` ~~gone~~',
  '# heading',
  '- item',
  '1. first',
  '> quote',
  '---',
  '$(zap) $(terminal)',
  '&lt;b&gt; &#60;i&#62;',
  '[ref]: command:workbench.action.terminal.new',
  'a\\\\[x](command:y)',
  '| a | b |',
  'line one\n\nline two\n- not a list',
];

describe('escapeMarkdown', () => {
  for (const text of hostile) {
    test(`renders ${JSON.stringify(text)} as its own text, inert`, () => {
      const html = render(escapeMarkdown(text));
      assert.doesNotMatch(html, /<(a|img|script|em|strong|code|del|h\d|li|ol|ul|blockquote|hr|table)\b/i, html);
      assert.equal(visibleText(html), text.replace(/\s+/g, ' ').trim());
    });
  }

  test('names keep their hyphens, apostrophes and initials readable', () => {
    assert.equal(escapeMarkdown('Fayez al-Sarraj'), 'Fayez al-Sarraj');
    assert.equal(escapeMarkdown("Valéry Giscard d'Estaing"), "Valéry Giscard d'Estaing");
    assert.equal(escapeMarkdown('J. de Vries'), 'J. de Vries');
    assert.equal(escapeMarkdown('VN-gezant Ghassan Salamé'), 'VN-gezant Ghassan Salamé');
  });

  test('empty and whitespace-only text stay empty', () => {
    assert.equal(escapeMarkdown(''), '');
    assert.equal(escapeMarkdown(' \n\t '), '');
  });
});

describe('command links', () => {
  test('arguments survive the trip through the URI, whatever the path holds', () => {
    const args = [{ path: "a (b)/it's [x]*.txt", offset: 12 }];
    const uri = commandUri('dossier.openArticle', args);
    assert.match(uri, /^command:dossier\.openArticle\?[^()'\s[\]*]+$/);
    assert.deepEqual(JSON.parse(decodeURIComponent(uri.slice(uri.indexOf('?') + 1))), args);
  });

  test('a link renders as exactly one anchor to the command, with the label as text', () => {
    const html = render(commandLink('Title [with](command:evil) brackets', 'dossier.openArticle', [{ path: 'x).txt' }]));
    const anchors = [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]);
    assert.equal(anchors.length, 1, html);
    assert.ok(anchors[0]!.startsWith('command:dossier.openArticle?'), html);
    assert.equal(visibleText(html), 'Title [with](command:evil) brackets');
  });
});
