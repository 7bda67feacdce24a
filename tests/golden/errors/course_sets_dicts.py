a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= {1, 2, 3, 4, 5}, a.isdisjoint({9}), b.issuperset({5}))
s = set()
s.add(3); s.update([1, 2], (7,)); s.discard(99); s.remove(1)
print(sorted(s), s.pop() in {2, 3, 7}, len(s), frozenset(s) == s, hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
d = {"b": 2, "a": 1}
d.setdefault("c", []).append(3)
d.update(e=5, a=10)
print(d, list(d), d.get("zz"), d.pop("e"), d.popitem(), "a" in d, len(d))
print(dict.fromkeys("abc", 0), {**d, "new": 1}, d | {"x": 9}, sorted(d.items(), key=lambda kv: kv[0]))
inv = {v: k for k, v in {"x": 1, "y": 2}.items()}
print(inv, list(zip(*inv.items())))
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts, key=lambda k: (-counts[k], k)))
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("x", {}).get("y"))
keys = d.keys(); vals = d.values(); items = d.items()
d["late"] = 0
print(keys, vals, items, len(keys), "late" in keys, keys & {"a", "zz"}, type(keys).__name__)
try:
    for k in d:
        d["boom"] = 1
except RuntimeError as e:
    print(e)
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    s2 = {1, 2}
    for x in s2:
        s2.add(x + 10)
except RuntimeError as e:
    print(e)
print({1: "a", True: "b", 1.0: "c"}, {0, False, 0.0}, {(1, 2): "t"}[(1, 2)])
od = dict(sorted({"z": 1, "m": 2, "a": 3}.items()))
print(od, list(reversed(od)), next(iter(od)))
print(d["nope"])
