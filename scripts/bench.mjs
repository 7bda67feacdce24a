#!/usr/bin/env node
// Benchmarks: each workload in bench/workloads runs under real CPython 3.12 and under our
// interpreter (the CLI bundle, end to end, start-up included), in the same run on the same
// machine; prints seconds and the ratio ours/CPython. Outputs must agree, or the row says so.
// Never used as a test: timings vary from machine to machine.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'bench', 'workloads');
const only = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => f.endsWith('.py') && (only.length === 0 || only.some((o) => f.includes(o))));

const q = (a) => `'${a.replace(/'/g, `'\\''`)}'`;

/** Wall time, and CPU time (user + sys) of the child, read with bash's `times` builtin. */
function time(cmd, args, env) {
  const t0 = process.hrtime.bigint();
  const script = `${[cmd, ...args].map(q).join(' ')} 2>/tmp/bench-stderr; s=$?; times >&2; exit $s`;
  const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 26 });
  const t = Number(process.hrtime.bigint() - t0) / 1e9;
  const lines = r.stderr.trim().split('\n');
  const m = /(\d+)m([\d.]+)s (\d+)m([\d.]+)s/.exec(lines[lines.length - 1] ?? '');
  const cpu = m ? Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4]) : NaN;
  return { t, cpu, out: r.stdout, status: r.status };
}

// build the CLI bundle once, outside the timings
spawnSync('node', [join(root, 'scripts', 'py.mjs'), '--build-only'], { stdio: 'inherit' });

console.log('CPU seconds (user+sys; stable when the machine is busy) and wall seconds, start-up included');
console.log('workload'.padEnd(22) + 'CPython cpu'.padStart(12) + 'ours cpu'.padStart(10) + 'ratio'.padStart(8) + 'CPython wall'.padStart(14) + 'ours wall'.padStart(11) + 'ratio'.padStart(8) + '  output');
for (const f of files) {
  const path = join(dir, f);
  const py = time('python3', [path], { PYENV_VERSION: '3.12.1' });
  const ours = time('node', [join(root, 'build', 'py.mjs'), path], {});
  const same = py.out === ours.out && ours.status === 0;
  console.log(
    f.replace('.py', '').padEnd(22) + `${py.cpu.toFixed(2)}s`.padStart(12) + `${ours.cpu.toFixed(2)}s`.padStart(10) +
      `${(ours.cpu / py.cpu).toFixed(2)}x`.padStart(8) + `${py.t.toFixed(2)}s`.padStart(14) + `${ours.t.toFixed(2)}s`.padStart(11) +
      `${(ours.t / py.t).toFixed(2)}x`.padStart(8) + (same ? '  same' : `  DIFFERS${ours.status !== 0 ? ' (exit ' + ours.status + ')' : ''}`),
  );
}
