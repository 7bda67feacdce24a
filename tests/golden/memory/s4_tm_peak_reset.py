import tracemalloc
tracemalloc.start()
big = list(range(100000))
print(tracemalloc.get_traced_memory())
del big
print(tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
print(tracemalloc.get_traced_memory())
small = [0] * 10
print(tracemalloc.get_traced_memory())
s = "".join(["ab"] * 1000)
print(tracemalloc.get_traced_memory())
tracemalloc.clear_traces()
print(tracemalloc.get_traced_memory())
x = {"a": 1}
print(tracemalloc.get_traced_memory())
tracemalloc.stop()
