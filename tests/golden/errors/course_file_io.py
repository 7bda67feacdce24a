import os, json
path = "course_tmp_data.txt"
with open(path, "w", encoding="utf-8") as f:
    f.write("line one\n")
    f.writelines(["line two\n", "세 번째 줄\n"])
    print(f.name, f.mode, f.closed, f.writable(), f.readable())
print(f.closed)
with open(path, encoding="utf-8") as f:
    print(repr(f.readline()), f.readline().strip(), f.read(), sep=" | ")
with open(path) as f:
    for i, line in enumerate(f, 1):
        print(i, line.rstrip("\n"), len(line))
with open(path, "a") as f:
    print("appended", file=f)
with open(path) as f:
    lines = f.readlines()
print(len(lines), lines[-1], os.path.exists(path), os.path.getsize(path))
with open(path, "rb") as f:
    data = f.read()
print(type(data).__name__, len(data), data[:8], data.count(b"\n"))
cfg = {"name": "demo", "values": [1, 2.5, None], "nested": {"ok": True}}
with open("course_tmp.json", "w") as f:
    json.dump(cfg, f, indent=2)
with open("course_tmp.json") as f:
    loaded = json.load(f)
print(loaded == cfg, loaded["values"])
os.remove(path); os.remove("course_tmp.json")
print(os.path.exists(path), os.path.basename("/a/b/c.txt"), os.path.splitext("x.tar.gz"), os.path.join("a", "b", "c.py"))
try:
    open("definitely_missing_file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
with open("definitely_missing_file.txt") as f:
    pass
