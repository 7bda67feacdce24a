/**
 * The pure-Python part of Lib/weakref.py and Lib/_weakrefset.py (CPython 3.12), condensed:
 * WeakMethod, KeyedRef, WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize. Executed
 * in the `weakref` module's namespace after the native part (ref, proxy, …) is in place.
 * Iteration guards (_IterationGuard / _pending_removals) are simplified: removals during
 * iteration are applied at once. Lines sit on CPython's line numbers (see alignLines).
 */
/**
 * Lay Python source out on the line numbers of the file it stands for: a line ending in
 * \`#@N\` is moved to line N (blank lines are inserted before it) and the marker is removed, so
 * tracebacks through the simulated module show CPython's Lib/weakref.py line numbers (3.12.1).
 * Markers were placed by matching each line with the identical line of the same method in
 * CPython's file; classes come in CPython's order (WeakSet, from _weakrefset.py, last).
 */
export function alignLines(source: string): string {
  const out: string[] = [];
  for (const line of source.split('\n')) {
    const m = /^(.*?)\s*#@(\d+)$/.exec(line);
    if (m === null) {
      out.push(line);
      continue;
    }
    const target = Number(m[2]);
    if (out.length + 1 > target) throw new Error(`alignLines: line ${out.length + 1} is past its place ${target}`);
    while (out.length + 1 < target) out.push('');
    out.push(m[1]);
  }
  return out.join('\n');
}

