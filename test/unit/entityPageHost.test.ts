// The entity page's extension side, called directly: what it posts for an actor and what it does
// with the page's (untrusted) messages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Corpus } from '../../src/core/corpus';
import { pageAction, pageMessage } from '../../media/entity/host';
import { CORRECTION_COMMANDS, parseEntityPageState } from '../../media/entity/protocol';

function snapshot() {
  const corpus = new Corpus();
  corpus.upsertText('a.txt', ' date 2020-02 Generaal Khalifa Haftar trok op naar Tripoli. Premier Fayez al-Sarraj riep om hulp.');
  corpus.upsertText('b.txt', ' date 2020-04 In Benghazi sprak Haftar opnieuw over Fayez al-Sarraj.');
  corpus.upsertText('evil.txt', ' date 2020-05 Minister Jan \u202eKlaas\u202c de Vries\u0007 sprak in Tripoli met Fayez al-Sarraj.');
  return corpus.snapshot();
}
const idOf = (s: ReturnType<typeof snapshot>, name: RegExp) => s.entities.find((e) => name.test(e.name))!.id;

test('the page gets the actor\'s profile, its text inert; an actor that is gone is named as gone', () => {
  const s = snapshot();
  const message = pageMessage(s, idOf(s, /Haftar/), 'Khalifa Haftar');
  assert.equal(message.type, 'profile');
  assert.ok(message.type === 'profile' && message.profile.coActors.some((actor) => actor.name === 'Fayez al-Sarraj'));
  // evil.txt's title holds a bidi override and a BEL: the page gets neither
  assert.match(s.article('evil.txt')!.title, /\u202e/);
  const sarraj = pageMessage(s, idOf(s, /Sarraj/), 'Fayez al-Sarraj');
  assert.ok(sarraj.type === 'profile' && sarraj.profile.articles.some((article) => article.path === 'evil.txt'));
  assert.doesNotMatch(JSON.stringify(sarraj), /[\u202e\u202c\u0007]/);
  assert.deepEqual(pageMessage(s, 'gone-id', 'Oud\u202eNaam'), { type: 'missing', name: 'OudNaam' });
});

test('the page opens only articles of the corpus and shows only its actors', () => {
  const s = snapshot();
  const haftar = idOf(s, /Haftar/);
  assert.deepEqual(pageAction({ type: 'open', path: 'a.txt', offset: 20, end: 34 }, s, haftar), { kind: 'open', path: 'a.txt', offset: 20, end: 34 });
  assert.equal(pageAction({ type: 'open', path: '../../etc/passwd', offset: 0, end: 0 }, s, haftar), undefined);
  assert.equal(pageAction({ type: 'open', path: 'a.txt', offset: -1, end: 0 }, s, haftar), undefined);
  assert.deepEqual(pageAction({ type: 'showEntity', entityId: haftar }, s, undefined), { kind: 'show', entityId: haftar });
  assert.equal(pageAction({ type: 'showEntity', entityId: 'nobody' }, s, haftar), undefined);
  assert.deepEqual(pageAction({ type: 'timeline', entityId: haftar }, s, haftar), { kind: 'timeline', entityId: haftar });
  assert.deepEqual(pageAction({ type: 'ready' }, s, haftar), { kind: 'ready' });
  for (const junk of [null, 'ready', { type: 'nope' }, { type: 'open', path: 3 }]) assert.equal(pageAction(junk, s, haftar), undefined);
});

test('corrections: only the five commands, only for the actor on the page, with a spelling as the articles write it', () => {
  const s = snapshot();
  const haftar = idOf(s, /Haftar/);
  for (const command of CORRECTION_COMMANDS) {
    assert.deepEqual(pageAction({ type: 'correct', command, entityId: haftar }, s, haftar), { kind: 'command', command, entityId: haftar });
  }
  assert.equal(pageAction({ type: 'correct', command: 'workbench.action.terminal.new', entityId: haftar }, s, haftar), undefined);
  assert.equal(pageAction({ type: 'correct', command: 'dossier.ignoreEntity', entityId: idOf(s, /Sarraj/) }, s, haftar), undefined, 'another actor than the page shows');
  assert.deepEqual(pageAction({ type: 'correct', command: 'dossier.splitSpelling', entityId: haftar, spelling: 'Haftar' }, s, haftar), { kind: 'command', command: 'dossier.splitSpelling', entityId: haftar, spelling: 'Haftar' });
  assert.equal(pageAction({ type: 'correct', command: 'dossier.splitSpelling', entityId: haftar, spelling: 'Nobody' }, s, haftar), undefined);
});

test('saved state: only an id and a scroll position come back', () => {
  assert.deepEqual(parseEntityPageState({ entityId: 'x', scrollTop: 40, extra: 1 }), { entityId: 'x', scrollTop: 40 });
  assert.deepEqual(parseEntityPageState({ entityId: 3, scrollTop: -1 }), {});
  assert.deepEqual(parseEntityPageState('junk'), {});
});
