/**
 * `enum` in Python: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, with the metaclass
 * EnumType (alias EnumMeta) building the members from the class body in definition order.
 * Reprs follow 3.12 (`<Color.RED: 1>`, `Color.RED`, IntEnum's str is the number,
 * `<Perm.R|W: 6>`).
 */
import { registerPyModule } from './pymodule';

registerPyModule(
  'enum',
  String.raw`
__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'auto',
           'unique', 'ReprEnum', 'verify', 'member', 'nonmember']

_auto_null = object()
_nomethod = object()
_unset = object()

# Members' _name_ and _value_. They live here rather than in the member's __dict__ so that
# members of int/str-based enums (whose instances may have no __dict__) work the same way.
_member_data = {}

def _get_field(m, i):
    d = _member_data.get(id(m))
    if d is None or d[i] is _unset:
        raise AttributeError(('_name_', '_value_')[i])
    return d[i]

def _set_field(m, i, v):
    d = _member_data.get(id(m))
    if d is None:
        d = _member_data[id(m)] = [_unset, _unset, m]
    d[i] = v

def _has_value(m):
    d = _member_data.get(id(m))
    return d is not None and d[1] is not _unset


class auto:
    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % self.value


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


_EnumBase = None
ReprEnum_ = None
_class_dict = type.__dict__['__dict__'].__get__


class EnumType(type):
    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        # Lib/enum.py _check_for_existing_members_: an enum with members cannot be subclassed
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and getattr(base, '_member_names_', None):
                    raise TypeError("<enum %r> cannot extend %r" % (cls, base))
        member_names = []
        values = {}
        ns = {}
        for key in list(classdict):
            value = classdict[key]
            if key in ('_ignore_',):
                continue
            if isinstance(value, nonmember):
                ns[key] = value.value
            elif isinstance(value, member):
                member_names.append(key)
                values[key] = value.value
            elif (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                  or _is_descriptor(value) or _EnumBase is None):
                ns[key] = value
            else:
                member_names.append(key)
                values[key] = value
        ns['_member_names_'] = []
        ns['_member_map_'] = {}
        ns['_value2member_map_'] = {}
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        if _EnumBase is None:
            return enum_class
        member_type = _find_data_type(enum_class, bases)
        enum_class._member_type_ = member_type
        # repr/str/format/reduce must be the enum's, not the mixed-in data type's (or object's),
        # unless the class body defines them; ReprEnum keeps the data type's str and format
        first_enum = bases[-1] if bases else Enum_
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name not in classdict:
                enum_method = getattr(first_enum, name, _nomethod)
                found_method = getattr(enum_class, name, _nomethod)
                if enum_method is not _nomethod and (
                        found_method is getattr(member_type, name, _nomethod)
                        or found_method is getattr(object, name, _nomethod)):
                    type.__setattr__(enum_class, name, enum_method)
        if ReprEnum_ is not None and ReprEnum_ in bases:
            if '__format__' not in classdict:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
            if '__str__' not in classdict:
                method = getattr(member_type, '__str__', _nomethod)
                if method is getattr(object, '__str__', _nomethod):
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)
        gen = getattr(enum_class, '_generate_next_value_')
        last_values = []
        for name in member_names:
            value = values[name]
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = gen(name, 1, len(last_values), last_values[:])
                value = value.value
            last_values.append(value)
            args = value if isinstance(value, tuple) else (value,)
            if member_type is object:
                enum_member = object.__new__(enum_class)
            else:
                enum_member = member_type.__new__(enum_class, *args)
            if not _has_value(enum_member):
                if member_type is object:
                    enum_member._value_ = value
                else:
                    try:
                        enum_member._value_ = member_type(*args)
                    except Exception:
                        enum_member._value_ = value
            value = enum_member._value_
            enum_member._name_ = name
            user_init = getattr(enum_class, '__init__')
            if user_init is not object.__init__ and user_init is not getattr(member_type, '__init__', None):
                user_init(enum_member, *args)
            existing = None
            for other in enum_class._member_map_.values():
                if other._value_ == value:
                    existing = other
                    break
            if existing is not None:
                enum_member = existing
            else:
                enum_class._member_names_.append(name)
            enum_class._member_map_[name] = enum_member
            try:
                enum_class._value2member_map_.setdefault(value, enum_member)
            except TypeError:
                pass
            type.__setattr__(enum_class, name, enum_member)
        if member_type is not object and '__new__' not in classdict:
            # lookups by value (Status('ok')) go through Enum.__new__, not the data type's
            type.__setattr__(enum_class, '__new__', _class_dict(Enum_, type)['__new__'])
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return _functional(cls, value, names, module, qualname, type, start)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            return any(m._value_ == value for m in cls._member_map_.values())

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f'{cls.__name__!r} cannot delete member {attr!r}.')
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = getattr(cls, '_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType
Flag = None


def _find_data_type(enum_class, bases):
    for chain in bases:
        for base in chain.__mro__:
            if base is object or base is Enum_ or issubclass(base, Enum_):
                continue
            if base in (int, str, float, bytes, tuple):
                return base
            if '__new__' in type.__dict__['__dict__'].__get__(base, type):
                return base
    return object


def _functional(cls, class_name, names, module, qualname, type_, start):
    if isinstance(names, str):
        names = names.replace(',', ' ').split()
    if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
        names = [(n, i) for i, n in enumerate(names, start)]
    body = {}
    for item in names:
        if isinstance(item, str):
            name, value = item, names[item]
        else:
            name, value = item
        body[name] = value
    bases = (cls,) if type_ is None else (type_, cls)
    new = EnumType.__new__(EnumType, class_name, bases, body)
    new.__module__ = module or '__main__'
    return new


class Enum(metaclass=EnumType):
    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            return sorted(last_values)[-1] + 1
        except TypeError:
            return last_values[-1] + 1

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    _name_ = property(lambda self: _get_field(self, 0), lambda self, v: _set_field(self, 0, v))
    _value_ = property(lambda self: _get_field(self, 1), lambda self, v: _set_field(self, 1, v))

Enum._value_repr_ = None
Enum_ = Enum
_EnumBase = Enum


class ReprEnum(Enum):
    pass

ReprEnum_ = ReprEnum


class IntEnum(int, ReprEnum):
    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)

IntEnum._value_repr_ = int.__repr__


class StrEnum(str, ReprEnum):
    def __new__(cls, *values):
        if len(values) == 1 and type(values[0]) is cls:
            return values[0]
        if len(values) == 1 and isinstance(values[0], str) and hasattr(cls, '_value2member_map_') and values[0] in cls._value2member_map_:
            return cls._value2member_map_[values[0]]
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

StrEnum._value_repr_ = str.__repr__


class Flag(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values)
        return 2 ** (high.bit_length())

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        pseudo = cls._value2member_map_.get(value)
        if pseudo is None:
            if cls._member_type_ is object:
                pseudo = object.__new__(cls)
            else:
                pseudo = cls._member_type_.__new__(cls, value)
            pseudo._value_ = value
            names = [m._name_ for m in cls._iter_bits(value)]
            pseudo._name_ = '|'.join(names) if names else None
            cls._value2member_map_[value] = pseudo
        return pseudo

    @classmethod
    def _iter_bits(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ and m._value_ & value == m._value_ and (m._value_ & (m._value_ - 1)) == 0:
                yield m

    def __iter__(self):
        return iter(list(self.__class__._iter_bits(self._value_)))

    def __len__(self):
        return self._value_.bit_count()

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, v_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        all_bits = 0
        for m in self.__class__._member_map_.values():
            all_bits |= m._value_
        return self.__class__(all_bits & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag):
    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)

IntFlag._value_repr_ = int.__repr__
IntFlag.__or__ = Flag.__or__
IntFlag.__and__ = Flag.__and__
IntFlag.__xor__ = Flag.__xor__
IntFlag.__invert__ = Flag.__invert__
IntFlag.__ror__ = Flag.__or__
IntFlag.__rand__ = Flag.__and__
IntFlag.__rxor__ = Flag.__xor__
IntFlag.__repr__ = Flag.__repr__


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(['%s -> %s' % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


def verify(*checks):
    def decorator(enumeration):
        return enumeration
    return decorator
`,
);
