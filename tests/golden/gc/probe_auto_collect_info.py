# What an automatic collection reports to gc.callbacks
import gc
gc.collect()
log = []

def cb(phase, info):
    if phase == "stop":
        log.append((info["generation"], info["collected"]))

class Cyc:
    def __init__(self):
        self.me = self

gc.callbacks.append(cb)
for i in range(2100):
    Cyc()
gc.callbacks.remove(cb)
print(len(log))
print(log[1:4])
print(sorted(set(g for g, c in log)))
