import inspect, functools
from typing import Optional
def f(a, b: int, /, c=3, *args, d: str = "x", e, **kw) -> Optional[int]: pass
def g(x, y=2): pass
class K:
    def __init__(self, name: str, size=1): pass
    def method(self, z, *, flag=False): pass
    def __call__(self, q): pass
sig = inspect.signature(f)
print(sig, list(sig.parameters), sig.return_annotation)
for p in sig.parameters.values():
    print(p.name, p.kind, p.kind.name, p.default is p.empty, p.annotation)
print(inspect.signature(g), inspect.signature(K), inspect.signature(K().method), inspect.signature(K()), inspect.signature(K.method))
b = inspect.signature(g).bind(1)
b.apply_defaults(); print(b.arguments, b.args, b.kwargs, b)
print(inspect.signature(functools.partial(g, 1)), inspect.signature(lambda *a, **k: 0))
def deco(fn):
    @functools.wraps(fn)
    def w(*a, **k): return fn(*a, **k)
    return w
@deco
def h(p, q=5): pass
print(inspect.signature(h), str(inspect.signature(h)) == "(p, q=5)")
try:
    inspect.signature(g).bind(1, 2, 3)
except TypeError as e:
    print(e)
try:
    inspect.signature(g).bind()
except TypeError as e:
    print(e)
print(repr(inspect.Parameter("n", inspect.Parameter.KEYWORD_ONLY, default=3)))
