// Reads a GEXF 1.3 export with graphology-gexf and prints its nodes and
// edges as canonical lines (canon.py). graphology-gexf does not read the
// time attributes (start, end); gexf_networkx.py checks them on 1.2draft.
// Usage: NODE_PATH=build/npm-validators/node_modules node gexf_graphology.js FILE
'use strict';
const fs = require('fs');
const {MultiGraph} = require('graphology');
const gexf = require('graphology-gexf');

function esc(v) {
  if (v === undefined || v === null) return '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t')
      .replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}
const line = (...f) => f.map(esc).join('\t');

const xml = fs.readFileSync(process.argv[2], 'utf8');
const graph = gexf.parse(MultiGraph, xml);
const lines = [];
graph.forEachNode((id, a) => {
  lines.push(line('node', id, a.label, a.kind, a.aliases));
});
graph.forEachEdge((id, a, source, target) => {
  lines.push(line('edge', id, source, target, a.label, a.weight, a.kind,
                  a.record, a.date, a.text, a.polarity, a.evidence));
});
lines.sort();
process.stdout.write(lines.map((l) => l + '\n').join(''));
