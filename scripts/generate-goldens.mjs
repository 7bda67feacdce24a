#!/usr/bin/env node
/**
 * generate-goldens — record what REAL CPython 3.12.1 prints for every golden program.
 *
 *   node scripts/generate-goldens.mjs [selector …]      (npm run golden:generate -- [selector …])
 *
 * A program is a `.py` file directly inside a suite folder, `tests/golden/<suite>/<name>.py`
 * (files in deeper folders, e.g. `tests/golden/lang/modules/helper_mod.py`, are helpers that
 * programs import, never programs). For each program this runs
 *
 *   cd tests/golden/<suite> && <python 3.12.1> <name>.py   < /dev/null
 *
 * (or `< <name>.py.stdin` when that file exists: the program's standard input, given to the
 * interpreter the same way by tests/golden/golden.test.ts)
 *
 * with the clean environment the seed harness used (PATH, HOME, LANG=C.UTF-8; no PYTHON*
 * variables), a 120 s timeout, at most `--jobs` (default 2) processes at a time, and writes
 * stdout, stderr and the exit code, byte for byte, to `<name>.py.expected`:
 *
 *   # golden: CPython 3.12.1 output of <suite>/<name>.py — written by scripts/generate-goldens.mjs; never edit
 *   exit: <code>
 *   --- stdout: <N> bytes ---
 *   <exactly N bytes>
 *   --- stderr: <M> bytes ---
 *   <exactly M bytes>
 *
 * (each byte block is followed by one `\n` that is not part of it). Nothing is normalised here:
 * `scripts/golden-normalize.ts` is applied to both sides at comparison time.
 *
 * Selectors: `lang/strings`, `lang/strings.py`, a path to the file, or a prefix (`errors`,
 * `seeds/s001-`): every program whose `suite/name` starts with it.
 * Options:
 *   --check        run CPython again and compare with the stored goldens instead of writing
 *                  (finds nondeterministic programs and stale goldens): "same", "same after
 *                  normalising" (only addresses, ids, paths or timings moved) or "DIFFERS";
 *                  exit 1 on any DIFFERS
 *   --jobs N       parallel CPython processes (default 2)
 *   --mark-failing-as-gaps [--reason TEXT]
 *                  run the golden test (vitest) and update tests/golden/known-gaps.json: a failing
 *                  program not listed gets TEXT (default: "interpreter not yet implemented" when the
 *                  interpreter threw its not-implemented error, else an automatic description);
 *                  a listed program that now matches is removed; entries for programs that no
 *                  longer exist are removed; every other reason (written by people) is kept.
 *                  Refuses (without --reason) when the interpreter cannot even be imported.
 *   --list         print the programs and exit
 *
 * The interpreter must be CPython 3.12.1 on 64-bit Linux; anything else is refused.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const GOLDEN = join(ROOT, 'tests', 'golden');
const GAPS_FILE = join(GOLDEN, 'known-gaps.json');
const TIMEOUT_MS = 120_000;
const PY_VERSION = '3.12.1';
const DEFAULT_GAP_REASON = 'interpreter not yet implemented';

// ---------------------------------------------------------------------------------------------
// Programs

/** Every program as `suite/name` (without `.py`), sorted. */
function discoverPrograms() {
  const programs = [];
  for (const suite of readdirSync(GOLDEN).sort()) {
    const dir = join(GOLDEN, suite);
    if (suite.startsWith('.') || !statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir).sort()) {
      if (file.endsWith('.py') && statSync(join(dir, file)).isFile()) programs.push(`${suite}/${file.slice(0, -3)}`);
    }
  }
  return programs;
}

/** Programs chosen by the command-line selectors (all when there are none). */
function selectPrograms(all, selectors) {
  if (selectors.length === 0) return all;
  const chosen = new Set();
  for (const sel of selectors) {
    let key = sel.endsWith('.py') ? sel.slice(0, -3) : sel.replace(/\/$/, '');
    if (existsSync(resolve(sel))) key = relative(GOLDEN, resolve(sel)).replace(/\.py$/, '');
    const hits = all.filter((p) => p.startsWith(key));
    if (hits.length === 0) throw new Error(`no golden program matches "${sel}"`);
    for (const h of hits) chosen.add(h);
  }
  return all.filter((p) => chosen.has(p));
}

// ---------------------------------------------------------------------------------------------
// CPython

/** The 3.12.1 executable (resolved once through pyenv, then run directly with a clean env). */
function findPython() {
  const probe = spawnSync(
    'python3',
    ['-c', 'import sys, platform; print(sys.executable); print(platform.python_version(), sys.implementation.name, sys.platform, sys.maxsize > 2**32)'],
    { env: { ...process.env, PYENV_VERSION: PY_VERSION }, encoding: 'utf8' },
  );
  if (probe.status !== 0) throw new Error(`cannot run PYENV_VERSION=${PY_VERSION} python3:\n${probe.stderr}`);
  const [exe, info] = probe.stdout.trim().split('\n');
  if (info !== `${PY_VERSION} cpython linux True`) {
    throw new Error(`goldens must come from CPython ${PY_VERSION} on 64-bit Linux; python3 reports "${info}" (${exe})`);
  }
  return exe;
}

