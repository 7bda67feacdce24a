import sys, array
ba = bytearray()
last = sys.getsizeof(ba)
print(0, last)
for i in range(200):
    ba.append(i % 256)
    if sys.getsizeof(ba) != last:
        last = sys.getsizeof(ba)
        print(len(ba), last)
print(sys.getsizeof(bytes(10)), sys.getsizeof(bytearray(10)), sys.getsizeof(b""), sys.getsizeof(bytearray()))
b2 = bytearray(b"abc")
b2 += b"defgh"
print(sys.getsizeof(b2))
b2.extend(range(20))
print(sys.getsizeof(b2))
mv = memoryview(b"hello")
print(sys.getsizeof(mv), sys.getsizeof(mv[1:3]), mv.nbytes)
arr = array.array("i")
last = sys.getsizeof(arr)
print("array", last)
for i in range(100):
    arr.append(i)
    if sys.getsizeof(arr) != last:
        last = sys.getsizeof(arr)
        print(len(arr), last)
print(sys.getsizeof(array.array("d", range(10))), sys.getsizeof(array.array("b", range(10))))
print(sys.getsizeof(list(range(10))), sys.getsizeof(array.array("q", range(10))))
