# WeakValueDictionary values that die in a cycle disappear at collection time
import gc, weakref
gc.collect()

class Session:
    def __init__(self, sid):
        self.sid = sid
        self.me = self

sessions = weakref.WeakValueDictionary()
for i in range(3):
    sessions[i] = Session(i)
print("right after creation:", len(sessions))
print("collected:", gc.collect())
print("after collect:", len(sessions), list(sessions.keys()))

keep = Session(99)
sessions["k"] = keep
gc.collect()
print(list(sessions.keys()))
del keep
gc.collect()
print(list(sessions.keys()))
