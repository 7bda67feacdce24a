/**
 * `typing`, enough for annotations: the special forms and generic aliases are subscriptable and
 * print like CPython's (`typing.Dict[str, typing.Any]`, `typing.Optional[int]`); TypeVar,
 * Generic, Protocol, NamedTuple (class syntax), TypedDict, cast, overload, get_type_hints.
 * `Generic[T]` / `List[int]` as bases go through `__mro_entries__` (PEP 560), so a generic class
 * gets `__orig_bases__` and `__parameters__` as in CPython.
 */
import { registerPyModule } from './pymodule';
import { classGetItemHook, getAttrOrNull, call } from '../objects/abstract';
import { decref } from '../objects/object';

// C[x] for a class C that defines __class_getitem__ (Generic[T], deque[int] …). Chained after any
// hook already installed, so a fuller implementation elsewhere keeps precedence.
{
  const previous = classGetItemHook.fn;
  classGetItemHook.fn = (t, key) => {
    const r = previous(t, key);
    if (r !== null) return r;
    if (t.lookup('__class_getitem__') === null) return null;
    const m = getAttrOrNull(t, '__class_getitem__');
    if (m === null) return null;
    try {
      return call(m, [key]);
    } finally {
      decref(m);
    }
  };
}

const SOURCE = String.raw`
import collections as _collections
import sys as _sys

TYPE_CHECKING = False

def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    if isinstance(obj, tuple):
        return '[' + ', '.join(_type_repr(t) for t in obj) + ']'
    return repr(obj)

def _convert(arg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class ForwardRef:
    __slots__ = ('__forward_arg__',)
    def __init__(self, arg):
        self.__forward_arg__ = arg
    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'
    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__
    def __hash__(self):
        return hash(self.__forward_arg__)


class _Final:
    __slots__ = ('__weakref__',)


class _SpecialForm(_Final):
    __slots__ = ('_name', '__doc__', '_getitem')

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f'{self} is not subscriptable')
        return self._getitem(self, parameters)

    def __instancecheck__(self, obj):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __subclasscheck__(self, cls):
        raise TypeError(f'{self} cannot be used with issubclass()')


class _GenericAlias(_Final):
    def __init__(self, origin, args, name=None, special=False):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = tuple(... if a is ... else _convert(a) for a in args)
        self.__parameters__ = _collect_parameters(self.__args__)
        self._name = name
        self._special = special

    def __repr__(self):
        if self._name is not None:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self._special:
            return name
        if self.__args__:
            args = ', '.join(_type_repr(a) for a in self.__args__)
        else:
            args = '()'
        return f'{name}[{args}]'

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._special:
            return _GenericAlias(self.__origin__, params, self._name)
        subst = dict(zip(self.__parameters__, params))
        return _GenericAlias(self.__origin__, tuple(subst.get(a, a) for a in self.__args__), self._name)

    def __call__(self, *args, **kwargs):
        if self._special and self._name is not None:
            raise TypeError(f'Type {self._name} cannot be instantiated; '
                            f'use {self.__origin__.__name__}() instead')
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __instancecheck__(self, obj):
        if self._special:
            return isinstance(obj, self.__origin__)
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __subclasscheck__(self, cls):
        if self._special:
            return issubclass(cls, self.__origin__)
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            # a generic version of a builtin class or ABC: that class, then Generic unless a
            # later base brings it
            res = []
            if origin not in bases:
                res.append(origin)
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                    break
            else:
                res.append(Generic)
            return tuple(res)
        if origin is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _GenericAlias) and b is not self:
                    return ()
        return (origin,)


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return f'typing.Optional[{_type_repr(args[1])}]'
            if args[1] is type(None):
                return f'typing.Optional[{_type_repr(args[0])}]'
        return 'typing.Union[' + ', '.join(_type_repr(a) for a in args) + ']'

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, type(int | str))):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        if self._special:
            return 'typing.Callable'
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f'typing.Callable[..., {_type_repr(args[1])}]'
        params = '[' + ', '.join(_type_repr(a) for a in args[:-1]) + ']'
        return f'typing.Callable[{params}, {_type_repr(args[-1])}]'

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if args is ...:
            return _CallableGenericAlias(self.__origin__, (..., result), 'Callable')
        return _CallableGenericAlias(self.__origin__, tuple(args) + (result,), 'Callable')


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    params = []
    for p in parameters:
        p = _convert(p)
        if isinstance(p, _UnionGenericAlias):
            for q in p.__args__:
                if q not in params:
                    params.append(q)
        elif p not in params:
            params.append(p)
    if len(params) == 1:
        return params[0]
    return _UnionGenericAlias(self, tuple(params), 'Union')

def _optional_getitem(self, parameters):
    return Union[parameters, type(None)]

def _subscript_form(self, parameters):
    return _GenericAlias(self, parameters, self._name)

def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    alias = _GenericAlias(self, (), self._name)
    alias.__args__ = parameters
    return _LiteralAlias(parameters)

class _LiteralAlias(_Final):
    def __init__(self, args):
        self.__args__ = args
    def __repr__(self):
        return 'typing.Literal[' + ', '.join(repr(a) for a in self.__args__) + ']'


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
ClassVar = _SpecialForm('ClassVar', _subscript_form)
Final = _SpecialForm('Final', _subscript_form)
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
TypeAlias = _SpecialForm('TypeAlias')
Concatenate = _SpecialForm('Concatenate', _subscript_form)
TypeGuard = _SpecialForm('TypeGuard', _subscript_form)
Required = _SpecialForm('Required', _subscript_form)
NotRequired = _SpecialForm('NotRequired', _subscript_form)
Unpack = _SpecialForm('Unpack', _subscript_form)

def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments (a type and an annotation).')
    return _AnnotatedAlias(params[0], params[1:])

class _AnnotatedAlias(_Final):
    def __init__(self, origin, metadata):
        self.__origin__ = origin
        self.__metadata__ = metadata
    def __repr__(self):
        return 'typing.Annotated[{}, {}]'.format(_type_repr(self.__origin__),
                                                 ', '.join(repr(a) for a in self.__metadata__))
    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

Annotated = _SpecialForm('Annotated', _annotated_getitem)


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = _convert(bound) if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        try:
            self.__module__ = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass

    def __repr__(self):
        if self.__infer_variance__:
            return self.__name__
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

TypeVar.__module__ = 'typing'


class ParamSpec(TypeVar):
    def __repr__(self):
        return self.__name__ if self.__infer_variance__ else '~' + self.__name__

class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name
    def __repr__(self):
        return self.__name__

class TypeAliasType:
    '''Type alias made by the type statement (PEP 695): the value is evaluated lazily.'''
    def __init__(self, name, value, *, type_params=()):
        self.__name__ = name
        self.__qualname__ = name
        self._evaluate = value
        self.__type_params__ = tuple(type_params)
        self.__parameters__ = tuple(type_params)
        self.__module__ = 'typing'

    @property
    def __value__(self):
        try:
            return self._value
        except AttributeError:
            self._value = self._evaluate()
            return self._value

    def __repr__(self):
        return self.__name__

    def __getitem__(self, params):
        if not self.__type_params__:
            raise TypeError("Only generic type aliases are subscriptable")
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self, params)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __reduce__(self):
        return self.__name__

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("type 'typing.TypeAliasType' is not an acceptable base type")

TypeAliasType.__module__ = 'typing'

def _pep695_alias(name, value, params):
    alias = TypeAliasType(name, None, type_params=params)
    alias._evaluate = value
    try:
        alias.__module__ = _sys._getframe(1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        pass
    return alias

def _pep695_typevar(name, kind, bound):
    if kind == 'paramspec':
        tv = ParamSpec(name, infer_variance=True)
    elif kind == 'typevartuple':
        tv = TypeVarTuple(name)
    elif isinstance(bound, tuple):
        tv = TypeVar(name, *bound, infer_variance=True)
    else:
        tv = TypeVar(name, bound=bound, infer_variance=True)
    try:
        tv.__module__ = _sys._getframe(1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        pass
    return tv

AnyStr = TypeVar('AnyStr', bytes, str)
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')


def _collect_parameters(args):
    # the type variables among args, in order, and those of generic aliases among them
    parameters = []
    for t in args:
        if isinstance(t, type):
            continue
        if isinstance(t, (TypeVar, TypeVarTuple)):
            if t not in parameters:
                parameters.append(t)
        else:
            for x in getattr(t, '__parameters__', ()):
                if x not in parameters:
                    parameters.append(x)
    return tuple(parameters)


class Generic:
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(isinstance(p, (TypeVar, TypeVarTuple)) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                f"or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        if '__orig_bases__' in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = Generic in cls.__bases__ and cls.__name__ != 'Protocol'
        if error:
            raise TypeError("Cannot inherit from plain Generic")
        if '__orig_bases__' in cls.__dict__:
            tvars = list(_collect_parameters(cls.__orig_bases__))
            gvars = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    gvars = base.__parameters__
            if gvars is not None:
                tvarset = set(tvars)
                gvarset = set(gvars)
                if not tvarset <= gvarset:
                    s_vars = ', '.join(str(t) for t in tvars if t not in gvarset)
                    s_args = ', '.join(str(g) for g in gvars)
                    raise TypeError(f"Some type variables ({s_vars}) are"
                                    f" not listed in Generic[{s_args}]")
                tvars = gvars
        cls.__parameters__ = tuple(tvars)


# Lib/typing.py 3.12: _ProtocolMeta checks runtime-checkable protocols structurally (every
# protocol member present on the instance), Protocol.__init_subclass__ marks protocol classes and
# replaces their __init__ so that instantiating one raises.
_PROTO_EXCLUDED = frozenset({
    '__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol', '_is_runtime_protocol',
    '__protocol_attrs__', '__non_callable_proto_members__', '__type_params__', '__abstractmethods__',
    '__annotations__', '__dict__', '__doc__', '__init__', '__module__', '__new__', '__slots__',
    '__subclasshook__', '__weakref__', '__class_getitem__', '__match_args__', '__qualname__',
    '__init_subclass__', '__firstlineno__', '__static_attributes__'})

def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in {'Protocol', 'Generic'}:
            continue
        annotations = getattr(base, '__annotations__', {})
        for attr in (*base.__dict__, *annotations):
            if not attr.startswith('_abc_') and attr not in _PROTO_EXCLUDED:
                attrs.add(attr)
    return attrs

_proto_missing = object()

class _ProtocolMeta(type):
    def __instancecheck__(cls, instance):
        if cls is Protocol or not cls.__dict__.get('_is_protocol', False):
            return type.__instancecheck__(cls, instance)
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        if type.__instancecheck__(cls, instance):
            return True
        for attr in _get_protocol_attrs(cls):
            val = getattr(instance, attr, _proto_missing)
            if val is _proto_missing:
                return False
            if val is None and callable(getattr(cls, attr, None)):
                return False
        return True

    def __subclasscheck__(cls, other):
        if cls is Protocol or not cls.__dict__.get('_is_protocol', False):
            return type.__subclasscheck__(cls, other)
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        attrs = _get_protocol_attrs(cls)
        if any(not callable(getattr(cls, a, None)) for a in attrs):
            raise TypeError("Protocols with non-method members don't support issubclass()")
        if type.__subclasscheck__(cls, other):
            return True
        return all(any(a in b.__dict__ for b in other.__mro__) for a in attrs)


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    if cls.__init__ is not _no_init_or_replace_init:
        return
    for base in cls.__mro__:
        init = base.__dict__.get('__init__', _no_init_or_replace_init)
        if init is not _no_init_or_replace_init:
            cls.__init__ = init
            break
    else:
        cls.__init__ = object.__init__
    cls.__init__(self, *args, **kwargs)


class Protocol(Generic, metaclass=_ProtocolMeta):
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


def runtime_checkable(cls):
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        f' got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


def _alias(origin, name):
    return _GenericAlias(origin, (), name, special=True)

List = _alias(list, 'List')
Dict = _alias(dict, 'Dict')
Set = _alias(set, 'Set')
FrozenSet = _alias(frozenset, 'FrozenSet')
Type = _alias(type, 'Type')
DefaultDict = _alias(_collections.defaultdict, 'DefaultDict')
OrderedDict = _alias(_collections.OrderedDict, 'OrderedDict')
Counter = _alias(_collections.Counter, 'Counter')
Deque = _alias(_collections.deque, 'Deque')
ChainMap = _alias(_collections.ChainMap, 'ChainMap')
Text = str


class _TupleAlias(_GenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _TupleAlias(tuple, (), 'Tuple')
        if not isinstance(params, tuple):
            params = (params,)
        return _TupleAlias(tuple, params, 'Tuple')

Tuple = _TupleAlias(tuple, (), 'Tuple', special=True)
Callable = _CallableGenericAlias(object, (), 'Callable', special=True)


class _AbstractAlias(_GenericAlias):
    pass

def _abstract(name, check):
    a = _AbstractAlias(object, (), name, special=True)
    a._check = check
    return a

def _has(*methods):
    def check(obj):
        return all(hasattr(type(obj), m) for m in methods)
    return check

Iterable = _abstract('Iterable', _has('__iter__'))
Iterator = _abstract('Iterator', _has('__iter__', '__next__'))
Generator = _abstract('Generator', _has('send', 'throw'))
Reversible = _abstract('Reversible', _has('__reversed__'))
Container = _abstract('Container', _has('__contains__'))
Collection = _abstract('Collection', _has('__len__', '__iter__', '__contains__'))
Sized = _abstract('Sized', _has('__len__'))
Hashable = _abstract('Hashable', lambda obj: type(obj).__hash__ is not None)
Sequence = _abstract('Sequence', _has('__getitem__', '__len__'))
MutableSequence = _abstract('MutableSequence', _has('__getitem__', '__setitem__', 'insert'))
Mapping = _abstract('Mapping', _has('__getitem__', 'keys'))
MutableMapping = _abstract('MutableMapping', _has('__getitem__', '__setitem__', 'keys'))
AbstractSet = _abstract('AbstractSet', _has('__contains__', '__iter__', '__len__'))
MutableSet = _abstract('MutableSet', _has('add', 'discard'))
KeysView = _abstract('KeysView', _has('__iter__'))
ValuesView = _abstract('ValuesView', _has('__iter__'))
ItemsView = _abstract('ItemsView', _has('__iter__'))
MappingView = _abstract('MappingView', _has('__len__'))
Awaitable = _abstract('Awaitable', _has('__await__'))
Coroutine = _abstract('Coroutine', _has('send', '__await__'))
AsyncIterable = _abstract('AsyncIterable', _has('__aiter__'))
AsyncIterator = _abstract('AsyncIterator', _has('__aiter__', '__anext__'))
AsyncGenerator = _abstract('AsyncGenerator', _has('asend'))
ContextManager = _abstract('ContextManager', _has('__enter__', '__exit__'))
AsyncContextManager = _abstract('AsyncContextManager', _has('__aenter__', '__aexit__'))
SupportsInt = _abstract('SupportsInt', _has('__int__'))
SupportsFloat = _abstract('SupportsFloat', _has('__float__'))
SupportsAbs = _abstract('SupportsAbs', _has('__abs__'))
SupportsIndex = _abstract('SupportsIndex', _has('__index__'))
SupportsRound = _abstract('SupportsRound', _has('__round__'))
IO = _abstract('IO', _has('read'))
TextIO = _abstract('TextIO', _has('read'))
BinaryIO = _abstract('BinaryIO', _has('read'))
Pattern = _abstract('Pattern', _has('match'))
Match = _abstract('Match', _has('group'))

def _abstract_instancecheck(self, obj):
    if self._special:
        return self._check(obj)
    raise TypeError('Subscripted generics cannot be used with class and instance checks')
_AbstractAlias.__instancecheck__ = _abstract_instancecheck


def cast(typ, val):
    return val

def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @typing.overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @typing.overload-ed.")
    return _overload_dummy

def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f

def no_type_check(arg):
    return arg

def override(method):
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method

def assert_never(arg, /):
    raise AssertionError(f'Expected code to be unreachable, but got: {arg!r}')

def reveal_type(obj, /):
    print(f'Runtime type is {type(obj).__name__!r}', file=_sys.stderr)
    return obj

def _eval_hint(v, globalns, localns):
    # Lib/typing.py: string annotations are ForwardRefs evaluated in the owner's namespaces
    if v is None:
        return type(None)
    if isinstance(v, ForwardRef):
        v = v.__forward_arg__
    if isinstance(v, str):
        return _convert(eval(v, globalns, localns))
    return v

def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            if globalns is None:
                mod = _sys.modules.get(base.__module__)
                base_globals = getattr(mod, '__dict__', {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
            for k, v in ann.items():
                hints[k] = _eval_hint(v, base_globals, base_locals)
        return hints
    if globalns is None:
        nsobj = obj
        while hasattr(nsobj, '__wrapped__'):
            nsobj = nsobj.__wrapped__
        globalns = getattr(nsobj, '__globals__', {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    for k, v in getattr(obj, '__annotations__', {}).items():
        hints[k] = _eval_hint(v, globalns, localns)
    return hints

def get_origin(tp):
    if isinstance(tp, (_GenericAlias, _AnnotatedAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None

def get_args(tp):
    if isinstance(tp, _GenericAlias) and not tp._special:
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and res[0] is not ...:
            res = (list(res[:-1]), res[-1])
        return res
    return ()


class NewType:
    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        try:
            self.__module__ = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        if ns.get('_root', False):
            return super().__new__(mcls, typename, bases, ns)
        types = ns.get('__annotations__', {})
        field_names = list(types)
        defaults = []
        for field_name in field_names:
            if field_name in ns:
                defaults.append(ns[field_name])
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(defaults) > 1 else ''} "
                                f"{', '.join(field_names[len(field_names) - len(defaults) - 1:][:0] or [])}")
        nm_tpl = _collections.namedtuple(typename, field_names, defaults=defaults,
                                         module=ns['__module__'])
        nm_tpl.__annotations__ = dict(types)
        for key in ns:
            if key in ('__module__', '__qualname__', '__annotations__', '_root') or key in field_names:
                continue
            if key in ('__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                       '_field_defaults', '_make', '_replace', '_asdict', '_source'):
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            setattr(nm_tpl, key, ns[key])
        return nm_tpl


class NamedTuple(metaclass=_NamedTupleMeta):
    _root = True


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
        annotations.update(ns.get('__annotations__', {}))
        tp_dict.__annotations__ = annotations
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)


class TypedDict(metaclass=_TypedDictMeta):
    pass
`;

registerPyModule('typing', SOURCE);
