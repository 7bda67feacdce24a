/**
 * Golden test: every program under tests/golden/<suite>/ is run by our interpreter and its
 * stdout, stderr and exit code are compared with what real CPython 3.12.1 printed
 * (`<name>.py.expected`, written by scripts/generate-goldens.mjs). Both sides go through the same
 * normaliser (scripts/golden-normalize.ts: addresses, ids, absolute paths, timings — nothing else).
 *
 * One test per program:
 *   - a program that matches passes;
 *   - a program that differs fails, showing a unified diff (first 40 lines);
 *   - a program listed in known-gaps.json is still run: while it differs the test passes and logs
 *     the difference (a one-line summary; the diff with GOLDEN_VERBOSE=1 or when ≤ 5 programs run);
 *     once it matches, the test FAILS and asks for the entry to be removed.
 * A program that runs past its deadline (GOLDEN_TIMEOUT_MS, default 30 s) counts as differing.
 *
 * Environment: GOLDEN_TIMEOUT_MS, GOLDEN_WORKERS (parallel programs, default 2),
 * GOLDEN_MAX_INSTRUCTIONS, GOLDEN_VERBOSE=1, GOLDEN_REPORT=<file> (JSON of every result, used by
 * `node scripts/generate-goldens.mjs --mark-failing-as-gaps`), GOLDEN_INTERPRETER=cpython (run
 * real CPython instead of the interpreter: every program must then match — a check of the harness).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { normalize } from '../../scripts/golden-normalize';
import { unifiedDiff } from './diff';
import { discoverExpectedFiles, discoverPrograms, type ExpectedOutput, type GoldenProgram, readExpected, readKnownGaps } from './golden-files';
import { ProgramRunner, type RunOutcome } from './runner';
import { buildSync } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';

const TIMEOUT_MS = Number(process.env.GOLDEN_TIMEOUT_MS ?? 30_000);
const WORKERS = Number(process.env.GOLDEN_WORKERS ?? 2);
const MAX_INSTRUCTIONS = Number(process.env.GOLDEN_MAX_INSTRUCTIONS ?? 10_000_000_000);

/**
 * The interpreter under test, bundled once with esbuild (as the CLI and the site bundle it, so
 * the tests run the same optimised module); GOLDEN_INTERPRETER=cpython checks the harness itself
 * with real CPython.
 */
