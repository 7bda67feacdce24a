# Without calling gc.collect(), when does the collector first notice a dead cycle?
step = 0
found_at = []

class Canary:
    def __del__(self):
        found_at.append(step)

c = Canary()
c.me = c
del c
keep = []
for step in range(1, 3000):
    keep.append([])
    if found_at:
        break
print("cycle collected after", found_at, "new lists")
