# Cancellation, wait_for and timeout(), gather with exceptions, wait(FIRST_COMPLETED), as_completed, TaskGroup with except*.
import asyncio
async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise
    finally:
        print("slow finally")
async def boom(x):
    await asyncio.sleep(0.01)
    raise ValueError(f"boom {x}")
async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.05)
    except TimeoutError:
        print("timed out", TimeoutError is asyncio.TimeoutError)
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())
    try:
        await asyncio.gather(boom(1), asyncio.sleep(0.02, "ok"))
    except ValueError as e:
        print("gather raised", e)
    res = await asyncio.gather(boom(2), asyncio.sleep(0.02, "ok"), return_exceptions=True)
    print(res)
    try:
        async with asyncio.timeout(0.05):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout ctx")
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(d, d)) for d in (0.03, 0.01, 0.02)], return_when=asyncio.FIRST_COMPLETED)
    print([f.result() for f in done], len(pending))
    for p in pending:
        p.cancel()
    for coro in asyncio.as_completed([asyncio.sleep(0.03, "c"), asyncio.sleep(0.01, "a"), asyncio.sleep(0.02, "b")]):
        print("as_completed", await coro)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(3))
            tg.create_task(slow())
    except* ValueError as eg:
        print("taskgroup", eg.exceptions)
asyncio.run(main())
