/** `copy`: shallow and deep copies, in Python (dispatch on type, `__copy__` / `__deepcopy__`, `__reduce_ex__`). */
import { registerPyModule } from './pymodule';

registerPyModule(
  'copy',
  String.raw`
class Error(Exception):
    pass
error = Error

__all__ = ["Error", "copy", "deepcopy", "replace"]

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(Ellipsis), type(NotImplemented), type(len), type(lambda: 0), property)

def copy(x):
    cls = type(x)
    if cls in _atomic or cls is frozenset or cls is tuple:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is bytearray:
        return bytearray(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct_shallow(x)

def _reconstruct_shallow(x):
    cls = type(x)
    reductor = getattr(cls, '__reduce_ex__', None)
    rv = None
    if reductor is not None and cls.__reduce_ex__ is not object.__reduce_ex__:
        rv = reductor(x, 4)
    if rv is None or isinstance(rv, str):
        y = object.__new__(cls) if cls.__new__ is object.__new__ else cls.__new__(cls)
        state = getattr(x, '__dict__', None)
        if state:
            y.__dict__.update(state)
        for name in _slot_names(cls):
            if hasattr(x, name):
                setattr(y, name, getattr(x, name))
        return y
    return _reconstruct(x, None, *rv)

def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for n in slots:
            if n not in ('__dict__', '__weakref__'):
                names.append(n)
    return names

def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic:
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, items):
            if k is not j:
                y = tuple(items)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    elif issubclass(cls, type):
        return x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = object.__new__(cls) if cls.__new__ is object.__new__ else cls.__new__(cls)
            memo[d] = y
            if isinstance(x, list):
                for a in x:
                    y.append(deepcopy(a, memo))
            elif isinstance(x, dict):
                for key, value in x.items():
                    y[deepcopy(key, memo)] = deepcopy(value, memo)
            state = getattr(x, '__dict__', None)
            if state:
                for key, value in state.items():
                    setattr(y, key, deepcopy(value, memo))
            for name in _slot_names(cls):
                if hasattr(x, name):
                    setattr(y, name, deepcopy(getattr(x, name), memo))
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y

def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]

def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    y = func(*args)
    if state is not None:
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(item)
    if dictiter is not None:
        for key, value in dictiter:
            y[key] = value
    return y

def replace(obj, /, **changes):
    cls = obj.__class__
    func = getattr(cls, '__replace__', None)
    if func is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return func(obj, **changes)
`,
);
