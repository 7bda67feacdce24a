"""Run every programs/*.py with real CPython 3.12 and store stdout in programs-golden.json."""
import json, os, subprocess, sys
here = os.path.dirname(os.path.abspath(__file__))
pdir = os.path.join(here, 'programs')
out = {}
for name in sorted(os.listdir(pdir)):
    if name.endswith('.py'):
        r = subprocess.run([sys.executable, os.path.join(pdir, name)], capture_output=True, text=True)
        out[name] = {'stdout': r.stdout, 'exitCode': r.returncode}
with open(os.path.join(here, 'programs-golden.json'), 'w') as f:
    json.dump(out, f, indent=1)
print('wrote', len(out))
