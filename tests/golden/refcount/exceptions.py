# Exceptions, tracebacks and the frames they keep alive.
import sys
payload = object()
print('start:', sys.getrefcount(payload))
try:
    raise ValueError(payload)
except ValueError as e:
    print('inside except (exception args hold it):', sys.getrefcount(payload))
    print('the exception itself:', sys.getrefcount(e))
print('after except, the exception name is deleted:', sys.getrefcount(payload))
saved = None
try:
    raise KeyError(payload)
except KeyError as e:
    saved = e
print('exception saved to another name:', sys.getrefcount(payload))
saved = None
print('saved exception dropped:', sys.getrefcount(payload))
def fails(x):
    local = x
    raise RuntimeError('boom')
obj = object()
try:
    fails(obj)
except RuntimeError as e:
    print('traceback keeps the failed frame and its locals:', sys.getrefcount(obj))
    kept = e
print('exception kept after the except block:', sys.getrefcount(obj))
kept.__traceback__ = None
print('traceback cleared:', sys.getrefcount(obj))
del kept
err = ValueError('message')
print('an exception object:', sys.getrefcount(err))
try:
    raise err
except ValueError:
    print('while being handled:', sys.getrefcount(err))
print('after handling:', sys.getrefcount(err))
try:
    try:
        raise TypeError('inner')
    except TypeError as inner:
        inner_ref = inner
        raise ValueError('outer')
except ValueError as outer:
    print('inner exception referenced by outer.__context__ and a name:', sys.getrefcount(inner_ref))
