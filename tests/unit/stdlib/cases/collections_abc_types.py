from collections.abc import *
import collections.abc as c
import collections
print(Iterable, c.__name__, collections.abc is c)
print(isinstance([], Iterable), isinstance(5, Iterable), issubclass(dict, Mapping), isinstance({}, MutableMapping), isinstance((), Sequence), isinstance('a', Sequence), isinstance(len, Callable), isinstance([], Hashable), isinstance(iter([]), Iterator), isinstance({1}, Set), isinstance(range(3), Sequence), isinstance(b'', Sequence), isinstance({}.keys(), Set))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), Iterable), isinstance(It(), Iterator), isinstance(It(), Sized))
import inspect, types
def gen():
    yield 1
g = gen()
g = gen()
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(g), inspect.isfunction(gen), inspect.isclass(int))
ns = types.SimpleNamespace(a=1, b='x'); ns.c = 3; print(ns, types.FunctionType, types.ModuleType, types.GeneratorType)
