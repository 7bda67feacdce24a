from contextlib import contextmanager, suppress, ExitStack, closing, nullcontext, redirect_stdout, AbstractContextManager
import io

@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    except KeyError as e:
        print('handled', e)
    finally:
        print(f'</{name}>')

with tag('div') as t:
    print('inside', t)
with tag('p'):
    raise KeyError('k')
try:
    with tag('span'):
        raise ValueError('v')
except ValueError as e:
    print('propagated', e)

with suppress(FileNotFoundError, ZeroDivisionError):
    1 / 0
print('after suppress')

class Resource:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print('open', self.name); return self
    def __exit__(self, exc_type, exc, tb):
        print('close', self.name, exc_type.__name__ if exc_type else None)
        return False
with ExitStack() as stack:
    rs = [stack.enter_context(Resource(n)) for n in 'abc']
    stack.callback(print, 'callback ran')
    print([r.name for r in rs])
try:
    with Resource('x') as r1, Resource('y') as r2:
        raise RuntimeError('boom')
except RuntimeError:
    print('caught boom')

class Thing:
    def close(self): print('thing closed')
with closing(Thing()):
    print('using thing')
with nullcontext(42) as v:
    print(v)
buf = io.StringIO()
with redirect_stdout(buf):
    print('captured')
print(repr(buf.getvalue()))

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(e)
@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print(e)
class Timer(AbstractContextManager):
    def __exit__(self, *a):
        print('exit', a[0]); return True
with Timer() as tm:
    raise OSError
print(type(tm).__name__)
try:
    with 5:
        pass
except TypeError as e:
    print(e)
class OnlyEnter:
    def __enter__(self): return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(e)
@contextmanager
def cm(): yield
f = cm()
print(type(f).__name__)
@tag('decorated')
def work():
    print('working')
work()
