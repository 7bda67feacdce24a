import os, io, json
path = "pml_golden_test.txt"
with open(path, "w", encoding="utf-8") as f:
    f.write("first line\n")
    f.writelines(["second\n", "third\n"])
    print(f.name == path, f.mode, f.closed)
print(f.closed)
with open(path) as f:
    print(f.readline().rstrip(), f.read().split())
with open(path, "a") as f:
    print("appended", file=f)
with open(path) as f:
    for i, line in enumerate(f, 1):
        print(i, line, end="")
print(os.path.exists(path), os.path.basename(path), os.path.splitext("a/b.tar.gz"))
os.remove(path)
print(os.path.exists(path))
try:
    open(path)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
buf = io.StringIO()
buf.write("hello ")
print("world", file=buf)
print(repr(buf.getvalue()))
data = {"name": "Kim", "scores": [90, 85.5], "active": True, "none": None, "한": "글"}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True))
print(json.loads(s) == data, json.loads('{"a": [1, 2, {"b": null}]}'))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
print(repr(f"{'a'}\n"), "tab\tsep", sep="|", end="!\n")
print(*[1, 2, 3], sep=", ")
