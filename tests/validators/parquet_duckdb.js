// Reads a Parquet export with DuckDB (npm @duckdb/node-api).
//
//   node parquet_duckdb.js counts DIR
//     prints "table rows" for every table, read with hive_partitioning
//     (statements and the tables keyed by statement are partitioned by
//     year), and "years N" (distinct partition years, nulls included).
//   node parquet_duckdb.js workload DIR PARAMS.tsv
//     answers the standard workload (Q1-Q7 of WORKLOAD.md) in DuckDB SQL
//     over the tables of an ICEWS import (one statement per row: speaker =
//     subject, first target = object, event_name = relation) and prints
//     one "Qk token" line per phase, in the workload program's form.
//
// Usage: NODE_PATH=build/npm-validators/node_modules node parquet_duckdb.js
'use strict';
const fs = require('fs');
const {DuckDBInstance} = require('@duckdb/node-api');

const TABLES = ['actors', 'aliases', 'affiliations', 'sources', 'statements',
                'targets', 'reports', 'links', 'topics', 'relationships',
                'evidence'];
const PARTITIONED = new Set(['statements', 'targets', 'reports', 'links',
                             'topics']);

function lit(s) { return `'${String(s).replace(/'/g, "''")}'`; }

async function rows(conn, sql) {
  const reader = await conn.runAndReadAll(sql);
  return reader.getRows();
}

async function openTables(conn, dir) {
  for (const t of TABLES) {
    const glob = PARTITIONED.has(t) ? `${dir}/${t}/*/*.parquet`
                                    : `${dir}/${t}/*.parquet`;
    const opts = PARTITIONED.has(t) ? ', hive_partitioning = true' : '';
    await conn.run(`CREATE VIEW "${t}" AS SELECT * FROM read_parquet(` +
                   `${lit(glob)}${opts})`);
  }
}