function bundledInterpreter(): URL {
  const out = fileURLToPath(new URL('../../build/interpreter-golden.mjs', import.meta.url));
  buildSync({
    entryPoints: [fileURLToPath(new URL('../../src/interpreter/index.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: out,
    logLevel: 'error',
  });
  return pathToFileURL(out);
}
const INTERPRETER =
  process.env.GOLDEN_INTERPRETER === 'cpython' ? new URL('./cpython-interpreter.ts', import.meta.url) : bundledInterpreter();

const programs = discoverPrograms();
const gaps = readKnownGaps();
const runner = new ProgramRunner(WORKERS, INTERPRETER);

interface Verdict {
  matches: boolean;
  /** The interpreter threw its "not implemented" error. */
  notImplemented?: boolean;
  /** The interpreter module could not even be imported (no verdict about the program itself). */
  importFailed?: boolean;
  /** One line: what differs. */
  summary: string;
  diff: string[];
}

const verdicts = new Map<string, Verdict>();
/** Runs started ahead of their tests (the pool works on the next programs while a test checks its own). */
const pending = new Map<string, Promise<RunOutcome>>();
let verbose = process.env.GOLDEN_VERBOSE === '1';

function start(program: GoldenProgram): Promise<RunOutcome> {
  let run = pending.get(program.id);
  if (run === undefined) {
    run = runner.run(
      {
        source: readFileSync(program.path, 'utf8'),
        filename: program.path, // CPython makes a script's __file__ (and traceback paths) absolute
        cwd: program.dir,
        stdin: existsSync(`${program.path}.stdin`) ? readFileSync(`${program.path}.stdin`, 'utf8') : '',
        maxInstructions: MAX_INSTRUCTIONS,
      },
      TIMEOUT_MS,
    );
    pending.set(program.id, run);
  }
  return run;
}

function firstDifference(label: string, expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const show = (s: string | undefined) => (s === undefined ? '(end)' : JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…` : s));
  return `${label} line ${i + 1}: expected ${show(a[i])}, got ${show(b[i])}`;
}

function judge(expected: ExpectedOutput, outcome: RunOutcome): Verdict {
  if (outcome.kind === 'timeout') {
    const summary = `did not finish within ${TIMEOUT_MS / 1000} s`;
    return { matches: false, summary, diff: [summary] };
  }
  if (outcome.kind === 'threw') {
    const firstLine = outcome.error.split('\n')[0] ?? '';
    return {
      matches: false,
      notImplemented: /not implemented/i.test(firstLine),
      importFailed: outcome.importing === true,
      summary: `interpreter threw: ${firstLine}`,
      diff: ['runProgram threw (a JavaScript error, not a Python exception):', ...outcome.error.split('\n').slice(0, 12)],
    };
  }
  const actual = outcome.result;
  const want = { stdout: normalize(expected.stdout), stderr: normalize(expected.stderr) };
  const got = { stdout: normalize(actual.stdout), stderr: normalize(actual.stderr) };
  const problems: string[] = [];
  const diff: string[] = [];
  if (actual.exitCode !== expected.exitCode) {
    problems.push(`exit code ${actual.exitCode}, CPython ${expected.exitCode}`);
    diff.push(`exit code: expected ${expected.exitCode}, got ${actual.exitCode}`);
  }
  for (const stream of ['stdout', 'stderr'] as const) {
    if (want[stream] === got[stream]) continue;
    problems.push(firstDifference(stream, want[stream], got[stream]));
    diff.push(...unifiedDiff(want[stream], got[stream], { label: stream }));
  }
  return { matches: problems.length === 0, summary: problems.join('; '), diff: diff.slice(0, 40) };
}

afterAll(async () => {
  await runner.close();
  const matching = [...verdicts.values()].filter((v) => v.matches).length;
  const scope = verdicts.size === programs.length ? '' : ` (only ${verdicts.size} of them ran)`;
  console.log(`${matching} of ${programs.length} golden programs match CPython 3.12${scope}`);
  if (process.env.GOLDEN_REPORT !== undefined) {
    const report = Object.fromEntries([...verdicts].map(([id, { diff: _diff, ...v }]) => [id, v]));
    writeFileSync(process.env.GOLDEN_REPORT, JSON.stringify({ programs: report }, null, 1));
  }
});

describe('golden programs: interpreter vs CPython 3.12', () => {
  beforeAll(({}, suite) => {
    // Start the programs whose tests will run (a -t filter skips the others), in test order.
    const selected = suite.tasks.filter((t) => t.type === 'test' && (t.mode === 'run' || t.mode === 'only'));
    if (selected.length <= 5) verbose = true;
    const byId = new Map(programs.map((p) => [p.id, p]));
    for (const t of selected) {
      const program = byId.get(t.name);
      if (program !== undefined && existsSync(program.expectedPath)) void start(program);
    }
  });

  for (const program of programs) {
    it(program.id, async () => {
      const expected = readExpected(program);
      if (expected === null) {
        verdicts.set(program.id, { matches: false, summary: 'no golden output', diff: [] });
        throw new Error(`${program.id}: no golden output; run \`npm run golden:generate -- ${program.id}\``);
      }
      const verdict = judge(expected, await start(program));
      verdicts.set(program.id, verdict);
      const reason = gaps[program.id];
      if (reason === undefined) {
        if (!verdict.matches) expect.fail(`${program.id} differs from CPython 3.12: ${verdict.summary}\n${verdict.diff.join('\n')}`);
      } else if (verdict.matches) {
        expect.fail(`${program.id} now matches CPython 3.12: remove it from tests/golden/known-gaps.json ("${reason}")`);
      } else {
        console.log(`known gap ${program.id} (${reason}): ${verdict.summary}${verbose ? `\n${verdict.diff.join('\n')}` : ''}`);
      }
    }, TIMEOUT_MS + 15_000);
  }
});

describe('golden corpus', () => {
  it('every .expected file belongs to a program', () => {
    const expectedFiles = new Set(programs.map((p) => p.expectedPath));
    const orphans = discoverExpectedFiles().filter((f) => !expectedFiles.has(f));
    expect(orphans).toEqual([]);
  });

  it('every known gap names an existing program', () => {
    const ids = new Set(programs.map((p) => p.id));
    expect(Object.keys(gaps).filter((id) => !ids.has(id))).toEqual([]);
  });
});
