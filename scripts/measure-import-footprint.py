"""Measure what importing each simulated module does to CPython 3.12.1's collector.

Run with the golden interpreter (PYENV_VERSION=3.12.1 python3 scripts/measure-import-footprint.py);
each measurement is a fresh `python3 file.py` in the goldens' clean environment. Prints JSON:

  closures: module -> the real modules its import loads, in completion (post-)order
  own:      real module -> [net gen-0 allocations of its own body (imports it makes already
            loaded, gc disabled), objects of cyclic garbage its body leaves]
  alone:    module -> gc.collect() right after `import gc; import <module>` (automatic
            collections enabled), the figure a learner sees

src/interpreter/gc/import-footprint.ts holds the result.
"""
import json, os, subprocess, sys, tempfile

SIMULATED = ['abc', 'bisect', 'collections', 'collections.abc', 'contextlib', 'copy', 'dataclasses',
             'datetime', 'enum', 'functools', 'inspect', 'io', 'itertools', 'json', 'math', 'operator',
             'os', 'random', 're', 'string', 'time', 'tracemalloc', 'types', 'typing', 'weakref']
ENV = {'PATH': '/usr/bin:/bin', 'HOME': os.environ.get('HOME', '/root'), 'LANG': 'C.UTF-8'}
TMP = tempfile.mkdtemp()


def run(src):
    path = os.path.join(TMP, 'm.py')
    with open(path, 'w') as f:
        f.write(src)
    r = subprocess.run([sys.executable, 'm.py'], cwd=TMP, env=ENV, capture_output=True, text=True)
    return r.stdout.strip().splitlines()[-1]


def closure(m):
    return json.loads(run(f'import sys\nb = set(sys.modules)\nimport {m}\n'
                          f'L = [k for k in sys.modules if k not in b]\nimport json\nprint(json.dumps(L))'))


def top(name):
    return name.split('.')[0]


closures = {m: closure(m) for m in SIMULATED}
own = {}
for m in SIMULATED:
    for r in closures[m]:
        # a package's submodules are measured with the package
        key = top(r) if r.split('.')[0] in closures[m] and r != 'collections.abc' else r
        if key in own:
            continue
        cl = closure(key)
        pre = [k for k in cl if k != key and not k.startswith(key + '.')]
        src = ('import gc, sys\n' + ''.join(f'import {k}\n' for k in pre) +
               f'gc.collect()\ngc.disable()\nc0 = gc.get_count()[0]\nimport {key}\nc1 = gc.get_count()[0]\n'
               f'print(c1 - c0, gc.collect())')
        a, g = run(src).split()
        own[key] = [int(a), int(g)]
alone = {m: int(run(f'import gc\nimport {m}\nprint(gc.collect())')) for m in SIMULATED}
print(json.dumps({'closures': closures, 'own': own, 'alone': alone}, indent=1))
