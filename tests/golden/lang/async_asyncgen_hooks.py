# sys.get_asyncgen_hooks / set_asyncgen_hooks.
import sys
print(sys.get_asyncgen_hooks())
sys.set_asyncgen_hooks(firstiter=print)
print(sys.get_asyncgen_hooks().firstiter)
try:
    sys.set_asyncgen_hooks(finalizer=1)
except TypeError as e:
    print(e)
