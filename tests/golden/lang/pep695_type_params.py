type Point = tuple[float, float]
print(Point.__name__, Point.__value__, Point, type(Point).__name__, Point.__type_params__)
type Pair[T] = tuple[T, T]
print(Pair, Pair.__value__, Pair.__type_params__, Pair[int])
type Lazy = Undefined
print(Lazy.__name__)
try:
    Lazy.__value__
except NameError as e:
    print('NameError:', e)
def generic[T](x: T) -> T:
    return x
print(generic(5), generic.__type_params__, generic.__qualname__, generic.__annotations__)
class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get[S](self, other: S) -> tuple[T, S]:
        return (self.item, other)
print(Box(3).item, Box.__type_params__, Box.__qualname__, Box.get.__qualname__, Box.get.__type_params__, Box(1).get('x'))
def first[T: (int, str), *Ts, **P](xs: list[T]) -> T:
    return xs[0]
print(first([7]), first.__type_params__, first.__type_params__[0].__constraints__)
def bounded[N: float](n: N) -> N:
    return n * 2
print(bounded(2.5), bounded.__type_params__[0].__bound__)
def outer():
    def inner[T](v: T) -> T:
        return v
    return inner
print(outer().__qualname__, outer()(4))
print(Box.__mro__)
