# with statement: __enter__/__exit__, exceptions, suppression, contextlib.
import contextlib
class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f'  enter {self.name}')
        return f'resource {self.name}'
    def __exit__(self, exc_type, exc, tb):
        print(f'  exit {self.name}: {exc_type.__name__ if exc_type else None} {exc!r} tb={tb is not None}')
        return self.suppress
with Managed('a') as r:
    print('  body with', r)
with Managed('outer'), Managed('inner') as inner:
    print('  nested body', inner)
try:
    with Managed('failing'):
        raise ValueError('boom')
except ValueError as e:
    print('propagated:', e)
with Managed('suppressing', suppress=True):
    raise KeyError('swallowed')
print('after suppression')
with (Managed('p1') as x,
      Managed('p2') as y):
    print('  parenthesised', x, y)
def early_return():
    with Managed('ret'):
        return 'returned value'
print(early_return())
for i in range(2):
    with Managed(f'loop{i}'):
        if i == 0:
            continue
        break
@contextlib.contextmanager
def tag(name):
    print(f'  <{name}>')
    try:
        yield name.upper()
    finally:
        print(f'  </{name}>')
with tag('div') as t:
    print('  inside', t)
try:
    with tag('p'):
        raise RuntimeError('inside generator cm')
except RuntimeError as e:
    print('caught', e)
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print('suppress worked')
@contextlib.contextmanager
def swallow():
    try:
        yield
    except Exception as e:
        print('  swallowed', type(e).__name__)
with swallow():
    raise IndexError('x')
print('continued')
class Reusable:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return None
with Reusable() as a, Reusable() as b:
    print(a is not b)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except TypeError as e:
    print('TypeError:', e)
with contextlib.ExitStack() as stack:
    for n in ('s1', 's2'):
        stack.enter_context(Managed(n))
    print('  in exit stack')
with contextlib.nullcontext('value') as v:
    print(v)
