#!/usr/bin/env node
// Every test, in order: unit + golden (vitest), then the site build and browser tests
// (node:test + Chromium). Ends with one line "tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync, readdirSync } from 'node:fs';

let passed = 0;
let failed = 0;
let ok = true;

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

mkdirSync('build', { recursive: true });
// Golden programs get a generous deadline: a deadline hit is a mismatch, and the verdict must not
// depend on how busy the machine is (the interpreter itself is deterministic).
const vitestOk = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=build/vitest.json'], {
  GOLDEN_TIMEOUT_MS: process.env.GOLDEN_TIMEOUT_MS ?? '180000',
});
try {
  const report = JSON.parse(readFileSync('build/vitest.json', 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // a test file that fails to load has no failed tests but a failed suite: count it too
  if (!vitestOk && report.numFailedTests === 0) failed += Math.max(1, report.numFailedTestSuites);
} catch {
  failed += 1;
}
ok &&= vitestOk;

const buildOk = run('npx', ['astro', 'build', '--silent']);
if (!buildOk) {
  failed += 1;
  ok = false;
} else {
  const files = readdirSync('tests/browser').filter((f) => f.endsWith('.test.mjs')).map((f) => `tests/browser/${f}`);
  const r = spawnSync('node', ['--test', '--test-concurrency=1', '--test-reporter=tap', ...files], { encoding: 'utf8' });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  const p = /^# pass (\d+)/m.exec(r.stdout);
  const f = /^# fail (\d+)/m.exec(r.stdout);
  passed += p ? Number(p[1]) : 0;
  failed += f ? Number(f[1]) : 1;
  ok &&= r.status === 0;
}

console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
