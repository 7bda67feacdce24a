# A task whose exception nobody retrieves: the loop reports it when the task is freed.
import asyncio
async def fails():
    await asyncio.sleep(0.01)
    raise KeyError("lost")
async def main():
    t = asyncio.create_task(fails())
    await asyncio.sleep(0.05)
    print("main done", t.done())
    del t
    print("after del")
asyncio.run(main())
print("end")
