import sys
s = set()
last = sys.getsizeof(s)
print(0, last)
for i in range(100):
    s.add(i)
    if sys.getsizeof(s) != last:
        last = sys.getsizeof(s)
        print(i + 1, last)
for i in range(95):
    s.discard(i)
print("after discard", len(s), sys.getsizeof(s))
print(sys.getsizeof(set(range(5))), sys.getsizeof(frozenset(range(5))))
print(sys.getsizeof({1, 2, 3}), sys.getsizeof(set([1, 2, 3])), sys.getsizeof({x for x in range(3)}))
print(sys.getsizeof(set(range(50))), sys.getsizeof(frozenset(range(50))))
print(sys.getsizeof(set("abracadabra")), sys.getsizeof(frozenset()))
a = set(range(10)); b = set(range(5, 20))
print(sys.getsizeof(a | b), sys.getsizeof(a & b), sys.getsizeof(a - b), sys.getsizeof(a ^ b))
c = a.copy(); c.update(b)
print(sys.getsizeof(c))
c.clear()
print(sys.getsizeof(c))
print(sys.getsizeof(set(range(1000))))
