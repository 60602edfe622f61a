// The VS Code layer's pure parts on real corpora: the seeds, and small ones built here (another
// country, another language, hostile text), run through the real Corpus.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { marked } from 'marked';
import { Corpus } from '../../src/core/corpus';
import { buildEntityCard, CARD_COMMANDS, type CardContext } from '../../src/vscode/entityCard';
import { groupByActor, groupByMonth } from '../../src/vscode/treeModel';

const t = (message: string, ...args: Array<string | number>) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));

function corpusOf(files: Record<string, string>): Corpus {
  const corpus = new Corpus();
  for (const [path, text] of Object.entries(files)) corpus.upsertText(path, text);
  return corpus;
}

function cardContext(corpus: Corpus): CardContext {
  const snapshot = corpus.snapshot();
  return { article: snapshot.article, formatMonth: (m) => m, t };
}

function hrefs(markdown: string): string[] {
  return [...marked.parse(markdown, { gfm: true, async: false }).matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]!);
}

function openArticleTargets(markdown: string): Array<{ path: string; offset: number }> {
  return hrefs(markdown)
    .filter((href) => href.startsWith('command:dossier.openArticle?'))
    .map((href) => JSON.parse(decodeURIComponent(href.slice(href.indexOf('?') + 1)))[0]);
}

describe('on the seeds', () => {
  const seeds = new Corpus();
  for (const file of readdirSync('seeds').filter((f) => f.endsWith('.txt'))) seeds.upsertFile(file, readFileSync(`seeds/${file}`));
  const snapshot = seeds.snapshot();

  test('the month tree holds every article once, newest month first', () => {
    const groups = groupByMonth(snapshot.articles);
    assert.equal(groups.reduce((n, g) => n + g.articles.length, 0), snapshot.articles.length);
    const months = groups.map((g) => g.month).filter((m) => m !== null);
    assert.deepEqual(months, [...months].sort().reverse());
  });

  test('every actor in the actor tree is named in the articles it lists', () => {
    for (const group of groupByActor(snapshot.entities)) {
      for (const entity of group.entities) {
        assert.equal(entity.type, group.type);
        for (const path of entity.articles) assert.ok(snapshot.article(path), `${entity.name}: ${path}`);
      }
    }
  });

  test('a card for each entity links only to its own articles, each at a mention of it', () => {
    for (const entity of snapshot.entities.slice(0, 15)) {
      const card = buildEntityCard(entity, cardContext(seeds));
      for (const { path, offset } of openArticleTargets(card)) {
        assert.ok(entity.articles.includes(path), `${entity.name} card links ${path}`);
        const text = readFileSync(`seeds/${path}`, 'utf8').replace(/^\uFEFF/, '');
        const atMention = entity.mentions.some((m) => m.path === path && m.start === offset)
          || entity.roles.some((r) => r.path === path && r.start === offset);
        assert.ok(atMention, `${entity.name}: ${path}@${offset} is a mention ("${text.slice(offset, offset + 20)}")`);
      }
    }
  });
});

describe('on a corpus built here', () => {
  const hostileTitle = 'Breaking: [click](command:workbench.action.terminal.new) <img src=x onerror=alert(1)>';
  const corpus = corpusOf({
    'kenya/a.txt': ` date 2017-08 ${hostileTitle}\n\nPresident Uhuru Kenyatta won the election, the commission said in Nairobi. Raila Odinga rejected the result.\n`,
    'kenya/b.txt': ' date 2017-09 The Supreme Court annulled the vote.\n\nRaila Odinga welcomed the ruling in Nairobi. Uhuru Kenyatta said he disagreed.\n',
    'kenya/c.txt': 'Undated notes. Raila Odinga and Uhuru Kenyatta met in Mombasa. ![x](http://tracker.example/p.png)\n',
  });
  const snapshot = corpus.snapshot();

  test('the tree has every article, with an undated or inferred place for the undated one', () => {
    const groups = groupByMonth(snapshot.articles);
    assert.equal(groups.reduce((n, g) => n + g.articles.length, 0), 3);
    const c = snapshot.article('kenya/c.txt')!;
    assert.ok(c.month === null ? groups.at(-1)!.month === null : c.monthSource === 'inferred');
  });

  test('cards for every entity hold no link but the trusted commands', () => {
    assert.ok(snapshot.entities.length > 0, 'entities were found');
    let shownHostile = 0;
    for (const entity of snapshot.entities) {
      const card = buildEntityCard(entity, cardContext(corpus));
      const html = marked.parse(card, { gfm: true, async: false });
      if (html.includes('[click](command:workbench.action.terminal.new)')) shownHostile++;
      assert.doesNotMatch(html, /<img|<script/i, card);
      for (const href of hrefs(card)) {
        assert.ok(CARD_COMMANDS.some((command) => href.startsWith(`command:${command}?`)), href);
      }
    }
    assert.ok(shownHostile > 0, 'the hostile title is shown, as text, in some card');
  });
});
