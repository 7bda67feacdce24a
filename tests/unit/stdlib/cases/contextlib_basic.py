from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout
import io

@contextmanager
def tag(name):
    print('enter', name)
    try:
        yield name.upper()
    except ValueError as e:
        print('caught', e)
    finally:
        print('exit', name)

with tag('a') as t:
    print('body', t)
with tag('b'):
    raise ValueError('boom')
print('after b')
try:
    with tag('c'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print(e)

with suppress(ZeroDivisionError):
    1 / 0
print('suppressed')

class R:
    def close(self): print('closed')
with closing(R()):
    print('using')
with nullcontext(5) as v:
    print(v)
with ExitStack() as st:
    st.callback(print, 'cb1')
    st.callback(print, 'cb2')
    st.enter_context(tag('x'))
buf = io.StringIO()
with redirect_stdout(buf):
    print('hidden')
print(repr(buf.getvalue()))
import gc
@contextmanager
def gc_disabled():
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
with gc_disabled():
    print(gc.isenabled())
print(gc.isenabled())
