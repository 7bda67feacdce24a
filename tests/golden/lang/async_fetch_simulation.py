# A simulated fetch of several URLs: tasks, as_completed, loop callbacks, futures, refcount of a coroutine, asyncio.run misuse.
import asyncio, sys, gc
async def simulate_fetch(url, delay):
    print(f"fetching {url}")
    await asyncio.sleep(delay)
    data = {"url": url, "size": len(url) * 100}
    print(f"fetched {url}")
    return data
async def main():
    urls = [f"https://example.com/{i}" for i in range(5)]
    tasks = [asyncio.create_task(simulate_fetch(u, 0.1 * (5 - i))) for i, u in enumerate(urls)]
    print(len(asyncio.all_tasks()), asyncio.current_task().get_name())
    results = []
    for coro in asyncio.as_completed(tasks):
        r = await coro
        results.append(r["url"][-1])
    print(results)
    print(sum(r["size"] for r in await asyncio.gather(*tasks)))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.05, fut.set_result, "from callback")
    loop.call_soon(print, "call_soon runs first")
    print(await fut)
    c = simulate_fetch("x", 0)
    print(sys.getrefcount(c), gc.is_tracked(c))
    await c
    print(asyncio.iscoroutine(c), asyncio.iscoroutinefunction(simulate_fetch))
print(asyncio.run(main()))
try:
    asyncio.run(42)
except ValueError as e:
    print(e)
async def nested():
    asyncio.run(main())
try:
    asyncio.run(nested())
except RuntimeError as e:
    print(e)
