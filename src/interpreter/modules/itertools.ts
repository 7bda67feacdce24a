/**
 * `itertools` in Python. CPython's are C iterator types (`<itertools.chain object at …>`);
 * here each is a Python class of the same name whose instances are their own iterators,
 * driven by a private generator, so reprs, `type()` and laziness match.
 */
import { registerPyModule } from './pymodule';

const SOURCE = String.raw`
from _simlib import c_layout as _c_layout  # (sizes of the C objects: itertoolsmodule.c)
class _Iter:
    __slots__ = ('_it',)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def __reduce__(self):
        raise TypeError(f"cannot pickle '{type(self).__module__}.{type(self).__name__}' object")


class count(_Iter):
    __slots__ = ('_n', '_step')

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1 and isinstance(self._step, int):
            return f'count({self._n!r})'
        return f'count({self._n!r}, {self._step!r})'


_c_layout(count, 40, True)

def _cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element

class cycle(_Iter):
    __slots__ = ()
    def __init__(self, iterable, /):
        self._it = _cycle(iter(iterable))


_c_layout(cycle, 48, True)

class repeat(_Iter):
    __slots__ = ('_obj', '_times')

    def __init__(self, object, times=None):
        self._obj = object
        if times is not None and times < 0:
            times = 0
        self._times = times

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'repeat({self._obj!r})'
        return f'repeat({self._obj!r}, {self._times})'


_c_layout(repeat, 32, True)

def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total

class accumulate(_Iter):
    __slots__ = ()
    def __init__(self, iterable, func=None, *, initial=None):
        self._it = _accumulate(iter(iterable), func, initial)


_c_layout(accumulate, 56, True)

def _batched(it, n):
    while True:
        batch = []
        for _ in range(n):
            try:
                batch.append(next(it))
            except StopIteration:
                break
        if not batch:
            return
        yield tuple(batch)

class batched(_Iter):
    __slots__ = ()
    def __init__(self, iterable, n):
        if n < 1:
            raise ValueError('n must be at least one')
        self._it = _batched(iter(iterable), n)


_c_layout(batched, 32, True)

def _chain(iterables):
    for it in iterables:
        for element in it:
            yield element

class chain(_Iter):
    __slots__ = ()
    def __init__(self, *iterables):
        self._it = _chain(iterables)

    @classmethod
    def from_iterable(cls, iterable, /):
        self = cls.__new__(cls)
        self._it = _chain(iter(iterable))
        return self

    def __class_getitem__(cls, item):
        return cls


_c_layout(chain, 32, True)

def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d

class compress(_Iter):
    __slots__ = ()
    def __init__(self, data, selectors):
        self._it = _compress(iter(data), iter(selectors))


_c_layout(compress, 32, True)

def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x

class dropwhile(_Iter):
    __slots__ = ()
    def __init__(self, predicate, iterable, /):
        self._it = _dropwhile(predicate, iter(iterable))


_c_layout(dropwhile, 40, True)

def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break

class takewhile(_Iter):
    __slots__ = ()
    def __init__(self, predicate, iterable, /):
        self._it = _takewhile(predicate, iter(iterable))


_c_layout(takewhile, 40, True)

def _filterfalse(predicate, it):
    if predicate is None:
        predicate = bool
    for x in it:
        if not predicate(x):
            yield x

class filterfalse(_Iter):
    __slots__ = ()
    def __init__(self, function, iterable, /):
        self._it = _filterfalse(function, iter(iterable))


_c_layout(filterfalse, 32, True)

_marker = object()

def _grouper_gen(parent, tgtkey, token):
    while parent._token is token and parent._currkey == tgtkey:
        yield parent._currvalue
        try:
            parent._currvalue = next(parent._src)
        except StopIteration:
            return
        parent._currkey = parent._keyfunc(parent._currvalue)

class _grouper(_Iter):
    __slots__ = ()
    def __init__(self, parent, tgtkey, token):
        self._it = _grouper_gen(parent, tgtkey, token)


_c_layout(_grouper, 32, True)

def _identity(x):
    return x

class groupby(_Iter):
    __slots__ = ('_keyfunc', '_src', '_tgtkey', '_currkey', '_currvalue', '_token')

    def __init__(self, iterable, key=None):
        self._keyfunc = _identity if key is None else key
        self._src = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _marker
        self._token = None

    def __next__(self):
        self._token = object()
        if self._currkey is _marker:
            self._currvalue = next(self._src)
            self._currkey = self._keyfunc(self._currvalue)
        else:
            while self._currkey == self._tgtkey:
                self._currvalue = next(self._src)
                self._currkey = self._keyfunc(self._currvalue)
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._tgtkey, self._token))


_c_layout(groupby, 72, True)

def _islice(it, start, stop, step):
    i = 0
    nexti = start
    if stop is not None and start >= stop:
        for _ in range(stop):
            try:
                next(it)
            except StopIteration:
                return
        return
    for element in it:
        if i == nexti:
            yield element
            nexti += step
            if stop is not None and nexti >= stop:
                # consume up to stop like CPython
                return
        i += 1

class islice(_Iter):
    __slots__ = ()
    def __init__(self, iterable, *args):
        # Modules/itertoolsmodule.c islice_new: each argument goes through __index__ (a failure
        # counts as -1); a stop of exactly -1 is reported as "Stop argument", other negatives as
        # "Indices", and a step that is not a positive integer as "Step".
        if not 1 <= len(args) <= 3:
            slice(*args)
        def _index(v):
            if isinstance(v, int):
                return int(v)
            try:
                return type(v).__index__(v)
            except Exception:
                return -1
        start, stop, step = 0, None, 1
        if len(args) == 1:
            a1 = args[0]
        else:
            a1 = args[1]
            if args[0] is not None:
                start = _index(args[0])
        if a1 is not None:
            stop = _index(a1)
            if stop == -1:
                raise ValueError('Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if start < 0 or (stop is not None and stop < -1):
            raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if len(args) == 3 and args[2] is not None:
            step = _index(args[2])
        if step < 1:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = _islice(iter(iterable), start, stop, step)


_c_layout(islice, 56, True)

def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b

class pairwise(_Iter):
    __slots__ = ()
    def __init__(self, iterable, /):
        self._it = _pairwise(iter(iterable))


_c_layout(pairwise, 32, True)

def _starmap(function, it):
    for args in it:
        yield function(*args)

class starmap(_Iter):
    __slots__ = ()
    def __init__(self, function, iterable, /):
        self._it = _starmap(function, iter(iterable))


_c_layout(starmap, 32, True)

def _zip_longest(iterators, fillvalue):
    num_active = len(iterators)
    if not num_active:
        return
    iterators = list(iterators)
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)

class zip_longest(_Iter):
    __slots__ = ()
    def __init__(self, *iterables, fillvalue=None):
        self._it = _zip_longest([iter(it) for it in iterables], fillvalue)


_c_layout(zip_longest, 56, True)

def _product(pools):
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)

class product(_Iter):
    __slots__ = ()
    def __init__(self, *iterables, repeat=1):
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        self._it = _product(pools)


_c_layout(product, 48, True)

def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return

class permutations(_Iter):
    __slots__ = ()
    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        r = len(pool) if r is None else r
        if r < 0:
            raise ValueError('r must be non-negative')
        self._it = _permutations(pool, r)


_c_layout(permutations, 64, True)

def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)

class combinations(_Iter):
    __slots__ = ()
    def __init__(self, iterable, r):
        if r < 0:
            raise ValueError('r must be non-negative')
        self._it = _combinations(tuple(iterable), r)


_c_layout(combinations, 56, True)

def _cwr(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)

class combinations_with_replacement(_Iter):
    __slots__ = ()
    def __init__(self, iterable, r):
        if r < 0:
            raise ValueError('r must be non-negative')
        self._it = _cwr(tuple(iterable), r)


_c_layout(combinations_with_replacement, 56, True)

class _tee(_Iter):
    __slots__ = ('_buf', '_src', '_pos', '__weakref__')

    def __init__(self, src, buf):
        self._src = src
        self._buf = buf
        self._pos = 0

    def __next__(self):
        buf = self._buf
        if self._pos < len(buf[1]):
            value = buf[1][self._pos]
        else:
            value = next(self._src)
            buf[1].append(value)
        self._pos += 1
        return value

    def __copy__(self):
        t = _tee(self._src, self._buf)
        t._pos = self._pos
        return t

_c_layout(_tee, 48, True)

_tee.__name__ = '_tee'
_tee.__qualname__ = '_tee'

def tee(iterable, n=2, /):
    if n < 0:
        raise ValueError('n must be >= 0')
    src = iter(iterable)
    buf = [0, []]
    return tuple(_tee(src, buf) for _ in range(n))
`;

registerPyModule('itertools', SOURCE, undefined, { builtin: true, native: true });
