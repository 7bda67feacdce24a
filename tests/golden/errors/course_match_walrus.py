from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
@dataclass
class Circle:
    center: Point
    r: float
def describe(shape):
    match shape:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y) | Point(x=y, y=0):
            return f"on axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Circle(center=Point(x=cx, y=cy), r=r) if r > 10:
            return f"big circle at ({cx},{cy})"
        case Circle(r=r):
            return f"circle r={r}"
        case [x, y, *rest]:
            return f"seq {x},{y} +{len(rest)}"
        case {"type": "rect", "w": w, "h": h, **others}:
            return f"rect {w}x{h} {others}"
        case str() as s if len(s) > 3:
            return f"long str {s}"
        case int(n) | float(n):
            return f"number {n}"
        case None:
            return "nothing"
        case _:
            return f"unknown {shape!r}"
for s in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Circle(Point(1, 1), 20), Circle(Point(0, 0), 1),
          [1, 2], (1, 2, 3, 4), {"type": "rect", "w": 2, "h": 3, "color": "red"}, "hello", "hi", 42, 2.5, None, {1, 2}]:
    print(describe(s))
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list is long ({n})")
while (item := data.pop()) != 1:
    print("popped", item)
print([y for x in range(6) if (y := x * x) % 2 == 0], y)
def command(cmd):
    match cmd.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["pick", "up", *items] if items:
            return f"picking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case _:
            return "??"
print([command(c) for c in ["go north", "pick up sword shield", "pick up", "quit", "exit", "", "dance now"]])
match 5:
    case 1 | 2:
        pass
    case x:
        print("captured", x)
print(describe(Point("a", 0, 1)))
