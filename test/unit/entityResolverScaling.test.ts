// Entity resolution stays near-linear whatever the names: corpora built to defeat each corpus-wide
// step (names sharing a phonetic skeleton, a surname, a given name, an acronym) cost a bounded
// number of name comparisons per form, and time per article does not grow with the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AliasMatcher } from '../../src/core/aliasMatcher';
import { parseArticle } from '../../src/core/article';
import { extractCandidates } from '../../src/core/entityCandidates';
import { EntityResolver } from '../../src/core/entityResolver';
import { FormIndex } from '../../src/core/entities/formIndex';
import { aliasEntries, loadKnowledgeBase } from '../../src/core/knowledgeBase';
import { nameComparisonCount } from '../../src/core/entities/nameSimilarity';
import type { Entity } from '../../src/core/types';
import { ADVERSARIAL_NAMES } from '../adversarialNames';
import { countCalls } from './callCounts';
import { LINEAR_RATIO, timePerUnitRatio } from './scaling';

const knowledgeBase = loadKnowledgeBase();
const matcher = new AliasMatcher(aliasEntries(knowledgeBase));

function resolverOf(texts: string[]): EntityResolver {
  const resolver = new EntityResolver(knowledgeBase);
  texts.forEach((text, i) => resolver.set(extractCandidates(parseArticle(`a${i}.txt`, text), matcher)));
  return resolver;
}

/** Name comparisons (Jaro-Winkler) of one resolve from scratch. */
function comparisons(resolver: EntityResolver): number {
  resolver.setUserEntities(undefined);
  const before = nameComparisonCount();
  resolver.resolve();
  return nameComparisonCount() - before;
}

/** Comparisons per article allowed: the bounded candidate sets give far fewer on ordinary text. */
const COMPARISONS_PER_ARTICLE = 100;

for (const [name, corpus] of Object.entries(ADVERSARIAL_NAMES)) {
  test(`adversarial names (${name}): comparisons stay within ${COMPARISONS_PER_ARTICLE} per article, time per article flat from 1,000 to 8,000`, () => {
    for (const n of [1000, 8000]) {
      const count = comparisons(resolverOf(corpus(n)));
      assert.ok(count <= COMPARISONS_PER_ARTICLE * n, `${n} articles: ${count} comparisons`);
    }
    const ratio = timePerUnitRatio((n) => {
      const resolver = resolverOf(corpus(n));
      return () => {
        resolver.setUserEntities(undefined);
        resolver.resolve();
      };
    }, 1000, 8, 5);
    assert.ok(ratio < LINEAR_RATIO, `time per article grows ${ratio.toFixed(1)}x from 1,000 to 8,000 articles`);
  });
}

/** Entities in a canonical order, so two resolutions of the same articles can be compared deeply. */
function canonical(entities: Entity[]): Entity[] {
  return [...entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

test('adversarial names: the incremental resolve equals a fresh one as groups grow past the bounds and shrink again', () => {
  for (const [name, corpus] of Object.entries(ADVERSARIAL_NAMES)) {
    const texts = corpus(150);
    const incremental = new EntityResolver(knowledgeBase);
    const candidates = texts.map((text, i) => extractCandidates(parseArticle(`a${i}.txt`, text), matcher));
    const check = (present: number, step: string) => {
      const fresh = new EntityResolver(knowledgeBase);
      for (const c of candidates.slice(0, present)) fresh.set(c);
      assert.deepEqual(canonical(incremental.resolve()), canonical(fresh.resolve()), `${name}: ${step}`);
    };
    for (let i = 0; i < candidates.length; i++) {
      incremental.set(candidates[i]);
      if (i % 10 === 0 || i > 140) check(i + 1, `after adding ${i + 1}`);
    }
    for (let i = candidates.length - 1; i >= 0; i -= 3) {
      incremental.delete(candidates[i].path);
      candidates.splice(i, 1);
      check(candidates.length, `after deleting down to ${candidates.length}`);
    }
  }
});

test('one acronym linked to thousands of names: setting an article costs the same however many share it', () => {
  const ratio = timePerUnitRatio((n) => {
    const articles = Array.from({ length: n }, (_, i) => ({ path: `a${i}.txt`, mentions: [], roles: [], aliasLinks: [{ alias: 'NR', name: `Nationale Raad ${i}` }] }));
    return () => {
      // The form index, which the resolver counts articles into when it resolves.
      const index = new FormIndex();
      for (const article of articles) index.set(article);
    };
  }, 4000, 8, 5);
  assert.ok(ratio < LINEAR_RATIO, `time per article grows ${ratio.toFixed(1)}x from 4,000 to 32,000 articles`);
});

test('articles added after a resolve to entities in most of them: the next resolve costs the same per article however large the entities', () => {
  // A scan resolves when its count has grown fourfold, then takes the next articles in one
  // incremental resolve: an entity in most articles gets thousands of articles at once.
  const text = Array.from({ length: 40 }, (_, j) => `Volgens Jan Jansen en Piet de Groot sprak de NAVO in Tripoli (${j}).`).join(' ');
  const article = extractCandidates(parseArticle('a.txt', text), matcher);
  const ratio = timePerUnitRatio((n) => {
    const candidates = Array.from({ length: n }, (_, i) => ({ ...article, path: `a${i}.txt` }));
    return () => {
      const resolver = new EntityResolver(knowledgeBase);
      for (const c of candidates.slice(0, n / 4)) resolver.set(c);
      resolver.resolve();
      for (const c of candidates.slice(n / 4)) resolver.set(c);
      resolver.resolve();
    };
  }, 2000, 8, 3);
  assert.ok(ratio < LINEAR_RATIO, `time per article grows ${ratio.toFixed(1)}x from 2,000 to 16,000 articles`);
});

test('a resolve after thousands of new articles does no step whose work grows with them: the host can run other work in between', () => {
  // Map lookups per step: a deterministic measure of a step's work, where a timing would be noisy.
  const text = Array.from({ length: 5 }, (_, j) => `Volgens Jan Jansen en Piet de Groot sprak de NAVO in Tripoli (${j}).`).join(' ');
  const article = extractCandidates(parseArticle('a.txt', text), matcher);
  const longestStep = (added: number) => {
    const resolver = new EntityResolver(knowledgeBase);
    for (let i = 0; i < 200; i++) resolver.set({ ...article, path: `base${i}.txt` });
    resolver.resolve();
    for (let i = 0; i < added; i++) resolver.set({ ...article, path: `new${i}.txt` });
    const steps = resolver.resolveSteps();
    let longest = 0;
    for (let done = false; !done;) done = Boolean(countCallsInto((work) => (longest = Math.max(longest, work)), () => steps.next().done));
    return longest;
  };
  const [few, many] = [2000, 16_000].map(longestStep);
  assert.ok(many < 2 * few, `longest step: ${few} map lookups after 2,000 new articles, ${many} after 16,000`);
});

/** Runs `work`, gives `report` the number of Map lookups it made, and returns what it returned. */
function countCallsInto<T>(report: (calls: number) => void, work: () => T): T {
  let result!: T;
  report(countCalls(Map.prototype, 'get', () => {
    result = work();
  }));
  return result;
}
