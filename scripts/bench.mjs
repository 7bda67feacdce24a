#!/usr/bin/env node
// Benchmarks: each workload in bench/workloads runs under real CPython 3.12 and under our
// interpreter (the CLI bundle, end to end, start-up included), in the same run on the same
// machine; prints seconds and the ratio ours/CPython. Outputs must agree, or the row says so.
// Then the seed-scale programs of bench/scale (100k and 1M items) report time and host memory
// per simulated object for both (see scale() below).
// Never used as a test: timings vary from machine to machine.
//   node scripts/bench.mjs [name …] [--no-scale | --only-scale]
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'bench', 'workloads');
const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const files = flags.includes('--only-scale') ? [] : readdirSync(dir).filter((f) => f.endsWith('.py') && (only.length === 0 || only.some((o) => f.includes(o))));

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

if (files.length > 0) console.log('CPU seconds (user+sys; stable when the machine is busy) and wall seconds, start-up included');
if (files.length > 0) console.log(
  'workload'.padEnd(22) + 'CPython cpu'.padStart(12) + 'ours cpu'.padStart(10) + 'ratio'.padStart(8) + 'CPython wall'.padStart(14) + 'ours wall'.padStart(11) + 'ratio'.padStart(8) + '  output',
);
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

// ------------------------------------------------------------------ seed scale (issue 3)
// Each bench/scale program builds N items (its first comment says how many Python objects one
// item is) and keeps them alive. It runs with N = 0 (start-up baseline), 100k and 1M under both
// interpreters, measured by /usr/bin/time: CPU seconds and peak resident set size. Per object:
// (value at N - value at 0) / (N * objects per item). Host memory is the whole process's RSS:
// for us the V8 heap (JS objects of the simulation, GC slack), for CPython its own heap.
function scale() {
  const sdir = join(root, 'bench', 'scale');
  const progs = readdirSync(sdir).filter((f) => f.endsWith('.py') && (only.length === 0 || only.some((o) => f.includes(o))));
  if (progs.length === 0) return;
  if (!existsSync('/usr/bin/time')) {
    console.log('\nseed scale: skipped (needs /usr/bin/time for peak RSS)');
    return;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'bench-scale-'));
  const measure = (cmd, args, env) => {
    const r = spawnSync('/usr/bin/time', ['-f', '@@ %U %S %M', cmd, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 26 });
    const m = /@@ ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr);
    return { cpu: m ? Number(m[1]) + Number(m[2]) : NaN, rssKiB: m ? Number(m[3]) : NaN, out: r.stdout, status: r.status };
  };
  console.log('\nSeed scale: per simulated object, (run at N - run at N=0) / objects; CPU microseconds and host bytes (peak RSS)');
  console.log(
    'program'.padEnd(14) + 'N'.padStart(9) + 'objects'.padStart(10) + 'CPy us'.padStart(9) + 'ours us'.padStart(9) + 'ratio'.padStart(7) +
      'CPy B'.padStart(8) + 'ours B'.padStart(8) + 'ratio'.padStart(7) + '  output',
  );
  for (const f of progs) {
    const src = readFileSync(join(sdir, f), 'utf8');
    const per = Number(/objects per item: (\d+)/.exec(src)?.[1] ?? '1');
    const withN = (n) => {
      const p = join(tmp, `${n}-${f}`);
      writeFileSync(p, src.replace(/^N = .*$/m, `N = ${n}`));
      return p;
    };
    const run = (n) => ({
      py: measure('python3', [withN(n)], { PYENV_VERSION: '3.12.1' }),
      ours: measure('node', [join(root, 'build', 'py.mjs'), withN(n)], {}),
    });
    const base = run(0);
    for (const n of [100_000, 1_000_000]) {
      const r = run(n);
      const objs = n * per;
      const us = (a, b) => ((a.cpu - b.cpu) * 1e6) / objs;
      const bytes = (a, b) => ((a.rssKiB - b.rssKiB) * 1024) / objs;
      const pyUs = us(r.py, base.py);
      const ourUs = us(r.ours, base.ours);
      const pyB = bytes(r.py, base.py);
      const ourB = bytes(r.ours, base.ours);
      const same = r.py.out === r.ours.out && r.ours.status === 0;
      const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(1)}x` : '-');
      console.log(
        f.replace('.py', '').padEnd(14) + String(n).padStart(9) + String(objs).padStart(10) + pyUs.toFixed(2).padStart(9) + ourUs.toFixed(2).padStart(9) +
          ratio(ourUs, pyUs).padStart(7) + pyB.toFixed(0).padStart(8) + ourB.toFixed(0).padStart(8) + ratio(ourB, pyB).padStart(7) +
          (same ? '  same' : '  DIFFERS'),
      );
    }
  }
}
if (!flags.includes('--no-scale')) scale();
