# Mutual recursion without a base case: alternating frames are not collapsed into
# "[Previous line repeated ...]", so the limit is lowered to keep the traceback short.
import sys
sys.setrecursionlimit(40)
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
ping(0)
