/** `copy`: shallow and deep copies, in Python (dispatch on type, `__copy__` / `__deepcopy__`, `__reduce_ex__`). */
import { registerPyModule } from './pymodule';

registerPyModule(
  'copy',
  String.raw`
class Error(Exception):
    pass
error = Error

__all__ = ["Error", "copy", "deepcopy"]

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
    # Same frame shape as CPython's Lib/copy.py (deepcopy -> per-type copier -> deepcopy), so a
    # deep structure reaches the recursion limit at the same depth.
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct_deep(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y

_deepcopy_dispatch = d = {}

def _deepcopy_atomic(x, memo):
    return x
for t in _atomic:
    d[t] = _deepcopy_atomic

def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y
d[list] = _deepcopy_list

def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y
d[tuple] = _deepcopy_tuple

def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y
d[dict] = _deepcopy_dict
del d, t

def _reconstruct_deep(x, memo):
    cls = type(x)
    if cls is set:
        return {deepcopy(a, memo) for a in x}
    if cls is frozenset:
        return frozenset(deepcopy(a, memo) for a in x)
    if cls is bytearray:
        return bytearray(x)
    y = object.__new__(cls) if cls.__new__ is object.__new__ else cls.__new__(cls)
    memo[id(x)] = y
    if isinstance(x, list):
        for a in x:
            y.append(deepcopy(a, memo))
    elif isinstance(x, dict):
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    state = getattr(x, '__dict__', None)
    if state:
        state = deepcopy(state, memo)
        for key, value in state.items():
            setattr(y, key, value)
    for name in _slot_names(cls):
        if hasattr(x, name):
            setattr(y, name, deepcopy(getattr(x, name), memo))
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
`,
);
