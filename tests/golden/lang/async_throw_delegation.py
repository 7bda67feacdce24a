# coroutine.throw() reaches the innermost await of a chain.
import types
@types.coroutine
def sus():
    yield "blocked"
async def slow():
    try:
        await sus()
    except KeyError:
        print("slow caught")
        raise
    finally:
        print("slow finally")
async def main():
    try:
        await slow()
    except KeyError:
        print("main caught")
    return 1
c = main()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("stop", e.value)
