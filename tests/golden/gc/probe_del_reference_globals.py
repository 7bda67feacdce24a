# __del__ that uses module globals during shutdown still works in 3.12 for __main__ objects
import gc
counter = {"closed": 0}
LOG_PREFIX = "[close]"

class Handle:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        counter["closed"] += 1
        print(LOG_PREFIX, self.n, counter["closed"])

h1 = Handle(1)
h2 = Handle(2)
pair = [Handle(3)]
pair.append(pair)
print("bye")
