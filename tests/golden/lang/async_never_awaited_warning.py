# "coroutine ... was never awaited": where the RuntimeWarning points when the coroutine is dropped.
async def work(x):
    return x * 2
def main():
    c = work(1)
    print("made", c.__qualname__)
main()
print("after")
work(5)
print("end")
class A:
    async def m(self): pass
A().m()
