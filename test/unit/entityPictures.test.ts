// The entity page's network picture: where the actors go (pure geometry, no DOM).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityProfile } from '../../src/core/entityProfile';
import { NETWORK_HEIGHT, NETWORK_WIDTH, networkLayout } from '../../media/entity/pictures';

function profile(coActors: number): EntityProfile {
  const actors = Array.from({ length: coActors }, (_, n) => ({ id: `a${n}`, name: `Actor ${n}`, type: 'place' as const, articles: coActors - n }));
  const links = actors.flatMap((a, i) => actors.slice(i + 1).map((b) => ({ from: a.id, to: b.id, articles: 1 })));
  return {
    id: 'me', name: 'Me', type: 'person', origin: 'discovered', articleCount: coActors, mentionCount: coActors, roles: [], spellings: [], months: [],
    undatedMentions: 0, coActors: actors, coActorTotal: coActors, links, articles: [],
  };
}

test('the network: this actor in the middle, at most 12 others inside the picture, the most shared nearest', () => {
  const layout = networkLayout(profile(40));
  assert.deepEqual([layout.centre.x, layout.centre.y], [NETWORK_WIDTH / 2, NETWORK_HEIGHT / 2]);
  assert.equal(layout.nodes.length, 12);
  for (const node of layout.nodes) {
    assert.ok(node.x - node.r >= 0 && node.x + node.r <= NETWORK_WIDTH && node.y - node.r >= 0 && node.y + node.r <= NETWORK_HEIGHT, node.id);
  }
  const distance = (node: { x: number; y: number }) => Math.hypot((node.x - layout.centre.x) / NETWORK_WIDTH, (node.y - layout.centre.y) / NETWORK_HEIGHT);
  assert.ok(distance(layout.nodes[0]) < distance(layout.nodes[11]));
  assert.ok(layout.nodes[0].r > layout.nodes[11].r);
});

test('a line from the middle to each, and only the strongest lines between them', () => {
  const layout = networkLayout(profile(40));
  assert.equal(layout.edges.filter((edge) => !edge.between).length, 12);
  const between = layout.edges.filter((edge) => edge.between);
  assert.ok(between.length > 0 && between.length <= 24, `${between.length} lines between co-actors`);
  assert.deepEqual(networkLayout(profile(0)).edges, []);
});
