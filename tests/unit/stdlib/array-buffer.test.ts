// array.array's item buffer is a real block of the simulated heap: buffer_info()'s address is a
// live PyMem block of allocated * itemsize bytes (pymalloc up to 512 bytes, malloc beyond), and
// it is freed with the array.
import { describe, it, expect } from 'vitest';
import { runProgram } from '../../../src/interpreter/index';
import type { Heap } from '../../../src/interpreter/heap/allocator';

/** Run the program; `check` sees the heap at its breakpoint() and the lines printed before. */
function run(lines: string[], check: (heap: Heap, out: string[]) => void): string[] {
  let checked = false;
  const out: string[] = [];
  const r = runProgram({
    source: lines.join('\n') + '\n',
    filename: 'main.py',
    stdio: 'tty', // line-buffered, so the lines printed before breakpoint() have been written
    onStdout: (s: string) => out.push(s),
    onBreakpoint: (at) => {
      check(at.heap, out.join('').trim().split('\n'));
      checked = true;
    },
  });
  expect(r.stderr).toBe('');
  expect(checked).toBe(true);
  return r.stdout.trim().split('\n');
}

describe('array.array item buffer', () => {
  it('buffer_info() points at a live heap block of allocated * itemsize bytes', () => {
    run(
      [
        'import array, sys',
        "small = array.array('i', range(10))",
        "big = array.array('d', range(1000))",
        'for a in (small, big):',
        '    addr, n = a.buffer_info()',
        '    print(addr, n, sys.getsizeof(a) - 80)',
        'breakpoint()',
      ],
      (heap, out) => {
        expect(out).toHaveLength(2);
        const [small, big] = out.map((l) => l.split(' ').map(Number));
        expect(small[1]).toBe(10);
        expect(heap.isLive(small[0])).toBe(true);
        expect(heap.isSmall(small[0])).toBe(true);
        expect(heap.sizeOf(small[0])).toBe(small[2]);
        expect(big[1]).toBe(1000);
        expect(heap.isLive(big[0])).toBe(true);
        expect(heap.isSmall(big[0])).toBe(false);
        expect(heap.sizeOf(big[0])).toBe(big[2]);
      },
    );
  });

  it('the buffer is released when the array dies or empties', () => {
    let addrs: number[] = [];
    run(
      [
        'import array',
        "a = array.array('q', range(100))",
        "b = array.array('h', range(300))",
        'print(a.buffer_info()[0], b.buffer_info()[0])',
        'breakpoint()',
        'del a',
        'del b[:]',
        'print(b.buffer_info())',
        'breakpoint()',
      ],
      (heap, out) => {
        if (out.length === 1) {
          addrs = out[0].split(' ').map(Number);
          for (const x of addrs) expect(heap.isLive(x)).toBe(true);
        } else {
          expect(out[1]).toBe('(0, 0)');
          for (const x of addrs) expect(heap.isLive(x)).toBe(false);
        }
      },
    );
    expect(addrs).toHaveLength(2);
  });
});
