from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

def describe(obj):
    match obj:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as num:
            return f"number {num}"
        case "quit" | "exit":
            return "bye"
        case str(s) if s.startswith("/"):
            return f"command {s[1:]}"
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *rest]:
            return f"list starting {first} with {len(rest)} more"
        case {"type": "user", "name": name, **extra}:
            return f"user {name} {extra}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case None:
            return "nothing"
        case _:
            return f"unknown {type(obj).__name__}"

for item in [0, -5, 7, 2.5, "quit", "/help", "hi", [1, 2], [1, 2, 3], [], {"type": "user", "name": "Ann", "age": 3},
             Point(0, 0), Point(0, 4), Point(3, 3), Point(1, 2), None, (1, 2), {1, 2}]:
    print(repr(item), "->", describe(item))

def http(status):
    match status:
        case 200 | 201:
            return "ok"
        case 404:
            return "not found"
        case code if 500 <= code < 600:
            return "server error"
    return "other"
print([http(s) for s in (200, 201, 404, 503, 302)])
match (1, (2, 3)):
    case (a, (b, c)):
        print(a + b + c)
