import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ArticleView, Entity, EntityType, MonthSource } from '../../src/core/types';
import { articlesOfEntity, groupByActor, groupByMonth } from '../../src/vscode/treeModel';

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
