# A method's and a lambda's referents include their __name__ and __qualname__ strings
import gc
class A:
    def meth(self): pass
    class Inner:
        def deep(self): pass
print([r for r in gc.get_referents(A.meth) if isinstance(r, str)])
print([r for r in gc.get_referents(A.Inner.deep) if isinstance(r, str)])
lam = lambda: 0
print([r for r in gc.get_referents(lam) if isinstance(r, str)])
def outer():
    def inner(): pass
    return inner
print([r for r in gc.get_referents(outer()) if isinstance(r, str)])
