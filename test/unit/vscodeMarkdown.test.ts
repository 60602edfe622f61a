import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { commandLink, commandUri, escapeMarkdown } from '../../src/vscode/markdown';
import { iconLabelText } from '../../src/vscode/themeIcons';
import { ACTIVE_ELEMENT, renderIconLabel, renderMarkdown as render, visibleText } from './vscodeRendering';

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
  '$(loading~spin) Loading',
  'price: $(5) and $(zap',
  '\\$(zap) was escaped already',
  '$(zap)$(zap)',
  'see https://evil.example/login?next=x',
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
      assert.doesNotMatch(html, ACTIVE_ELEMENT, html);
      assert.equal(visibleText(html), text.replace(/\s+/g, ' ').trim());
    });
  }

  // Control and format characters are made inert (inertText) before the markdown escaping.
  const invisible: Array<[string, string]> = [
    ['invoice\u202Etxt.exe', 'invoicetxt.exe'],
    ['\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007', '␛]8;;https://evil.example␇click␛]8;;␇'],
    ['Ghas\u200Bsan \u2066$(zap)\u2069', 'Ghassan $(zap)'],
    ['a\u0000b\u007f [x](command:y)\u0085', 'a␀b␡ [x](command:y)\ufffd'],
  ];
  for (const [text, shown] of invisible) {
    test(`shows ${JSON.stringify(text)} as ${JSON.stringify(shown)}`, () => {
      const html = render(escapeMarkdown(text));
      assert.doesNotMatch(html, ACTIVE_ELEMENT, html);
      assert.equal(visibleText(html), shown);
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

describe('iconLabelText (quick-pick label, description, detail)', () => {
  for (const text of hostile) {
    test(`shows ${JSON.stringify(text)} as written, without icons`, () => {
      const html = renderIconLabel(iconLabelText(text));
      assert.doesNotMatch(html, /codicon/, html);
      assert.equal(visibleText(html), text.replace(/\n/g, '␊'));
    });
  }

  test('control and format characters are made inert first', () => {
    assert.equal(visibleText(renderIconLabel(iconLabelText('$(zap)\u202E title\u001b[2J\nline'))), '$(zap) title␛[2J␊line');
  });

  test('text without icon syntax is unchanged', () => {
    assert.equal(iconLabelText('Fayez al-Sarraj (GNA) · $5 · a\\b'), 'Fayez al-Sarraj (GNA) · $5 · a\\b');
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
