"""Measure what importing each simulated module does to CPython 3.12.1's collector.

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
  profiles: real module -> how its import (dependencies loaded) interleaves with automatic
            collections, by the gen-0 count it starts at (see profile_of)
  first:    module -> the same for its whole import as a program's first import after
            `import gc` (the free lists as start-up left them: a tuple or dict taken from a
            free list is not counted, so counts depend on them); 'a>m': m imported right
            after a, for pairs of modules in COMMON
  baseline: len(gc.get_objects()) after `import gc; gc.collect()`
  aloneGens: module -> the garbage `import gc; import <module>` leaves, by generation
  beforeGc: module -> `import <module>` as the first line, before `import gc` (the start-up's
            last young collection runs inside it): [garbage by generation, gc.get_count()
            after `import gc`, objects]
  startOrder: module -> the real modules its import starts, in the order it starts them
  own['<sys.path[0] finder>']: what the first import through the path finder costs (the
            FileFinder for the script's directory: 9 allocations, 9 tracked objects)

The output is src/interpreter/gc/import-footprint.json, which gc/import-footprint.ts reads:

    PYENV_VERSION=3.12.1 python3 scripts/measure-import-footprint.py > src/interpreter/gc/import-footprint.json

The simulated modules measured are scripts/simulated-modules.json (every module of the
simulated library that CPython 3.12 also has, except gc itself).
"""
import json, os, subprocess, sys, tempfile
from concurrent.futures import ThreadPoolExecutor

# every simulated module CPython also has (psutil, objgraph, _simlib are not CPython's)
SIMULATED = json.load(open(os.path.join(os.path.dirname(__file__), 'simulated-modules.json')))
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


THRESHOLD = 700
COMMON = ['weakref', 'collections', 'functools', 'itertools', 'typing', 'dataclasses', 'random',
          'copy', 'tracemalloc', 'math', 'json', 're']


def profile_run(key, pre, k):
    """Import `key` (its dependencies already loaded) with the gen-0 count at about k: returns
    [gen-0 count when the import starts, young collections during it, gen-2 count change,
    gen-0 count after it, garbage gc.collect() finds afterwards]."""
    # The dependencies' garbage is kept (DEBUG_SAVEALL) by the collection that zeroes the count:
    # freed, it would fill the free lists, and a tuple or dict taken from a free list is not
    # counted (only gc_alloc counts). Nor is the collection a full one, which empties them.
    # The filler objects are functions (no free list).
    src = ('import gc\n' + ''.join(f'import {d}\n' for d in pre) +
           'gc.set_debug(gc.DEBUG_SAVEALL)\ngc.collect(0)\ngc.set_debug(0)\nobjs = []\n'
           f'for _ in range({k}): objs.append(lambda: 0)\n'
           'c0 = gc.get_count()\n'
           f'import {key}\n'
           'c1 = gc.get_count()\ng = gc.collect()\n'
           # get_count() reads the count before allocating its tuple: c0 is counted, c1 is not
           'print(c0[0] + 1, c1[1] - c0[1], c1[2] - c0[2], c1[0], g)')
    return [int(x) for x in run(src).split()]


def first_run(m, k):
    """`import m` as a program's first import (right after `import gc`; the free lists as
    start-up left them), with k function objects made before it (no free list: each counts).
    `a>m`: the same for m imported right after a."""
    a, _, m = m.rpartition('>')
    src = ('import gc\n' + (f'import {a}\n' if a else '') + 'objs = []\n'
           f'for _ in range({k}): objs.append(lambda: 0)\n'
           'c0 = gc.get_count()\n'
           f'import {m}\n'
           'c1 = gc.get_count()\ng = gc.collect()\n'
           'print(c0[0] + 1, c1[1] - c0[1], c1[2] - c0[2], c1[0], g)')
    return [int(x) for x in run(src).split()]


def profile_of(key, first=False):
    """How the import of `key` interleaves with automatic collections, as a function of the
    gen-0 count s when it starts: segments [s_from, young collections, gen-0 count after (or,
    with no collection, the net allocations), garbage left for gc.collect()], s ascending.
    Scanned every 10 and bisected to the exact s wherever the outcome changes."""
    if not first:
        cl = closure(key)
        pre = [PRIME] + [k for k in cl if k != key and not k.startswith(key + '.')]
    cache = {}

    def at(k):
        if k not in cache:
            start, n, n2, end0, g = first_run(key, k) if first else profile_run(key, pre, k)
            # a generation-1 collection comes after 11 young ones and resets their count
            outcome = (n + 12 * n2, end0 - start if n == 0 and n2 == 0 else end0, g)
            cache[k] = (start, outcome)
        return cache[k]

    ks = list(range(0, THRESHOLD, 10)) + [THRESHOLD - 2]
    for a, b in zip(ks, ks[1:]):
        lo, hi = a, b
        if at(lo)[1] == at(hi)[1]:
            continue
        stack = [(lo, hi)]
        while stack:
            lo, hi = stack.pop()
            if hi - lo <= 1 or at(lo)[1] == at(hi)[1]:
                continue
            mid = (lo + hi) // 2
            at(mid)
            stack += [(lo, mid), (mid, hi)]
    segs = []
    for k in sorted(cache):
        start, outcome = cache[k]
        if not segs or segs[-1][1:] != list(outcome):
            segs.append([start, *outcome])
    return segs


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


