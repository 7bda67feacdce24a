/**
 * `datetime` in Python (CPython's Lib/_pydatetime.py behaviour; the C `_datetime` has the same
 * reprs): timedelta, date, time, datetime, timezone.utc; now()/today() read the simulated
 * clock (see clock.ts), in UTC like the simulated machine.
 */
import { registerPyModule } from './pymodule';

registerPyModule(
  'datetime',
  String.raw`
import time as _time
from _simlib import c_layout as _c_layout

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
del _dbm, _dim

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400

def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]

def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))

def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day

_DI400Y = _days_before_year(401)
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)

def _ord2ymd(n):
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FULLMONTHNAMES = [None, "January", "February", "March", "April", "May", "June", "July",
                   "August", "September", "October", "November", "December"]
_DAYNAMES = [None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULLDAYNAMES = [None, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

def _check_date_fields(year, month, day):
    for v in (year, month, day):
        if not isinstance(v, int):
            raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'year {year} is out of range')
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    dim = _days_in_month(year, month)
    if not 1 <= day <= dim:
        raise ValueError('day is out of range for month')

def _check_time_fields(hour, minute, second, microsecond):
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')

def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


class timedelta:
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        total = (days * 86400 + seconds + minutes * 60 + hours * 3600 + weeks * 604800) * 1000000 \
            + microseconds + milliseconds * 1000
        if isinstance(total, float):
            total = round(total)
        d, rem = divmod(total, 86400 * 1000000)
        s, us = divmod(rem, 1000000)
        if abs(d) > 999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999' % d)
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return '%s.%s(%s)' % ('datetime', type(self).__qualname__, ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            def plural(n):
                return n, abs(n) != 1 and 's' or ''
            s = ('%d day%s, ' % plural(self._days)) + s
        if self._microseconds:
            s = s + '.%06d' % self._microseconds
        return s

    def total_seconds(self):
        return self._us() / 10**6

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta(microseconds=-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta(microseconds=self._us() * other)
        if isinstance(other, float):
            return timedelta(microseconds=round(self._us() * other))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta(microseconds=self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, (int, float)):
            return timedelta(microseconds=round(self._us() / other))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() % other._us())
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

_c_layout(timedelta, 40)  # C: not a GC type, its struct's size

timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


def _format_time(fmt, y, mo, d, hh, mi, ss, us, wd, yd, tzname='', utcoffset=''):
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != '%' or i + 1 == n:
            out.append(ch)
            i += 1
            continue
        f = fmt[i + 1]
        i += 2
        if f == 'Y': out.append('%d' % y if y >= 1000 else '%04d' % y)
        elif f == 'y': out.append('%02d' % (y % 100))
        elif f == 'm': out.append('%02d' % mo)
        elif f == 'd': out.append('%02d' % d)
        elif f == 'H': out.append('%02d' % hh)
        elif f == 'I': out.append('%02d' % ((hh + 11) % 12 + 1))
        elif f == 'M': out.append('%02d' % mi)
        elif f == 'S': out.append('%02d' % ss)
        elif f == 'f': out.append('%06d' % us)
        elif f == 'p': out.append('AM' if hh < 12 else 'PM')
        elif f == 'a': out.append(_DAYNAMES[wd + 1])
        elif f == 'A': out.append(_FULLDAYNAMES[wd + 1])
        elif f == 'b' or f == 'h': out.append(_MONTHNAMES[mo])
        elif f == 'B': out.append(_FULLMONTHNAMES[mo])
        elif f == 'j': out.append('%03d' % yd)
        elif f == 'w': out.append('%d' % ((wd + 1) % 7))
        elif f == 'u': out.append('%d' % (wd + 1))
        elif f == 'Z': out.append(tzname)
        elif f == 'z': out.append(utcoffset)
        elif f == 'e': out.append('%2d' % d)
        elif f == 'F': out.append('%04d-%02d-%02d' % (y, mo, d))
        elif f == 'T': out.append('%02d:%02d:%02d' % (hh, mi, ss))
        elif f == 'D': out.append('%02d/%02d/%02d' % (mo, d, y % 100))
        elif f == 'c': out.append('%s %s %2d %02d:%02d:%02d %04d' % (_DAYNAMES[wd + 1], _MONTHNAMES[mo], d, hh, mi, ss, y))
        elif f == 'x': out.append('%02d/%02d/%02d' % (mo, d, y % 100))
        elif f == 'X': out.append('%02d:%02d:%02d' % (hh, mi, ss))
        elif f == '%': out.append('%')
        else: out.append('%' + f)
    return ''.join(out)


def _parse(string, fmt):
    vals = {'Y': 1900, 'm': 1, 'd': 1, 'H': 0, 'M': 0, 'S': 0, 'f': 0}
    pm = None
    i = 0
    j = 0
    n = len(fmt)
    def fail():
        raise ValueError(f"time data {string!r} does not match format {fmt!r}")
    while i < n:
        ch = fmt[i]
        if ch == '%' and i + 1 < n:
            f = fmt[i + 1]
            i += 2
            if f in 'YmdHMSfyIj':
                width = {'Y': 4, 'f': 6, 'j': 3}.get(f, 2)
                k = j
                while k < len(string) and k - j < width and string[k].isdigit():
                    k += 1
                if k == j:
                    fail()
                v = int(string[j:k])
                if f == 'y':
                    vals['Y'] = v + (2000 if v < 69 else 1900)
                elif f == 'I':
                    vals['H'] = v
                elif f == 'f':
                    vals['f'] = int(string[j:k].ljust(6, '0'))
                else:
                    vals[f] = v
                j = k
            elif f in 'bBaA':
                names = {'b': _MONTHNAMES, 'B': _FULLMONTHNAMES, 'a': _DAYNAMES, 'A': _FULLDAYNAMES}[f]
                for idx in range(1, len(names)):
                    nm = names[idx]
                    if string[j:j + len(nm)].lower() == nm.lower():
                        if f in 'bB':
                            vals['m'] = idx
                        j += len(nm)
                        break
                else:
                    fail()
            elif f == 'p':
                t = string[j:j + 2].upper()
                if t not in ('AM', 'PM'):
                    fail()
                pm = t == 'PM'
                j += 2
            elif f == '%':
                if string[j:j + 1] != '%':
                    fail()
                j += 1
            else:
                raise ValueError(f"'{f}' is a bad directive in format '%{f}'")
        else:
            if ch.isspace():
                while j < len(string) and string[j].isspace():
                    j += 1
                i += 1
                continue
            if j >= len(string) or string[j] != ch:
                fail()
            i += 1
            j += 1
    if j != len(string):
        raise ValueError('unconverted data remains: %s' % string[j:])
    if pm is not None:
        h = vals['H'] % 12
        vals['H'] = h + 12 if pm else h
    return vals



class IsoCalendarDate(tuple):
    # a tuple subclass in C (3.9+): named fields, repr with the module's name
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % self

    def __reduce__(self):
        return (tuple, (tuple(self),))


class date:
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, weekday, jday, dst = _time.gmtime(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            y, m, d = date_string[:10].split('-')
            return cls(int(y), int(m), int(d))
        except Exception:
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    def __repr__(self):
        return '%s.%s(%d, %d, %d)' % ('datetime', type(self).__qualname__,
                                      self._year, self._month, self._day)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (_DAYNAMES[weekday], _MONTHNAMES[self._month],
                                            self._day, self._year)

    def strftime(self, fmt):
        return _format_time(fmt, self._year, self._month, self._day, 0, 0, 0, 0,
                            self.weekday(), self.toordinal() - _ymd2ord(self._year, 1, 1) + 1)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                                  self.toordinal() - _ymd2ord(self._year, 1, 1) + 1, -1))

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        week1monday = _isoweek1monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - week1monday, 7)
        if week < 0:
            year -= 1
            week1monday = _isoweek1monday(year)
            week, day = divmod(today - week1monday, 7)
        elif week >= 52:
            if today >= _isoweek1monday(year + 1):
                year += 1
                week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= 3652059:
                return type(self).fromordinal(o)
            raise OverflowError('result out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


_c_layout(date, 32)  # C: not a GC type, its struct's size

def _isoweek1monday(year):
    THURSDAY = 3
    firstday = _ymd2ord(year, 1, 1)
    firstweekday = (firstday + 6) % 7
    week1monday = firstday - firstweekday
    if firstweekday > THURSDAY:
        week1monday += 7
    return week1monday


class tzinfo:
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")


_c_layout(tzinfo, 16)  # C: not a GC type, its struct's size

class timezone(tzinfo):
    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=None):
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        return self._offset_str('UTC')

    def _offset_str(self, prefix):
        td = self._offset
        if not td:
            return 'UTC'
        sign = '-' if td.days < 0 else '+'
        td = abs(td)
        hh, rest = divmod(td.seconds + td.days * 86400, 3600)
        mm = rest // 60
        return '%s%s%02d:%02d' % (prefix, sign, hh, mm)

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return 'datetime.timezone(%r)' % (self._offset,)
        return 'datetime.timezone(%r, %r)' % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

_c_layout(timezone, 32)  # C: not a GC type, its struct's size

timezone.utc = timezone(timedelta(0))
UTC = timezone.utc


class time:
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        _check_time_fields(hour, minute, second, microsecond)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)

    def __repr__(self):
        if self._microsecond != 0:
            s = ', %d, %d' % (self._second, self._microsecond)
        elif self._second != 0:
            s = ', %d' % self._second
        else:
            s = ''
        return '%s.%s(%d, %d%s)' % ('datetime', type(self).__qualname__, self._hour, self._minute, s)

    def isoformat(self, timespec='auto'):
        s = '%02d:%02d:%02d' % (self._hour, self._minute, self._second)
        if self._microsecond:
            s += '.%06d' % self._microsecond
        return s

    __str__ = isoformat

    def strftime(self, fmt):
        return _format_time(fmt, 1900, 1, 1, self._hour, self._minute, self._second,
                            self._microsecond, 0, 1)

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._key() < other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())


_c_layout(time, 40)  # C: not a GC type, its struct's size

class datetime(date):
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        _check_date_fields(year, month, day)
        _check_time_fields(hour, minute, second, microsecond)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        frac, t = (t % 1.0, int(t // 1)) if isinstance(t, float) else (0.0, t)
        us = round(frac * 1e6)
        if us >= 1000000:
            t += 1
            us -= 1000000
        y, m, d, hh, mm, ss, weekday, jday, dst = _time.gmtime(t)
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        import warnings
        warnings.warn("datetime.datetime.utcfromtimestamp() is deprecated and scheduled for "
                      "removal in a future version. Use timezone-aware objects to represent "
                      "datetimes in UTC: datetime.datetime.fromtimestamp(timestamp, datetime.UTC).",
                      DeprecationWarning, stacklevel=2)
        return cls.fromtimestamp(t)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        import warnings
        warnings.warn("datetime.datetime.utcnow() is deprecated and scheduled for removal in a "
                      "future version. Use timezone-aware objects to represent datetimes in UTC: "
                      "datetime.datetime.now(datetime.UTC).", DeprecationWarning, stacklevel=2)
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo)

    @classmethod
    def strptime(cls, date_string, format):
        v = _parse(date_string, format)
        return cls(v['Y'], v['m'], v['d'], v['H'], v['M'], v['S'], v['f'])

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            y, m, d = date_string[:10].split('-')
            rest = date_string[11:]
            hh = mm = ss = us = 0
            if rest:
                parts = rest.split(':')
                hh = int(parts[0])
                mm = int(parts[1]) if len(parts) > 1 else 0
                if len(parts) > 2:
                    sec = parts[2]
                    if '.' in sec:
                        sec, frac = sec.split('.')
                        us = int(frac.ljust(6, '0')[:6])
                    ss = int(sec)
            return cls(int(y), int(m), int(d), hh, mm, ss, us)
        except Exception:
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None

    def timestamp(self):
        days = self.toordinal() - _ymd2ord(1970, 1, 1)
        return days * 86400 + self._hour * 3600 + self._minute * 60 + self._second + self._microsecond / 1e6

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, self.weekday(),
                                  self.toordinal() - _ymd2ord(self._year, 1, 1) + 1, -1))

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.utcoffset(self)

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        offset = self.utcoffset() or timedelta(0)
        utc = (self - offset).replace(tzinfo=None)
        return (utc + tz.utcoffset(None)).replace(tzinfo=tz)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (_DAYNAMES[weekday], _MONTHNAMES[self._month],
                                                  self._day, self._hour, self._minute,
                                                  self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        s = '%04d-%02d-%02d%s%02d:%02d:%02d' % (self._year, self._month, self._day, sep,
                                                self._hour, self._minute, self._second)
        if timespec == 'seconds':
            pass
        elif timespec == 'minutes':
            s = s[:-3]
        elif timespec == 'milliseconds':
            s += '.%03d' % (self._microsecond // 1000)
        elif timespec == 'microseconds' or self._microsecond:
            s += '.%06d' % self._microsecond
        off = self.utcoffset()
        if off is not None:
            s += _fmt_offset(off)
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        L = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        s = '%s.%s(%s)' % ('datetime', type(self).__qualname__, ', '.join(map(str, L)))
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r' % self._tzinfo + ')'
        return s

    def strftime(self, fmt):
        off = self.utcoffset()
        return _format_time(fmt, self._year, self._month, self._day, self._hour, self._minute,
                            self._second, self._microsecond, self.weekday(),
                            self.toordinal() - _ymd2ord(self._year, 1, 1) + 1,
                            self.tzname() or '', _fmt_offset(off).replace(':', '') if off is not None else '')

    def _key(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._key() == other._key()
        if isinstance(other, date):
            return False
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def _total_us(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second)
                * 1000000 + self._microsecond)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._total_us() + other._us()
        days, rem = divmod(total, 86400 * 1000000)
        secs, us = divmod(rem, 1000000)
        hh, rem = divmod(secs, 3600)
        mm, ss = divmod(rem, 60)
        if not 0 < days <= 3652059:
            raise OverflowError('date value out of range')
        y, m, d = _ord2ymd(days)
        return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, datetime):
            return timedelta(microseconds=self._total_us() - other._total_us())
        if isinstance(other, timedelta):
            return self + -other
        return NotImplemented


_c_layout(datetime, 48)  # C: not a GC type, its struct's size

def _fmt_offset(off):
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    hh, rest = divmod(off.seconds, 3600)
    mm = rest // 60
    return '%s%02d:%02d' % (sign, hh, mm)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
`,
  undefined,
  { native: true }, // C in CPython
);
