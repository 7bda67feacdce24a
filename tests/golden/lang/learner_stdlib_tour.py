import time, datetime, copy, string, os, sys
d = datetime.date(2024, 2, 29)
print(d, d + datetime.timedelta(days=1), d.strftime("%Y/%m/%d %A %B"), d.weekday(), d.isoformat(), repr(d))
dt = datetime.datetime(2024, 1, 15, 13, 45, 30)
print(dt, dt.strftime("%H:%M:%S %p %j"), (dt - datetime.datetime(2024, 1, 1)).days, dt.replace(hour=0), dt.date(), dt.time())
print(datetime.timedelta(hours=25, minutes=61), datetime.timedelta(seconds=-1), datetime.timedelta(days=1.5).total_seconds())
a = [[1, 2], {"k": [3]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[0].append(99)
print(b, c, b[0] is a[0], c[0] is a[0])
print(string.ascii_lowercase, string.digits, string.punctuation, string.capwords("hello  world"))
t = string.Template("$who likes $what")
print(t.substitute(who="kim", what="python"), t.safe_substitute(who="lee"))
print(sys.version_info[:2], sys.maxsize, sys.platform, len(sys.argv), type(sys.path).__name__, sys.byteorder)
print(os.path.join("a", "b", "c.txt"), os.path.splitext("x.tar.gz"), os.path.basename("/a/b/c"), os.sep, os.path.dirname("/a/b/c"))
print(type(time.time()).__name__, time.strftime("%Y", time.gmtime(0)), isinstance(time.perf_counter(), float))
import json
print(json.dumps([1.0, 2.5, float("inf")]), json.dumps("한글"), json.dumps({"b": 1, "a": [None, True]}, separators=(",", ":")))
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError:", e)
print(json.loads("[1, 2.5, \"x\", null, true, {\"a\": {}}]"), json.loads('"\\u00e9"'), json.dumps(1e100), json.dumps(10**20))
