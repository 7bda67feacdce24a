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

function time(cmd, args, env) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 26 });
  const t = Number(process.hrtime.bigint() - t0) / 1e9;
  return { t, out: r.stdout, err: r.stderr, status: r.status };
}

// build the CLI bundle once, outside the timings
spawnSync('node', [join(root, 'scripts', 'py.mjs'), '--build-only'], { stdio: 'inherit' });

console.log('workload'.padEnd(24) + 'CPython 3.12'.padStart(14) + 'ours'.padStart(10) + 'ratio'.padStart(8) + '  output');
for (const f of files) {
  const path = join(dir, f);
  const py = time('python3', [path], { PYENV_VERSION: '3.12.1' });
  const ours = time('node', [join(root, 'build', 'py.mjs'), path], {});
  const same = py.out === ours.out && ours.status === 0;
  const ratio = ours.t / py.t;
  console.log(
    f.replace('.py', '').padEnd(24) + `${py.t.toFixed(3)}s`.padStart(14) + `${ours.t.toFixed(3)}s`.padStart(10) +
      `${ratio.toFixed(2)}x`.padStart(8) + (same ? '  same' : `  DIFFERS${ours.status !== 0 ? ' (exit ' + ours.status + ')' : ''}`),
  );
  if (!same && process.env.BENCH_VERBOSE) console.log(ours.err.slice(0, 2000));
}
