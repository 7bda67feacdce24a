#!/usr/bin/env node
// Runs the interpreter's command-line front end (src/cli/py.ts). The TypeScript is bundled
// with esbuild into build/py.mjs (rebuilt when any source file is newer), so start-up is fast
// and the VM runs as one optimised module.
import { build } from 'esbuild';
import { statSync, readdirSync, existsSync } from 'node:fs';
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
if (process.argv[2] !== '--build-only') await import(pathToFileURL(out).href);
