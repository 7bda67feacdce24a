import sys
samples = ["", "a", "abc", "é", "café", "€", "한글", "😀", "a😀", "ÿ" * 10, "a" * 100]
for s in samples:
    print(repr(s), len(s), sys.getsizeof(s))
print(sys.getsizeof("ab" + "cd"), sys.getsizeof("".join(["ab", "cd"])))
x = "hello world"
print(sys.getsizeof(x[:5]), sys.getsizeof(x[6:]), sys.getsizeof(x[::-1]))
n = 42
print(sys.getsizeof(f"{n}"), sys.getsizeof(f"value={n}"), sys.getsizeof(f"{'é'}{n}"))
print(sys.getsizeof(str(123456)), sys.getsizeof(repr(1.5)), sys.getsizeof(hex(255)))
print(sys.getsizeof("abc".upper()), sys.getsizeof("한".encode()), sys.getsizeof("é".encode("latin-1")))
for k in range(0, 20, 4):
    print(k, sys.getsizeof("x" * k), sys.getsizeof("é" * k), sys.getsizeof("한" * k), sys.getsizeof("😀" * k))
