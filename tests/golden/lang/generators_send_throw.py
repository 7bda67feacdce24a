# Generator methods: send, throw, close; GeneratorExit and finally.
def accumulator():
    total = 0
    while True:
        value = yield total
        print('  received', value)
        if value is None:
            break
        total += value
    return total
acc = accumulator()
print(acc.send(None))
print(acc.send(10))
print(acc.send(5))
try:
    acc.send(None)
except StopIteration as e:
    print('returned', e.value)
g = accumulator()
try:
    g.send(1)
except TypeError as e:
    print('TypeError:', e)
def guarded():
    try:
        while True:
            try:
                yield 'working'
            except ValueError as e:
                print('  caught inside:', e)
                yield 'recovered'
    finally:
        print('  finally runs')
g = guarded()
print(next(g))
print(g.throw(ValueError('bad value')))
print(next(g))
g.close()
print('closed')
try:
    next(g)
except StopIteration:
    print('StopIteration after close')
def no_catch():
    yield 1
    yield 2
g = no_catch()
next(g)
try:
    g.throw(KeyError('k'))
except KeyError as e:
    print('propagated KeyError', e)
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print('  GeneratorExit seen')
        raise
g = catches_exit()
next(g)
g.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 'not allowed'
g = bad_close()
next(g)
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError:', e)
def delegating():
    r = yield from accumulator()
    yield ('sub returned', r)
d = delegating()
next(d)
d.send(3)
d.send(4)
print(d.send(None))
def raises_stop():
    yield 1
    raise StopIteration('oops')
try:
    list(raises_stop())
except RuntimeError as e:
    print('RuntimeError:', e, '| cause:', repr(e.__cause__))
g = no_catch()
g.close()
print(list(g))
