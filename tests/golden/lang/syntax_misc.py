# Assorted syntax: semicolons, line continuation, comments, pass/ellipsis, docstrings, global code.
a = 1; b = 2; c = a + b
print(a, b, c)
total = 1 + \
        2 + \
        3
print(total)
items = [
    1,
    2,  # trailing comment
    3,
]
print(items)
call = max(
    5,
    9,
    7,
)
print(call)
def stub():
    ...
def stub2():
    pass
class Stub:
    ...
print(stub(), stub2(), Stub.__name__, ...)
def documented():
    """First line.

    More details.
    """
print(documented.__doc__.splitlines()[0], len(documented.__doc__.splitlines()))
if True: print('one-line if')
for i in range(2): print('one-line for', i)
while False: pass
x = (1 +
     2)
print(x)
s = ('implicit '
     'concatenation '
     'works')
print(s)
print(type(...).__name__, ... is Ellipsis)
def annotated(a: int, b: 'list[int]' = None) -> 'str':
    return str(a)
print(annotated(5), annotated.__annotations__)
var: int
print('var' in dir(), __annotations__)
value: int = 10
print(value, __annotations__)
if (n := 3) and n > 2: print('walrus in if')
lst = [1, 2, 3]; lst.append(4); print(lst)
print((lambda: (yield))) if False else print('conditional expression statement')
# a comment at the end of the file with unicode: 한글 ✓
print("tabs\tand\\backslashes", 'single', "double", '''triple''', """triple double""")
print(0xA + 0o10 + 0b10, 1_000 + 1, 1e3 + .5, 5j.imag)
type Point = tuple[float, float]
print(Point.__name__, Point.__value__)
def generic[T](x: T) -> T:
    return x
print(generic(5), generic.__type_params__)
class Box[T]:
    def __init__(self, item: T):
        self.item = item
print(Box(3).item, Box.__type_params__)
