# itertools objects are C structs in CPython: their sizes (and a subclass's), all tracked.
import itertools, sys, gc
for o in [itertools.chain(), itertools.chain([1], [2]), itertools.islice([], 1), itertools.cycle([]), itertools.repeat(1),
          itertools.count(), itertools.groupby([]), itertools.product(), itertools.permutations([]), itertools.combinations([], 0),
          itertools.combinations_with_replacement([], 0), itertools.zip_longest(), itertools.accumulate([]),
          itertools.starmap(len, []), itertools.takewhile(len, []), itertools.dropwhile(len, []), itertools.compress([], []),
          itertools.filterfalse(len, []), itertools.pairwise([]), itertools.batched([], 1), itertools.tee([])[0]]:
    print(type(o).__name__, sys.getsizeof(o), gc.is_tracked(o))
k, g = next(itertools.groupby([1]))
print(type(g).__name__, sys.getsizeof(g))
class MyChain(itertools.chain):
    pass
print(sys.getsizeof(MyChain([1])), list(MyChain([1], [2, 3])))
