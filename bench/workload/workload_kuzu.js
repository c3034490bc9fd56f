// The standard workload (WORKLOAD.md) on Kuzu (npm kuzu), an embedded
// graph database, as a baseline.
//
//   node workload_kuzu.js DATA.tsv PARAMS.tsv [--reps N] [--db DIR]
//
// Same output format as bench/workload. The load creates a node table
// Entity(name) and a relationship table Event(FROM Entity TO Entity, rel,
// d DATE) and fills both with COPY from the TSV (read as CSV with tab
// delimiters and no quoting, since names may hold '"'). Queries are
// prepared Cypher statements; Q2 and Q6 read the two directions of the
// edges as two patterns and merge them on the host (a self-loop counts
// once; Q6 counts each direction by month and relation in Kuzu and adds
// the two counts), Q5 uses Kuzu's SHORTEST path pattern (at most 30 hops,
// Kuzu's limit: a longer path would read as none). Q4 (the actors within two hops)
// is a SHORTEST 1..2 pattern too: a breadth-first search that reaches each
// actor once. A plain `-[:Event*1..2]-` enumerates every walk (Kuzu's
// default WALK semantics), on a multigraph with hubs the product of their
// degrees: 129 s at 100k rows against 0.01 s. The database lives in a
// temporary directory (or --db DIR), removed at the end; its size is
// reported as disk_mb. Kuzu uses its default thread count and buffer pool.
// The time of each COPY goes to stderr. The load scales linearly (the
// entities' COPY through UNWIND and DISTINCT included: 0.45, 1.6, 3.8 and
// 26 s at 100k, 300k, 1M and 10M rows; the events' 0.6, 2.5, 6.7, 50 s);
// writing a CSV of the distinct names first, or one thread, was slower.
//
// Needs the npm package (bench/install-peers.sh puts it in
// build/npm-peers; run with NODE_PATH=build/npm-peers/node_modules).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const kuzu = require('kuzu');
const common = require('./workload_common.js');

const args = process.argv.slice(2);
let dbDir = null;
{
  const f = args.indexOf('--db');
  if (f >= 0) {
    dbDir = args[f + 1];
    args.splice(f, 2);
  }
  process.argv = process.argv.slice(0, 2).concat(args);
}

function lit(s) { return `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`; }

function day(d) { return d.toISOString().slice(0, 10); }

// Rows sorted by (date, subject, relation, object) in byte order.
function byEvent(a, b) {
  for (const i of [3, 0, 1, 2]) {
    const x = Buffer.from(a[i]), y = Buffer.from(b[i]);
    const c = Buffer.compare(x, y);
    if (c !== 0) return c;
  }
  return 0;
}

function bytesCompare(a, b) { return Buffer.compare(Buffer.from(a), Buffer.from(b)); }

function dirBytes(dir) {
  let n = 0;
  for (const e of fs.readdirSync(dir, {withFileTypes: true})) {
    const p = path.join(dir, e.name);
    n += e.isDirectory() ? dirBytes(p) : fs.statSync(p).size;
  }
  return n;
}

