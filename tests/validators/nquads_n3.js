// Reads an RDF 1.2 N-Quads export with the n3 parser and prints the number
// of quads, of quads in named graphs, and of `rdf:reifies` triples whose
// object is a triple term, one "name count" per line.
// Usage: NODE_PATH=build/npm-validators/node_modules node nquads_n3.js FILE
'use strict';
const fs = require('fs');
const {Parser} = require('n3');

const REIFIES = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#reifies';
const text = fs.readFileSync(process.argv[2], 'utf8');
const quads = new Parser({format: 'N-Quads'}).parse(text);
let named = 0;
let reifies = 0;
for (const q of quads) {
  if (q.graph.termType !== 'DefaultGraph') named++;
  if (q.predicate.value === REIFIES && q.object.termType === 'Quad') reifies++;
}
process.stdout.write(`named\t${named}\nquads\t${quads.length}\n` +
                     `reifies\t${reifies}\n`);
