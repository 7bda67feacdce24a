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
    return type(object).__name__ == 'coroutine'

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
`,
);
