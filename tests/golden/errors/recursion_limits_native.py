# Where CPython 3.12 stops deep recursion that runs through native code: repr/str of nested
# containers, __repr__ calling repr(), comparisons, __getattr__ chains, json, copy.deepcopy.
import copy
import json


def search(fn, hi=4000):
    """Largest n for which fn(n) does not raise RecursionError, and the message at n + 1."""
    lo = 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            fn(mid)
            lo = mid
        except RecursionError:
            hi = mid - 1
    try:
        fn(lo + 1)
        msg = None
    except RecursionError as e:
        msg = str(e)
    return lo, msg


def nested_list(n):
    x = []
    for _ in range(n):
        x = [x]
    return x


def nested_dict(n):
    x = {}
    for _ in range(n):
        x = {"k": x}
    return x


def nested_tuple(n):
    x = ()
    for _ in range(n):
        x = (x,)
    return x


class R:
    def __init__(self, child):
        self.child = child

    def __repr__(self):
        return "R(" + repr(self.child) + ")"


class F:
    def __init__(self, child):
        self.child = child

    def __repr__(self):
        return f"F({self.child!r})"


class G:
    def __init__(self, inner):
        self.inner = inner

    def __getattr__(self, name):
        return getattr(self.inner, name)


class E:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


def chain(cls, n, bottom=None):
    x = bottom
    for _ in range(n):
        x = cls(x)
    return x


def py_recursion(n):
    return 0 if n == 0 else py_recursion(n - 1)


print("repr(list)", search(lambda n: repr(nested_list(n))))
print("str(list)", search(lambda n: str(nested_list(n))))
print("repr(dict)", search(lambda n: repr(nested_dict(n))))
print("repr(tuple)", search(lambda n: repr(nested_tuple(n))))
print("f-string", search(lambda n: f"{nested_list(n)}"))
print("__repr__ + repr()", search(lambda n: repr(chain(R, n))))
print("__repr__ + !r", search(lambda n: repr(chain(F, n))))
print("__getattr__", search(lambda n: chain(G, n, 5).real))
print("__eq__", search(lambda n: chain(E, n, 1) == chain(E, n, 1)))
print("list ==", search(lambda n: nested_list(n) == nested_list(n)))
print("tuple <", search(lambda n: nested_tuple(n) < nested_tuple(n)))
print("json list", search(lambda n: json.dumps(nested_list(n))))
print("json dict", search(lambda n: json.dumps(nested_dict(n))))
print("deepcopy list", search(lambda n: copy.deepcopy(nested_list(n))))
print("deepcopy objects", search(lambda n: copy.deepcopy(chain(R, n))))
print("python", search(py_recursion))


def inner():
    return repr(nested_list(1400))


def depth(n):
    # Python frames do not use the native budget: 400 frames deep, repr still reaches 1400
    return inner() if n == 0 else depth(n - 1)


print(len(depth(400)))
