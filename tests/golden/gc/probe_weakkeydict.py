# Attaching data to objects without keeping them alive (WeakKeyDictionary)
import weakref

class Widget:
    def __init__(self, name):
        self.name = name

extra = weakref.WeakKeyDictionary()
w1 = Widget("one"); w2 = Widget("two")
extra[w1] = {"clicks": 1}
extra[w2] = {"clicks": 5}
print(len(extra))
print(sorted(k.name for k in extra))
print(extra[w1])
del w1
print(len(extra))
print([k.name for k in extra.keys()])
print(w2 in extra)
try:
    extra["plain"] = 1
except TypeError as e:
    print("TypeError:", e)
extra.pop(w2)
print(len(extra))
