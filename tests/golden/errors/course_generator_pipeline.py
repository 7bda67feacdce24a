import itertools, sys
def read_records(lines):
    for lineno, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            name, qty, price = line.split(",")
            yield {"line": lineno, "name": name.strip(), "qty": int(qty), "price": float(price)}
        except ValueError as e:
            print(f"line {lineno}: skipped ({e})", file=sys.stderr)
def with_totals(records):
    for r in records:
        r["total"] = r["qty"] * r["price"]
        yield r
def running_sum(records, key="total"):
    acc = 0
    for r in records:
        acc += r[key]
        yield r, acc
raw = """# inventory
apple, 3, 0.5
banana, x, 0.25
cherry, 10, 0.1

durian, 1, 7.75
bad line
"""
pipeline = running_sum(with_totals(read_records(raw.splitlines())))
for rec, acc in pipeline:
    print(f"{rec['line']:>2} {rec['name']:<8} {rec['total']:>6.2f} {acc:>7.2f}")
print(type(pipeline).__name__, pipeline.gi_running, pipeline.gi_frame)
squares = (n * n for n in itertools.count(1))
print(list(itertools.islice(squares, 5)), next(squares))
evens = filter(lambda n: n % 2 == 0, range(10))
doubled = map(lambda n: n * 2, evens)
print(list(doubled), list(doubled))
def chunked(it, n):
    it = iter(it)
    while chunk := list(itertools.islice(it, n)):
        yield chunk
print(list(chunked(range(7), 3)))
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return avg
        total += value
        count += 1
        avg = total / count
avg = averager()
next(avg)
print([avg.send(v) for v in (10, 20, 60)])
try:
    avg.send(None)
except StopIteration as stop:
    print("final:", stop.value)
def tree(n, depth=0):
    yield "  " * depth + str(n)
    for child in range(n - 1, 0, -2):
        yield from tree(child, depth + 1)
print("\n".join(tree(5)))
g = (x for x in [1, 0, 2])
print([10 / x for x in g])
