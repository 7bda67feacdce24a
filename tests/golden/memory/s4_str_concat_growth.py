import sys, tracemalloc
s = ""
last = sys.getsizeof(s)
for i in range(40):
    s += "ab"
print(len(s), sys.getsizeof(s))
parts = ["word"] * 50
print(sys.getsizeof(" ".join(parts)), sys.getsizeof("".join(parts)))
print(sys.getsizeof("%s-%d" % ("a", 5)), sys.getsizeof("{}-{}".format("a", 5)), sys.getsizeof(f"{'a'}-{5}"))
tracemalloc.start()
b = tracemalloc.get_traced_memory()[0]
text = "".join(str(i) for i in range(500))
print(tracemalloc.get_traced_memory()[0] - b, sys.getsizeof(text))
b = tracemalloc.get_traced_memory()[0]
acc = ""
for i in range(200):
    acc += "x"
print(tracemalloc.get_traced_memory()[0] - b, sys.getsizeof(acc))
b = tracemalloc.get_traced_memory()[0]
u = "é" * 100 + "😀"
print(tracemalloc.get_traced_memory()[0] - b, sys.getsizeof(u))
b = tracemalloc.get_traced_memory()[0]
lst = text.split("9")
print(tracemalloc.get_traced_memory()[0] - b, len(lst), sys.getsizeof(lst))
tracemalloc.stop()
