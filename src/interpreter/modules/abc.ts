/**
 * `abc`: ABCMeta, ABC, abstractmethod (and the deprecated abstract* variants), in Python.
 * Instantiating a class with abstract methods raises CPython 3.12's TypeError:
 * "Can't instantiate abstract class Shape without an implementation for abstract method 'area'".
 */
import { registerPyModule } from './pymodule';

registerPyModule(
  'abc',
  String.raw`
def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


_class_dict = type.__dict__['__dict__'].__get__

def _compute_abstracts(cls):
    abstracts = set()
    ns = _class_dict(cls, type)
    for name in list(ns):
        value = ns[name]
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", set()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    return frozenset(abstracts)


def _abstract_new(cls, *args, **kwargs):
    abstracts = getattr(cls, '__abstractmethods__', None)
    if abstracts:
        names = sorted(abstracts)
        if len(names) == 1:
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} without an "
                            f"implementation for abstract method '{names[0]}'")
        joined = ', '.join(f"'{n}'" for n in names)
        raise TypeError(f"Can't instantiate abstract class {cls.__name__} without an "
                        f"implementation for abstract methods {joined}")
    return None


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls)
        cls._abc_registry = set()
        return cls

    def __call__(cls, *args, **kwargs):
        _abstract_new(cls)
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        cls._abc_registry.add(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in getattr(subclass, '__mro__', ()):
            return True
        for r in cls._abc_registry:
            if issubclass(subclass, r):
                return True
        hook = _class_dict(cls, type).get('__subclasshook__')
        if hook is not None:
            ok = hook.__get__(None, cls)(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        for scls in cls.__subclasses__():
            if issubclass(subclass, scls):
                return True
        return False


def get_cache_token():
    return 0


def update_abstractmethods(cls):
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls


class ABC(metaclass=ABCMeta):
    __slots__ = ()

    def __new__(cls, /, *args, **kwargs):
        # CPython checks abstract methods in object.__new__; the check lives here too so that it
        # runs however the class is called
        _abstract_new(cls)
        base_new = super().__new__
        if base_new is object.__new__:
            return base_new(cls)
        return base_new(cls, *args, **kwargs)
`,
);
