#!/usr/bin/env node
// Runs the interpreter's command-line front end (src/cli/py.ts). The TypeScript is bundled
// with esbuild into build/py.mjs (rebuilt when any source file is newer), so start-up is fast
// and the VM runs as one optimised module.
import { build } from 'esbuild';
import { statSync, readdirSync, existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'build', 'py.mjs');

function newestMtime(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    const t = e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

const srcNewest = Math.max(newestMtime(join(root, 'src', 'interpreter')), newestMtime(join(root, 'src', 'cli')));
if (!existsSync(out) || statSync(out).mtimeMs < srcNewest) {
  await build({
    entryPoints: [join(root, 'src', 'cli', 'py.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: out,
    sourcemap: true,
    logLevel: 'error',
  });
}
if (process.argv[2] !== '--build-only') {
  const stackKb = wantedStackKb();
  if (stackKb === null) await import(pathToFileURL(out).href);
  else {
    // Re-run with a larger V8 stack: the interpreter's native paths (repr of nested containers,
    // __repr__ calling repr, comparisons, json) recurse in JavaScript, and CPython's own limit for
    // them (1500 C-recursion units) needs more than V8's default ~1 MB stack.
    const r = spawnSync(process.execPath, [`--stack-size=${stackKb}`, out, ...process.argv.slice(2)], { stdio: 'inherit' });
    if (r.signal) process.kill(process.pid, r.signal);
    process.exit(r.status ?? 1);
  }
}

/**
 * The --stack-size (KiB) to re-run with, or null to run in this process (already re-run, or the
 * OS stack limit is unknown or too small to leave V8 a safe margin).
 */
function wantedStackKb() {
  if (process.execArgv.some((a) => a.startsWith('--stack-size'))) return null;
  let limitKb = null;
  try {
    const m = /^Max stack size\s+(\S+)/m.exec(readFileSync('/proc/self/limits', 'utf8'));
    if (m) limitKb = m[1] === 'unlimited' ? Infinity : Number(m[1]) / 1024;
  } catch {
    return null;
  }
  if (limitKb === null || !(limitKb >= 8192)) return null;
  return 4000; // half of the usual 8 MiB main-thread stack: the same as a Node worker's default
}
