/**
 * Collections cost simulated time (gc/collection-cost.ts): a program that times building many
 * tracked containers sees the collector's work when it is enabled and not when it is disabled,
 * as the seed articles' gc-disabled benchmarks show on CPython; and DEBUG_STATS reports the
 * same elapsed figure on every run.
 */
import { describe, it, expect } from 'vitest';
import { runProgram } from '../../../src/interpreter/index';
import { PER_OBJECT_NS, PER_REF_NS } from '../../../src/interpreter/gc/collection-cost';

function run(source: string): { stdout: string; stderr: string } {
  const { stdout, stderr } = runProgram({ source, filename: 'cost.py', cwd: '/' });
  return { stdout, stderr };
}

const timing = `
import gc, time
def build(n):
    return [[i] * 20 for i in range(n)]
t = time.perf_counter(); a = build(60000); enabled = time.perf_counter() - t
del a
gc.disable()
t = time.perf_counter(); b = build(60000); disabled = time.perf_counter() - t
print(enabled > disabled * 2, round(disabled, 3))
`;

describe('collector work on the simulated clock', () => {
  it('automatic collections make an allocation-heavy loop slower than with gc disabled', () => {
    const [slower] = run(timing).stdout.split(' ');
    expect(slower).toBe('True');
  });

  it('an explicit full collection costs per object and per reference traversed', () => {
    const src = (k: number) => `
import gc, time
gc.disable()
data = [[0] * ${k} for i in range(10000)]
gc.collect()
t = time.perf_counter_ns(); gc.collect(); print(time.perf_counter_ns() - t)
`;
    const empty = Number(run(src(0)).stdout);
    const ten = Number(run(src(10)).stdout);
    // 10,000 more lists' worth of 10 references each, give or take the other tracked objects
    expect(ten - empty).toBeGreaterThanOrEqual(10000 * 10 * PER_REF_NS);
    expect(ten - empty).toBeLessThan(10000 * 10 * PER_REF_NS + 10000 * PER_OBJECT_NS);
  });

  it('DEBUG_STATS reports the simulated elapsed time, the same on every run', () => {
    const src = 'import gc\nx = [[] for i in range(1000)]\ngc.set_debug(gc.DEBUG_STATS)\ngc.collect()\n';
    const a = run(src).stderr;
    expect(a).toMatch(/gc: done, 0 unreachable, 0 uncollectable, 0\.\d{4}s elapsed/);
    expect(run(src).stderr).toBe(a);
  });
});
