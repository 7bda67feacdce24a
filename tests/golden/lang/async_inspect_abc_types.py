# inspect, collections.abc and types on coroutines and async generators.
import inspect, types, collections.abc as cabc
async def co(): pass
async def ag(): yield
def gen(): yield
c = co(); a = ag()
print(inspect.iscoroutinefunction(co), inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isasyncgenfunction(ag), inspect.isasyncgen(a), inspect.isgeneratorfunction(gen))
print(isinstance(c, cabc.Coroutine), isinstance(c, cabc.Awaitable), isinstance(a, cabc.AsyncGenerator), isinstance(a, cabc.AsyncIterator))
print(isinstance(c, types.CoroutineType), isinstance(a, types.AsyncGeneratorType), types.CoroutineType.__name__)
print(inspect.getcoroutinestate(c))
c.close()
print(inspect.getcoroutinestate(c))
