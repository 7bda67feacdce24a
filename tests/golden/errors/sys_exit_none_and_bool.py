# SystemExit with True exits with code 1 (bool is an int).
import sys
print('exiting with True')
sys.exit(True)
