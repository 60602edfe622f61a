// The entity page's model: roles, spellings, months, co-actors and articles of one actor.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Corpus } from '../../src/core/corpus';
import { entityProfile, PROFILE_LIMITS, type ProfileSource } from '../../src/core/entityProfile';
import type { ArticleView, Entity, Mention } from '../../src/core/types';
import { LINEAR_RATIO, timePerUnitRatio } from './scaling';

/** A snapshot stand-in: articles by path, entities by id, with the lists the corpus keeps. */
function source(articles: ArticleView[], entities: Entity[]): ProfileSource & { calls: { article: number } } {
  const byPath = new Map(articles.map((article) => [article.path, article]));
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const calls = { article: 0 };
  return {
    calls,
    entity: (id) => byId.get(id),
    article: (path) => {
      calls.article++;
      return byPath.get(path);
    },
  };
}

const article = (path: string, month: string | null, entities: string[]): ArticleView => ({
  path, month, monthSource: month ? 'header' : null, title: `Title of ${path}`, summary: '', bodyStart: 0, entities, warnings: [],
});
const mention = (path: string, start: number, surface: string): Mention => ({ path, start, end: start + surface.length, surface });
const entity = (id: string, name: string, mentions: Mention[], roles: Entity['roles'] = []): Entity => ({
  id, name, type: 'person', aliases: [name], articles: [...new Set(mentions.map((m) => m.path))].sort(), mentions, roles, origin: 'discovered',
});

function smallWorld() {
  const articles = [
    article('a.txt', '2020-01', ['p:haftar', 'p:sarraj', 'l:tripoli']),
    article('b.txt', '2020-03', ['p:haftar', 'l:tripoli']),
    article('c.txt', '2020-03', ['p:haftar', 'p:sarraj', 'l:tripoli']),
    article('d.txt', null, ['p:haftar']),
    article('e.txt', '2020-02', ['p:sarraj']),
  ];
  const haftar = entity('p:haftar', 'Khalifa Haftar', [
    mention('a.txt', 10, 'Khalifa Haftar'), mention('a.txt', 50, 'Haftar'),
    mention('b.txt', 5, 'Hafter'), mention('c.txt', 7, 'Haftar'), mention('d.txt', 3, 'Haftar'),
  ], [
    { text: 'generaal', path: 'a.txt', sentence: 'Generaal Khalifa Haftar sprak.', start: 10 },
    { text: 'Generaal', path: 'c.txt', sentence: 'Generaal Haftar zweeg.', start: 7 },
    { text: 'krijgsheer', path: 'b.txt', sentence: 'Krijgsheer Hafter trok op.', start: 5 },
  ]);
  const sarraj = entity('p:sarraj', 'Fayez al-Sarraj', [mention('a.txt', 80, 'al-Sarraj'), mention('c.txt', 90, 'Sarraj'), mention('e.txt', 1, 'Sarraj')]);
  const tripoli = { ...entity('l:tripoli', 'Tripoli', [mention('a.txt', 99, 'Tripoli'), mention('b.txt', 60, 'Tripoli'), mention('c.txt', 70, 'Tripoli')]), type: 'place' as const };
  return source(articles, [haftar, sarraj, tripoli]);
}

test('an actor whole: roles with their source, spellings with counts, months, co-actors and articles', () => {
  const profile = entityProfile(smallWorld(), 'p:haftar')!;
  assert.equal(profile.name, 'Khalifa Haftar');
  assert.equal(profile.articleCount, 4);
  assert.equal(profile.mentionCount, 5);
  assert.deepEqual(profile.roles, [
    { text: 'generaal', count: 2, path: 'a.txt', start: 10, end: 24, sentence: 'Generaal Khalifa Haftar sprak.' },
    { text: 'krijgsheer', count: 1, path: 'b.txt', start: 5, end: 11, sentence: 'Krijgsheer Hafter trok op.' },
  ]);
  assert.deepEqual(profile.spellings, [
    { spelling: 'Haftar', mentions: 3, articles: 3 },
    { spelling: 'Hafter', mentions: 1, articles: 1 },
    { spelling: 'Khalifa Haftar', mentions: 1, articles: 1 },
  ]);
  assert.deepEqual(profile.months, [
    { month: '2020-01', mentions: 2, articles: 1 },
    { month: '2020-02', mentions: 0, articles: 0 },
    { month: '2020-03', mentions: 2, articles: 2 },
  ]);
  assert.equal(profile.undatedMentions, 1);
  assert.deepEqual(profile.coActors.map((actor) => [actor.name, actor.articles]), [['Tripoli', 3], ['Fayez al-Sarraj', 2]]);
  assert.equal(profile.coActorTotal, 2);
  assert.deepEqual(profile.links, [{ from: 'l:tripoli', to: 'p:sarraj', articles: 2 }]);
  assert.deepEqual(profile.articles.map((a) => [a.path, a.start, a.end]), [['b.txt', 5, 11], ['c.txt', 7, 13], ['a.txt', 10, 24], ['d.txt', 3, 9]]);
});

