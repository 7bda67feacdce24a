# What print() leaves behind when stdout is a pipe: the pending pieces keep references to the
# printed strings until 8 KiB have accumulated or the stream is flushed.
import sys

text = "memory " * 10
print(sys.getrefcount(text))
print(text)
print(sys.getrefcount(text))
sys.stdout.flush()
print(sys.getrefcount(text))
print(text, end="")
print()
print(sys.getrefcount(text))
big = "x" * 9000
print(big[:10])
print(sys.getrefcount(big))
sys.stdout.write(big[:100])
print()
print(sys.getrefcount(big))
print(str(True) is str(True), str(None) is str(None))
