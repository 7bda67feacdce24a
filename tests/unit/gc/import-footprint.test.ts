/**
 * The cyclic garbage and allocation counts importing the simulated standard library leaves,
 * against CPython 3.12.1's figures measured by scripts/measure-import-footprint.py
 * (`import gc; import M; print(gc.collect())` in the goldens' clean environment).
 */
import { describe, it, expect } from 'vitest';
import { runProgram } from '../../../src/interpreter/index';
import measured from '../../../src/interpreter/gc/import-footprint.json';
import simulatedModules from '../../../scripts/simulated-modules.json';
import { stdlibModuleNames } from '../../../src/interpreter/vm/import';

function run(source: string): string {
  const r = runProgram({ source, filename: '/tmp/footprint.py', maxInstructions: 1e8 });
  expect(r.stderr).toBe('');
  return r.stdout.trim();
}

/**
 * CPython 3.12.1's `import gc; import M; gc.collect()` and `len(gc.get_objects())`, measured by
 * scripts/measure-import-footprint.py (`alone`). gc.get_count() right after an import is not
 * compared: CPython's own figure moves by a few with the script's text (`import gc; import
 * types` counts 107, with `x = 1` between them 112).
 */
const ALONE = (measured as unknown as { alone: Record<string, [number, number[], number]> }).alone;

/**
 * Imports during which several young collections run: the model runs them one after another,
 * so garbage made between two of them in CPython (freed there) is all made before or after.
 */
const GARBAGE_APPROXIMATE = new Set(['enum', 'fnmatch', 'fractions']);

describe('import footprint: right after `import gc; import M`, as CPython', () => {
  for (const [m, [garbage, , objects]] of Object.entries(ALONE)) {
    it(`${m}: gc.collect() ${garbage}, ${objects} objects`, () => {
      const [g, n] = run(`import gc\nimport ${m}\ng = gc.collect()\nprint(g, len(gc.get_objects()))\n`).split(' ').map(Number);
      if (GARBAGE_APPROXIMATE.has(m)) expect(Math.abs(g - garbage)).toBeLessThanOrEqual(12);
      else expect(g).toBe(garbage);
      expect(Math.abs(n - objects)).toBeLessThanOrEqual(2);
    });
  }
});

const BEFORE_GC = (measured as unknown as { beforeGc: Record<string, [number[], number[], number]> }).beforeGc;

describe('import M on the first line, before `import gc` (the start-up collection runs inside it), as CPython', () => {
  // (collections: CPython's own figure is 25 or 40 by the script's text; ours 39)
  for (const m of ['functools', 'typing', 'random', 'itertools', 'enum', 'tracemalloc']) {
    const [gens, count] = BEFORE_GC[m];
    it(`${m}: garbage ${gens.join('/')} by generation, collections as CPython's`, () => {
      const out = run(`import ${m}\nimport gc\nc = gc.get_count()\nprint(c[1], c[2], gc.collect(0), gc.collect(1), gc.collect(2))\n`);
      expect(out.split(' ').map(Number)).toEqual([count[1], count[2], ...gens]);
    });
  }
});

describe('the measurements cover the simulated library', () => {
  it('every simulated module CPython has (all but gc itself and our _simlib) is measured', () => {
    const closures = (measured as unknown as { closures: Record<string, string[]> }).closures;
    // (a submodule its package's import loads, json.decoder, is covered by the package's)
    const loadedWithPackage = (n: string) => n.includes('.') && closures[n.slice(0, n.lastIndexOf('.'))]?.includes(n);
    const ours = stdlibModuleNames().filter((n) => n !== 'gc' && n !== '_simlib' && !loadedWithPackage(n));
    expect([...ours].sort()).toEqual([...simulatedModules].sort());
    for (const m of ours) expect(closures[m], m).toBeDefined();
  });
});

describe('start-up modules cost nothing; modules our library loads on its own are charged when the program imports them', () => {
  it('os, time, io, abc, sys: no allocations, no objects', () => {
    expect(run('import gc\nimport os, time, io, abc, sys, posixpath\nprint(gc.get_count(), gc.collect(), len(gc.get_objects()))\n')).toBe(
      `(0, 5, 0) 0 ${(measured as unknown as { baseline: number }).baseline}`,
    );
  });
  it('cmath loads math here (not in CPython): `import math` afterwards costs what it costs CPython', () => {
    const out = run('import gc\nimport cmath\na = len(gc.get_objects())\nimport math\nprint(len(gc.get_objects()) - a)\n');
    expect(Number(out)).toBeGreaterThan(0);
  });
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