test('unknown ids give no profile; a profile is made once per snapshot and id', () => {
  const world = smallWorld();
  assert.equal(entityProfile(world, 'p:nobody'), undefined);
  const first = entityProfile(world, 'p:haftar');
  const calls = world.calls.article;
  assert.equal(entityProfile(world, 'p:haftar'), first);
  assert.equal(world.calls.article, calls, 'the second request reads nothing');
});

test('months run across a year end; the lists sent on are capped', () => {
  const count = PROFILE_LIMITS.articles + 30;
  const articles: ArticleView[] = [];
  const mentions: Mention[] = [];
  for (let n = 0; n < count; n++) {
    const path = `x/${n}.txt`;
    const others = Array.from({ length: 3 }, (_, k) => `p:other${(n * 3 + k) % (PROFILE_LIMITS.coActors + 20)}`);
    articles.push(article(path, n % 2 === 0 ? '2019-12' : '2020-01', ['p:main', ...others]));
    mentions.push(mention(path, 0, 'Main'));
  }
  const others = Array.from({ length: PROFILE_LIMITS.coActors + 20 }, (_, k) => entity(`p:other${k}`, `Other ${k}`, []));
  const profile = entityProfile(source(articles, [entity('p:main', 'Main', mentions), ...others]), 'p:main')!;
  assert.deepEqual(profile.months.map((m) => m.month), ['2019-12', '2020-01']);
  assert.equal(profile.articleCount, count);
  assert.equal(profile.articles.length, PROFILE_LIMITS.articles);
  assert.equal(profile.coActors.length, PROFILE_LIMITS.coActors);
  assert.equal(profile.coActorTotal, PROFILE_LIMITS.coActors + 20);
  const network = new Set(profile.coActors.slice(0, PROFILE_LIMITS.network).map((actor) => actor.id));
  assert.ok(profile.links.length > 0 && profile.links.every((link) => network.has(link.from) && network.has(link.to)));
});

test('on a real corpus: the actor\'s spellings and co-actors come from the articles', () => {
  const corpus = new Corpus();
  corpus.upsertText('a.txt', ' date 2020-02 Generaal Khalifa Haftar trok op naar Tripoli. Premier Fayez al-Sarraj riep om hulp in Tripoli.');
  corpus.upsertText('b.txt', ' date 2020-04 In Benghazi sprak Haftar opnieuw. Fayez al-Sarraj was in Tripoli.');
  const snapshot = corpus.snapshot();
  const haftar = snapshot.entities.find((e) => e.name === 'Khalifa Haftar')!;
  const profile = entityProfile(snapshot, haftar.id)!;
  assert.deepEqual(profile.spellings.map((s) => s.spelling).sort(), ['Haftar', 'Khalifa Haftar']);
  assert.deepEqual(profile.months.map((m) => [m.month, m.articles]), [['2020-02', 1], ['2020-03', 0], ['2020-04', 1]]);
  const tripoli = profile.coActors.find((actor) => actor.name === 'Tripoli');
  assert.equal(tripoli?.articles, 2);
  assert.equal(profile.articles[0].path, 'b.txt', 'newest first');
});

test('an actor in many articles costs time in proportion to its articles', () => {
  const world = (size: number) => {
    const articles: ArticleView[] = [];
    const mentions: Mention[] = [];
    for (let n = 0; n < size; n++) {
      const path = `big/${n}.txt`;
      articles.push(article(path, `20${String(10 + (n % 10))}-0${1 + (n % 9)}`, ['p:big', `p:o${n % 97}`, `p:o${(n * 3) % 97}`, `p:o${(n * 5) % 89}`]));
      mentions.push(mention(path, 0, 'Big'), mention(path, 40, n % 3 ? 'Big' : 'Bigg'));
    }
    const others = Array.from({ length: 97 }, (_, k) => entity(`p:o${k}`, `O ${k}`, []));
    return () => entityProfile(source(articles, [entity('p:big', 'Big', mentions), ...others]), 'p:big');
  };
  const ratio = timePerUnitRatio(world, 2_000);
  assert.ok(ratio < LINEAR_RATIO, `time per article grew ${ratio.toFixed(2)}x from 2,000 to 16,000 articles`);
});
