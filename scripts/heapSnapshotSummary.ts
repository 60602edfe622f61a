// Summarises a V8 heap snapshot (from scripts/measureHeap.ts --snapshot, or the inspector): the
// self size per constructor, and per holder (the object and property that first refer to a node:
// "Sentence.text" for the strings that are sentences' texts), largest first.
//   node --max-old-space-size=6144 --import tsx scripts/heapSnapshotSummary.ts FILE [--articles N] [--top 30]

import { readFileSync } from 'node:fs';

const file = process.argv[2];
const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const articles = option('--articles', 1);
const top = option('--top', 30);
if (!file) throw new Error('usage: heapSnapshotSummary.ts FILE [--articles N] [--top 30]');

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}
/**
 * The snapshot's parts, parsed one at a time: a snapshot of 10,000 articles is more than the
 * longest string V8 makes (512 MB), but its node and edge arrays are plain numbers, read here
 * straight from the bytes.
 */
function readSnapshot(path: string): Snapshot {
  const bytes = readFileSync(path);
  const sectionStart = (name: string) => {
    const at = bytes.indexOf(`"${name}":`);
    if (at < 0) throw new Error(`${path}: no "${name}" in the snapshot`);
    return at + name.length + 3;
  };
  const numbers = (name: string) => {
    const values: number[] = [];
    let at = bytes.indexOf(0x5b, sectionStart(name)) + 1; // '['
    for (let value = -1; ; at++) {
      const byte = bytes[at];
      if (byte >= 0x30 && byte <= 0x39) value = (value < 0 ? 0 : value * 10) + byte - 0x30;
      else {
        if (value >= 0) values.push(value);
        value = -1;
        if (byte === 0x5d) return values; // ']'
      }
    }
  };
  // "snapshot" comes first and "strings" last.
  const meta = sectionStart('snapshot');
  const strings = sectionStart('strings');
  return {
    snapshot: JSON.parse(bytes.toString('utf8', meta, bytes.lastIndexOf(',', bytes.indexOf('"nodes":')))) as Snapshot['snapshot'],
    nodes: numbers('nodes'),
    edges: numbers('edges'),
    strings: JSON.parse(bytes.toString('utf8', strings, bytes.lastIndexOf(']') + 1)) as string[],
  };
}
const heap = readSnapshot(file);
const { meta } = heap.snapshot;
const nodeFieldCount = meta.node_fields.length;
const edgeFieldCount = meta.edge_fields.length;
const [typeField, nameField, sizeField, edgeCountField] = ['type', 'name', 'self_size', 'edge_count'].map((field) => meta.node_fields.indexOf(field));
const [edgeTypeField, edgeNameField, edgeToField] = ['type', 'name_or_index', 'to_node'].map((field) => meta.edge_fields.indexOf(field));
const nodeTypes = meta.node_types[0];
const edgeTypes = meta.edge_types[0];
const { nodes, edges, strings } = heap;
const nodeCount = nodes.length / nodeFieldCount;

/** The property names of an object, in order: a plain object's constructor is only "Object". */
const firstEdge = new Int32Array(nodeCount + 1);
for (let node = 0; node < nodeCount; node++) firstEdge[node + 1] = firstEdge[node] + nodes[node * nodeFieldCount + edgeCountField] * edgeFieldCount;
const propertiesOf = (node: number) => {
  const names: string[] = [];
  for (let edge = firstEdge[node]; edge < firstEdge[node + 1] && names.length < 4; edge += edgeFieldCount) {
    if (edgeTypes[edges[edge + edgeTypeField]] === 'property') names.push(strings[edges[edge + edgeNameField]]);
  }
  return names.join(',');
};

/** What a node is: its constructor for objects (with its properties for plain ones), its type for strings, arrays and code. */
const kindOf = (node: number) => {
  const type = nodeTypes[nodes[node * nodeFieldCount + typeField]];
  if (type !== 'object' && type !== 'closure') return `(${type})`;
  const name = strings[nodes[node * nodeFieldCount + nameField]];
  return name === 'Object' ? `{${propertiesOf(node)}}` : name;
};

// The first non-weak reference to each node: its retainer and the edge's name.
const retainer = new Int32Array(nodeCount).fill(-1);
const retainedAs = new Array<string>(nodeCount);
for (let node = 0; node < nodeCount; node++) {
  for (let edge = firstEdge[node]; edge < firstEdge[node + 1]; edge += edgeFieldCount) {
    const edgeType = edgeTypes[edges[edge + edgeTypeField]];
    if (edgeType === 'weak' || edgeType === 'shortcut') continue;
    const to = edges[edge + edgeToField] / nodeFieldCount;
    if (retainer[to] !== -1) continue;
    retainer[to] = node;
    const name = edgeType === 'element' || edgeType === 'hidden' ? '' : strings[edges[edge + edgeNameField]];
    // Indexes (of arrays, of a map's table) would make each element a holder of its own.
    retainedAs[to] = name === '' || /^\d+$/.test(name) ? '[]' : name;
  }
}

/** Containers a value sits in on its way to the object property that holds it. */
const CONTAINERS = /^\((array|hidden|sliced string|concatenated string)\)$|^(Array|Set|Map)$/;
/** Who holds a node: the first object property up the chain of retainers, past arrays, sets and maps. */
const holderOf = (node: number) => {
  const path: string[] = [];
  for (let at = node, depth = 0; depth < 40; depth++) {
    const by = retainer[at];
    if (by === -1) break;
    path.unshift(retainedAs[at]);
    const kind = kindOf(by);
    if (!CONTAINERS.test(kind)) return `${kind}.${path.join('.')}`;
    at = by;
  }
  return path.join('.') || '(root)';
};

const byKind = new Map<string, number>();
const byHolder = new Map<string, number>();
let total = 0;
for (let node = 0; node < nodeCount; node++) {
  const size = nodes[node * nodeFieldCount + sizeField];
  total += size;
  const kind = kindOf(node);
  byKind.set(kind, (byKind.get(kind) ?? 0) + size);
  const key = `${kind} in ${holderOf(node)}`;
  byHolder.set(key, (byHolder.get(key) ?? 0) + size);
}

const perArticle = (bytes: number) => `${(bytes / articles).toFixed(0).padStart(9)} B`;
const print = (title: string, sizes: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [name, size] of [...sizes].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${perArticle(size)}  ${name.slice(0, 110)}`);
};
console.log(`${(total / 1024 / 1024).toFixed(0)} MB in ${nodeCount} nodes; ${perArticle(total)} per article`);
print('self size per constructor, per article', byKind);
print('self size per holder, per article', byHolder);
