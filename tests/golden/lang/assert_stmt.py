# assert statements.
assert True
assert 1 == 1, 'not shown'
try:
    assert 1 == 2
except AssertionError as e:
    print('AssertionError with no message:', repr(e), e.args)
try:
    assert False, 'custom message'
except AssertionError as e:
    print('AssertionError:', e, e.args)
try:
    x = 5
    assert x > 10, f'x is {x}'
except AssertionError as e:
    print('AssertionError:', e)
try:
    assert [], ['a', 'list', 'message']
except AssertionError as e:
    print('AssertionError:', e.args[0])
def check(v):
    assert isinstance(v, int), type(v).__name__
    return v * 2
print(check(4))
try:
    check('s')
except AssertionError as e:
    print('AssertionError:', e)
calls = []
def side():
    calls.append('evaluated')
    return 'message'
assert True, side()
print(calls)
try:
    assert False, side()
except AssertionError:
    pass
print(calls)
print(__debug__)
