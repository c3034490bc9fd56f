// The standard workload (WORKLOAD.md) on DuckDB (npm @duckdb/node-api), as
// a baseline.
//
//   node workload_duckdb.js DATA.tsv PARAMS.tsv [--reps N] [--indexes]
//   node workload_duckdb.js ... --file DB.duckdb    (a database file)
//
// Same output format as bench/workload. The load reads the TSV with
// read_csv into a table ev(subj, rel, obj, d DATE) and builds the table of
// distinct undirected neighbour pairs adj(a, b) that Q3-Q5 need (what a
// DuckDB user would build); --indexes adds ART indexes on ev(subj),
// ev(obj) and adj(a). Q5 is a level-by-level breadth-first search, one SQL
// statement per level. DuckDB uses its default thread count. Strings
// compare in byte order (DuckDB's default collation).
//
// Needs the npm package (bench/install-peers.sh puts it in
// build/npm-peers; run with NODE_PATH=build/npm-peers/node_modules).
'use strict';
const fs = require('fs');
const {DuckDBInstance} = require('@duckdb/node-api');
const common = require('./workload_common.js');

const args = process.argv.slice(2);
const indexes = args.includes('--indexes');
let file = ':memory:';
{
  const f = args.indexOf('--file');
  if (f >= 0) {
    file = args[f + 1];
    args.splice(f, 2);
  }
  if (indexes) args.splice(args.indexOf('--indexes'), 1);
  process.argv = process.argv.slice(0, 2).concat(args);
}

function lit(s) { return `'${String(s).replace(/'/g, "''")}'`; }

class Workload {
  async load(path) {
    if (file !== ':memory:') {
      for (const f of [file, file + '.wal']) {
        if (fs.existsSync(f)) fs.unlinkSync(f);
      }
    }
    this.db = await DuckDBInstance.create(file);
    this.conn = await this.db.connect();
    const c = this.conn;
    // No quoting or escaping: names may hold '"'.
    await c.run(`CREATE TABLE ev AS SELECT * FROM read_csv(${lit(path)},
        delim = '\t', header = false, quote = '', escape = '',
        auto_detect = false,
        columns = {'subj': 'VARCHAR', 'rel': 'VARCHAR', 'obj': 'VARCHAR',
                   'd': 'DATE'})`);
    await c.run(`CREATE TABLE adj AS
        SELECT subj AS a, obj AS b FROM ev WHERE subj <> obj
        UNION SELECT obj, subj FROM ev WHERE subj <> obj`);
    if (indexes) {
      await c.run('CREATE INDEX ev_subj ON ev(subj)');
      await c.run('CREATE INDEX ev_obj ON ev(obj)');
      await c.run('CREATE INDEX adj_a ON adj(a)');
    }
    const EVENT = `subj, rel, obj, strftime(d, '%Y-%m-%d')`;
    const ORDER = 'ORDER BY d, subj, rel, obj';
    this.q = {
      Q1: await c.prepare(`SELECT ${EVENT} FROM ev WHERE subj = $1
          AND d BETWEEN CAST($2 AS DATE) AND CAST($3 AS DATE) ${ORDER}`),
      Q2: await c.prepare(`SELECT ${EVENT} FROM ev
          WHERE (subj = $1 AND obj = $2) OR (subj = $2 AND obj = $1) ${ORDER}`),
      Q3: await c.prepare('SELECT b FROM adj WHERE a = $1 ORDER BY b'),
      Q4: await c.prepare(`SELECT count(DISTINCT x) FROM (
          SELECT b AS x FROM adj WHERE a = $1
          UNION ALL
          SELECT a2.b FROM adj a1 JOIN adj a2 ON a2.a = a1.b WHERE a1.a = $1)
          WHERE x <> $1`),
      Q6: await c.prepare(`SELECT strftime(d, '%Y-%m') AS m, rel,
          CAST(count(*) AS VARCHAR) FROM ev WHERE subj = $1 OR obj = $1
          GROUP BY m, rel ORDER BY m, rel`),
      Q7: await c.prepare(`SELECT name, CAST(count(*) AS VARCHAR) FROM (
          SELECT subj AS name FROM ev
            WHERE d BETWEEN CAST($1 AS DATE) AND CAST($2 AS DATE)
          UNION ALL
          SELECT obj FROM ev
            WHERE d BETWEEN CAST($1 AS DATE) AND CAST($2 AS DATE))
          GROUP BY name ORDER BY count(*) DESC, name LIMIT 10`),
    };
    const [[rows]] = (await c.runAndReadAll('SELECT count(*) FROM ev')).getRows();
    return Number(rows);
  }

  async rows(phase, args) {
    const p = this.q[phase];
    p.clearBindings();
    args.forEach((a, i) => p.bindVarchar(i + 1, a));
    return (await p.runAndReadAll()).getRows();
  }

  async run(phase, args) {
    if (phase === 'Q5') return this.shortestPath(args[0], args[1]);
    const rows = await this.rows(phase, args);
    if (phase === 'Q4') return Number(rows[0][0]);
    if (phase === 'Q3') return rows.map((r) => r[0]);
    return rows;
  }

  // One statement per level: the unvisited neighbours of the last level.
  async shortestPath(from, to) {
    if (from === to) return 0;
    const c = this.conn;
    await c.run('CREATE OR REPLACE TEMP TABLE seen (n VARCHAR, depth INTEGER)');
    await c.run(`INSERT INTO seen VALUES (${lit(from)}, 0)`);
    for (let depth = 1;; ++depth) {
      await c.run(`INSERT INTO seen
          SELECT DISTINCT a.b, ${depth} FROM seen s JOIN adj a ON a.a = s.n
          WHERE s.depth = ${depth - 1}
            AND a.b NOT IN (SELECT n FROM seen)`);
      const [[added, found]] = (await c.runAndReadAll(`SELECT count(*),
          count(*) FILTER (WHERE n = ${lit(to)}) FROM seen
          WHERE depth = ${depth}`)).getRows();
      if (Number(found) > 0) return depth;
      if (Number(added) === 0) return -1;
    }
  }

  async finish() {
    if (file === ':memory:') return '';
    await this.conn.run('CHECKPOINT');
    let bytes = 0;
    for (const f of [file, file + '.wal']) {
      if (fs.existsSync(f)) bytes += fs.statSync(f).size;
    }
    return `disk_mb ${(bytes / 1048576).toFixed(1)}\n`;
  }
}

common.main(new Workload(),
            'usage: workload_duckdb.js DATA.tsv PARAMS.tsv [--reps N] ' +
            '[--indexes] [--file DB.duckdb]\n')
    .catch((e) => {
      process.stderr.write(`workload_duckdb: ${e.stack || e}\n`);
      process.exit(1);
    });
