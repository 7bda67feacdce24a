# Lifetimes: __del__ of objects coroutines hold, a weak reference to a never-awaited coroutine, current_task.
import asyncio, gc, sys, weakref
class Conn:
    count = 0
    def __init__(self, name):
        self.name = name
        Conn.count += 1
    def __del__(self):
        print("closing", self.name)
async def handler(i):
    c = Conn(f"c{i}")
    await asyncio.sleep(0.01 * i)
    return c.name
async def main():
    names = await asyncio.gather(*(handler(i) for i in range(3)))
    print(names)
    coro = handler(9)
    r = weakref.ref(coro)
    print(r() is coro, sys.getrefcount(coro))
    del coro
    print("ref after del:", r())
    async def cyc():
        me = asyncio.current_task()
        await asyncio.sleep(0)
        return me.get_name()
    print(await asyncio.create_task(cyc(), name="cyclic"))
    print(gc.collect() >= 0)
asyncio.run(main())
print("done")
