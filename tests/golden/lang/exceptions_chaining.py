# Exception chaining: __context__, __cause__, __suppress_context__, raise from None.
def show(e):
    print(f'{type(e).__name__}: {e} | cause={e.__cause__!r} context={e.__context__!r} suppress={e.__suppress_context__}')
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('implicit chain')
except ValueError as e:
    show(e)
try:
    try:
        int('x')
    except ValueError as orig:
        raise RuntimeError('explicit chain') from orig
except RuntimeError as e:
    show(e)
try:
    try:
        [][1]
    except IndexError:
        raise KeyError('no chain shown') from None
except KeyError as e:
    show(e)
try:
    raise TypeError('direct') from ValueError('made up cause')
except TypeError as e:
    show(e)
try:
    try:
        raise ValueError('first')
    except ValueError as first:
        try:
            raise TypeError('second')
        except TypeError:
            raise KeyError('third')
except KeyError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print(' <- '.join(chain))
e = ValueError('manual')
e.__cause__ = KeyError('set by hand')
print(e.__suppress_context__, repr(e.__cause__))
try:
    raise e
except ValueError as caught:
    print(caught.__suppress_context__, caught is e)
err = RuntimeError('with tb')
print(err.__traceback__)
try:
    raise err
except RuntimeError as c:
    tb = c.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next)
def nested():
    raise LookupError('deep')
try:
    nested()
except LookupError as ex:
    tb = ex.__traceback__
    lines = []
    while tb:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)
try:
    raise ValueError('with note')
except ValueError as ex:
    ex.add_note('extra context')
    ex.add_note('second note')
    print(ex.__notes__, str(ex))
try:
    raise ValueError('x') from 5
except TypeError as te:
    print('TypeError:', te)
