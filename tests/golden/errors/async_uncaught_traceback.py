# An exception escaping asyncio.run: the traceback through the coroutines.
import asyncio
async def level2():
    raise ValueError("deep problem")
async def level1():
    await level2()
async def main():
    await level1()
asyncio.run(main())
