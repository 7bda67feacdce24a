/**
 * The free lists' measured states (src/interpreter/vm/freelist-state.ts): objects a program
 * creates first come from the free lists CPython's start-up left, and after `import tracemalloc`
 * the free lists hold what CPython 3.12.1 measured (15 lists, 8 dicts, 4 floats, 16 pairs).
 */
import { describe, it, expect } from 'vitest';
import { runProgram } from '../../../src/interpreter/index';

const run = (source: string) => runProgram({ source, filename: '/tmp/fl.py', maxInstructions: 1e9 });

describe('free lists at start-up and after import tracemalloc', () => {
  it('matches the counts measured with _tracemalloc._get_object_traceback', () => {
    const src = [
      'import tracemalloc, _tracemalloc',
      'tracemalloc.start()',
      'L = [None] * 100',
      'for i in range(100):',
      '    L[i] = []',
      'D = [None] * 100',
      'for i in range(100):',
      '    D[i] = {}',
      'F = [None] * 100',
      'x = 1.5',
      'for i in range(100):',
      '    F[i] = x * 2.0',
      'T = [None] * 100',
      'for i in range(100):',
      '    T[i] = (x, x)',
      'g = _tracemalloc._get_object_traceback',
      'print(g(L) is None, sum(1 for o in L if g(o) is None), sum(1 for o in D if g(o) is None),',
      '      sum(1 for o in F if g(o) is None), sum(1 for o in T if g(o) is None))',
    ].join('\n');
    const r = run(src);
    expect(r.stderr).toBe('');
    // CPython 3.12.1: True 14 8 4 16 (L itself took the 15th list)
    expect(r.stdout).toBe('True 14 8 4 16\n');
  });

  it('seeds the start-up state: the first lists and dicts of a program are free-list objects', () => {
    const src = [
      'import _tracemalloc',
      '_tracemalloc.start()',
      'L = [None] * 100',
      'for i in range(100):',
      '    L[i] = []',
      'D = [None] * 100',
      'for i in range(100):',
      '    D[i] = {}',
      'g = _tracemalloc._get_object_traceback',
      'n = 0',
      'for o in L:',
      '    if g(o) is None: n += 1',
      'm = 0',
      'for o in D:',
      '    if g(o) is None: m += 1',
      'print(g(L) is None, n, m)',
    ].join('\n');
    const r = run(src);
    expect(r.stderr).toBe('');
    // CPython 3.12.1 (module-level script, no functions): True 7 13
    expect(r.stdout).toBe('True 7 13\n');
  });
});
