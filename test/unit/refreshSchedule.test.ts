import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { RefreshSchedule } from '../../src/vscode/refreshSchedule';

const BATCH = 64;

/**
 * A scan of `articles` in batches on a fake clock: each batch takes `msPerArticle` per article,
 * and each refresh (a resolution of what was read so far) `resolveMsPerArticle` per article read.
 * `fromCache`: every file was found in the cache. Gives the counts at which the tree was refreshed.
 */
function refreshesOfScan(articles: number, msPerArticle: number, resolveMsPerArticle: number, fromCache = false): number[] {
  let clock = 0;
  const schedule = new RefreshSchedule(() => clock);
  const refreshed: number[] = [];
  for (let done = BATCH; done < articles + BATCH; done += BATCH) {
    const read = Math.min(done, articles);
    clock += BATCH * msPerArticle;
    if (schedule.due(read, !fromCache)) {
      refreshed.push(read);
      clock += read * resolveMsPerArticle;
    }
  }
  return refreshed;
}

test('a long scan resolves what it read so far a logarithmic number of times, in all less than the whole archive', () => {
  for (const articles of [10_000, 100_000]) {
    // A slow first scan (1 ms an article on the host) whose refreshes cost 0.15 ms an article read.
    const refreshed = refreshesOfScan(articles, 1, 0.15);
    const resolvedInAll = refreshed.reduce((sum, count) => sum + count, 0);
    assert.ok(resolvedInAll <= articles, `${articles} articles: the refreshes resolved ${resolvedInAll} articles in all (${refreshed.join(', ')})`);
    assert.ok(refreshed.length <= Math.log(articles) / Math.log(4) + 1, `${articles} articles: ${refreshed.length} refreshes`);
  }
});

test('the tree fills in early in a long scan, but a short scan shows its articles once, at the end', () => {
  const [first] = refreshesOfScan(100_000, 1, 0.15);
  assert.ok(first !== undefined && first <= 1100, `first refresh at ${first} articles (about a second in)`);
  // A warm start: 10,000 articles from the cache in under a second.
  assert.deepEqual(refreshesOfScan(10_000, 0.05, 0.15), []);
});

test('a scan that finds every file in the cache (a warm start) resolves only once it is done, however long it takes', () => {
  assert.deepEqual(refreshesOfScan(100_000, 0.2, 0.15, true), []);
  assert.ok(refreshesOfScan(100_000, 0.2, 0.15).length > 0, 'the same scan reading its files refreshes');
});
