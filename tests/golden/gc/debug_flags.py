# gc.set_debug: DEBUG_STATS / DEBUG_COLLECTABLE / DEBUG_UNCOLLECTABLE write to sys.stderr
import gc
import sys


class Capture:
    def __init__(self):
        self.lines = []

    def write(self, s):
        self.lines.append(s)

    def flush(self):
        pass


def run(flags, make):
    gc.collect()
    cap = Capture()
    old = sys.stderr
    sys.stderr = cap
    gc.set_debug(flags)
    try:
        make()
        n = gc.collect()
    finally:
        gc.set_debug(0)
        sys.stderr = old
    text = "".join(cap.lines)
    for line in text.splitlines():
        if line.startswith("gc: objects in"):
            line = line.split(":")[0] + ": ..."
        elif "elapsed" in line:
            line = line[: line.rindex(",")] + ", <T>"
        elif line.startswith("gc: collectable") or line.startswith("gc: uncollectable"):
            line = line[: line.rindex(" 0x")] + ">"
        print(line)
    print("collected", n)


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


def ring():
    a = Node("a")
    b = Node("b")
    a.other = b
    b.other = a


def self_list():
    l = []
    l.append(l)


def dict_cycle():
    d = {}
    d["me"] = d


run(gc.DEBUG_STATS, ring)
run(gc.DEBUG_COLLECTABLE, ring)
run(gc.DEBUG_COLLECTABLE, self_list)
run(gc.DEBUG_COLLECTABLE | gc.DEBUG_STATS, dict_cycle)
run(gc.DEBUG_UNCOLLECTABLE, ring)
run(gc.DEBUG_LEAK, self_list)
print(len(gc.garbage), type(gc.garbage[0]).__name__)
gc.garbage.clear()
print(gc.get_debug(), gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
