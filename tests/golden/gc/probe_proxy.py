# weakref.proxy behaves like the object until it dies
import weakref

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __len__(self):
        return 2

p = Point(3, 4)
px = weakref.proxy(p)
print(px.x, px.norm2(), len(px))
px.x = 6
print(p.x)
print(type(px).__name__)
print(weakref.getweakrefcount(p))
del p
try:
    px.x
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    len(px)
except ReferenceError as e:
    print("ReferenceError:", e)
def f(): pass
fp = weakref.proxy(f)
print(type(fp).__name__)
