# Keeping an exception on self creates a cycle via the traceback's frames
import gc
gc.collect()

class Worker:
    def __init__(self):
        self.err = None
    def run(self):
        try:
            1 / 0
        except ZeroDivisionError as e:
            self.err = e
    def __del__(self):
        print("Worker.__del__")

w = Worker()
w.run()
print(type(w.err).__name__, w.err)
print(w.err.__traceback__ is not None)
del w
print("after del w")
print("collected:", gc.collect() > 0)

def capture():
    try:
        raise ValueError("bad")
    except ValueError as e:
        return e
e = capture()
print(repr(e))
print(e.__traceback__.tb_frame.f_code.co_name)
del e
print("lone exception:", gc.collect())
