# gc.callbacks: hooks that run before and after each collection
import gc
gc.collect()
events = []

def hook(phase, info):
    events.append((phase, info["generation"], info["collected"], info["uncollectable"]))

gc.callbacks.append(hook)
class A:
    pass
a = A(); a.self = a
del a
gc.collect()
gc.collect(0)
gc.callbacks.remove(hook)
gc.collect()
for e in events:
    print(e)
def bad(phase, info):
    raise ValueError("oops " + phase)
gc.callbacks.append(bad)
gc.collect()
gc.callbacks.clear()
print("done")
