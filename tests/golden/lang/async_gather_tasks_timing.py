# asyncio.gather and create_task: interleaved prints and the elapsed simulated time.
import asyncio, time
async def worker(name, delay):
    print(f"{name} start")
    await asyncio.sleep(delay)
    print(f"{name} done after {delay}")
    return name.upper()
async def main():
    t0 = time.perf_counter()
    r = await asyncio.gather(worker("a", 0.3), worker("b", 0.1), worker("c", 0.2))
    print(r, f"{time.perf_counter() - t0:.1f}s")
    t1 = asyncio.create_task(worker("t1", 0.2))
    t2 = asyncio.create_task(worker("t2", 0.1), name="second")
    print(t1.get_name(), t2.get_name(), t1.done())
    await t1
    print(await t2, t1.result(), t2.done())
    print(f"total {time.perf_counter() - t0:.1f}s")
asyncio.run(main())
