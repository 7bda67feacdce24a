# atexit handlers, weakref.finalize callbacks and __del__ at shutdown
import atexit, weakref

class Conn:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("Conn.__del__", self.name)

def bye(msg):
    print("atexit", msg)

atexit.register(bye, "first registered")
atexit.register(bye, "second registered")
c1 = Conn("c1")
c2 = Conn("c2")
weakref.finalize(c1, print, "finalize c1")
weakref.finalize(c2, print, "finalize c2")
print("end of main")
