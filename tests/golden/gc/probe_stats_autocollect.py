# gc.get_stats() counts automatic collections too
import gc
gc.collect()
s0 = gc.get_stats()

class C:
    def __init__(self):
        self.me = self

for _ in range(1500):
    C()
s1 = gc.get_stats()
print([s1[g]["collections"] - s0[g]["collections"] for g in range(3)])
print(s1[0]["collected"] - s0[0]["collected"] >= 1400)
print(gc.get_count()[1])
