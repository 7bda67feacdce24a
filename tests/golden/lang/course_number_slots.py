import array
for t in (str, list, tuple, bytes, bytearray, array.array, int, float, complex, dict, set, frozenset, range, type(None)):
    print(t.__name__, [n for n in ("__add__", "__radd__", "__mul__", "__rmul__", "__or__", "__ror__", "__mod__", "__rmod__") if n in dir(t)])
for e in ["1.5 | 2", "2 & 1.0", "1.0 << 2", "1.5 ^ True", "~1.5"]:
    try: eval(e)
    except TypeError as x: print(x)
