# gc.get_count() around print(): print() to a pipe keeps its pieces pending in sys.stdout
# (a gc-tracked list appears on the second write), its arguments arrive as a tuple, the first
# container repr creates the per-thread repr-guard list, and a full collection empties the
# free lists, so the objects made right after gc.collect() are all fresh allocations.
import gc
import sys

gc.collect()
counts = [gc.get_count()]
sys.stdout.write("a")
counts.append(gc.get_count())
sys.stdout.write("b\n")
counts.append(gc.get_count())
print(counts)

gc.collect()
a = gc.get_count()
b = gc.get_count()
x = []
c = gc.get_count()
print(a, b, c)
print(gc.get_count())


class Node:
    def __init__(self, name, ref=None):
        self.name = name
        self.ref = ref

    def __repr__(self):
        return f"Node({self.name!r})"


gc.collect()
r = [gc.get_count()]
n1 = Node("a")
r.append(gc.get_count())
n2 = Node("b", ref=n1)
r.append(gc.get_count())
n3 = Node(*("c",), **{"ref": n2})
r.append(gc.get_count())
s = repr([n1, n2, n3])
r.append(gc.get_count())
print(r, s)

gc.collect()
r = [gc.get_count()]
print("to stderr", file=sys.stderr)
r.append(gc.get_count())
for i in range(300):
    print(i, end=" ")
print()
r.append(gc.get_count())
print(r)
print(len([o for o in gc.get_referents(sys.stdout) if type(o) is list]))
sys.stdout.flush()
print(len([o for o in gc.get_referents(sys.stdout) if type(o) is list]))
