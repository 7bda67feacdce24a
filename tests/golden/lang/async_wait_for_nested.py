# wait_for / timeout around nested coroutines: cancellation reaches the innermost await.
import asyncio
async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise
    finally:
        print("slow finally")
async def wf(fut, t):
    async with asyncio.timeout(t):
        return await fut
async def main():
    try:
        await wf(slow(), 0.05)
    except TimeoutError:
        print("timed out 1")
    try:
        await asyncio.wait_for(slow(), timeout=0.05)
    except TimeoutError:
        print("timed out 2")
asyncio.run(main())
