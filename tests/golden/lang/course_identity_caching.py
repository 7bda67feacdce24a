import sys
a = 1000
b = 1000
print(a is b, a == b)
def make():
    return 1000
print(make() is make(), make() is a)
x = int("1000"); y = int("1000")
print(x is y, x == y)
print(all((i + 0) is i for i in range(-5, 257)), (256 + 1) is 257, int("-5") is -5, int("-6") is int("-6"))
s1 = "hello_world"; s2 = "hello_world"
print(s1 is s2, "hello world" is "hello world" if False else "skip")
s3 = "hello_" + "world"
s4 = "".join(["hello_", "world"])
print(s1 is s3, s1 is s4, s1 == s4, sys.intern(s4) is s1)
t1 = (1, 2, 3); t2 = (1, 2, 3)
print(t1 is t2, () is (), tuple() is (), [] is [], frozenset() is frozenset())
e1 = ""; e2 = str()
print(e1 is e2, "a" is chr(97), chr(97) is chr(97), chr(300) is chr(300))
f1 = 1.5; f2 = 1.5
print(f1 is f2, float("1.5") is float("1.5"))
print(None is None, True is (1 == 1), bool(0) is False, type(None)() is None)
class C: pass
o1, o2 = C(), C()
print(o1 is o2, o1 == o2, id(o1) != id(o2))
ids = set()
for _ in range(5):
    ids.add(id(C()))
print(len(ids) <= 2)
lst = [1, 2]
alias = lst
lst += [3]
print(alias, alias is lst)
tup = (1, 2)
orig = tup
tup += (3,)
print(orig, tup is orig)
def add_item(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(add_item(1), add_item(2))
m = {}
print(m.setdefault("k", []) is m["k"], sys.getrefcount(m["k"]))
print(sys.getrefcount(1000) > 1, sys.getrefcount("hello_world") > 1)
big = 10 ** 20
print(big is 10 ** 20 if False else type(big).__name__, sys.getsizeof(big))
print(a is 1000)
