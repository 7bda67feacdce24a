from pprint import pprint, pformat, pp, saferepr, isrecursive, PrettyPrinter
data = {"users": [{"name": "Kim", "langs": ["python", "rust"], "age": 30, "bio": "Loves memory management and long walks on the heap " * 2},
                  {"name": "Lee", "langs": [], "age": None, "tags": {3, 1, 2}}],
        "meta": {"count": 2, "nested": {"deep": {"deeper": {"deepest": list(range(25))}}}}, "t": (1,), "e": ()}
pprint(data)
pprint(data, width=50, indent=2)
pprint(data, depth=2)
pprint(data, compact=True, width=60)
pp({"z": 1, "a": 2})
print(pformat(list(range(40)), compact=True))
a = [1, 2]; a.append(a)
print(saferepr(a)[:20], isrecursive(a))
pprint(frozenset(range(30)))
pprint(("a long tuple element " * 3, "another long element here " * 2))
pprint("just a short string")
pprint({"k": "x" * 100})
PrettyPrinter(width=30).pprint({"abc": [1, 2, 3], "defgh": (4, 5, 6), "ij": {"kl": 7}})
