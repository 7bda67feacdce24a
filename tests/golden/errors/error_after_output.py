# stdout and stderr are separate streams: output before the error stays on stdout.
import sys
for i in range(3):
    print('line', i)
print('warning on stderr', file=sys.stderr)
print('more stdout')
raise RuntimeError('stopping here')
