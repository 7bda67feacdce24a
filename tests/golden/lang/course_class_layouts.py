for bases in [(int, str), (list, dict), (ValueError, KeyError), (OSError, ValueError), (object, int), (dict, list), (bool,), (Exception, TypeError), (tuple, list), (set, frozenset), (float, int)]:
    try:
        C = type("C", bases, {})
        print([b.__name__ for b in bases], "ok", [k.__name__ for k in C.__mro__][:4])
    except TypeError as e:
        print([b.__name__ for b in bases], e)
class S1: __slots__ = ("a",)
class S2: __slots__ = ("b",)
try:
    class S3(S1, S2): pass
except TypeError as e:
    print(e)
class D1: pass
class D2: pass
class D3(D1, D2, ValueError): pass
print(D3.__mro__)
