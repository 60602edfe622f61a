import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ArticleView, Entity, EntityType, MonthSource } from '../../src/core/types';
import { actorRowLabel, actorTooltip, articleRowText, articlesOfEntity, articleTooltip, groupByActor, groupByMonth } from '../../src/vscode/treeModel';
import { ACTIVE_ELEMENT, renderMarkdown, visibleText } from './vscodeRendering';

function article(path: string, month: string | null, monthSource: MonthSource = month ? 'header' : null): ArticleView {
  return { path, month, monthSource, title: path, summary: '', bodyStart: 0, entities: [], warnings: [] };
}

function entity(id: string, type: EntityType, articles: string[]): Entity {
  return { id, name: id, type, aliases: [id], articles, mentions: [], roles: [], origin: 'discovered' };
}

describe('grouping by month', () => {
  // Snapshot order: by month, undated last, then path (as the corpus sorts them).
  const articles = [
    article('kenya/a.txt', '2017-08'),
    article('kenya/b.txt', '2017-10'),
    article('kenya/c.txt', '2017-10', 'inferred'),
    article('kenya/e.txt', '2018-01', 'inferred'),
    article('kenya/f.txt', '2018-01', 'inferred'),
    article('kenya/d.txt', null),
  ];
  const groups = groupByMonth(articles);

  test('newest month first, undated last, every article exactly once', () => {
    assert.deepEqual(groups.map((g) => g.month), ['2018-01', '2017-10', '2017-08', null]);
    assert.deepEqual(groups.flatMap((g) => g.articles.map((a) => a.path)).sort(), articles.map((a) => a.path).sort());
  });

  test('a month is marked inferred only when none of its articles has a date line', () => {
    assert.deepEqual(groups.map((g) => g.inferred), [true, false, false, false]);
  });

  test('no undated group when every article has a month; nothing for an empty corpus', () => {
    assert.deepEqual(groupByMonth(articles.slice(0, 2)).map((g) => g.month), ['2017-10', '2017-08']);
    assert.deepEqual(groupByMonth([]), []);
  });
});

describe('grouping by actor', () => {
  const entities = [
    entity('Nairobi', 'place', ['a', 'b', 'c']),
    entity('Raila Odinga', 'person', ['a', 'b']),
    entity('IEBC', 'organization', ['b']),
    entity('Uhuru Kenyatta', 'person', ['a', 'b', 'c', 'd']),
    entity('Mombasa', 'place', []),
    entity('Jubilee', 'organization', ['c', 'd']),
  ];
  const groups = groupByActor(entities);

  test('people, organisations, places in that order, most articles first, unmentioned left out', () => {
    assert.deepEqual(groups.map((g) => [g.type, g.entities.map((e) => e.id)]), [
      ['person', ['Uhuru Kenyatta', 'Raila Odinga']],
      ['organization', ['Jubilee', 'IEBC']],
      ['place', ['Nairobi']],
    ]);
  });

  test('all three groups exist even when one is empty', () => {
    assert.deepEqual(groupByActor([entities[0]!]).map((g) => g.entities.length), [0, 0, 1]);
  });

  test("an actor's articles: newest first, undated last", () => {
    const views = new Map([article('a', '2017-08'), article('b', null), article('c', '2017-10')].map((a) => [a.path, a]));
    const result = articlesOfEntity(entity('x', 'person', ['a', 'b', 'c', 'missing']), (p) => views.get(p));
    assert.deepEqual(result.map((a) => a.path), ['c', 'a', 'b']);
  });
});

describe('row text from hostile files', () => {
  const t = (message: string, ...args: Array<string | number>) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
  const evil = '[Repair](command:workbench.action.terminal.sendSequence?%7B%7D) https://evil.example';
  const hostile: ArticleView = {
    path: 'in\u202Ebox/report\u001b[2J\nSkipped x.txt.txt',
    month: '2020-02',
    monthSource: 'inferred',
    title: `$(zap) Overleg\u202E $(loading~spin) ${evil}`,
    summary: `**loud** <img src=x> ${evil}\u0007`,
    bodyStart: 0,
    entities: ['e'],
    warnings: ['The date header "2020-13 $(zap) [x](command:y)" is not a valid date; the article is treated as undated.'],
  };
  const actor: Entity = { ...entity('e', 'person', [hostile.path]), name: 'Mr $(zap)\u202E [x](command:y)', description: 'desc\u001b]8;;https://evil.example\u0007' };

  test('labels and descriptions hold no control or bidi characters; a newline cannot make a second line', () => {
    const row = articleRowText(hostile, hostile.path, t);
    assert.equal(row.label, `$(zap) Overleg $(loading~spin) ${evil}`);
    assert.equal(row.description, 'report␛[2J␊Skipped x.txt.txt · month inferred');
    assert.equal(articleRowText(undefined, 'a/\u202Eb.txt', t).label, 'b.txt');
    assert.equal(actorRowLabel(actor, 'e'), 'Mr $(zap) [x](command:y)');
    assert.equal(actorRowLabel(undefined, 'id\u0000'), 'id␀');
  });

  /** The rendered tooltip without the markup the tooltip writes itself: bold title, warning icon. */
  const fromFiles = (html: string) => html.replace(/<\/?strong>/g, '').replace(/<span class="codicon codicon-warning"><\/span>/g, '');

  test('tooltips render as their text: no link, icon, image or formatting from the files', () => {
    const article = renderMarkdown(articleTooltip(hostile, { entityName: () => actor.name, formatMonth: (m) => m, t }));
    assert.doesNotMatch(fromFiles(article), ACTIVE_ELEMENT, article);
    assert.deepEqual(visibleText(article).split('\n').map((line) => line.trim()), [
      `$(zap) Overleg $(loading~spin) ${evil}`,
      '2020-02 (inferred)',
      `**loud** <img src=x> ${evil}␇`,
      'The date header "2020-13 $(zap) [x](command:y)" is not a valid date; the article is treated as undated.',
      'Actors: Mr $(zap) [x](command:y)',
    ]);

    const person = renderMarkdown(actorTooltip(actor, t));
    assert.doesNotMatch(fromFiles(person), ACTIVE_ELEMENT, person);
    assert.equal(visibleText(person), 'Mr $(zap) [x](command:y) · person\ndesc␛]8;;https://evil.example␇');
  });
});
