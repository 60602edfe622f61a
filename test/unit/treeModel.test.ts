import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ArticleView, Entity, EntityType, MonthSource } from '../../src/core/types';
import { parseArticle } from '../../src/core/article';
import { dateExpressionEnd } from '../../src/vscode/jumpTargets';
import { ExpandedRows } from '../../src/vscode/treeExpansion';
import {
  actorRowLabel, articleRowText, articlesOfEntity, articleTooltip, firstMentions, groupAccessibilityLabel, groupByActor,
  groupByMonth, groupDescription, MAX_MONTHS_WITHOUT_YEARS, monthTreeRoots,
} from '../../src/vscode/treeModel';
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

  test('each month counts its articles whose month was inferred, also when others have a date line', () => {
    assert.deepEqual(groups.map((g) => g.inferred), [2, 1, 0, 0]);
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

  test('a type without actors gets no group (no "People 0")', () => {
    assert.deepEqual(groupByActor([entities[0]!, entities[4]!]).map((g) => [g.type, g.entities.length]), [['place', 1]]);
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
    const row = articleRowText(hostile, hostile.path, { t, formatMonth: (m) => m, showMonth: false });
    assert.equal(row.label, `$(zap) Overleg $(loading~spin) ${evil}`);
    assert.equal(row.description, 'month inferred · report␛[2J␊Skipped x.txt.txt');
    assert.equal(row.accessibilityLabel, `$(zap) Overleg $(loading~spin) ${evil}, month inferred, report␛[2J␊Skipped x.txt.txt`);
    assert.equal(articleRowText(undefined, 'a/\u202Eb.txt', { t, formatMonth: (m) => m, showMonth: false }).label, 'b.txt');
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
  });
});

describe('the tree by year and month', () => {
  const t = (message: string, ...args: Array<string | number>) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
  /** one article per month from January 2001, the first of each year inferred */
  const months = (count: number) => Array.from({ length: count }, (_, i) => {
    const month = `${2001 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    return article(`${month}.txt`, month, i % 12 === 0 ? 'inferred' : 'header');
  });

  test(`up to ${MAX_MONTHS_WITHOUT_YEARS} months stay a flat list`, () => {
    const roots = monthTreeRoots(groupByMonth(months(MAX_MONTHS_WITHOUT_YEARS)));
    assert.equal(roots.length, MAX_MONTHS_WITHOUT_YEARS);
    assert.ok(roots.every((root) => 'month' in root));
  });

  test('more months get a year level, newest first, with counts; undated stays last at the top', () => {
    const roots = monthTreeRoots(groupByMonth([...months(MAX_MONTHS_WITHOUT_YEARS + 1), article('none.txt', null)]));
    assert.deepEqual(roots.map((root) => ('year' in root ? [root.year, root.articleCount, root.inferred, root.months.map((m) => m.month)] : [root.month])), [
      ['2003', 1, 1, ['2003-01']],
      ['2002', 12, 1, Array.from({ length: 12 }, (_, i) => `2002-${String(12 - i).padStart(2, '0')}`)],
      ['2001', 12, 1, Array.from({ length: 12 }, (_, i) => `2001-${String(12 - i).padStart(2, '0')}`)],
      [null],
    ]);
  });

  test('a group says how many of its articles have an inferred month, in the row and to a screen reader', () => {
    assert.equal(groupDescription(5, 0, t), '5');
    assert.equal(groupDescription(5, 2, t), '5 · 2 inferred');
    assert.equal(groupAccessibilityLabel('March 2021', 1, 0, t), 'March 2021, 1 article');
    assert.equal(groupAccessibilityLabel('March 2021', 3, 1, t), 'March 2021, 3 articles, 1 with an inferred month');
  });

  test('under an actor an article row shows its month (inferred or undated) before the file name', () => {
    const context = { t, formatMonth: (m: string) => `M${m}`, showMonth: true };
    assert.equal(articleRowText(article('a/x.txt', '2020-02'), 'a/x.txt', context).description, 'M2020-02 · x.txt');
    assert.equal(articleRowText(article('a/x.txt', '2020-02', 'inferred'), 'a/x.txt', context).description, 'M2020-02 (inferred) · x.txt');
    assert.equal(articleRowText(article('a/x.txt', null), 'a/x.txt', context).description, 'undated · x.txt');
    // under its month the month is the parent: only the file name
    assert.equal(articleRowText(article('a/x.txt', '2020-02'), 'a/x.txt', { ...context, showMonth: false }).description, 'x.txt');
    assert.equal(articleRowText(article('a/x.txt', '2020-02'), 'a/x.txt', { ...context, showMonth: false }).accessibilityLabel, 'a/x.txt, M2020-02, x.txt');
  });
});

describe('where jumps land', () => {
  test("an actor's first mention in each article, whatever the order of the mentions", () => {
    const actor: Entity = {
      ...entity('h', 'person', ['a', 'b']),
      mentions: [
        { path: 'a', start: 90, end: 96, surface: 'Haftar' },
        { path: 'b', start: 10, end: 24, surface: 'Khalifa Haftar' },
        { path: 'a', start: 40, end: 54, surface: 'Khalifa Haftar' },
      ],
    };
    assert.deepEqual([...firstMentions(actor)], [['a', { start: 40, end: 54 }], ['b', { start: 10, end: 24 }]]);
  });

  test('a timeline event opens with its date expression selected; the article itself at its body', () => {
    const text = ' date 2020-02 Overleg in Genève.\n\nOp 3 februari 2020 begon het overleg.\n';
    const parsed = parseArticle('a.txt', text);
    // the expression as the timeline's event has it, its context word included
    const start = text.indexOf('Op 3 februari 2020');
    const snapshot = { parsed: (path: string) => (path === 'a.txt' ? parsed : undefined) };
    assert.equal(dateExpressionEnd(snapshot, 'a.txt', start), start + 'Op 3 februari 2020'.length);
    assert.equal(dateExpressionEnd(snapshot, 'a.txt', parsed.bodyStart), undefined);
    assert.equal(dateExpressionEnd(snapshot, 'a.txt', start + 1), undefined);
    assert.equal(dateExpressionEnd(snapshot, 'gone.txt', start), undefined);
  });
});

describe('expanded rows across reloads', () => {
  class Memento {
    readonly values = new Map<string, unknown>();
    keys() { return [...this.values.keys()]; }
    get<T>(key: string, fallback?: T): T | undefined { return (this.values.get(key) as T) ?? fallback; }
    update(key: string, value: unknown) { this.values.set(key, value); return Promise.resolve(); }
  }

  test('what was expanded is expanded again by a new tree on the same workspace state', () => {
    const state = new Memento();
    const rows = new ExpandedRows(state);
    rows.set('month:2020-02', true);
    rows.set('actors:person', true);
    rows.set('month:2020-02', false);
    const reloaded = new ExpandedRows(state);
    assert.equal(reloaded.has('actors:person'), true);
    assert.equal(reloaded.has('month:2020-02'), false);
  });

  test('the stored list is bounded, newest kept', () => {
    const state = new Memento();
    const rows = new ExpandedRows(state);
    for (let i = 0; i < 600; i++) rows.set(`row:${i}`, true);
    const stored = state.get<string[]>('dossier.expandedRows')!;
    assert.equal(stored.length, 500);
    assert.equal(stored.at(-1), 'row:599');
    assert.equal(new ExpandedRows(state).has('row:0'), false);
  });
});
