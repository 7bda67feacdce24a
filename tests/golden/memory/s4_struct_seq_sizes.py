# Struct sequences: time.gmtime(), os.stat(), sys.float_info — tuple-like records from C.
import gc
import os
import sys
import time

t = time.gmtime(0)
print(type(t).__name__, len(t), sys.getsizeof(t), gc.is_tracked(t))
print(t.tm_year, t.tm_yday, t[:3], t.tm_gmtoff)
s = os.stat(".")
print(type(s).__name__, len(s), sys.getsizeof(s), gc.is_tracked(s))
mine = time.struct_time((2024, 5, 6, 7, 8, 9, 0, 127, 0))
print(mine, sys.getsizeof(mine), gc.is_tracked(mine))
for info in (sys.float_info, sys.int_info, sys.hash_info, sys.version_info[:2]):
    print(type(info).__name__, gc.is_tracked(info))
print(hasattr(t, "__dict__"), isinstance(t, tuple))