export const WEAKREF_PY = alignLines(`
class WeakMethod(ref):  #@38
    __slots__ = "_func_ref", "_meth_type", "_alive", "__weakref__"  #@44

    def __new__(cls, meth, callback=None):  #@46
        try:  #@47
            obj = meth.__self__  #@48
            func = meth.__func__  #@49
        except AttributeError:  #@50
            raise TypeError("argument should be a bound method, not {}"  #@51
                            .format(type(meth))) from None  #@52
        def _cb(arg):  #@53
            self = self_wr()  #@56
            if self._alive:  #@57
                self._alive = False  #@58
                if callback is not None:  #@59
                    callback(self)  #@60
        self = ref.__new__(cls, obj, _cb)  #@61
        self._func_ref = ref(func, _cb)  #@62
        self._meth_type = type(meth)  #@63
        self._alive = True  #@64
        self_wr = ref(self)  #@65
        return self  #@66

    def __call__(self):  #@68
        obj = super().__call__()  #@69
        func = self._func_ref()  #@70
        if obj is None or func is None:  #@71
            return None  #@72
        return self._meth_type(func, obj)  #@73

    def __eq__(self, other):  #@75
        if isinstance(other, WeakMethod):  #@76
            if not self._alive or not other._alive:  #@77
                return self is other  #@78
            return ref.__eq__(self, other) and self._func_ref == other._func_ref  #@79
        return NotImplemented  #@80

    def __ne__(self, other):  #@82
        if isinstance(other, WeakMethod):  #@83
            if not self._alive or not other._alive:  #@84
                return self is not other  #@85
            return ref.__ne__(self, other) or self._func_ref != other._func_ref  #@86
        return NotImplemented  #@87

    __hash__ = ref.__hash__  #@89


class WeakValueDictionary:
    def __init__(self, other=(), /, **kw):  #@104
        def remove(wr, selfref=ref(self)):
            self = selfref()  #@106
            if self is not None:  #@107
                self.data.pop(wr.key, None)
        self._remove = remove  #@114
        self.data = {}  #@118
        self.update(other, **kw)  #@119

    def __getitem__(self, key):  #@133
        o = self.data[key]()  #@136
        if o is None:  #@137
            raise KeyError(key)  #@138
        else:  #@139
            return o  #@140

    def __delitem__(self, key):  #@142
        del self.data[key]  #@145

    def __len__(self):  #@147
        return len(self.data)  #@150

    def __contains__(self, key):  #@152
        try:  #@155
            o = self.data[key]()  #@156
        except KeyError:  #@157
            return False  #@158
        return o is not None  #@159

    def __repr__(self):  #@161
        return "<%s at %#x>" % (self.__class__.__name__, id(self))  #@162

    def __setitem__(self, key, value):  #@164
        self.data[key] = KeyedRef(value, self._remove, key)  #@167

    def copy(self):  #@169
        new = WeakValueDictionary()  #@172
        for key, wr in list(self.data.items()):
            o = wr()  #@175
            if o is not None:  #@176
                new[key] = o  #@177
        return new  #@178

    __copy__ = copy  #@180

    def get(self, key, default=None):  #@194
        try:  #@197
            wr = self.data[key]  #@198
        except KeyError:  #@199
            return default  #@200
        else:  #@201
            o = wr()  #@202
            if o is None:  #@203
                return default  #@205
            else:  #@206
                return o  #@207

    def items(self):  #@209
        for k, wr in list(self.data.items()):
            v = wr()  #@214
            if v is not None:  #@215
                yield k, v  #@216

    def keys(self):  #@218
        for k, wr in list(self.data.items()):
            if wr() is not None:  #@223
                yield k  #@224

    __iter__ = keys  #@226

    def itervaluerefs(self):  #@228
        yield from list(self.data.values())

    def values(self):  #@243
        for wr in list(self.data.values()):
            obj = wr()  #@248
            if obj is not None:  #@249
                yield obj  #@250

    def popitem(self):  #@252
        while True:  #@255
            key, wr = self.data.popitem()  #@256
            o = wr()  #@257
            if o is not None:  #@258
                return key, o  #@259

    def pop(self, key, *args):  #@261
        try:  #@264
            o = self.data.pop(key)()  #@265
        except KeyError:  #@266
            o = None  #@267
        if o is None:  #@268
            if args:  #@269
                return args[0]  #@270
            else:  #@271
                raise KeyError(key)  #@272
        else:  #@273
            return o  #@274

    def setdefault(self, key, default=None):  #@276
        try:  #@277
            o = self.data[key]()  #@278
        except KeyError:  #@279
            o = None  #@280
        if o is None:  #@281
            self.data[key] = KeyedRef(default, self._remove, key)  #@284
            return default  #@285
        else:  #@286
            return o  #@287

    def update(self, other=None, /, **kwargs):  #@289
        d = self.data  #@292
        if other is not None:  #@293
            if not hasattr(other, "items"):  #@294
                other = dict(other)  #@295
            for key, o in other.items():  #@296
                d[key] = KeyedRef(o, self._remove, key)  #@297
        for key, o in kwargs.items():  #@298
            d[key] = KeyedRef(o, self._remove, key)  #@299

    def valuerefs(self):  #@301
        return list(self.data.values())  #@313


class KeyedRef(ref):  #@335
    __slots__ = "key",  #@345

    def __new__(type, ob, callback, key):  #@347
        self = ref.__new__(type, ob, callback)  #@348
        self.key = key  #@349
        return self  #@350

    def __init__(self, ob, callback, key):  #@352
        super().__init__(ob, callback)  #@353


class WeakKeyDictionary:
    def __init__(self, dict=None):  #@367
        self.data = {}  #@368
        def remove(k, selfref=ref(self)):  #@369
            self = selfref()  #@370
            if self is not None:  #@371
                try:  #@375
                    del self.data[k]  #@376
                except KeyError:  #@377
                    pass  #@378
        self._remove = remove  #@379
        if dict is not None:  #@384
            self.update(dict)  #@385

    def __delitem__(self, key):  #@410
        del self.data[ref(key)]  #@412

    def __getitem__(self, key):  #@414
        return self.data[ref(key)]  #@415

    def __len__(self):  #@417
        return len(self.data)

    def __repr__(self):  #@424
        return "<%s at %#x>" % (self.__class__.__name__, id(self))  #@425

    def __setitem__(self, key, value):  #@427
        self.data[ref(key, self._remove)] = value  #@428

    def copy(self):  #@430
        new = WeakKeyDictionary()  #@431
        for key, value in list(self.data.items()):
            o = key()  #@434
            if o is not None:  #@435
                new[o] = value  #@436
        return new  #@437

    __copy__ = copy  #@439

    def get(self, key, default=None):  #@451
        return self.data.get(ref(key), default)

    def __contains__(self, key):  #@454
        try:  #@455
            wr = ref(key)  #@456
        except TypeError:  #@457
            return False  #@458
        return wr in self.data  #@459

    def items(self):  #@461
        for wr, value in list(self.data.items()):
            key = wr()  #@464
            if key is not None:  #@465
                yield key, value  #@466

    def keys(self):  #@468
        for wr in list(self.data):
            obj = wr()  #@471
            if obj is not None:  #@472
                yield obj  #@473

    __iter__ = keys  #@475

    def values(self):  #@477
        for wr, value in list(self.data.items()):
            if wr() is not None:  #@480
                yield value  #@481

    def keyrefs(self):  #@483
        return list(self.data)  #@493

    def popitem(self):  #@495
        while True:  #@497
            key, value = self.data.popitem()  #@498
            o = key()  #@499
            if o is not None:  #@500
                return o, value  #@501

    def pop(self, key, *args):  #@503
        return self.data.pop(ref(key), *args)  #@505

    def setdefault(self, key, default=None):  #@507
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):  #@510
        d = self.data  #@511
        if dict is not None:  #@512
            if not hasattr(dict, "items"):  #@513
                dict = type({})(dict)  #@514
            for key, value in dict.items():  #@515
                d[ref(key, self._remove)] = value  #@516
        if len(kwargs):  #@517
            self.update(kwargs)  #@518


class finalize:  #@540
    __slots__ = ()  #@558
    _registry = {}  #@559
    _shutdown = False  #@560
    _index_iter = None
    _dirty = False  #@562
    _registered_with_atexit = False  #@563
    _counter = [0]
    class _Info:  #@565
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")  #@566

    def __init__(self, obj, func, /, *args, **kwargs):  #@568
        if not self._registered_with_atexit:  #@569
            import atexit  #@572
            atexit.register(self._exitfunc)  #@573
            finalize._registered_with_atexit = True  #@574
        info = self._Info()  #@575
        info.weakref = ref(obj, self)  #@576
        info.func = func  #@577
        info.args = args  #@578
        info.kwargs = kwargs or None  #@579
        info.atexit = True  #@580
        finalize._counter[0] += 1
        info.index = finalize._counter[0]
        self._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        info = self._registry.pop(self, None)  #@588
        if info and not self._shutdown:  #@589
            return info.func(*info.args, **(info.kwargs or {}))  #@590

    def detach(self):  #@592
        info = self._registry.get(self)  #@595
        obj = info and info.weakref()  #@596
        if obj is not None and self._registry.pop(self, None):  #@597
            return (obj, info.func, info.args, info.kwargs or {})  #@598

    def peek(self):  #@600
        info = self._registry.get(self)  #@603
        obj = info and info.weakref()  #@604
        if obj is not None:  #@605
            return (obj, info.func, info.args, info.kwargs or {})  #@606

    @property  #@608
    def alive(self):  #@609
        return self in self._registry  #@611

    @property  #@613
    def atexit(self):  #@614
        info = self._registry.get(self)  #@616
        return bool(info) and info.atexit  #@617

    @atexit.setter  #@619
    def atexit(self, value):  #@620
        info = self._registry.get(self)  #@621
        if info:  #@622
            info.atexit = bool(value)  #@623

    def __repr__(self):  #@625
        info = self._registry.get(self)  #@626
        obj = info and info.weakref()  #@627
        if obj is None:  #@628
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))  #@629
        else:  #@630
            return '<%s object at %#x; for %r at %#x>' % \\
                (type(self).__name__, id(self), type(obj).__name__, id(obj))  #@632

    @classmethod  #@634
    def _select_for_exit(cls):  #@635
        L = [(f,i) for (f,i) in cls._registry.items() if i.atexit]  #@637
        L.sort(key=lambda item:item[1].index)  #@638
        return [f for (f,i) in L]  #@639

    @classmethod  #@641
    def _exitfunc(cls):  #@642
        try:  #@647
            if cls._registry:  #@648
                pending = None  #@653
                while True:  #@654
                    if pending is None or finalize._dirty:  #@655
                        pending = cls._select_for_exit()  #@656
                        finalize._dirty = False  #@657
                    if not pending:  #@658
                        break  #@659
                    f = pending.pop()  #@660
                    f()  #@666
        finally:  #@670
            finalize._shutdown = True  #@672
class WeakSet:
    def __init__(self, data=None):
        self.data = set()
        def _remove(item, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self.data.discard(item)
        self._remove = _remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for itemref in list(self.data):
            item = itemref()
            if item is not None:
                yield item

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return repr(self.data)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)


`);
