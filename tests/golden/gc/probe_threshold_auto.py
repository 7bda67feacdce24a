# Automatic collections triggered by allocations
import gc
gc.collect()
print(gc.get_threshold())
runs = []
gc.callbacks.append(lambda phase, info: phase == "stop" and runs.append(info["generation"]))

class Item:
    pass

keep = []
for i in range(2000):
    keep.append(Item())
print("collections while allocating 2000:", len(runs), runs[:5])
gc.set_threshold(100, 5, 5)
print(gc.get_threshold())
runs.clear()
for i in range(1000):
    keep.append(Item())
print("with threshold 100:", len(runs), runs)
gc.set_threshold(700, 10, 10)
gc.disable()
runs.clear()
for i in range(3000):
    keep.append([])
print("disabled:", len(runs), gc.isenabled())
gc.enable()
print(gc.isenabled())
gc.callbacks.clear()
