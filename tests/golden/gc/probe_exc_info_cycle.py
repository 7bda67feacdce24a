# The classic leak: keeping sys.exc_info()'s traceback in a local variable
import gc, sys
gc.collect()

class Big:
    def __del__(self):
        print("Big freed")

def handler_keeps_tb():
    big = Big()
    try:
        raise ValueError("x")
    except ValueError:
        tb = sys.exc_info()[2]
    return "done"

print(handler_keeps_tb())
print("after call (Big still alive, frame <-> traceback cycle)")
print("collected:", gc.collect())

def handler_deletes_tb():
    big = Big()
    try:
        raise ValueError("y")
    except ValueError:
        tb = sys.exc_info()[2]
        del tb
    return "done"

print(handler_deletes_tb())
print("collected:", gc.collect())

def handler_uses_e():
    big = Big()
    try:
        raise KeyError("z")
    except KeyError as e:
        err = e
    return "done"
print(handler_uses_e())
print("collected:", gc.collect())
