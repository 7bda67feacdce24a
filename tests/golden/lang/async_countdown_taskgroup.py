# The classic countdown demo, to_thread, TaskGroup results and an Event set by another task.
import asyncio, time
def blocking():
    return sum(range(1000))
async def countdown(name, n):
    while n:
        print(name, n)
        await asyncio.sleep(0.5)
        n -= 1
async def main():
    start = time.time()
    await asyncio.gather(countdown("A", 3), countdown("B", 2))
    print(f"elapsed {time.time() - start:.1f}")
    print(await asyncio.to_thread(blocking))
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(asyncio.sleep(0.1, "x"))
        t2 = tg.create_task(asyncio.sleep(0.2, "y"))
    print(t1.result(), t2.result())
    ev = asyncio.Event()
    async def setter():
        await asyncio.sleep(0.1)
        ev.set()
    asyncio.create_task(setter())
    await ev.wait()
    print("event set", ev.is_set())
if __name__ == "__main__":
    asyncio.run(main())
