# weakref.finalize: alive, peek, detach, calling, and at exit
import weakref

class TempFile:
    def __init__(self, name):
        self.name = name

def cleanup(name, mode="normal"):
    print("cleanup", name, mode)

t1 = TempFile("a")
f1 = weakref.finalize(t1, cleanup, "a")
print(f1.alive)
obj, func, args, kwargs = f1.peek()
print(obj is t1, func is cleanup, args, kwargs)
del t1
print(f1.alive, f1.peek())
print(f1())

t2 = TempFile("b")
f2 = weakref.finalize(t2, cleanup, "b", mode="explicit")
print(f2())
print(f2.alive, f2())

t3 = TempFile("c")
f3 = weakref.finalize(t3, cleanup, "c")
det = f3.detach()
print(det[0] is t3, det[2])
print(f3.alive)
del t3

t4 = TempFile("d")
f4 = weakref.finalize(t4, cleanup, "d", mode="exit")
t5 = TempFile("e")
f5 = weakref.finalize(t5, cleanup, "e", mode="exit")
print(f4.atexit)
f6 = weakref.finalize(t5, cleanup, "e2", mode="no-atexit")
f6.atexit = False
print("end of script")
