# Builtin functions are referenced by the builtins namespace and by the copy of it CPython keeps
# from start-up (interp->builtins_copy); names site.py adds later are not in the copy. At exit,
# the builtins namespace is restored from that copy, releasing what the program stored there.
import builtins
import sys

for name in ["len", "abs", "min", "max", "sorted", "iter", "next", "repr", "id", "hash", "sum", "any", "all", "isinstance", "print", "exit", "quit"]:
    print(name, sys.getrefcount(getattr(builtins, name)))


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


builtins.shared = Noisy("stored in builtins")
keep = Noisy("module global")
print(sys.getrefcount(builtins.shared), shared.name)
print("end of program")
