// Baseline for the JSON Lines load: DuckDB's read_json of the same file into
// a table in memory (npm @duckdb/node-api, its default thread count: one
// per core), timed by the wall clock.
//
//   sh bench/install-peers.sh build
//   DIPLOGRAPH_JSON_BENCH_FILE=build/lines.jsonl build/bench/json_benchmark \
//       --benchmark_filter=LoadLinesFileThreads
//   NODE_PATH=build/npm-peers/node_modules \
//       node bench/json/duckdb_read_json.js build/lines.jsonl [--reps N]
//
// Prints the rows read and, per repetition, the wall-clock and the CPU
// milliseconds (all threads of the process) of
// CREATE TABLE t AS SELECT * FROM read_json(FILE, format =
// 'newline_delimited'); then the minimum and the median. The table is
// dropped between repetitions; the first repetition also warms the page
// cache and DuckDB's schema detection.
'use strict';
const {DuckDBInstance} = require('@duckdb/node-api');

function lit(s) { return `'${String(s).replace(/'/g, "''")}'`; }

async function main() {
  const args = process.argv.slice(2);
  let reps = 5;
  const r = args.indexOf('--reps');
  if (r >= 0) {
    reps = Number(args[r + 1]);
    args.splice(r, 2);
  }
  if (args.length !== 1) {
    console.error('usage: duckdb_read_json.js FILE.jsonl [--reps N]');
    process.exit(2);
  }
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  const times = [];
  const cpus = [];  // CPU ms of every thread of the process
  let rows = 0;
  for (let i = 0; i < reps; ++i) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    await c.run(`CREATE TABLE t AS SELECT * FROM read_json(${lit(args[0])},
        format = 'newline_delimited')`);
    const t1 = process.hrtime.bigint();
    times.push(Number(t1 - t0) / 1e6);
    const cu = process.cpuUsage(c0);
    cpus.push((cu.user + cu.system) / 1e3);
    const res = await c.runAndReadAll('SELECT count(*) FROM t');
    rows = Number(res.getRows()[0][0]);
    await c.run('DROP TABLE t');
  }
  const sorted = [...times].sort((a, b) => a - b);
  const csorted = [...cpus].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  console.log(`rows ${rows}`);
  console.log(`ms ${times.map((t) => t.toFixed(1)).join(' ')}`);
  console.log(`cpu_ms ${cpus.map((t) => t.toFixed(1)).join(' ')}`);
  console.log(`min_ms ${sorted[0].toFixed(1)} median_ms ${
      sorted[mid].toFixed(1)} min_cpu_ms ${csorted[0].toFixed(1)} median_cpu_ms ${
      csorted[mid].toFixed(1)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