const CLEAN_ENV = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: process.env.HOME ?? '/root',
  LANG: 'C.UTF-8',
};

/** Run one program; resolves to { exit, stdout: Buffer, stderr: Buffer, ms }. */
function runCPython(python, program) {
  const [suite, name] = program.split('/');
  return new Promise((resolvePromise, reject) => {
    const t0 = Date.now();
    const stdinFile = join(GOLDEN, suite, `${name}.py.stdin`);
    const hasStdin = existsSync(stdinFile);
    const child = spawn(python, [`${name}.py`], {
      cwd: join(GOLDEN, suite),
      env: CLEAN_ENV,
      stdio: [hasStdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
      detached: true, // own process group, so a timeout kills everything it started
    });
    if (hasStdin) child.stdin.end(readFileSync(stdinFile));
    const out = [];
    const err = [];
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) return reject(new Error(`${program}: CPython did not finish within ${TIMEOUT_MS / 1000} s`));
      if (code === null) return reject(new Error(`${program}: CPython was killed by ${signal}`));
      resolvePromise({ exit: code, stdout: Buffer.concat(out), stderr: Buffer.concat(err), ms: Date.now() - t0 });
    });
  });
}

/** The `.expected` file for one run (format described at the top of this file). */
function formatExpected(program, run) {
  return Buffer.concat([
    Buffer.from(
      `# golden: CPython ${PY_VERSION} output of ${program}.py — written by scripts/generate-goldens.mjs; never edit\n` +
        `exit: ${run.exit}\n--- stdout: ${run.stdout.length} bytes ---\n`,
    ),
    run.stdout,
    Buffer.from(`\n--- stderr: ${run.stderr.length} bytes ---\n`),
    run.stderr,
    Buffer.from('\n'),
  ]);
}

const expectedPath = (program) => join(GOLDEN, `${program}.py.expected`);

/** Read back an `.expected` file: { exit, stdout: Buffer, stderr: Buffer } (null if malformed). */
function parseExpected(buf) {
  let pos = 0;
  const line = () => {
    const end = buf.indexOf(0x0a, pos);
    if (end < 0) return null;
    const text = buf.subarray(pos, end).toString('utf8');
    pos = end + 1;
    return text;
  };
  const block = (name) => {
    const m = /^--- (\w+): (\d+) bytes ---$/.exec(line() ?? '');
    if (m === null || m[1] !== name) return null;
    const data = buf.subarray(pos, pos + Number(m[2]));
    pos += Number(m[2]) + 1;
    return data;
  };
  line();
  const exit = /^exit: (-?\d+)$/.exec(line() ?? '');
  const stdout = block('stdout');
  const stderr = block('stderr');
  return exit && stdout && stderr ? { exit: Number(exit[1]), stdout, stderr } : null;
}

/** The seed harness's normaliser (scripts/golden-normalize.py, = golden-normalize.ts) over texts. */
function normalizeAll(python, texts) {
  const script =
    'import json, sys, importlib.util\n' +
    `spec = importlib.util.spec_from_file_location("n", ${JSON.stringify(join(ROOT, 'scripts', 'golden-normalize.py'))})\n` +
    'n = importlib.util.module_from_spec(spec); spec.loader.exec_module(n)\n' +
    'sys.stdout.write(json.dumps([n.normalize(t) for t in json.load(sys.stdin)]))\n';
  const res = spawnSync(python, ['-c', script], { input: JSON.stringify(texts), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (res.status !== 0) throw new Error(`normalising failed: ${res.stderr}`);
  return JSON.parse(res.stdout);
}

/** Compare a fresh run with the stored golden: 'same', 'same after normalising', or 'DIFFERS'. */
function compareWithStored(python, program, run, text) {
  const path = expectedPath(program);
  if (!existsSync(path)) return 'DIFFERS';
  const stored = readFileSync(path);
  if (stored.equals(text)) return 'same';
  const old = parseExpected(stored);
  if (old === null || old.exit !== run.exit) return 'DIFFERS';
  const [a, b, c, d] = normalizeAll(python, [old.stdout, run.stdout, old.stderr, run.stderr].map((x) => x.toString('utf8')));
  return a === b && c === d ? 'same after normalising' : 'DIFFERS';
}

/** Remove the bytecode caches CPython wrote next to imported helper modules. */
function removePycache(dir = GOLDEN) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = join(dir, entry.name);
    if (entry.name === '__pycache__') rmSync(path, { recursive: true, force: true });
    else removePycache(path);
  }
}

