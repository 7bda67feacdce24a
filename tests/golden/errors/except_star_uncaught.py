# except* (PEP 654): splitting, re-raising, new exceptions in handlers, uncaught groups.
def f():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
try:
    f()
except* ValueError as e:
    print('caught', repr(e), e.exceptions)
except* TypeError as e:
    print('caught T', repr(e))
try:
    raise KeyError('naked')
except* KeyError as e:
    print('naked', repr(e), type(e).__name__, e.__traceback__ is not None)
try:
    try:
        f()
    except* ValueError:
        print('handled V only')
except ExceptionGroup as eg:
    print('rest', repr(eg))
try:
    try:
        f()
    except* TypeError:
        raise
except ExceptionGroup as eg:
    print('reraised', repr(eg))
try:
    try:
        f()
    except* TypeError:
        raise KeyError('new')
except ExceptionGroup as eg:
    print('combined', repr(eg), repr(eg.exceptions[0].__context__))
try:
    try:
        pass
    except* ValueError:
        pass
    else:
        print('else runs')
    finally:
        print('finally runs')
except Exception as e:
    print(e)
try:
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    raise ExceptionGroup('nested', [ValueError('a'), ExceptionGroup('inner', [TypeError('b'), ValueError('c')])])
except* ValueError as e:
    print('nested match', repr(e))
except* TypeError as e:
    print('nested T', repr(e))
print(issubclass(ExceptionGroup, Exception), ExceptionGroup.__mro__)
try:
    f()
except* ValueError:
    print('v')
except* TypeError:
    raise RuntimeError('boom')
