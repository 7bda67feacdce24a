"""Measure what a collection costs CPython on this machine, for the simulated clock.

The simulated clock (src/interpreter/modules/clock.ts) charges each collection
    PER_OBJECT_NS * (objects in the generations collected) + PER_REF_NS * (references traversed)
This script fits those two constants: it times full collections of N tracked lists holding
k references each (k = 0, 1, 10, 100), takes the best of several runs, and fits
cost(k) = PER_OBJECT_NS + PER_REF_NS * k by least squares.

    PYENV_VERSION=3.12.1 python3 scripts/measure-gc-cost.py
"""
import gc
import time

N = 200_000
REPS = 7


def per_object_ns(k):
    data = [[j] * k if k else [] for j in range(N)]
    gc.collect()
    best = float("inf")
    for _ in range(REPS):
        t = time.perf_counter()
        gc.collect()
        best = min(best, time.perf_counter() - t)
    del data
    gc.collect()
    return best / N * 1e9


def main():
    gc.disable()
    empty = per_object_ns(0)  # includes the collector's fixed costs, spread over N
    ks = [0, 1, 10, 100]
    ys = [per_object_ns(k) for k in ks]
    for k, y in zip(ks, ys):
        print(f"k={k:3d}: {y:7.1f} ns per object")
    mk = sum(ks) / len(ks)
    my = sum(ys) / len(ys)
    b = sum((k - mk) * (y - my) for k, y in zip(ks, ys)) / sum((k - mk) ** 2 for k in ks)
    a = my - b * mk
    print(f"PER_OBJECT_NS ~ {a:.1f}, PER_REF_NS ~ {b:.2f}  (empty lists alone: {empty:.1f})")


main()
