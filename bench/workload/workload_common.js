// What the Node.js baselines of the standard workload (WORKLOAD.md) share:
// reading the parameters, the answer tokens, the timing protocol and the
// output lines, so that every system is timed and checked alike.
'use strict';
const fs = require('fs');

// [[phase, [args...]], ...] from a params file (lines `Qk<TAB>arg...`).
function readParams(path) {
  const out = [];
  for (const line of fs.readFileSync(path, 'utf8').split('\n')) {
    const f = line.replace(/\r$/, '').split('\t');
    if (/^Q[1-7]$/.test(f[0])) out.push([f[0], f.slice(1)]);
  }
  return out;
}

// FNV-1a 64 over the UTF-8 bytes of the lines, each ending in "\n":
// "<lines>:<16 hex digits>".
function fnvToken(lines) {
  let h = 0xcbf29ce484222325n;
  for (const line of lines) {
    for (const b of Buffer.from(line + '\n', 'utf8')) {
      h ^= BigInt(b);
      h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
    }
  }
  return `${lines.length}:${h.toString(16).padStart(16, '0')}`;
}

// The token of one instance's result: rows are arrays of strings (Q1, Q2:
// subject, relation, object, date; Q3: name; Q6: month, relation, count;
// Q7: name, degree), Q4 and Q5 a number.
function token(phase, result) {
  if (phase === 'Q4' || phase === 'Q5') return String(result);
  return fnvToken(result.map((r) => (Array.isArray(r) ? r.join('\t') : r)));
}

function now() { return Number(process.hrtime.bigint()) / 1e9; }

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// WORKLOAD.md's protocol: one untimed warm-up (its answers are reported),
// then at least `minReps` timed runs, more (up to 100) while they fit in
// about 0.25 s, fewer when 5 would take over 120 s. Returns [median, reps,
// warm-up result].
async function timeBatch(batch, minReps) {
  let t0 = now();
  const first = await batch();
  const warm = now() - t0;
  if (warm > 120) return [warm, 0, first];
  let reps = Math.max(minReps, 1);
  if (warm * reps > 120) {
    reps = Math.max(1, Math.floor(120 / warm));
  } else if (warm * reps < 0.25) {
    reps = Math.min(100, Math.max(reps, warm > 0 ? Math.floor(0.25 / warm) : 100));
  }
  const times = [];
  for (let i = 0; i < reps; ++i) {
    t0 = now();
    await batch();
    times.push(now() - t0);
  }
  return [median(times), reps, first];
}

// Runs a workload object ({load(path) -> rows, run(phase, args) -> result})
// and prints the output lines of WORKLOAD.md.
async function main(workload, usage) {
  const args = process.argv.slice(2);
  let reps = 5;
  const r = args.indexOf('--reps');
  if (r >= 0) {
    reps = Number(args[r + 1]);
    args.splice(r, 2);
  }
  if (args.length !== 2) {
    process.stderr.write(usage);
    process.exit(2);
  }
  const [data, params] = args;
  const instances = readParams(params);
  let t0 = now();
  const rows = await workload.load(data);
  process.stdout.write(`L ${(now() - t0).toFixed(6)} rows=${rows} reps=1\n`);
  for (const phase of ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7']) {
    const batch = instances.filter(([p]) => p === phase).map(([, a]) => a);
    if (batch.length === 0) continue;
    const runBatch = async () => {
      const out = [];
      for (const a of batch) out.push(await workload.run(phase, a));
      return out;
    };
    const [med, n, first] = await timeBatch(runBatch, reps);
    const tokens = first.map((res) => token(phase, res)).join(',');
    process.stdout.write(`${phase} ${med.toFixed(9)} ${tokens} reps=${n}\n`);
  }
  const extra = workload.finish ? await workload.finish() : '';
  process.stdout.write(extra);
  const rss = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`peak_rss_mb ${rss.toFixed(1)}\n`);
}

module.exports = {readParams, fnvToken, token, timeBatch, main};
