# Bounded concurrency with a Semaphore, PriorityQueue, async generators, task repr and cancel, shield, wait_for, futures.
import asyncio
import random
random.seed(1)
async def download(i):
    d = random.random() / 10
    await asyncio.sleep(d)
    return i, round(d, 3)
async def main():
    sem = asyncio.Semaphore(3)
    async def bounded(i):
        async with sem:
            return await download(i)
    results = await asyncio.gather(*[bounded(i) for i in range(8)])
    print(results)
    q = asyncio.PriorityQueue()
    for p in [3, 1, 2]:
        await q.put((p, f"job{p}"))
    while not q.empty():
        print(await q.get())
    async def gen_numbers():
        for i in range(3):
            await asyncio.sleep(0.01)
            yield i * i
    total = 0
    async for n in gen_numbers():
        total += n
    print("total", total)
    t = asyncio.create_task(asyncio.sleep(1))
    print(repr(t)[:40])
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled", repr(e))
    loop = asyncio.get_running_loop()
    print(round(loop.time() - loop.time(), 3), type(loop).__name__)
    r = await asyncio.shield(download(99))
    print(r[0])
    done = await asyncio.wait_for(download(5), timeout=1)
    print(done[0])
    f = loop.create_future()
    print(f.done(), repr(f))
    f.set_result(3)
    print(repr(f), await f)
    try:
        f.set_result(4)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
asyncio.run(main())
