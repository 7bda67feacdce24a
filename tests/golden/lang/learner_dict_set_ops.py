inventory = {"apple": 3, "banana": 5}
inventory["cherry"] = 7
inventory.update(banana=6, date=1)
print(inventory, len(inventory), "apple" in inventory, inventory.get("fig"), inventory.get("fig", 0))
print(inventory.setdefault("elder", 0), inventory.pop("date"), inventory.popitem(), inventory)
print(list(inventory.keys()), list(inventory.values()), list(inventory.items()))
d2 = {**inventory, "apple": 10}
print(d2, inventory | {"kiwi": 2}, dict.fromkeys("abc", 0), dict(zip("xyz", range(3))))
del d2["apple"]
try:
    d2["nope"]
except KeyError as e:
    print("KeyError", e, repr(e))
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda x: -x[1])[:2])
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= {1, 2, 3, 4, 5}, a.isdisjoint({9}), {1, 2} < a)
a.add(10); a.discard(99); a.remove(1)
print(a, frozenset([3, 1, 2]), set(), {}, type({}).__name__, len(set("hello")))
try:
    a.remove(42)
except KeyError as e:
    print("KeyError:", e)
print({x: x ** 2 for x in range(5)}, {x % 3 for x in range(10)}, dict(sorted(counts.items())))
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("a", {}).get("x", "default"))
print({1: "a", True: "b", 1.0: "c"}, {(1, 2): "tuple key"}, hash((1, 2)) == hash((1, 2)))
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
it = iter(inventory)
inventory["new"] = 1
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
