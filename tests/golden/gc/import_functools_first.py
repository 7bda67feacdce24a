# lru_cache demo: the import's garbage shows up in the first collection.
import gc
import functools


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30))
print(fib.cache_info())
print("first collect:", gc.collect())
print("second collect:", gc.collect())
