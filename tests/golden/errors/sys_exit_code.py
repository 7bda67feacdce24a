# sys.exit(3): no traceback, exit code 3; finally blocks still run.
import sys
print('exiting with 3')
try:
    sys.exit(3)
finally:
    print('finally runs before exit')
print('never printed')
