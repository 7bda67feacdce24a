# Keeping weak references to bound methods
import weakref

class Handler:
    def __init__(self, name):
        self.name = name
    def handle(self, event):
        return f"{self.name} got {event}"

h = Handler("h1")
plain = weakref.ref(h.handle)
print("plain ref to bound method:", plain())
wm = weakref.WeakMethod(h.handle)
print(wm()("click"))
print(wm() == h.handle)
called = []
wm2 = weakref.WeakMethod(h.handle, lambda r: called.append("gone"))
del h
print(wm(), called)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
