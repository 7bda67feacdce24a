# async generators, __aiter__/__anext__ classes, async with (suppressing and propagating), async comprehensions, aclose.
import asyncio
async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)
class AsyncRange:
    def __init__(self, n): self.n = n; self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
class Resource:
    async def __aenter__(self):
        print("open")
        return self
    async def __aexit__(self, et, e, tb):
        print("close", et.__name__ if et else None)
        return et is KeyError
async def main():
    async for v in ticker(3):
        print("tick", v)
    print([x async for x in ticker(4)], {x: await asyncio.sleep(0, x * 2) for x in range(2)}, [y async for y in (z async for z in ticker(3)) if y])
    async for v in AsyncRange(3):
        print("range", v)
    async with Resource() as r:
        print("using", type(r).__name__)
    async with Resource():
        raise KeyError("suppressed")
    print("after suppressed")
    try:
        async with Resource():
            raise ValueError("nope")
    except ValueError as e:
        print("propagated", e)
    g = ticker(2)
    print(await g.__anext__(), await anext(g) if False else await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    g2 = ticker(5)
    await g2.__anext__()
    await g2.aclose()
    print("closed", g2.ag_frame)
asyncio.run(main())