def alone_gens_of(m):
    """Where the garbage `import gc; import m` leaves sits: found by collections of generation
    0, then 1, then 2."""
    return [int(x) for x in run(f'import gc\nimport {m}\n'
                                'print(gc.collect(0), gc.collect(1), gc.collect(2))').split()]


def before_gc_of(m):
    """`import m` as a program's first line, then `import gc` (import gc's own allocations are
    in the count): [garbage left in generations 0, 1, 2, gc.get_count() after, objects, what one
    full collection finds]. The full collection's figure can exceed the sum of the three: garbage
    in an older generation that only young garbage refers to is freed by reference counting
    when collection(0) clears the young, uncounted."""
    gens = json.loads(run(f'import {m}\nimport gc\nc = gc.get_count()\n'
                          'g = [gc.collect(0), gc.collect(1), gc.collect(2)]\n'
                          'print([g, list(c), len(gc.get_objects())])'))
    return gens + [int(run(f'import {m}\nimport gc\nprint(gc.collect())'))]


def start_order_of(m):
    """The modules `import m` starts, in the order it starts them (the 'import' audit event):
    a package's code is unmarshalled and its body begins before its dependencies load."""
    return json.loads(run('import sys\nseen = []\nb = set(sys.modules)\n'
                          'def hook(ev, args):\n'
                          '    if ev == "import" and args[0] not in b and args[0] not in seen:\n'
                          '        seen.append(args[0])\n'
                          f'sys.addaudithook(hook)\nimport {m}\n'
                          'print("[" + ", ".join(\'"%s"\' % x for x in seen if x in sys.modules) + "]")'))


PRIME = 'colorsys'  # a source module that imports nothing
PATH_FINDER = '<sys.path[0] finder>'


def main():
    if sys.argv[1:2] == ['--section']:
        # re-measure one section into the existing file (same values as a full run):
        #   python3 scripts/measure-import-footprint.py --section beforeGc
        update_section(sys.argv[2])
        return
    if sys.argv[1:2] == ['--module']:
        # measure a module newly added to simulated-modules.json into the existing file (the
        # values a full run would give it):
        #   python3 scripts/measure-import-footprint.py --module asyncio
        update_module(sys.argv[2])
        return
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
        alone_gens = dict(zip(SIMULATED, ex.map(alone_gens_of, SIMULATED)))
        before_gc = dict(zip(SIMULATED, ex.map(before_gc_of, SIMULATED)))
        start_order = dict(zip(SIMULATED, ex.map(start_order_of, SIMULATED)))
        profiles = dict(zip(keys, ex.map(profile_of, keys)))
        firsts = dict(zip(SIMULATED, ex.map(lambda m: profile_of(m, True), SIMULATED)))
        # the second import of a program, for modules learners' programs commonly combine
        pairs = [f'{a}>{b}' for a in COMMON for b in COMMON if a != b]
        firsts.update(zip(pairs, ex.map(lambda m: profile_of(m, True), pairs)))
    baseline = int(run('import gc\ngc.collect()\nprint(len(gc.get_objects()))'))
    first, later = measure_own(PRIME, []), measure_own(PRIME, ['keyword'])
    own[PATH_FINDER] = [a - b for a, b in zip(first, later)]
    print(json.dumps({'startup': startup, 'closures': closures, 'own': own, 'kinds': kinds,
                      'alone': alone, 'profiles': profiles, 'first': firsts, 'baseline': baseline,
                      'aloneGens': alone_gens, 'beforeGc': before_gc,
                      'startOrder': start_order}, separators=(',', ':')))


def update_module(m):
    path = os.path.join(os.path.dirname(__file__), '..', 'src', 'interpreter', 'gc', 'import-footprint.json')
    data = json.load(open(path))
    cl = closure(m)
    data['closures'][m] = cl
    new_keys = []
    for r in cl:
        k = package_key(r, cl)
        if k not in data['own'] and k not in new_keys:
            new_keys.append(k)
    with ThreadPoolExecutor(2) as ex:
        for k, v in zip(new_keys, ex.map(own_of, new_keys)):
            data['own'][k] = v
        for k, v in zip(new_keys, ex.map(kind_of, new_keys)):
            data['kinds'][k] = v
        for k, v in zip(new_keys, ex.map(profile_of, new_keys)):
            data['profiles'][k] = v
    data['alone'][m] = alone_of(m)
    data['aloneGens'][m] = alone_gens_of(m)
    data['beforeGc'][m] = before_gc_of(m)
    data['startOrder'][m] = start_order_of(m)
    data['first'][m] = profile_of(m, True)
    with open(path, 'w') as f:
        f.write(json.dumps(data, separators=(',', ':')))


def update_section(name):
    path = os.path.join(os.path.dirname(__file__), '..', 'src', 'interpreter', 'gc', 'import-footprint.json')
    data = json.load(open(path))
    measure = {'beforeGc': before_gc_of}[name]
    with ThreadPoolExecutor(2) as ex:
        data[name] = dict(zip(SIMULATED, ex.map(measure, SIMULATED)))
    with open(path, 'w') as f:
        f.write(json.dumps(data, separators=(',', ':')))


main()