async function generate(programs, { check, jobs }) {
  const python = findPython();
  console.log(`CPython ${PY_VERSION}: ${python}; ${programs.length} program(s), ${jobs} at a time${check ? ', checking' : ''}`);
  const queue = [...programs];
  const problems = [];
  async function worker() {
    for (let program = queue.shift(); program !== undefined; program = queue.shift()) {
      try {
        const run = await runCPython(python, program);
        const text = formatExpected(program, run);
        const path = expectedPath(program);
        const secs = (run.ms / 1000).toFixed(2);
        if (check) {
          const verdict = compareWithStored(python, program, run, text);
          if (verdict === 'DIFFERS') problems.push(`${program}: CPython output differs from ${relative(ROOT, path)}`);
          console.log(`${verdict}: ${program} (exit ${run.exit}, ${secs} s)`);
        } else {
          writeFileSync(path, text);
          console.log(`wrote ${program}.py.expected (exit ${run.exit}, ${run.stdout.length}+${run.stderr.length} bytes, ${secs} s)`);
        }
      } catch (e) {
        problems.push(e.message);
        console.log(`FAILED ${program}: ${e.message}`);
      }
    }
  }
  await Promise.all(Array.from({ length: jobs }, worker));
  removePycache();
  if (problems.length > 0) {
    console.error(`\n${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  }
}

// ---------------------------------------------------------------------------------------------
// Known gaps

/** Run the golden test, then bring known-gaps.json in line with what it found. */
function markFailingAsGaps(selectors, reasonOverride) {
  const all = discoverPrograms();
  const tmp = mkdtempSync(join(tmpdir(), 'golden-report-'));
  const report = join(tmp, 'report.json');
  const vitest = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
  const filter = selectors.length > 0 ? ['-t', selectPrograms(all, selectors).map(escapeRegExp).join('|')] : [];
  console.log('running the golden test …');
  const res = spawnSync(process.execPath, [vitest, 'run', 'tests/golden/golden.test.ts', ...filter], {
    cwd: ROOT,
    env: { ...process.env, GOLDEN_REPORT: report },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (!existsSync(report)) throw new Error(`the golden test wrote no report (vitest exit ${res.status})`);
  const results = JSON.parse(readFileSync(report, 'utf8')).programs;
  rmSync(tmp, { recursive: true, force: true });

  const unloadable = Object.values(results).find((r) => r.importFailed);
  if (unloadable !== undefined && reasonOverride === undefined) {
    throw new Error(`the interpreter cannot be imported, so no program can be judged (${unloadable.summary}); fix it, or pass --reason`);
  }
  const gaps = existsSync(GAPS_FILE) ? JSON.parse(readFileSync(GAPS_FILE, 'utf8')) : {};
  const added = [];
  const removed = [];
  for (const [program, r] of Object.entries(results)) {
    if (r.matches && program in gaps) {
      delete gaps[program];
      removed.push(program);
    } else if (!r.matches && !(program in gaps)) {
      gaps[program] = reasonOverride ?? (r.notImplemented ? DEFAULT_GAP_REASON : `auto-marked: ${r.summary}`);
      added.push(program);
    }
  }
  for (const program of Object.keys(gaps)) {
    if (!all.includes(program)) {
      delete gaps[program];
      removed.push(`${program} (no such program)`);
    }
  }
  const sorted = Object.fromEntries(Object.keys(gaps).sort().map((k) => [k, gaps[k]]));
  writeFileSync(GAPS_FILE, `${JSON.stringify(sorted, null, 2)}\n`);
  console.log(`known-gaps.json: ${Object.keys(sorted).length} entries; added ${added.length}, removed ${removed.length}`);
  for (const p of removed) console.log(`  removed ${p}`);
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---------------------------------------------------------------------------------------------

async function main(argv) {
  const selectors = [];
  let check = false;
  let jobs = 2;
  let mark = false;
  let list = false;
  let reason;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--check') check = true;
    else if (a === '--jobs') {
      jobs = Number(argv[++i]);
      if (!Number.isInteger(jobs) || jobs < 1) throw new Error('--jobs needs a positive integer');
    }
    else if (a === '--mark-failing-as-gaps') mark = true;
    else if (a === '--reason') reason = argv[++i];
    else if (a === '--list') list = true;
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else selectors.push(a);
  }
  if (mark) return markFailingAsGaps(selectors, reason);
  const programs = selectPrograms(discoverPrograms(), selectors);
  if (list) return void console.log(programs.join('\n'));
  await generate(programs, { check, jobs });
}

main(process.argv.slice(2)).catch((e) => {
  console.error(`generate-goldens: ${e.message}`);
  process.exitCode = 1;
});
