# The await protocol: awaiting a coroutine, a non-awaitable, an __await__ iterator, types.coroutine; reuse errors.
async def inner():
    return 42
async def outer():
    v = await inner()
    print("got", v)
    try:
        await 5
    except TypeError as e:
        print(e)
    class Aw:
        def __await__(self):
            yield "x"
            return "done"
    r = await Aw()
    print("r", r)
    return v + 1
c = outer()
try:
    print(c.send(None))
    print(c.send("back"))
except StopIteration as e:
    print("stop", e.value)
import types
@types.coroutine
def legacy():
    yield "legacy-yield"
    return 7
async def uses():
    return await legacy()
u = uses()
print(u.send(None))
try:
    u.send(None)
except StopIteration as e:
    print("legacy", e.value)
try:
    for x in outer():
        pass
except TypeError as e:
    print(e)
async def twice():
    c = inner()
    await c
    await c
t = twice()
try:
    t.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
