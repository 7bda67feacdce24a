# Coroutine and async generator objects: sizes, gc tracking, reprs, __await__ wrapper, asend, flags, refcount.
import sys, gc
async def f(): pass
def g(): yield
async def ag(): yield 1
c = f(); gen = g(); a = ag()
print(sys.getsizeof(c), sys.getsizeof(gen), sys.getsizeof(a), c.__sizeof__(), gen.__sizeof__(), a.__sizeof__())
print(gc.is_tracked(c), gc.is_tracked(a), type(c), type(a), repr(c)[:30], repr(a)[:40])
w = c.__await__(); print(type(w), repr(w)[:30], sys.getsizeof(w), iter(w) is w)
an = a.__anext__(); print(type(an), sys.getsizeof(an), gc.is_tracked(an))
print(f.__code__.co_flags, ag.__code__.co_flags, c.cr_running, c.cr_await, c.cr_frame is not None, c.cr_code is f.__code__, c.cr_suspended if hasattr(c, 'cr_suspended') else '-')
print(sys.getrefcount(c))
c.close(); an.close(); a.aclose().close()
