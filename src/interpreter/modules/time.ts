/**
 * The `time` module (Modules/timemodule.c) on the simulated clock (see clock.ts): time,
 * time_ns, perf_counter(_ns), monotonic(_ns), process_time(_ns), sleep — and, written in
 * Python, struct_time, gmtime/localtime (the simulated machine runs in UTC), mktime,
 * strftime, asctime, ctime.
 */
import { PyObject } from '../objects/object';
import { defineFunction, parseArgs } from '../objects/descriptors';
import { newFloat } from '../objects/float';
import { newInt, PyInt } from '../objects/int';
import { PyFloat } from '../objects/float';
import { None } from '../objects/singletons';
import { typeError, valueError } from '../objects/errors';
import { registerPyModule, setStr } from './pymodule';
import { elapsedNs, sleepNs, wallNs } from './clock';
import type { PyModule } from '../objects/module';

const PERF_BASE = 4_518_203_117_000n; // perf_counter's arbitrary origin (~75 minutes of uptime), ns

function seconds(ns: bigint): PyObject {
  return newFloat(Number(ns) / 1e9);
}

function fillNative(m: PyModule): void {
  const d = m.md;
  defineFunction(d, 'time', () => seconds(wallNs()));
  defineFunction(d, 'time_ns', () => newInt(wallNs()));
  for (const name of ['perf_counter', 'monotonic']) {
    defineFunction(d, name, () => seconds(PERF_BASE + elapsedNs()));
    defineFunction(d, `${name}_ns`, () => newInt(PERF_BASE + elapsedNs()));
  }
  defineFunction(d, 'process_time', () => seconds(30_000_000n + elapsedNs()));
  defineFunction(d, 'process_time_ns', () => newInt(30_000_000n + elapsedNs()));
  defineFunction(d, 'thread_time', () => seconds(30_000_000n + elapsedNs()));
  defineFunction(d, 'sleep', (_s, args, kw) => {
    parseArgs('sleep', args, kw, ['secs'], 1, 1, 1);
    const v = args[0];
    let secs: number;
    if (v instanceof PyFloat) secs = v.value;
    else if (v instanceof PyInt) secs = Number(v.value);
    else throw typeError(`'${v.type.name}' object cannot be interpreted as an integer`);
    if (secs < 0) throw valueError('sleep length must be non-negative');
    sleepNs(BigInt(Math.round(secs * 1e9)));
    return None;
  });
  setStr(m, '_tzname', 'UTC');
}

const SOURCE = String.raw`
timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')

from _simlib import untracked as _untracked

class struct_time(tuple):
    # a C struct sequence in CPython: no __dict__, 24 + 8 per visible field (getsizeof 112)
    __slots__ = ()
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    _names = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
              'tm_wday', 'tm_yday', 'tm_isdst')

    def __new__(cls, seq, zone='UTC', gmtoff=0):
        self = tuple.__new__(cls, tuple(seq)[:9])
        if len(self) != 9:
            raise TypeError('time.struct_time() takes a 9-sequence (%d-sequence given)' % len(self))
        return self

    def __repr__(self):
        parts = ['%s=%r' % (n, v) for n, v in zip(self._names, self)]
        return 'time.struct_time(' + ', '.join(parts) + ')'

    def __reduce__(self):
        return (struct_time, (tuple(self),))

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: 'UTC')
    tm_gmtoff = property(lambda self: 0)

struct_time.__module__ = 'time'

def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400

def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

def _days_before_month(y, m):
    n = 0
    for i in range(m - 1):
        n += _DAYS_IN_MONTH[i]
    if m > 2 and _is_leap(y):
        n += 1
    return n

_EPOCH_ORD = _days_before_year(1970) + 1

def gmtime(secs=None):
    if secs is None:
        secs = time()
    secs = int(secs // 1) if isinstance(secs, float) else int(secs)
    days, rem = divmod(secs, 86400)
    hour, rem = divmod(rem, 3600)
    minute, sec = divmod(rem, 60)
    n = days + _EPOCH_ORD - 1
    # proleptic Gregorian ordinal (0-based) -> year, month, day
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        year -= 1
        yday = 365
    else:
        yday = n
    month = 1
    rest = yday
    while True:
        dim = _DAYS_IN_MONTH[month - 1] + (1 if month == 2 and _is_leap(year) else 0)
        if rest < dim:
            break
        rest -= dim
        month += 1
    wday = (days + 3) % 7
    # made by C code in CPython (PyStructSequence_New): not tracked by the collector
    return _untracked(struct_time((year, month, rest + 1, hour, minute, sec, wday, yday + 1, 0)))

def localtime(secs=None):
    return gmtime(secs)

def mktime(t):
    y, mo, d, h, mi, s = t[0], t[1], t[2], t[3], t[4], t[5]
    days = _days_before_year(y) + _days_before_month(y, mo) + d - _EPOCH_ORD
    return float(days * 86400 + h * 3600 + mi * 60 + s)

_DAY_NAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTH_NAMES = ('January', 'February', 'March', 'April', 'May', 'June', 'July',
                'August', 'September', 'October', 'November', 'December')

def strftime(format, t=None):
    if t is None:
        t = localtime()
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        f = format[i + 1]
        i += 2
        if f == 'Y': out.append('%d' % t[0])
        elif f == 'y': out.append('%02d' % (t[0] % 100))
        elif f == 'm': out.append('%02d' % t[1])
        elif f == 'd': out.append('%02d' % t[2])
        elif f == 'H': out.append('%02d' % t[3])
        elif f == 'I': out.append('%02d' % ((t[3] + 11) % 12 + 1))
        elif f == 'M': out.append('%02d' % t[4])
        elif f == 'S': out.append('%02d' % t[5])
        elif f == 'p': out.append('AM' if t[3] < 12 else 'PM')
        elif f == 'a': out.append(_DAY_NAMES[t[6]][:3])
        elif f == 'A': out.append(_DAY_NAMES[t[6]])
        elif f == 'b' or f == 'h': out.append(_MONTH_NAMES[t[1] - 1][:3])
        elif f == 'B': out.append(_MONTH_NAMES[t[1] - 1])
        elif f == 'j': out.append('%03d' % t[7])
        elif f == 'w': out.append('%d' % ((t[6] + 1) % 7))
        elif f == 'u': out.append('%d' % (t[6] + 1))
        elif f == 'Z': out.append('UTC')
        elif f == 'z': out.append('+0000')
        elif f == 'e': out.append('%2d' % t[2])
        elif f == 'F': out.append('%d-%02d-%02d' % (t[0], t[1], t[2]))
        elif f == 'T': out.append('%02d:%02d:%02d' % (t[3], t[4], t[5]))
        elif f == 'D': out.append('%02d/%02d/%02d' % (t[1], t[2], t[0] % 100))
        elif f == 'c': out.append(asctime(t))
        elif f == 'x': out.append('%02d/%02d/%02d' % (t[1], t[2], t[0] % 100))
        elif f == 'X': out.append('%02d:%02d:%02d' % (t[3], t[4], t[5]))
        elif f == 'n': out.append('\n')
        elif f == 't': out.append('\t')
        elif f == '%': out.append('%')
        else: out.append('%' + f)
    return ''.join(out)

def asctime(t=None):
    if t is None:
        t = localtime()
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAY_NAMES[t[6]][:3], _MONTH_NAMES[t[1] - 1][:3],
                                            t[2], t[3], t[4], t[5], t[0])

def ctime(secs=None):
    return asctime(localtime(secs))

del _tzname
`;

registerPyModule('time', SOURCE, fillNative, { builtin: true });
