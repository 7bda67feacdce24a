# sys.exit() and raise SystemExit(0) end the program successfully.
import sys
print('done early')
raise SystemExit(0)
