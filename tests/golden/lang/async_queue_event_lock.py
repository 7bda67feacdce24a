# asyncio.Queue producer/consumer with join, Event, Lock and Semaphore ordering.
import asyncio
async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i)
        await asyncio.sleep(0)
    await q.put(None)
async def consumer(q, name):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        print(name, "got", item)
        total += item
        q.task_done()
    return total
async def main():
    q = asyncio.Queue(maxsize=2)
    prod = asyncio.create_task(producer(q, 5))
    cons = asyncio.create_task(consumer(q, "c1"))
    await q.join()
    print("joined", await cons, prod.done())
    e = asyncio.Event()
    async def waiter(i):
        print("waiting", i)
        await e.wait()
        print("released", i)
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.01)
    e.set()
    await asyncio.gather(*ws)
    lock = asyncio.Lock()
    async def crit(i):
        async with lock:
            print("in", i)
            await asyncio.sleep(0.01)
            print("out", i)
    await asyncio.gather(*(crit(i) for i in range(3)))
    sem = asyncio.Semaphore(2)
    async def lim(i):
        async with sem:
            print("sem in", i)
            await asyncio.sleep(0.01)
    await asyncio.gather(*(lim(i) for i in range(4)))
asyncio.run(main())
