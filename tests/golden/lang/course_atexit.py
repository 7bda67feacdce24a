import atexit
def bye(name, punct="!"):
    print(f"bye {name}{punct}")
def boom():
    raise ValueError("atexit failure")
@atexit.register
def decorated():
    print("decorated runs last-registered-first")
atexit.register(bye, "kim")
atexit.register(bye, "lee", punct="?")
atexit.register(boom)
atexit.register(print, "to be removed")
atexit.unregister(print)
class Obj:
    def __del__(self):
        print("Obj.__del__ at shutdown")
o = Obj()
print("main done", atexit._ncallbacks())
