import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { marked } from 'marked';
import type { ArticleView, Entity } from '../../src/core/types';
import { buildEntityCard, buildSharedSurnameCard, CARD_COMMANDS, mostRelevantArticles, type CardContext } from '../../src/vscode/entityCard';
import { renderMarkdown, visibleText } from './vscodeRendering';

const t = (message: string, ...args: Array<string | number>) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));

function article(path: string, month: string | null, title = `Notícia ${path.replace(/\W+/g, ' ')}`): ArticleView {
  return { path, month, monthSource: month ? 'header' : null, title, summary: '', bodyStart: 0, entities: [], warnings: [] };
}

function context(articles: ArticleView[]): CardContext {
  const byPath = new Map(articles.map((a) => [a.path, a]));
  return { article: (path) => byPath.get(path), formatMonth: (month) => `Mon ${month}`, t };
}

/** Every link target in the rendered card. */
function linkTargets(markdown: string): string[] {
  const html = marked.parse(markdown, { gfm: true, async: false });
  return [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]!);
}

// A Portuguese corpus, not the seeds: nothing here is tuned to the Libyan articles.
const lisbon = [article('pt/a.txt', '2021-03'), article('pt/b.txt', '2021-05'), article('pt/c.txt', '2020-11'), article('pt/d.txt', null)];
const costa: Entity = {
  id: 'antonio-costa',
  name: 'António Costa',
  type: 'person',
  description: 'Prime minister of Portugal',
  aliases: ['António Costa', 'Antonio Costa', 'Costa'],
  articles: ['pt/a.txt', 'pt/b.txt', 'pt/c.txt', 'pt/d.txt'],
  mentions: [
    { path: 'pt/b.txt', start: 40, end: 44, surface: 'Costa' },
    { path: 'pt/b.txt', start: 10, end: 23, surface: 'António Costa' },
    { path: 'pt/a.txt', start: 5, end: 18, surface: 'Antonio Costa' },
    { path: 'pt/c.txt', start: 7, end: 11, surface: 'Costa' },
    { path: 'pt/d.txt', start: 3, end: 7, surface: 'Costa' },
  ],
  roles: [
    { text: 'primeiro-ministro', path: 'pt/a.txt', sentence: '…', start: 5 },
    { text: 'Primeiro-ministro', path: 'pt/b.txt', sentence: '…', start: 10 },
    { text: 'secretário-geral do PS', path: 'pt/c.txt', sentence: '…', start: 7 },
  ],
  origin: 'discovered',
};

