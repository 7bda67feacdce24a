# Older and newer ways to run coroutines: new_event_loop + run_until_complete, a closed loop, asyncio.Runner, asyncio.run(debug=...).
import asyncio
async def hello(n):
    await asyncio.sleep(0.1)
    return f"hello {n}"
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(hello(1)))
tasks = [loop.create_task(hello(i)) for i in range(3)]
print(loop.run_until_complete(asyncio.gather(*tasks)))
print(loop.is_closed(), loop.is_running())
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(hello(9))
except RuntimeError as e:
    print(e)
with asyncio.Runner() as runner:
    print(runner.run(hello(5)))
async def main():
    await asyncio.sleep(0)
    print("in main", asyncio.get_event_loop() is asyncio.get_running_loop())
asyncio.run(main(), debug=False)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
