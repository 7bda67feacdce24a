# Subclasses of builtin types in cycles, and their __dict__
import gc
gc.collect()

class MyList(list):
    pass

class MyDict(dict):
    pass

ml = MyList([1, 2])
ml.tag = "x"
ml.append(ml)
del ml
print("list subclass cycle:", gc.collect())

md = MyDict(a=1)
md["me"] = md
del md
print("dict subclass cycle:", gc.collect())

class MyInt(int):
    pass
n = MyInt(5)
n.partner = [n]
del n
print("int subclass with attr list:", gc.collect())

class Err(Exception):
    pass
e = Err("boom")
e.me = e
del e
print("exception with attribute cycle:", gc.collect())
e = ValueError("v")
e.info = {"err": e}
del e
print("exception + dict:", gc.collect())
