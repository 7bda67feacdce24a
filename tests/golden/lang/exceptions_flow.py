# try / except / else / finally: which blocks run, in which order.
def run(case):
    print(f'case {case}:')
    try:
        print('  try')
        if case == 'raise':
            raise ValueError('problem')
        if case == 'other':
            raise KeyError('other')
        if case == 'return':
            return 'returned from try'
    except ValueError as e:
        print('  except ValueError', e)
        return 'returned from except'
    else:
        print('  else')
    finally:
        print('  finally')
    print('  after')
    return 'fell through'
for case in ('ok', 'raise', 'return'):
    print(' ->', run(case))
try:
    run('other')
except KeyError as e:
    print(' -> propagated', repr(e))
def finally_overrides():
    try:
        return 'try'
    finally:
        return 'finally'
print(finally_overrides())
def finally_swallows():
    try:
        raise ValueError('lost')
    finally:
        return 'exception swallowed by return in finally'
print(finally_swallows())
def loop_control():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f'f{i}')
    return out
print(loop_control())
try:
    try:
        raise TypeError('inner')
    except ValueError:
        print('not this')
    finally:
        print('inner finally')
except TypeError as e:
    print('outer caught', e)
try:
    raise ValueError('multi')
except (TypeError, ValueError) as e:
    print('tuple catch', type(e).__name__)
try:
    {}['k']
except LookupError as e:
    print('base class catch', type(e).__name__, isinstance(e, KeyError))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print('handling, then re-raise')
        raise
except ZeroDivisionError as e:
    print('re-raised', e)
def else_raises():
    try:
        pass
    except Exception:
        print('never')
    else:
        raise RuntimeError('from else')
try:
    else_raises()
except RuntimeError as e:
    print(e)
try:
    raise Exception('a', 'b', 3)
except Exception as e:
    print(e.args, str(e), repr(e))
import sys
try:
    raise ValueError('current')
except ValueError:
    print(sys.exc_info()[0].__name__, repr(sys.exception()))
print(sys.exc_info(), sys.exception())
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise ValueError(count)
        break
    except ValueError as e:
        print('retry after', e)
print('count', count)
try:
    raise KeyboardInterrupt
except Exception:
    print('not caught by Exception')
except BaseException as e:
    print('BaseException catches', type(e).__name__)
