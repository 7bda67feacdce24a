# Deeply nested structures: freeing long chains, RecursionError where CPython has a C-stack guard (repr, str, json, deepcopy), no guard where it has none (tuple hash), MemoryError, parser limits.
import sys
# deep nesting structures
a = []
for i in range(200000):
    a = [a]
del a
print("nested list freed")
d = {}
cur = d
for i in range(100000):
    cur['n'] = {}
    cur = cur['n']
del d, cur
print("nested dict freed")
class N:
    __slots__ = ('next',)
head = None
for i in range(300000):
    n = N(); n.next = head; head = n
del head, n
print("slots chain freed")
def f(n): return f(n+1)
try:
    f(0)
except RecursionError as e:
    print("RecursionError:", e)
x = []
for i in range(100000):
    x = [x]
try:
    print(repr(x)[:10])
except RecursionError as e:
    print("repr RecursionError:", e)
try:
    x == x
    print("eq ok")
except RecursionError as e:
    print("eq RecursionError:", e)
import copy
try:
    copy.deepcopy(x)
except RecursionError as e:
    print("deepcopy RecursionError")
try:
    s = str(x)
except RecursionError as e:
    print("str RecursionError:", e)
t = ()
for i in range(100000):
    t = (t,)
try:
    hash(t)
    print("hash ok")
except RecursionError as e:
    print("hash RecursionError:", e)
import json
try:
    json.dumps(x)
except RecursionError as e:
    print("json RecursionError:", e)
try:
    l = [0] * (2**62)
except MemoryError as e:
    print("MemoryError", repr(e))
try:
    s = 'x' * 10**11
except MemoryError as e:
    print("MemoryError", repr(e))
eval("(" * 150 + ")" * 150) if False else None
try:
    eval("(" * 300 + ")" * 300)
except SyntaxError as e:
    print("SyntaxError", e)
try:
    eval("-" * 100000 + "1")
except RecursionError as e:
    print("eval RecursionError", e)
except SyntaxError as e:
    print("SyntaxError", e)
