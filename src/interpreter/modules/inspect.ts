/** `inspect`, the small part programs in the course use: generator states and type predicates. */
import { registerPyModule } from './pymodule';

registerPyModule(
  'inspect',
  String.raw`
import types as _types

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'

CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ASYNC_GENERATOR = 0x200

def getgeneratorstate(generator):
    if generator.gi_running:
        return GEN_RUNNING
    suspended = generator.gi_suspended
    if suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED

def getgeneratorlocals(generator):
    frame = getattr(generator, 'gi_frame', None)
    if frame is not None:
        return generator.gi_frame.f_locals
    return {}

def ismodule(object):
    return isinstance(object, _types.ModuleType)

def isclass(object):
    return isinstance(object, type)

def ismethod(object):
    return isinstance(object, _types.MethodType)

def isfunction(object):
    return isinstance(object, _types.FunctionType)

def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)

def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)

def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)

def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)

def isgenerator(object):
    return isinstance(object, _types.GeneratorType)

def iscoroutine(object):
    return isinstance(object, _types.CoroutineType)

def isasyncgen(object):
    return isinstance(object, _types.AsyncGeneratorType)

def isawaitable(object):
    return (isinstance(object, _types.CoroutineType) or
            isinstance(object, _types.GeneratorType) and
                bool(object.gi_code.co_flags & 0x100) or
            hasattr(type(object), '__await__'))

CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'

def getcoroutinestate(coroutine):
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED

def getcoroutinelocals(coroutine):
    frame = getattr(coroutine, "cr_frame", None)
    if frame is not None:
        return frame.f_locals
    else:
        return {}

def isbuiltin(object):
    return isinstance(object, _types.BuiltinFunctionType)

def isroutine(object):
    return isbuiltin(object) or isfunction(object) or ismethod(object) or type(object).__name__ in (
        'method_descriptor', 'wrapper_descriptor', 'method-wrapper')

def isabstract(object):
    return bool(getattr(object, '__abstractmethods__', False))

def isframe(object):
    return type(object).__name__ == 'frame'

def iscode(object):
    return type(object).__name__ == 'code'

def getmembers(object, predicate=None):
    results = []
    for key in dir(object):
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results

def getmro(cls):
    return cls.__mro__

def currentframe():
    import sys
    return sys._getframe(1)

def getdoc(object):
    doc = getattr(object, '__doc__', None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)

def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(int):
    def __new__(cls, value, name, description):
        self = int.__new__(cls, value)
        self._name_ = name
        self.description = description
        return self

    @property
    def name(self):
        return self._name_

    def __repr__(self):
        return '<_ParameterKind.%s: %d>' % (self._name_, int(self))

    def __str__(self):
        return self._name_


_POSITIONAL_ONLY = _ParameterKind(0, 'POSITIONAL_ONLY', 'positional-only')
_POSITIONAL_OR_KEYWORD = _ParameterKind(1, 'POSITIONAL_OR_KEYWORD', 'positional or keyword')
_VAR_POSITIONAL = _ParameterKind(2, 'VAR_POSITIONAL', 'variadic positional')
_KEYWORD_ONLY = _ParameterKind(3, 'KEYWORD_ONLY', 'keyword-only')
_VAR_KEYWORD = _ParameterKind(4, 'VAR_KEYWORD', 'variadic keyword')


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    __slots__ = ('_name', '_kind', '_default', '_annotation')
    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=None, kind=None, default=_empty, annotation=_empty):
        return Parameter(self._name if name is None else name, self._kind if kind is None else kind,
                         default=self._default if default is _empty else default,
                         annotation=self._annotation if annotation is _empty else annotation)

    def __str__(self):
        kind = self._kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '{}: {}'.format(formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = '{} = {}'.format(formatted, repr(self._default))
            else:
                formatted = '{}={}'.format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))


class BoundArguments:
    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            if name not in self.arguments:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(self.arguments[name])
            else:
                args.append(self.arguments[name])
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started or name not in self.arguments:
                continue
            if param.kind == _VAR_KEYWORD:
                kwargs.update(self.arguments[name])
            else:
                kwargs[name] = self.arguments[name]
        return kwargs

    def apply_defaults(self):
        new = []
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                new.append((name, self.arguments[name]))
            elif param.default is not _empty:
                new.append((name, param.default))
            elif param.kind == _VAR_POSITIONAL:
                new.append((name, ()))
            elif param.kind == _VAR_KEYWORD:
                new.append((name, {}))
        self.arguments = dict(new)

    def __repr__(self):
        args = ['{}={!r}'.format(arg, value) for arg, value in self.arguments.items()]
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    __slots__ = ('_return_annotation', '_parameters')
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty):
        self._parameters = {p.name: p for p in (parameters or ())}
        self._return_annotation = return_annotation

    parameters = property(lambda self: __import__('types').MappingProxyType(self._parameters))
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=None, return_annotation=_empty):
        return Signature(self._parameters.values() if parameters is None else parameters,
                         return_annotation=self._return_annotation if return_annotation is _empty else return_annotation)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return signature(obj, follow_wrapped=follow_wrapped)

    def __str__(self):
        result = []
        render_pos_only = False
        render_kw_only = True
        for param in self._parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only = True
            elif render_pos_only:
                result.append('/')
                render_pos_only = False
            if kind == _VAR_POSITIONAL:
                render_kw_only = False
            elif kind == _KEYWORD_ONLY and render_kw_only:
                result.append('*')
                render_kw_only = False
            result.append(str(param))
        if render_pos_only:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self._return_annotation is not _empty:
            rendered += ' -> {}'.format(formatannotation(self._return_annotation))
        return rendered

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation
                and list(self._parameters.values()) == list(other._parameters.values()))

    def _bind(self, args, kwargs, partial=False):
        arguments = {}
        params = list(self._parameters.values())
        kwargs = dict(kwargs)
        i = 0
        for param in params:
            if param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                if i < len(args):
                    if param.kind == _POSITIONAL_OR_KEYWORD and param.name in kwargs:
                        raise TypeError('multiple values for argument {!r}'.format(param.name))
                    arguments[param.name] = args[i]
                    i += 1
                elif param.kind == _POSITIONAL_OR_KEYWORD and param.name in kwargs:
                    arguments[param.name] = kwargs.pop(param.name)
                elif param.default is _empty and not partial:
                    raise TypeError('missing a required argument: {!r}'.format(param.name))
            elif param.kind == _VAR_POSITIONAL:
                if i < len(args):
                    arguments[param.name] = tuple(args[i:])
                    i = len(args)
            elif param.kind == _KEYWORD_ONLY:
                if param.name in kwargs:
                    arguments[param.name] = kwargs.pop(param.name)
                elif param.default is _empty and not partial:
                    raise TypeError('missing a required argument: {!r}'.format(param.name))
            elif param.kind == _VAR_KEYWORD:
                if kwargs:
                    arguments[param.name] = kwargs
                    kwargs = {}
        if i < len(args):
            raise TypeError('too many positional arguments')
        if kwargs:
            raise TypeError('got an unexpected keyword argument {!r}'.format(next(iter(kwargs))))
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)


def _signature_from_function(func, skip_first=False):
    code = func.__code__
    pos_count = code.co_argcount
    posonly = code.co_posonlyargcount
    kwonly = code.co_kwonlyargcount
    names = code.co_varnames
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = getattr(func, '__annotations__', {}) or {}
    params = []
    non_default = pos_count - len(defaults)
    for i in range(pos_count):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < posonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - non_default] if i >= non_default else _empty
        params.append(Parameter(name, kind, default=default, annotation=annotations.get(name, _empty)))
    idx = pos_count
    if code.co_flags & 0x04:
        name = names[pos_count + kwonly]
        params.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
    for name in names[pos_count:pos_count + kwonly]:
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & 0x08:
        name = names[pos_count + kwonly + (1 if code.co_flags & 0x04 else 0)]
        params.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    if skip_first and params and params[0].kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
        params = params[1:]
    return Signature(params, return_annotation=annotations.get('return', _empty))


def unwrap(func, *, stop=None):
    seen = set()
    while hasattr(func, '__wrapped__') and (stop is None or not stop(func)):
        if id(func) in seen:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen.add(id(func))
        func = func.__wrapped__
    return func


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, __import__('types').MethodType):
        sig = signature(obj.__func__, follow_wrapped=follow_wrapped)
        params = list(sig.parameters.values())
        return sig.replace(parameters=params[1:])
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
    sig = getattr(obj, '__signature__', None)
    if sig is not None:
        return sig
    if isfunction(obj):
        return _signature_from_function(obj)
    partial = __import__('functools').partial
    if isinstance(obj, partial):
        sig = signature(obj.func)
        params = list(sig.parameters.values())[len(obj.args):]
        params = [p for p in params if p.name not in obj.keywords]
        return sig.replace(parameters=params)
    if isinstance(obj, type):
        for name in ('__init__', '__new__'):
            for klass in obj.__mro__:
                if name in klass.__dict__ and klass is not object:
                    meth = klass.__dict__[name]
                    if isinstance(meth, staticmethod):
                        meth = meth.__func__
                    if isfunction(meth):
                        return _signature_from_function(meth, skip_first=True)
                    break
        return Signature()
    call = getattr(type(obj), '__call__', None)
    if call is not None and isfunction(call):
        return _signature_from_function(call, skip_first=True)
    raise ValueError('no signature found for builtin {!r}'.format(obj))
`,
);
