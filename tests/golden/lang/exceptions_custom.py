# User-defined exceptions: hierarchies, attributes, str/repr, ExceptionGroup and except*.
class AppError(Exception):
    """Base for this app."""
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f'{key!r} not found')
        self.key = key
class Invalid(AppError):
    def __init__(self, field, reason):
        self.field = field
        self.reason = reason
    def __str__(self):
        return f'{self.field}: {self.reason}'
for exc in (NotFound('id7'), Invalid('age', 'negative'), AppError(), AppError('a', 2)):
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, '|', str(e), '|', repr(e), '|', e.args)
try:
    raise NotFound('k')
except NotFound as e:
    print(e.key, isinstance(e, AppError), isinstance(e, Exception), NotFound.__mro__[1:3])
print(AppError.__doc__, issubclass(NotFound, BaseException))
class WithDefault(Exception):
    def __init__(self, msg='default message'):
        super().__init__(msg)
print(repr(WithDefault()), str(WithDefault('given')))
class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
e = NoSuperInit(1, 2)
print(e.args, repr(e), str(e))
print(repr(ValueError()), str(ValueError()), repr(KeyError('k')), str(KeyError('k')), str(KeyError('a', 'b')))
print(str(OSError(2, 'No such file')), OSError(2, 'x').errno, repr(StopIteration(5)), StopIteration(5).value)
print(repr(SystemExit(3)), SystemExit(3).code, repr(UnicodeError('u')))
try:
    raise ExceptionGroup('several', [ValueError('v1'), TypeError('t1'), ValueError('v2')])
except* ValueError as eg:
    print('except* ValueError:', repr(eg), [str(x) for x in eg.exceptions])
except* TypeError as eg:
    print('except* TypeError:', [str(x) for x in eg.exceptions])
eg = ExceptionGroup('g', [KeyError('a'), ExceptionGroup('inner', [IndexError('b')])])
print(eg, len(eg.exceptions), eg.subgroup(lambda x: isinstance(x, IndexError)))
match, rest = eg.split(KeyError)
print(repr(match), repr(rest))
try:
    raise AppError
except AppError as e:
    print('raised class, got instance:', repr(e))
try:
    raise 'string'
except TypeError as e:
    print('TypeError:', e)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print('TypeError:', e)
try:
    try:
        pass
    except NotAnException:
        pass
    raise ValueError
except ValueError:
    print('unused except clause with a non-exception class is fine')
try:
    try:
        raise ValueError
    except NotAnException:
        pass
except TypeError as e:
    print('TypeError:', e)
