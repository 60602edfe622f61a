// The entity page's two pictures, as SVG: mentions per month as bars, and the actors that appear
// with this one as a small network (this actor in the middle, the others around it, closer and
// larger the more articles they share, lines between those that also appear together). Colours
// come from CSS classes (theme variables); the pictures are aria-hidden or labelled as a whole,
// as the page gives the same facts in text (a list, a label) for the keyboard and screen readers.
import type { EntityProfile, ProfileMonth } from '../../src/core/entityProfile';
import { PROFILE_LIMITS } from '../../src/core/entityProfile';

const SVG = 'http://www.w3.org/2000/svg';

function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, parent: Element): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  parent.append(node);
  return node;
}

const CHART_HEIGHT = 80;
const LABEL_HEIGHT = 16;

/** Bars of mentions per month, one label per January (or the first month); wider than the page, it scrolls. */
export function monthChart(parent: HTMLElement, months: readonly ProfileMonth[], label: string, barTitle: (month: ProfileMonth) => string, formatMonth: (month: string) => string): void {
  const barWidth = Math.max(3, Math.min(32, Math.floor(640 / months.length)));
  const width = months.length * barWidth;
  // room for the last label to run past the last bar
  const labelRoom = 120;
  const peak = Math.max(1, ...months.map((month) => month.mentions));
  const svg = svgElement('svg', { width: width + labelRoom, height: CHART_HEIGHT + LABEL_HEIGHT, role: 'img', 'aria-label': label, class: 'month-chart' }, parent);
  svgElement('title', {}, svg).textContent = label;
  svgElement('line', { x1: 0, x2: width, y1: CHART_HEIGHT + 0.5, y2: CHART_HEIGHT + 0.5, class: 'baseline' }, svg);
  let lastLabelEnd = -Infinity;
  months.forEach((month, n) => {
    const height = month.mentions === 0 ? 0 : Math.max(2, Math.round((month.mentions / peak) * (CHART_HEIGHT - 4)));
    const bar = svgElement('rect', { x: n * barWidth + 1, y: CHART_HEIGHT - height, width: Math.max(1, barWidth - 2), height, class: 'bar' }, svg);
    svgElement('title', {}, bar).textContent = barTitle(month);
    const x = n * barWidth;
    if ((n === 0 || month.month.endsWith('-01')) && x >= lastLabelEnd) {
      const text = n === 0 || months.length <= 12 ? formatMonth(month.month) : month.month.slice(0, 4);
      svgElement('text', { x, y: CHART_HEIGHT + LABEL_HEIGHT - 3, class: 'axis-label' }, svg).textContent = text;
      lastLabelEnd = x + text.length * 7 + 8;
    }
  });
}

export interface NetworkNode {
  id: string;
  x: number;
  y: number;
  r: number;
  type: string;
  name: string;
}

export interface NetworkLayout {
  centre: NetworkNode;
  nodes: NetworkNode[];
  /** lines from the centre (weight 0..1 by shared articles) and between co-actors */
  edges: { from: NetworkNode; to: NetworkNode; weight: number; between: boolean }[];
}

export const NETWORK_WIDTH = 520;
export const NETWORK_HEIGHT = 340;
/** lines between co-actors drawn at most: the strongest, so the picture stays readable */
const MAX_BETWEEN_LINES = 24;

/**
 * Where each actor of the picture goes: around an ellipse, most shared first (from the top,
 * clockwise), a little nearer the centre the more articles it shares; labels point outwards.
 */
export function networkLayout(profile: EntityProfile): NetworkLayout {
  const cx = NETWORK_WIDTH / 2;
  const cy = NETWORK_HEIGHT / 2;
  const actors = profile.coActors.slice(0, PROFILE_LIMITS.network);
  const most = Math.max(1, ...actors.map((actor) => actor.articles));
  const centre: NetworkNode = { id: profile.id, x: cx, y: cy, r: 16, type: profile.type, name: profile.name };
  const nodes = actors.map((actor, n): NetworkNode => {
    const share = actor.articles / most;
    const angle = -Math.PI / 2 + (2 * Math.PI * n) / actors.length;
    const distance = 0.8 + 0.2 * (1 - share);
    return { id: actor.id, x: cx + Math.cos(angle) * (cx - 110) * distance, y: cy + Math.sin(angle) * (cy - 40) * distance, r: 5 + 9 * Math.sqrt(share), type: actor.type, name: actor.name };
  });
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const mostLinked = Math.max(1, ...profile.links.map((link) => link.articles));
  const edges = [
    ...profile.links.slice(0, MAX_BETWEEN_LINES).flatMap((link) => {
      const from = byId.get(link.from);
      const to = byId.get(link.to);
      return from && to ? [{ from, to, weight: link.articles / mostLinked, between: true }] : [];
    }),
    ...nodes.map((node, n) => ({ from: centre, to: node, weight: actors[n].articles / most, between: false })),
  ];
  return { centre, nodes, edges };
}

export interface NetworkHandle {
  /** marks one co-actor (the one the list has focus or the mouse on), or none */
  highlight(id: string | null): void;
}

/** Draws the network; a click on a co-actor shows its page. Hidden from the keyboard: the list beside it holds the same actors. */
export function networkPicture(parent: HTMLElement, profile: EntityProfile, label: string, show: (id: string) => void): NetworkHandle {
  const layout = networkLayout(profile);
  const svg = svgElement('svg', { viewBox: `0 0 ${NETWORK_WIDTH} ${NETWORK_HEIGHT}`, width: NETWORK_WIDTH, height: NETWORK_HEIGHT, class: 'network-picture', 'aria-hidden': 'true' }, parent);
  svgElement('title', {}, svg).textContent = label;
  for (const edge of layout.edges) {
    svgElement('line', {
      x1: edge.from.x, y1: edge.from.y, x2: edge.to.x, y2: edge.to.y,
      'stroke-width': edge.between ? 0.5 + 1.5 * edge.weight : 1 + 3 * edge.weight,
      class: edge.between ? 'edge between' : 'edge',
    }, svg);
  }
  const groups = new Map<string, SVGGElement>();
  for (const node of [...layout.nodes, layout.centre]) {
    const isCentre = node === layout.centre;
    const group = svgElement('g', { class: `node ${node.type}${isCentre ? ' centre' : ''}` }, svg);
    svgElement('circle', { cx: node.x, cy: node.y, r: node.r }, group);
    // a label beside its node, away from the centre (the centre's below it)
    const dx = node.x - layout.centre.x;
    const side = isCentre || Math.abs(dx) < 20 ? 'middle' : dx > 0 ? 'start' : 'end';
    const labelX = side === 'middle' ? node.x : node.x + Math.sign(dx) * (node.r + 4);
    const labelY = side !== 'middle' ? node.y + 4 : node.y < layout.centre.y ? node.y - node.r - 5 : node.y + node.r + 12;
    const text = svgElement('text', { x: labelX, y: labelY, 'text-anchor': side }, group);
    text.textContent = node.name.length > 22 ? `${node.name.slice(0, 21)}…` : node.name;
    svgElement('title', {}, group).textContent = node.name;
    if (!isCentre) {
      group.addEventListener('click', () => show(node.id));
      groups.set(node.id, group);
    }
  }
  return {
    highlight(id) {
      for (const [nodeId, group] of groups) group.classList.toggle('highlight', nodeId === id);
    },
  };
}
