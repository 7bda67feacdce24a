import sys
from functools import lru_cache, cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), len(str(fact(100))), sys.getrecursionlimit())
@cache
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100), ways.cache_info().currsize > 0)
def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10)), hanoi(2))
def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
print(perms("abc"), len(perms("abcde")))
def flatten(x, depth=0):
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from flatten(y, depth + 1)
    else:
        yield (x, depth)
print(list(flatten([1, [2, (3, [4])], 5])))
memo = {}
def fib(n):
    if n in memo:
        return memo[n]
    memo[n] = r = n if n < 2 else fib(n - 1) + fib(n - 2)
    return r
print(fib(90), len(memo))
def bsearch(a, x, lo=0, hi=None):
    if hi is None:
        hi = len(a)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if a[mid] == x:
        return mid
    return bsearch(a, x, mid + 1, hi) if a[mid] < x else bsearch(a, x, lo, mid)
data = list(range(0, 100, 3))
print([bsearch(data, v) for v in (0, 3, 51, 99, 4)])
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
def count_down(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return count_down(n - 1)
count_down(3)
