# Async generator cleanup: break out of async for (the loop closes it later), athrow, SyntaxErrors of async code.
import asyncio
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen cleanup")
async def main():
    async for x in agen():
        print(x)
        break
    print("after break")
    g = agen()
    print(await g.asend(None))
    try:
        await g.athrow(ValueError("into agen"))
    except ValueError as e:
        print("athrow propagated", e)
    print(g.ag_running, g.ag_frame)
    async def bad():
        yield 1
        return
    try:
        exec("async def f():\n    yield 1\n    return 2\n")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
    try:
        exec("def f():\n    await x\n")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
    try:
        exec("async def f():\n    yield from x\n")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
asyncio.run(main())
