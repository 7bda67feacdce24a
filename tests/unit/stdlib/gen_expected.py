"""Generate the expected output of the stdlib test programs from real CPython 3.12.

Each cases/NAME.py is run with CPython in a fresh empty working directory named /work (the
programs create the files they read), and its stdout, stderr and exit status are stored in
expected.json, which stdlib.test.ts compares with our interpreter's output.
Run:  PYENV_VERSION=3.12.1 python3 tests/unit/stdlib/gen_expected.py
"""
import json, os, subprocess, sys, tempfile

assert sys.version_info[:2] == (3, 12), sys.version
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

out = {}
for name in sorted(os.listdir(CASES)):
    if not name.endswith('.py'):
        continue
    with tempfile.TemporaryDirectory() as d:
        p = subprocess.run([sys.executable, os.path.join(CASES, name)], cwd=d, capture_output=True,
                           text=True, env={'PATH': os.environ.get('PATH', '/usr/bin'), 'HOME': '/home/user',
                                           'LANG': 'C.UTF-8'}, timeout=60)
    out[name] = {'stdout': p.stdout, 'stderr': p.stderr, 'exitCode': p.returncode}
with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
    json.dump(out, f, ensure_ascii=False, indent=1, sort_keys=True)
print(f'wrote {len(out)} cases')
