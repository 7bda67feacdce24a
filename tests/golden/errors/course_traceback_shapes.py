class Matrix:
    def __init__(self, rows):
        self.rows = rows
def get(m, i, j):
    return m.rows[i][j]
data = {"users": [{"name": "a", "tags": ["x"]}]}
def lookup():
    return data["users"][0]["tags"][3]
def compute(a, b, c):
    return a * b + c / (a - a)
def chained(s):
    return s.strip().lower().split(",")[5].upper()
tests = [
    lambda: get(Matrix([[1, 2]]), 0, 5),
    lookup,
    lambda: compute(2, 3, 4),
    lambda: chained(" A,B "),
    lambda: [1, 2, 3][1:2][4],
    lambda: {"a": 1}["b"] + 1,
    lambda: int("4") + "x",
    lambda: len(5),
    lambda: None.attribute,
    lambda: (1, 2).append(3),
    lambda: [x / 0 for x in range(3)],
    lambda: sum(["a", "b"]),
    lambda: sorted([1, "a"]),
    lambda: {}.pop("missing"),
    lambda: "abc".index("z"),
    lambda: float("1.2.3"),
    lambda: max([]),
    lambda: next(iter([])),
    lambda: dict([(1, 2, 3)]),
    lambda: "{} {}".format(1),
    lambda: "%d items" % "three",
    lambda: bytes([300]),
    lambda: range(10)[20],
    lambda: list(zip([1], [2], strict=True)) and list(zip([1, 2], [1], strict=True)),
]
for i, t in enumerate(tests):
    try:
        t()
    except Exception as e:
        print(i, type(e).__name__, e)
def outer():
    def middle():
        def inner():
            return {"k": [1]}["k"][0] / 0
        return inner()
    return middle()
outer()
