"""Measure what importing each simulated module does to CPython 3.12.1's collector.

Run with the golden interpreter:

    PYENV_VERSION=3.12.1 python3 scripts/measure-import-footprint.py > scripts/import-footprint-measured.json

Each measurement is a fresh `python3 file.py` in the goldens' clean environment (PATH, HOME,
LANG=C.UTF-8), stdout to a pipe. Prints JSON:

  startup:  the modules in sys.modules when a script's first line runs (importing them costs
            nothing: no allocations, no new tracked objects)
  closures: module -> the real modules its import loads from a fresh start, in completion order
            (importlib re-inserts a module in sys.modules when its body has run)
  own:      real module -> [net gen-0 allocations of its own body (the modules it imports
            already loaded, gc disabled), objects of cyclic garbage it leaves (gc.collect()),
            tracked objects it leaves alive (len(gc.get_objects()) after a full collection,
            before and after), net gen-0 allocations when its body returns (the rest is
            importlib's temporaries — the module's code object — freed after it)]
  alone:    module -> [gc.collect() right after `import gc; import <module>` (automatic
            collections enabled), gc.get_count() before that, len(gc.get_objects()) after]

  kinds:    real module -> built-in / extension / source / frozen (how importlib finds it)
  own['<sys.path[0] finder>']: what the first import through the path finder costs (the
            FileFinder for the script's directory: 9 allocations, 9 tracked objects)

The figures in src/interpreter/gc/import-footprint.ts come from an older run of this script
(no survivors, no path-finder entry, no body-end peak); scripts/import-footprint-measured.json
holds the current result, not yet wired into the model.
"""
import json, os, subprocess, sys, tempfile
from concurrent.futures import ThreadPoolExecutor

# every simulated module CPython also has (psutil, objgraph, _simlib are not CPython's)
SIMULATED = ['_frozen_importlib', '_frozen_importlib_external', '_io', '_struct', '_thread',
             '_tracemalloc', '_weakref', 'abc', 'array', 'bisect', 'cmath', 'collections',
             'collections.abc', 'contextlib', 'copy', 'dataclasses', 'datetime', 'enum',
             'fractions', 'functools', 'heapq', 'importlib', 'inspect', 'io', 'itertools', 'json',
             'math', 'operator', 'os', 'posix', 'posixpath', 'pprint', 'random', 're', 'reprlib',
             'statistics', 'string', 'struct', 'sys', 'tempfile', 'time', 'tracemalloc', 'types',
             'typing', 'unicodedata', 'weakref']
ENV = {'PATH': os.environ.get('PATH', '/usr/bin:/bin'), 'HOME': os.environ.get('HOME', '/root'),
       'LANG': 'C.UTF-8'}


def run(src):
    d = tempfile.mkdtemp()
    path = os.path.join(d, 'm.py')
    with open(path, 'w') as f:
        f.write(src)
    r = subprocess.run([sys.executable, 'm.py'], cwd=d, env=ENV, capture_output=True, text=True,
                       stdin=subprocess.DEVNULL)
    if r.returncode != 0:
        raise RuntimeError(src + r.stderr)
    return r.stdout.strip().splitlines()[-1]


def closure(m):
    return json.loads(run(f'import sys\nb = set(sys.modules)\nimport {m}\n'
                          f'L = [k for k in sys.modules if k not in b]\nimport json\nprint(json.dumps(L))'))


def package_key(r, cl):
    """A package's submodules (re._parser …) are measured with, and charged to, the package."""
    top = r.split('.')[0]
    return top if top != r and r != 'collections.abc' and top in cl else r


def measure_own(key, pre, profile=False):
    src = ('import gc, sys\n' + ''.join(f'import {k}\n' for k in pre) +
           # the gen-0 count when the module's body returns (before importlib drops the
           # module's code object and its other temporaries)
           'peak = []\n'
           'def prof(frame, event, arg):\n'
           '    if event == "return" and frame.f_code.co_name == "<module>" and '
           f'frame.f_globals.get("__name__") == "{key}":\n'
           '        peak.append(gc.get_count()[0])\n'
           'gc.collect()\nn0 = len(gc.get_objects())\ngc.disable()\n'
           'c0 = gc.get_count()[0]\n' + ('sys.setprofile(prof)\n' if profile else '') +
           f'import {key}\n' + ('sys.setprofile(None)\n' if profile else '') + 'c1 = gc.get_count()[0]\ng = gc.collect()\n'
           'n1 = len(gc.get_objects())\nprint(c1 - c0, g, n1 - n0, (peak[-1] - c0) if peak else c1 - c0)')
    return [int(x) for x in run(src).split()]


def own_of(key):
    a, g, n, _ = own_raw(key, False)
    a2, _, _, peak = own_raw(key, True)  # the profiler's own allocations cancel out
    return [a, g, n, a + peak - a2]


def own_raw(key, profile):
    cl = closure(key)
    # PRIME is imported first: the first import through the path finder makes sys.path[0]'s
    # FileFinder, measured separately (PATH_FINDER)
    pre = [PRIME] + [k for k in cl if k != key and not k.startswith(key + '.')]
    return measure_own(key, pre, profile)


def kind_of(m):
    return run(f'import sys, {m}\ns = sys.modules["{m}"].__spec__\n'
               'o = s.origin or ""\n'
               'print("source" if o.endswith(".py") else "extension" if o.endswith(".so") else o)')


def alone_of(m):
    out = run(f'import gc\nimport {m}\nc = gc.get_count()\ng = gc.collect()\n'
              f'n = len(gc.get_objects())\nprint(g, list(c), n)')
    g, rest = out.split(' ', 1)
    c, n = rest.rsplit(' ', 1)
    return [int(g), json.loads(c), int(n)]


PRIME = 'colorsys'  # a source module that imports nothing
PATH_FINDER = '<sys.path[0] finder>'


def main():
    startup = run('import sys\nprint(" ".join(sys.modules))').split()
    with ThreadPoolExecutor(2) as ex:
        closures = dict(zip(SIMULATED, ex.map(closure, SIMULATED)))
        keys = []
        for m in SIMULATED:
            for r in closures[m]:
                k = package_key(r, closures[m])
                if k not in keys:
                    keys.append(k)
        own = dict(zip(keys, ex.map(own_of, keys)))
        kinds = dict(zip(keys, ex.map(kind_of, keys)))
        alone = dict(zip(SIMULATED, ex.map(alone_of, SIMULATED)))
    first, later = measure_own(PRIME, []), measure_own(PRIME, ['keyword'])
    own[PATH_FINDER] = [a - b for a, b in zip(first, later)]
    print(json.dumps({'startup': startup, 'closures': closures, 'own': own, 'kinds': kinds,
                      'alone': alone}, indent=1))


main()