describe('entity card', () => {
  const card = buildEntityCard(costa, context(lisbon));

  test('names the entity, its type, description, other spellings and coverage', () => {
    assert.match(card, /^\$\(person\) \*\*António Costa\*\* · person/);
    assert.match(card, /Prime minister of Portugal/);
    assert.match(card, /Also written as: Antonio Costa, Costa/);
    assert.doesNotMatch(card, /Also written as: António Costa/);
    assert.match(card, /in 4 articles, 3 months \(Mon 2020-11 – Mon 2021-05\)/);
  });

  test('roles appear once per text, each linked to the article it came from', () => {
    assert.equal(card.match(/primeiro-ministro/gi)?.length, 1);
    assert.match(card, /- secretário-geral do PS \(\[Mon 2020-11\]\(command:dossier\.openArticle\?/);
  });

  test('articles link to the first mention, the most mentioning first', () => {
    const relevant = mostRelevantArticles(costa, context(lisbon).article);
    assert.deepEqual(relevant.map((r) => [r.article.path, r.offset, r.mentions]), [
      ['pt/b.txt', 10, 2], ['pt/a.txt', 5, 1], ['pt/c.txt', 7, 1], ['pt/d.txt', 3, 1],
    ]);
  });

  test('at most five articles are listed', () => {
    const many = Array.from({ length: 9 }, (_, i) => article(`x/${i}.txt`, `2019-0${i + 1}`));
    const entity: Entity = { ...costa, articles: many.map((a) => a.path), mentions: many.map((a) => ({ path: a.path, start: 1, end: 2, surface: 'Costa' })), roles: [] };
    assert.equal(mostRelevantArticles(entity, context(many).article).length, 5);
    const openLinks = linkTargets(buildEntityCard(entity, context(many))).filter((href) => href.startsWith('command:dossier.openArticle'));
    assert.equal(openLinks.length, 5);
  });

  test('every link is one of the trusted commands, with decodable arguments', () => {
    const targets = linkTargets(card);
    assert.ok(targets.length >= 6, card);
    for (const href of targets) {
      const command = href.slice('command:'.length, href.indexOf('?'));
      assert.ok((CARD_COMMANDS as readonly string[]).includes(command), href);
      JSON.parse(decodeURIComponent(href.slice(href.indexOf('?') + 1)));
    }
    assert.ok(targets.some((href) => href.startsWith('command:dossier.showOnTimeline?')));
    assert.ok(targets.some((href) => href.startsWith('command:dossier.searchActor?')));
  });

  test('links to the entity page and to each correction, with the entity id as the argument', () => {
    const commandsWithArgs = linkTargets(card).map((href) => [href.slice('command:'.length, href.indexOf('?')), JSON.parse(decodeURIComponent(href.slice(href.indexOf('?') + 1)))]);
    const expected = ['dossier.showEntity', 'dossier.mergeEntity', 'dossier.splitSpelling', 'dossier.renameEntity', 'dossier.changeEntityType', 'dossier.ignoreEntity'];
    for (const command of expected) assert.deepEqual(commandsWithArgs.filter(([c]) => c === command), [[command, ['antonio-costa']]], command);
    assert.deepEqual([...CARD_COMMANDS].sort(), ['dossier.openArticle', 'dossier.searchActor', 'dossier.showOnTimeline', ...expected].sort());
    // the corrections come before the roles and articles, so a long card does not hide them
    assert.ok(card.indexOf('dossier.ignoreEntity') < card.indexOf('Roles:'));
  });

  test('an entity with one spelling offers no split', () => {
    const single = buildEntityCard({ ...costa, aliases: ['António Costa'] }, context(lisbon));
    assert.doesNotMatch(single, /dossier\.splitSpelling/);
    assert.match(single, /dossier\.mergeEntity/);
  });

  test('a role from an undated article names the file', () => {
    const undatedRole: Entity = { ...costa, roles: [{ text: 'autarca', path: 'pt/d.txt', sentence: '', start: 3 }] };
    assert.match(buildEntityCard(undatedRole, context(lisbon)), /- autarca \(\[d\\\.txt\]\(command:dossier\.openArticle\?/);
  });

  test('an entity in no dated article says so without a month range', () => {
    const undated: Entity = { ...costa, articles: ['pt/d.txt'], mentions: [costa.mentions[4]!], roles: [] };
    assert.match(buildEntityCard(undated, context(lisbon)), /in 1 article(?!s)/);
    assert.doesNotMatch(buildEntityCard(undated, context(lisbon)), /month/);
  });
});

describe('entity card with hostile text', () => {
  const evil = '[x](command:workbench.action.terminal.new)';
  const hostile: Entity = {
    id: 'evil',
    name: `Mr ${evil}`,
    type: 'organization',
    description: '<img src=x onerror=alert(1)> $(zap) \u202Eevil\u001b[2J',
    aliases: [`Mr ${evil}`, 'Mr <script>alert(1)</script>'],
    articles: ['a.txt'],
    mentions: [{ path: 'a.txt', start: 0, end: 5, surface: 'Mr' }],
    roles: [{ text: `chief ${evil} <img src=x onerror=alert(1)>`, path: 'a.txt', sentence: '', start: 0 }],
    origin: 'user',
  };
  const card = buildEntityCard(hostile, context([article('a.txt', '2022-01', `![t](http://tracker.example/x.png) $(loading~spin) ${evil}`)]));
  const html = marked.parse(card, { gfm: true, async: false });

  test('no link but the card\'s own, no image, no HTML', () => {
    for (const href of linkTargets(card)) {
      assert.ok((CARD_COMMANDS as readonly string[]).includes(href.slice('command:'.length, href.indexOf('?'))), href);
    }
    assert.doesNotMatch(html, /href="[^"]*(workbench|tracker)/);
    assert.doesNotMatch(html, /<img|<script/i);
  });

  test('the hostile text is shown as text', () => {
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.match(html, /chief \[x\]\(command:workbench\.action\.terminal\.new\)/);
  });

  test('theme icons and control characters from text are shown as text', () => {
    const shown = renderMarkdown(card);
    // the one icon is the card's own type icon
    assert.deepEqual([...shown.matchAll(/codicon-([\w~-]+)/g)].map((m) => m[1]), ['organization'], shown);
    const text = visibleText(shown);
    assert.match(text, /\$\(zap\) evil␛\[2J/);
    assert.match(text, /\$\(loading~spin\) \[x\]/);
    assert.doesNotMatch(text, /\u202E/);
  });
});

describe('entity card layout', () => {
  const many = Array.from({ length: 17 }, (_, i) => article(`x/${String(i).padStart(2, '0')}.txt`, `2019-${String((i % 12) + 1).padStart(2, '0')}`));
  // x/03.txt names Costa three times, x/00.txt twice, the rest once
  const mentions = many.flatMap((a, i) => Array.from({ length: i === 3 ? 3 : i === 0 ? 2 : 1 }, (_, k) => ({ path: a.path, start: 10 + 20 * k, end: 15 + 20 * k, surface: 'Costa' })));
  const entity: Entity = { ...costa, articles: many.map((a) => a.path), mentions };
  const card = buildEntityCard(entity, context(many));
  const text = visibleText(renderMarkdown(card));

  test('the actions come right under the name, before the rest of the card', () => {
    const blocks = card.split('\n\n');
    assert.match(blocks[1]!, /^\[Show on Timeline\]\(command:dossier\.showOnTimeline\?.*\) · \[Search 17 articles\]\(command:dossier\.searchActor\?/);
  });

  test('five articles, the most mentioning first, then newest; how many more, and a link to all', () => {
    const opened = linkTargets(card).filter((href) => href.startsWith('command:dossier.openArticle'))
      .map((href) => JSON.parse(decodeURIComponent(href.slice(href.indexOf('?') + 1)))[0] as { path: string; offset: number; end: number });
    assert.deepEqual(opened.filter((args) => args.path.startsWith('x/')).map((args) => args.path), ['x/03.txt', 'x/00.txt', 'x/11.txt', 'x/10.txt', 'x/09.txt']);
    // each link selects its first mention
    assert.deepEqual(opened.find((args) => args.path === 'x/03.txt'), { path: 'x/03.txt', offset: 10, end: 15 });
    assert.match(text, /… and 12 more · All 17 articles/);
    const all = linkTargets(card).filter((href) => href.startsWith('command:dossier.searchActor'));
    assert.equal(all.length, 2);
    assert.deepEqual(JSON.parse(decodeURIComponent(all[1]!.slice(all[1]!.indexOf('?') + 1))), [{ entityId: 'antonio-costa' }]);
  });

  test('no "more" line when every article is listed', () => {
    assert.doesNotMatch(buildEntityCard(costa, context(lisbon)), /more/);
  });
});

describe('shared surname card', () => {
  const person = (id: string, name: string, articles: number, extra: Partial<Entity> = {}): Entity => ({
    id, name, type: 'person', aliases: [name], articles: Array.from({ length: articles }, (_, i) => `${id}/${i}.txt`), mentions: [], roles: [], origin: 'discovered', ...extra,
  });
  const people = [
    person('julen-lopez', 'Julen López', 2, { roles: [{ text: 'minister van Spanje', path: 'a.txt', sentence: '', start: 0 }] }),
    person('amlo', 'Andrés Manuel López Obrador', 1, { description: 'President of Mexico [x](http://evil.example)' }),
  ];
  const card = buildSharedSurnameCard('López', people, t);
  const text = visibleText(renderMarkdown(card));

  test('lists each person with type, one line about them, article count and a link to their articles', () => {
    assert.match(text, /^López · 2 people with this name/);
    assert.match(text, /Julen López · person · minister van Spanje · 2 articles/);
    assert.match(text, /Andrés Manuel López Obrador · person · President of Mexico \[x\]\(http:\/\/evil\.example\) · 1 article/);
    const targets = linkTargets(card);
    assert.deepEqual(targets.map((href) => JSON.parse(decodeURIComponent(href.slice(href.indexOf('?') + 1)))), [[{ entityId: 'julen-lopez' }], [{ entityId: 'amlo' }]]);
    assert.ok(targets.every((href) => href.startsWith('command:dossier.searchActor?')));
  });

  test('many namesakes: five, and how many more', () => {
    const crowd = Array.from({ length: 8 }, (_, i) => person(`p${i}`, `Person${i} Jansen`, 8 - i));
    assert.match(visibleText(renderMarkdown(buildSharedSurnameCard('Jansen', crowd, t))), /Person4 Jansen[^]*… and 3 more$/);
  });
});
