/**
 * The host's heap as a second ceiling (heap/host-memory.ts): when the host says its heap is
 * nearly full, the simulation's next growth fails and the program gets a MemoryError at that
 * allocation, instead of the host running out of memory and crashing.
 */
import { describe, it, expect, afterEach } from 'vitest';
import { runProgram, setHostHeapProbe } from '../../../src/interpreter/index';

const program = `
blocks = []
try:
    for i in range(100):
        blocks.append(bytearray(8 * 1024 * 1024))
except MemoryError as e:
    print("MemoryError after", len(blocks), "blocks", repr(e))
else:
    print("no MemoryError")
`;

afterEach(() => setHostHeapProbe(() => null));

describe('host heap ceiling', () => {
  it('fails the allocation that finds the host heap over its share, with a MemoryError', () => {
    let used = 0;
    // the host's heap fills 40 MB per check (every 32 MB of simulated growth): over its share after five
    let calls = 0;
    setHostHeapProbe(() => {
      calls++;
      used += 40 * 1024 * 1024;
      return { used, limit: 200 * 1024 * 1024 / 0.85 };
    });
    const r = runProgram({ source: program, filename: 'm.py', cwd: '/' });
    expect(r.stdout).toMatch(/^MemoryError after \d+ blocks MemoryError\(\)\n$/);
    const n = Number(/after (\d+)/.exec(r.stdout)![1]);
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(100);
    expect(calls).toBeGreaterThan(1);
  });

  it('does not limit anything while the host has room', () => {
    setHostHeapProbe(() => ({ used: 1, limit: 1e12 }));
    const r = runProgram({ source: program.replace('range(100)', 'range(10)'), filename: 'm.py', cwd: '/' });
    expect(r.stdout).toBe('no MemoryError\n');
  });
});
