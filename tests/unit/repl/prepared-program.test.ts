/**
 * An interpreter made ahead of its program (vm/runtime.ts prepareProgram, used by the site's
 * worker so Run only compiles and executes) gives a program exactly what runProgram gives it:
 * gc counts and the start-up population, refcounts, ids, tracemalloc, file system and stdin.
 * Also the compiled-unit cache: a program run again still shows its compile-time warnings.
 */
import { describe, it, expect } from 'vitest';
import { runProgram, MemoryFileSystem } from '../../../src/interpreter/index';
import {
  prepareProgram, runPrepared, preparedFits, discardPrepared, createInterpreter,
} from '../../../src/interpreter/vm/runtime';

const PROBE = `
import gc, sys
print(gc.get_count(), gc.get_stats()[0]['collections'])
a = [1, 2]
print(sys.getrefcount(a), sys.getsizeof(a), id(a) % 4096)
gc.collect()
print(len(gc.get_objects()), gc.get_count())
print(__file__, sys.argv, __name__)
import tracemalloc
tracemalloc.start()
b = [0] * 100
print(tracemalloc.get_traced_memory())
`;

const enc = new TextEncoder();
function fsWith(files: Record<string, string>) {
  const fs = new MemoryFileSystem();
  for (const [n, t] of Object.entries(files)) fs.writeFile(n, enc.encode(t));
  return fs;
}

describe('prepared programs', () => {
  it('give the same output as runProgram (gc counts, population, refcounts, tracemalloc)', () => {
    const direct = runProgram({ source: PROBE, filename: 'main.py', cwd: '/' });
    expect(direct.stderr).toBe('');
    const p = prepareProgram({ filename: 'main.py', cwd: '/' });
    expect(preparedFits(p, { filename: 'main.py', cwd: '/' })).toBe(true);
    const prepared = runPrepared(p, { source: PROBE, filename: 'main.py', cwd: '/' });
    expect(prepared).toEqual(direct);
    // and again after a run (a worker prepares the next program after each run)
    const again = runPrepared(prepareProgram({ filename: 'main.py', cwd: '/' }), { source: PROBE, filename: 'main.py', cwd: '/' });
    expect(again).toEqual(direct);
  });

  it('attach output, stdin, file system and readStdin at run time', () => {
    const src = 'print(open("/d.txt").read().strip(), input(), input())\nimport sys\nprint("e", file=sys.stderr)\n';
    const p = prepareProgram({ filename: 'main.py', cwd: '/' });
    const streamed: string[] = [];
    const r = runPrepared(p, {
      source: src, filename: 'main.py', cwd: '/', fs: fsWith({ '/d.txt': 'data\n' }), stdin: 'one\n',
      readStdin: () => 'two\n', onStdout: (s) => streamed.push(s),
    });
    expect(r.stdout).toBe('data one two\n');
    expect(r.stderr).toBe('e\n');
    expect(streamed.join('')).toBe(r.stdout);
  });

  it('fit only the program they were made for, and only until another interpreter is made', () => {
    const p = prepareProgram({ filename: 'main.py', cwd: '/' });
    expect(preparedFits(p, { filename: 'other.py', cwd: '/' })).toBe(false);
    expect(preparedFits(p, { filename: 'main.py', cwd: '/', onProgramEnd: () => {} })).toBe(false);
    expect(() => runPrepared(p, { source: 'pass', filename: 'other.py' })).toThrow(/does not fit/);
    createInterpreter({ filename: 'x.py', stdout: () => {}, stderr: () => {} });
    expect(preparedFits(p, { filename: 'main.py', cwd: '/' })).toBe(false);
    const q = prepareProgram({ filename: 'main.py', cwd: '/' });
    runPrepared(q, { source: 'pass', filename: 'main.py', cwd: '/' });
    expect(preparedFits(q, { filename: 'main.py', cwd: '/' })).toBe(false); // used
  });

  it('leave nothing behind when discarded (the next program sees the usual start-up)', () => {
    const direct = runProgram({ source: PROBE, filename: 'main.py', cwd: '/' });
    discardPrepared(prepareProgram({ filename: 'other.py', cwd: '/' }));
    discardPrepared(prepareProgram({ filename: 'main.py', cwd: '/', inspect: true }));
    expect(runProgram({ source: PROBE, filename: 'main.py', cwd: '/' })).toEqual(direct);
  });

  it('show compile-time warnings every time the same text is compiled', () => {
    const src = 'x = 1000\nprint(x is 1000)\n';
    const first = runProgram({ source: src, filename: 'w.py' });
    const second = runProgram({ source: src, filename: 'w.py' });
    expect(first.stderr).toContain('SyntaxWarning');
    expect(second).toEqual(first);
  });
});
