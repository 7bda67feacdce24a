import tracemalloc

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class SlotPoint:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def measure(label, fn):
    tracemalloc.start()
    result = fn()
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{label:14} current={current:8} peak={peak:8}")
    return result

N = 1000
measure("list comp", lambda: [i for i in range(N)])
measure("list(range)", lambda: list(range(N)))
measure("tuple", lambda: tuple(range(N)))
measure("dict comp", lambda: {i: i for i in range(N)})
measure("set", lambda: set(range(N)))
measure("str join", lambda: ",".join(str(i) for i in range(N)))
measure("bytes", lambda: bytes(N))
measure("bytearray", lambda: bytearray(N))
measure("points", lambda: [Point(i, i) for i in range(N)])
measure("slotpoints", lambda: [SlotPoint(i, i) for i in range(N)])
measure("tuples", lambda: [(i, i) for i in range(N)])
measure("generator", lambda: sum(i for i in range(N)))
measure("sum list", lambda: sum([i for i in range(N)]))
measure("big ints", lambda: [2**100 + i for i in range(N)])
measure("floats", lambda: [i * 0.5 for i in range(N)])