class Workload {
  async load(file) {
    this.tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'workload-kuzu.'));
    this.dir = dbDir || path.join(this.tmp, 'db');
    fs.rmSync(this.dir, {recursive: true, force: true});
    this.db = new kuzu.Database(this.dir);
    this.conn = new kuzu.Connection(this.db);
    const c = this.conn;
    const q = async (s) => (await c.query(s)).getAll();
    // Each COPY's time goes to stderr, as bench/workload's "L parts".
    const timed = async (name, s) => {
      const t0 = process.hrtime.bigint();
      await q(s);
      return `${name} ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(3)}`;
    };
    const csv = `${lit(file)} (file_format = 'csv', header = false, ` +
                `delim = '\t', quote = '\x01', escape = '\x01')`;
    await q('CREATE NODE TABLE Entity(name STRING PRIMARY KEY)');
    await q('CREATE REL TABLE Event(FROM Entity TO Entity, rel STRING, d DATE)');
    const parts = [
      await timed('copy Entity', `COPY Entity FROM (LOAD FROM ${csv}
        WITH [column0, column2] AS ns UNWIND ns AS n RETURN DISTINCT n)`),
      await timed('copy Event', `COPY Event FROM (LOAD FROM ${csv}
        RETURN column0, column2, column1, CAST(column3 AS DATE))`),
    ];
    process.stderr.write(`L parts: ${parts.join(', ')} s\n`);
    const p = async (s) => c.prepare(s);
    this.q = {
      Q1: await p(`MATCH (a:Entity {name: $x})-[e:Event]->(b:Entity)
          WHERE e.d >= date($lo) AND e.d <= date($hi)
          RETURN a.name, e.rel, b.name, e.d`),
      Q2: await p(`MATCH (a:Entity {name: $x})-[e:Event]->(b:Entity {name: $y})
          RETURN a.name, e.rel, b.name, e.d`),
      Q3: await p(`MATCH (a:Entity {name: $x})-[:Event]-(b:Entity)
          WHERE b.name <> $x RETURN DISTINCT b.name`),
      Q4: await p(`MATCH (a:Entity {name: $x})-[:Event* SHORTEST 1..2]-(b:Entity)
          WHERE b.name <> $x RETURN count(DISTINCT b.name)`),
      Q5: await p(`MATCH p = (a:Entity {name: $x})-[:Event* SHORTEST 1..30]-
          (b:Entity {name: $y}) RETURN length(p)`),
      Q6out: await p(`MATCH (a:Entity {name: $x})-[e:Event]->(b:Entity)
          RETURN date_trunc('month', e.d) AS m, e.rel, count(*) AS c`),
      Q6in: await p(`MATCH (b:Entity {name: $x})<-[e:Event]-(a:Entity)
          WHERE a.name <> $x
          RETURN date_trunc('month', e.d) AS m, e.rel, count(*) AS c`),
      Q7: await p(`MATCH (a:Entity)-[e:Event]->(b:Entity)
          WHERE e.d >= date($lo) AND e.d <= date($hi)
          UNWIND [a.name, b.name] AS n
          RETURN n, count(*) AS deg ORDER BY deg DESC, n LIMIT 10`),
    };
    const [row] = await q('MATCH ()-[e:Event]->() RETURN count(*) AS n');
    return Number(row.n);
  }

  async rows(name, params) {
    const r = await this.conn.execute(this.q[name], params);
    return r.getAll();
  }

  async run(phase, a) {
    switch (phase) {
      case 'Q1': {
        const r = await this.rows('Q1', {x: a[0], lo: a[1], hi: a[2]});
        return r.map((o) => [o['a.name'], o['e.rel'], o['b.name'], day(o['e.d'])])
            .sort(byEvent);
      }
      case 'Q2': {
        const rows = [];
        for (const [x, y] of a[0] === a[1] ? [[a[0], a[1]]] : [[a[0], a[1]], [a[1], a[0]]]) {
          for (const o of await this.rows('Q2', {x, y})) {
            rows.push([o['a.name'], o['e.rel'], o['b.name'], day(o['e.d'])]);
          }
        }
        return rows.sort(byEvent);
      }
      case 'Q3':
        return (await this.rows('Q3', {x: a[0]})).map((o) => o['b.name'])
            .sort(bytesCompare);
      case 'Q4': {
        const [o] = await this.rows('Q4', {x: a[0]});
        return Number(Object.values(o)[0]);
      }
      case 'Q5': {
        if (a[0] === a[1]) return 0;
        const r = await this.rows('Q5', {x: a[0], y: a[1]});
        return r.length === 0 ? -1 : Number(Object.values(r[0])[0]);
      }
      case 'Q6': {
        const counts = new Map();
        for (const name of ['Q6out', 'Q6in']) {
          for (const o of await this.rows(name, {x: a[0]})) {
            const k = `${day(o.m).slice(0, 7)}\t${o['e.rel']}`;
            counts.set(k, (counts.get(k) || 0) + Number(o.c));
          }
        }
        return [...counts.keys()].sort(bytesCompare)
            .map((k) => [...k.split('\t'), String(counts.get(k))]);
      }
      case 'Q7':
        return (await this.rows('Q7', {lo: a[0], hi: a[1]}))
            .map((o) => [o.n, String(o.deg)]);
    }
    throw new Error(`unknown phase ${phase}`);
  }

  async finish() {
    // A database is one file (and its .wal) in Kuzu 0.11, a directory before.
    let bytes = 0;
    for (const f of [this.dir, this.dir + '.wal']) {
      if (!fs.existsSync(f)) continue;
      bytes += fs.statSync(f).isDirectory() ? dirBytes(f) : fs.statSync(f).size;
    }
    await this.conn.close();
    await this.db.close();
    fs.rmSync(this.tmp, {recursive: true, force: true});
    if (dbDir === null) {
      for (const f of [this.dir, this.dir + '.wal']) {
        fs.rmSync(f, {recursive: true, force: true});
      }
    }
    return `disk_mb ${(bytes / 1048576).toFixed(1)}\n`;
  }
}

common.main(new Workload(),
            'usage: workload_kuzu.js DATA.tsv PARAMS.tsv [--reps N] [--db DIR]\n')
    .catch((e) => {
      process.stderr.write(`workload_kuzu: ${e.stack || e}\n`);
      process.exit(1);
    });
