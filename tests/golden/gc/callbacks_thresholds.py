# gc.callbacks, thresholds and automatic collections, get_count / get_stats deltas
import gc

events = []


def cb(phase, info):
    events.append((phase, info["generation"], info["collected"], info["uncollectable"]))


gc.collect()
gc.callbacks.append(cb)
l = []
l.append(l)
del l
print(gc.collect())
print(events)
events.clear()

gc.set_threshold(50, 5, 5)
print(gc.get_threshold())
before = [s["collections"] for s in gc.get_stats()]
junk = []
for i in range(2000):
    x = [i]
    x.append(x)
    junk.append({"i": i})
after = [s["collections"] for s in gc.get_stats()]
print([a - b for a, b in zip(after, before)])
print(len(events) > 0, events[0][0], all(e[0] in ("start", "stop") for e in events))
print(sum(e[2] for e in events if e[0] == "stop") >= 1900)
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)

gc.disable()
print(gc.isenabled())
c0 = gc.get_count()[0]
keep = [[] for _ in range(1000)]
print(gc.get_count()[0] - c0 >= 950)
gc.enable()


def bad(phase, info):
    raise RuntimeError("boom " + phase)


gc.callbacks.append(bad)
gc.collect()
gc.callbacks.remove(bad)
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError:", e)