// FNV-1a 64 over the UTF-8 bytes of the canonical text: "<lines>:<hex16>".
function token(lines) {
  let h = 0xcbf29ce484222325n;
  const text = lines.map((l) => l.join('\t') + '\n').join('');
  for (const b of Buffer.from(text, 'utf8')) {
    h ^= BigInt(b);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return `${lines.length}:${h.toString(16).padStart(16, '0')}`;
}

async function counts(dir) {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  await openTables(conn, dir);
  const out = [];
  for (const t of TABLES) {
    const [[n]] = await rows(conn, `SELECT count(*) FROM "${t}"`);
    out.push(`${t}\t${n}`);
  }
  const [[years]] = await rows(
      conn, 'SELECT count(DISTINCT coalesce(CAST(year AS VARCHAR), \'null\')) ' +
            'FROM statements');
  out.push(`years\t${years}`);
  process.stdout.write(out.join('\n') + '\n');
}

async function workload(dir, paramsFile) {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  await openTables(conn, dir);
  // The events, with names: the tables joined once.
  await conn.run(`
    CREATE TABLE ev AS
    SELECT sa.name AS subj, s.event_name AS rel, ta.name AS obj, s.date AS d
    FROM statements s
    JOIN targets t ON t.statement = s.id AND t.position = 0
    JOIN actors sa ON sa.id = s.speaker
    JOIN actors ta ON ta.id = t.target`);
  // Distinct undirected neighbour pairs, self-loops left out.
  await conn.run(`
    CREATE TABLE und AS
    SELECT subj AS a, obj AS b FROM ev WHERE subj <> obj
    UNION SELECT obj, subj FROM ev WHERE subj <> obj`);
  const EVENT = `subj, rel, obj, strftime(d, '%Y-%m-%d')`;
  const ORDER = `ORDER BY d, subj, rel, obj`;
  const phases = new Map();
  const add = (q, t) => {
    if (!phases.has(q)) phases.set(q, []);
    phases.get(q).push(t);
  };
  const params = fs.readFileSync(paramsFile, 'utf8').split('\n')
                     .map((l) => l.split('\t'))
                     .filter((f) => /^Q[1-7]$/.test(f[0]));
  for (const [q, a, b, c] of params) {
    let r;
    switch (q) {
      case 'Q1':
        r = await rows(conn, `SELECT ${EVENT} FROM ev WHERE subj = ${lit(a)}
            AND d BETWEEN DATE ${lit(b)} AND DATE ${lit(c)} ${ORDER}`);
        add(q, token(r));
        break;
      case 'Q2':
        r = await rows(conn, `SELECT ${EVENT} FROM ev
            WHERE (subj = ${lit(a)} AND obj = ${lit(b)})
               OR (subj = ${lit(b)} AND obj = ${lit(a)}) ${ORDER}`);
        add(q, token(r));
        break;
      case 'Q3':
        r = await rows(conn, `SELECT b FROM und WHERE a = ${lit(a)} ORDER BY b`);
        add(q, token(r));
        break;
      case 'Q4':
        r = await rows(conn, `SELECT count(DISTINCT x) FROM (
            SELECT b AS x FROM und WHERE a = ${lit(a)}
            UNION ALL
            SELECT u2.b FROM und u1 JOIN und u2 ON u2.a = u1.b
            WHERE u1.a = ${lit(a)}) WHERE x <> ${lit(a)}`);
        add(q, String(r[0][0]));
        break;
      case 'Q5':
        add(q, String(await shortestPath(conn, a, b)));
        break;
      case 'Q6':
        r = await rows(conn, `SELECT strftime(d, '%Y-%m') AS m, rel,
            CAST(count(*) AS VARCHAR) FROM ev
            WHERE subj = ${lit(a)} OR obj = ${lit(a)}
            GROUP BY m, rel ORDER BY m, rel`);
        add(q, token(r));
        break;
      case 'Q7':
        r = await rows(conn, `SELECT name, CAST(sum(c) AS VARCHAR) AS deg FROM (
            SELECT subj AS name, 1 AS c FROM ev
              WHERE d BETWEEN DATE ${lit(a)} AND DATE ${lit(b)}
            UNION ALL
            SELECT obj, 1 FROM ev
              WHERE d BETWEEN DATE ${lit(a)} AND DATE ${lit(b)})
            GROUP BY name ORDER BY sum(c) DESC, name LIMIT 10`);
        add(q, token(r));
        break;
    }
  }
  for (const [q, tokens] of phases) {
    process.stdout.write(`${q} ${tokens.join(',')}\n`);
  }
}

// Level-synchronous breadth-first search in SQL: each round adds the
// unvisited neighbours of the last level.
async function shortestPath(conn, from, to) {
  if (from === to) return 0;
  await conn.run('CREATE OR REPLACE TEMP TABLE seen (n VARCHAR, depth INTEGER)');
  await conn.run(`INSERT INTO seen VALUES (${lit(from)}, 0)`);
  for (let depth = 1;; ++depth) {
    await conn.run(`INSERT INTO seen
        SELECT DISTINCT u.b, ${depth} FROM seen s JOIN und u ON u.a = s.n
        WHERE s.depth = ${depth - 1}
          AND u.b NOT IN (SELECT n FROM seen)`);
    const [[added, found]] = await rows(conn, `SELECT count(*),
        count(*) FILTER (WHERE n = ${lit(to)}) FROM seen
        WHERE depth = ${depth}`);
    if (found > 0) return depth;
    if (added === 0n || added === 0) return -1;
  }
}

(async () => {
  const [mode, dir, params] = process.argv.slice(2);
  if (mode === 'counts' && dir) return counts(dir);
  if (mode === 'workload' && dir && params) return workload(dir, params);
  process.stderr.write(
      'usage: parquet_duckdb.js counts DIR | workload DIR PARAMS.tsv\n');
  process.exit(2);
})().catch((e) => {
  process.stderr.write(`parquet_duckdb: ${e.stack || e}\n`);
  process.exit(1);
});
