/** `types`: the names of the interpreter's built-in types, SimpleNamespace, new_class helpers. */
import { registerPyModule } from './pymodule';

registerPyModule(
  'types',
  String.raw`
import sys

def _type_of(make):
    # every name is defined even where the simulated object model lacks the object
    try:
        return type(make())
    except Exception:
        return None

def _f(): pass
FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = _type_of(lambda: _f.__code__)
MappingProxyType = _type_of(lambda: type.__dict__)

def _g():
    yield 1
GeneratorType = type(_g())

async def _c(): pass
_c = _c()
CoroutineType = type(_c)
_c.close()  # Prevent ResourceWarning

async def _ag():
    yield
_ag = _ag()
AsyncGeneratorType = type(_ag)
del _c, _ag

# (CPython builds and drops a class here; that garbage comes from gc/import-footprint.ts)
MethodType = type(_f.__get__(0))

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = _type_of(lambda: object.__init__)
MethodWrapperType = _type_of(lambda: object().__str__)
MethodDescriptorType = _type_of(lambda: str.join)
ClassMethodDescriptorType = _type_of(lambda: dict.__dict__['fromkeys'])
ModuleType = type(sys)

def _tb():
    try:
        raise TypeError
    except TypeError as exc:
        return exc.__traceback__
TracebackType = _type_of(_tb)
FrameType = _type_of(lambda: _tb().tb_frame)
GetSetDescriptorType = _type_of(lambda: FunctionType.__dict__['__code__'])
MemberDescriptorType = _type_of(lambda: FunctionType.__dict__['__globals__'])
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)
CellType = _type_of(lambda: (lambda x: lambda: x)(0).__closure__[0])

del sys, _f, _g, _tb


class SimpleNamespace:
    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        self.__dict__.update(dict(mapping_or_iterable))
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = (f"{k}={v!r}" for k, v in self.__dict__.items())
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        return f"{name}({', '.join(items)})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


def new_class(name, bases=(), kwds=None, exec_body=None):
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    meta = (kwds or {}).get('metaclass', type)
    return meta(name, tuple(bases), ns)


def coroutine(func):
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    co = getattr(func, '__code__', None)
    if co is not None and co.co_flags & 0x20:
        # a generator function: its generators may be awaited (CO_ITERABLE_COROUTINE)
        from _simlib import mark_iterable_coroutine
        mark_iterable_coroutine(co)
    return func


def get_original_bases(cls, /):
    return cls.__dict__.get('__orig_bases__', cls.__bases__)
`,
);
