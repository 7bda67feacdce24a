/**
 * The cyclic garbage and allocation counts importing the simulated standard library leaves,
 * against CPython 3.12.1's figures measured by scripts/measure-import-footprint.py
 * (`import gc; import M; print(gc.collect())` in the goldens' clean environment).
 */
import { describe, it, expect } from 'vitest';
import { runProgram } from '../../../src/interpreter/index';

function run(source: string): string {
  const r = runProgram({ source, filename: '/tmp/footprint.py', maxInstructions: 1e8 });
  expect(r.stderr).toBe('');
  return r.stdout.trim();
}

/** Measured on CPython 3.12.1; the model reproduces these. */
const MATCHING: Record<string, number> = {
  abc: 0, bisect: 0, copy: 0, dataclasses: 0, datetime: 0, inspect: 0, io: 0, itertools: 0,
  json: 6, math: 0, operator: 33, os: 0, string: 6, time: 0, tracemalloc: 11, types: 7,
  typing: 0, weakref: 0,
};

describe('import footprint: gc.collect() right after importing one module', () => {
  for (const [m, n] of Object.entries(MATCHING)) {
    it(`${m} → ${n}`, () => {
      expect(run(`import gc\nimport ${m}\nprint(gc.collect())\n`)).toBe(String(n));
    });
  }
});

describe('the garbage is real objects of the shapes CPython leaves', () => {
  it('operator: three slotted classes replaced by _operator (33 objects)', () => {
    const out = run(
      'import gc\ngc.disable()\nimport operator\ngc.set_debug(gc.DEBUG_SAVEALL)\nn = gc.collect()\n' +
        'kinds = {}\nfor o in gc.garbage:\n    kinds[type(o).__name__] = kinds.get(type(o).__name__, 0) + 1\n' +
        'print(n, sorted(kinds.items()))\nprint(sorted(o.__name__ for o in gc.garbage if isinstance(o, type)))\n',
    );
    expect(out).toBe(
      "33 [('dict', 3), ('function', 12), ('member_descriptor', 7), ('tuple', 8), ('type', 3)]\n" +
        "['attrgetter', 'itemgetter', 'methodcaller']",
    );
  });

  it('functools with gc disabled: types, operator, OrderedDict, partial (107 objects, as CPython)', () => {
    expect(run('import gc\ngc.disable()\nimport functools\nprint(gc.collect())\n')).toBe('107');
  });

  it('garbage is created once per program, however many modules load it', () => {
    expect(run('import gc\ngc.disable()\nimport re\nprint(gc.collect())\nimport json, enum, functools\nprint(gc.collect())\n')).toBe(
      '119\n0',
    );
  });
});
