# return / break / continue / else through async with and async for, await in a comprehension, and the TypeErrors of bad async protocols.
import asyncio
class CM:
    def __init__(self, name): self.name = name
    async def __aenter__(self):
        print("enter", self.name); await asyncio.sleep(0); return self.name
    async def __aexit__(self, et, e, tb):
        await asyncio.sleep(0); print("exit", self.name, et.__name__ if et else None); return False
async def agen(n):
    for i in range(n):
        yield i
async def f():
    async with CM("a") as a, CM("b") as b:
        return a + b
async def g():
    out = []
    async for i in agen(5):
        async with CM(f"i{i}"):
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
    else:
        out.append("else")
    return out
async def h():
    async for i in agen(2):
        pass
    else:
        return "else ran"
async def k():
    try:
        async with CM("k"):
            raise ZeroDivisionError
    except ZeroDivisionError:
        return "caught"
    finally:
        print("k finally")
async def nested():
    async def inner():
        return [await asyncio.sleep(0, x) for x in range(3)]
    return await inner()
async def bad_cm():
    class NoAexit:
        async def __aenter__(self): return 1
    try:
        async with NoAexit():
            pass
    except TypeError as e:
        print(e)
    try:
        async with object():
            pass
    except TypeError as e:
        print(e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print(e)
    class BadEnter:
        def __aenter__(self): return 1
        async def __aexit__(self, *a): pass
    try:
        async with BadEnter():
            pass
    except TypeError as e:
        print(e)
async def main():
    print(await f())
    print(await g())
    print(await h())
    print(await k())
    print(await nested())
    await bad_cm()
asyncio.run(main())
