# yield from: deep delegation chains, send/throw/close through them, exception state seen inside a delegated generator, gi_yieldfrom.
# yield from chains: deep delegation, send/throw/close through it, return values, exceptions
def leaf(n):
    got = yield n
    while got is not None:
        got = yield got * 2
    return n * 10
def chain(depth):
    if depth == 0:
        r = yield from leaf(depth)
    else:
        r = yield from chain(depth - 1)
    return r + 1
g = chain(800)
print(next(g), g.send(5), g.send(7))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
def tree(n):
    if n > 0:
        yield from tree(n - 1)
    yield n
print(sum(tree(900)))
def inner():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("inner caught", repr(e))
        yield 99
    finally:
        print("inner finally")
def outer():
    try:
        res = yield from inner()
        print("inner returned", res)
    except ValueError:
        print("outer caught ValueError")
        yield -1
g = outer()
print(next(g), g.throw(KeyError("k")))
print(next(g, "done"))
g = outer()
next(g)
print(g.throw(ValueError))
g.close()
def failing():
    yield 1
    raise IndexError("boom")
def wrap():
    yield from failing()
try:
    for x in wrap():
        print("got", x)
except IndexError as e:
    import traceback
    traceback.print_exc()
def stop_inside():
    yield 1
    raise StopIteration("bad")
def wrap2():
    yield from stop_inside()
try:
    list(wrap2())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
import sys
def handler():
    try:
        raise KeyError("outer")
    except KeyError:
        yield from sub()
        print("after sub, handling:", repr(sys.exception()))
def sub():
    print("in sub, handling:", repr(sys.exception()))
    yield "x"
    print("in sub again:", repr(sys.exception()))
for v in handler():
    print("value", v, repr(sys.exception()))
gi = inner()
go = (lambda: (yield from gi))()
next(go)
print(go.gi_yieldfrom is gi, gi.gi_running, gi.gi_frame.f_back)
def running_check():
    print("running:", g2.gi_running, g3.gi_running)
    yield 1
def mid():
    yield from running_check()
g2 = mid(); g3 = None
g3 = g2
next(g2)
