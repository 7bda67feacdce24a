/**
 * The collector's stress mode (like clox's DEBUG_STRESS_GC: a full collection at every
 * eval-breaker check after an allocation) must not change what a program prints: a missing
 * root or a wrong traverse/clear would free live objects and change the output or crash.
 * Programs here print no gc counts (those legitimately differ under stress).
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { runProgram } from '../../../src/interpreter/index';
import { NodeFileSystem } from '../../../src/cli/node-fs';

const goldenDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'golden');
const programs = [
  'lang/closures',
  'lang/classes_basic',
  'lang/comprehensions',
  'lang/dict_methods',
  'lang/generators_pipeline',
  'lang/generators_send_throw',
  'lang/exceptions_chaining',
  'lang/inheritance_mro',
  'lang/dunder_repr_eq_hash',
  'gc/probe_del_order',
  'gc/probe_del_exit',
  'gc/probe_generator_finalize',
  'gc/probe_getweakrefs',
  'gc/probe_not_weakrefable',
  'gc/probe_proxy',
  'gc/probe_weakkeydict',
  'gc/probe_weakmethod',
  'gc/probe_weakref_eq_hash',
  'gc/probe_weakset',
  'gc/probe_weakvaluedict_cache',
  'gc/probe_proxy_ops',
  'gc/probe_weakref_subclass',
  'gc/probe_getrefcount_weak',
  'gc/probe_memoize_leak',
];

function run(id: string, gcStress: boolean) {
  const filename = join(goldenDir, `${id}.py`);
  return runProgram({
    source: readFileSync(filename, 'utf8'),
    filename,
    cwd: dirname(filename),
    fs: new NodeFileSystem(),
    maxInstructions: 1e9,
    gcStress,
  });
}

describe('gc stress mode leaves program output unchanged', () => {
  for (const id of programs) {
    it(id, () => {
      const normal = run(id, false);
      const stressed = run(id, true);
      expect(stressed.stdout).toBe(normal.stdout);
      expect(stressed.stderr).toBe(normal.stderr);
      expect(stressed.exitCode).toBe(normal.exitCode);
    }, 180_000);
  }
});
