// Once the corpus has resolved an article, nothing holds its name candidates (the largest part of
// an analysis): the form index keeps only what it counts them out with (entities/countedArticle.ts).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyseText, knownSpellingsMatcher } from '../../src/core/analysis';
import { Corpus } from '../../src/core/corpus';
import { loadKnowledgeBase } from '../../src/core/knowledgeBase';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const knowledgeBase = loadKnowledgeBase();
const matcher = knownSpellingsMatcher(knowledgeBase);
const TEXT = ' date 2024-03 Minister Rutte sprak in Nederland met Zorbadel Quintijn. Daarna reisde Zorbadel naar Tripoli.';

/** Adds an article, keeping only weak references to its candidates. */
function addWatched(corpus: Corpus, path: string): WeakRef<object>[] {
  const article = analyseText(path, TEXT, matcher);
  assert.ok(article.candidates.mentions.length >= 3);
  corpus.addAnalysis({ path, article }, corpus.userEntitiesText);
  return [new WeakRef(article.candidates), ...article.candidates.mentions.map((mention) => new WeakRef(mention))];
}

/** Whether any of them is still alive after a full collection (weak targets stay alive until the current job ends). */
async function anyAlive(refs: WeakRef<object>[]): Promise<boolean> {
  await new Promise((resolve) => setImmediate(resolve));
  collectGarbage();
  collectGarbage();
  return refs.some((ref) => ref.deref() !== undefined);
}

test("an article's candidates are held until the corpus resolves, then by nothing, and the entities stay the same", async () => {
  const corpus = new Corpus({ knowledgeBase });
  const refs = [...addWatched(corpus, 'a.txt'), ...addWatched(corpus, 'b.txt')];
  assert.equal(await anyAlive(refs), true, 'the resolver waits to count them until it resolves');
  const entities = corpus.snapshot().entities;
  assert.equal(await anyAlive(refs), false);
  const person = entities.find((entity) => entity.name === 'Zorbadel Quintijn');
  assert.deepEqual(person?.articles, ['a.txt', 'b.txt']);
  // Counted out again with what the index kept: removing an article takes out its mentions only.
  corpus.removeFile('a.txt');
  const after = corpus.snapshot().entities.find((entity) => entity.name === 'Zorbadel Quintijn');
  assert.deepEqual(after?.articles, ['b.txt']);
  assert.deepEqual(after?.mentions, person?.mentions.filter((mention) => mention.path === 'b.txt'));
});
