class ValidationError(Exception):
    def __init__(self, field, msg):
        super().__init__(f'{field}: {msg}')
        self.field = field

def validate(user):
    errors = []
    if not user.get('name'):
        errors.append(ValidationError('name', 'required'))
    if user.get('age', 0) < 0:
        errors.append(ValidationError('age', 'must be positive'))
    if errors:
        raise ExceptionGroup('invalid user', errors)

try:
    validate({'age': -1})
except* ValidationError as eg:
    print(repr(eg))
    for e in eg.exceptions:
        print(' -', e, e.field)

try:
    try:
        raise ExceptionGroup('mixed', [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as g:
        print('values', g.exceptions)
except* TypeError as g:
    print('types', g)

eg = ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [KeyError('k'), ValueError('b')])])
match, rest = eg.split(ValueError)
print(match)
print(rest)
print(eg.subgroup(lambda e: isinstance(e, KeyError)))
print(repr(BaseExceptionGroup('x', [KeyboardInterrupt()])), type(BaseExceptionGroup('x', [ValueError()])))
try:
    ExceptionGroup('empty', [])
except ValueError as e:
    print(e)
try:
    ExceptionGroup('bad', [1])
except ValueError as e:
    print(e)

e = ValueError('bad value')
e.add_note('while parsing line 3')
e.add_note('hint: use digits')
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as t:
    print(t)
try:
    raise KeyError('missing') from None
except KeyError as k:
    print(repr(k), k.__cause__, k.__suppress_context__, k.args)
def f():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('wrapped')
try:
    f()
except RuntimeError as r:
    print(repr(r.__context__), r.__cause__)
print(str(KeyError('a b')), str(KeyError()), str(KeyError(1, 2)), repr(OSError(2, 'No such file')), str(OSError(2, 'No such file')))
try:
    open('/nonexistent/file.txt')
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e)
raise ExceptionGroup('final', [ValueError('v'), TypeError('t')])
