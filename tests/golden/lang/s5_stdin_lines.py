# Reading standard input the ways scripts do: readline, read(n), iteration, readlines, input() at EOF.
import sys
first = sys.stdin.readline()
print(repr(first))
print(repr(sys.stdin.read(3)))
print(repr(sys.stdin.readline(2)), repr(sys.stdin.readline()))
total = 0
for line in sys.stdin:
    if line.strip() == "stop":
        break
    total += int(line)
print("total", total)
print(sys.stdin.readlines())
print(repr(sys.stdin.read()))
try:
    input("prompt> ")
except EOFError as e:
    print("EOFError", e)
