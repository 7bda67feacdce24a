# A script that reads input() and sys.stdin, writes and reads a file, prints to stderr and exits with a message.
import sys, os
print(sys.argv[1:])
name = input("name? ")
print(f"hi {name}")
data = sys.stdin.read()
print(repr(data))
with open("out.txt", "w", encoding="utf-8") as f:
    n = f.write("한글\nline2\n")
    print(n, f.tell())
with open("out.txt", "rb") as f:
    print(f.read())
with open("out.txt") as f:
    for i, line in enumerate(f, 1):
        print(i, repr(line))
print(os.path.exists("out.txt"), os.path.getsize("out.txt"))
os.remove("out.txt")
try:
    open("nope.txt")
except FileNotFoundError as e:
    print(e, e.errno, e.filename)
print("to err", file=sys.stderr)
sys.stdout.write("partial")
sys.stdout.flush()
print()
sys.exit("fatal: bye")
