// What an article's analysis keeps in memory, per name mention, measured as live heap (see
// liveHeap.ts): a known name costs what a discovered one does, and a mention read from the cache
// what it cost when the file was analysed. Sizes are compared with each other, never with a limit
// in bytes, and the slack is a fraction of what each check caught (30 to 80 bytes a mention).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseText, knownSpellingsMatcher } from '../../src/core/analysis';
import { loadKnowledgeBase } from '../../src/core/knowledgeBase';
import { decodeAnalysis, encodeAnalysis } from '../../src/node/analysisCacheCodec';
import { liveBytesPer } from './liveHeap';

const matcher = knownSpellingsMatcher(loadKnowledgeBase());
const COUNT = 20_000;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** Median of three measurements: a collection can land in the middle of one. */
const bytesPer = (make: (i: number) => unknown) => median([0, 1, 2].map(() => liveBytesPer(COUNT, make)));

test('a mention of a known name keeps no more than one of a discovered name, but for its id', () => {
  const known = 'Gisteren sprak men in Nederland over het akkoord.';
  const discovered = 'Gisteren sprak men in Zorbadel over het akkoord.';
  const mentionIn = (text: string) => {
    const { mentions } = analyseText('a.txt', text, matcher).candidates;
    assert.equal(mentions.length, 1);
    return mentions[0];
  };
  assert.equal(mentionIn(known).knownId, 'netherlands');
  assert.equal(mentionIn(discovered).knownId, undefined);
  const knownBytes = bytesPer(() => mentionIn(known));
  const discoveredBytes = bytesPer(() => mentionIn(discovered));
  // one field more (8 bytes); before, the id moved the fields to a store of their own and the spelling was a copy per mention
  assert.ok(knownBytes <= discoveredBytes + 24, `known ${knownBytes.toFixed(0)} B, discovered ${discoveredBytes.toFixed(0)} B a mention`);
});

test('mentions read from the cache keep no more than the analysis made them with', () => {
  const text = ' date 2024-03 Minister Rutte sprak in Nederland met Zorbadel Quintijn. Daarna reisde Zorbadel naar Libië en Tripoli.';
  const analysed = analyseText('a.txt', text, matcher);
  const stored = encodeAnalysis({ path: 'a.txt', article: analysed });
  const decodedMentions = () => decodeAnalysis(stored).article!.candidates.mentions;
  assert.deepEqual(decodedMentions(), analysed.candidates.mentions);
  const count = analysed.candidates.mentions.length;
  assert.ok(count >= 4, 'the text names several entities');
  const analysedBytes = bytesPer(() => analyseText('a.txt', text, matcher).candidates.mentions) / count;
  const decodedBytes = bytesPer(decodedMentions) / count;
  // before, each decoded mention had its own spelling and its own cues (about 80 bytes more)
  assert.ok(decodedBytes <= analysedBytes + 24, `decoded ${decodedBytes.toFixed(0)} B, analysed ${analysedBytes.toFixed(0)} B a mention`);
});
