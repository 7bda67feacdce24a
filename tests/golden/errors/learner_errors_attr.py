class Robot:
    def __init__(self, name):
        self.name = name
        self.battery = 100

    def status(self):
        return f"{name} at {self.battery}%"

r = Robot("R2")
try:
    r.status()
except NameError as e:
    print("NameError:", e)
try:
    r.batery
except AttributeError as e:
    print("AttributeError:", e)
try:
    [1, 2].push(3)
except AttributeError as e:
    print("AttributeError:", e)
try:
    import mathh
except ImportError as e:
    print(type(e).__name__, e)
try:
    print(lenn([1]))
except NameError as e:
    print("NameError:", e)
try:
    "abc" + 5
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    r.status(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Robot()
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    None.upper()
except AttributeError as e:
    print("AttributeError:", e)
try:
    x = [1, 2, 3]
    x[3]
except IndexError as e:
    print("IndexError:", e)
try:
    "abc"[10]
except IndexError as e:
    print("IndexError:", e)
try:
    {"a": 1}["b"]
except KeyError as e:
    print("KeyError:", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].remove(2)
except ValueError as e:
    print("ValueError:", e)
try:
    "a b".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration:", repr(e))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    5()
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
r.status()
