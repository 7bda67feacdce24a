/**
 * `csv`: reader / writer (the C module _csv in CPython: fields split on the delimiter, quoted
 * fields with doubled quotes and embedded newlines, the quoting modes, "\r\n" line endings by
 * default), DictReader / DictWriter, dialects (excel, excel-tab, unix) and csv.Error — in
 * Python. The reader/writer parts stand for C code, so their frames stay out of tracebacks.
 */
import { registerPyModule } from './pymodule';

registerPyModule(
  'csv',
  String.raw`
import re
from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "QUOTE_STRINGS",
           "QUOTE_NOTNULL", "Error", "Dialect", "excel", "excel_tab", "field_size_limit",
           "reader", "writer", "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "DictReader", "DictWriter", "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL = range(6)


class Error(Exception):
    pass


Error.__module__ = '_csv'

_dialects = {}
_field_limit = 128 * 1024


class Dialect:
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


class _Params:
    def __init__(self, dialect, **fmtparams):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for name in ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace',
                     'lineterminator', 'quoting', 'strict'):
            v = fmtparams.pop(name, getattr(dialect, name, None))
            setattr(self, name, v)
        if fmtparams:
            name = next(iter(fmtparams))
            raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        if self.delimiter is None:
            self.delimiter = ','
        if not isinstance(self.delimiter, str) or len(self.delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')
        if self.quoting is None:
            self.quoting = QUOTE_MINIMAL
        if self.doublequote is None:
            self.doublequote = True
        if self.lineterminator is None:
            self.lineterminator = '\r\n'
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            self.quotechar = '"' if dialect is None else None
            if self.quotechar is None:
                raise TypeError('quotechar must be set if quoting enabled')


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    d = _Params(dialect if dialect is not None else excel, **fmtparams)
    _dialects[name] = d


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect")


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _field_limit
    old = _field_limit
    if args:
        _field_limit = args[0]
    return old


class _reader:
    def __init__(self, f, dialect='excel', **fmtparams):
        self._it = iter(f)
        self.dialect = _Params(dialect, **fmtparams)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        fields = []
        field = []
        state = 'start'
        quoted = False
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if state == 'inquote' and d.strict:
                    raise Error("unexpected end of data")
                if field or state != 'start' or fields:
                    if state == 'inquote':
                        pass
                    fields.append(self._finish(field, quoted))
                    return fields
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            i = 0
            n = len(line)
            while i < n:
                c = line[i]
                if state == 'start' or state == 'field':
                    if state == 'start' and c == d.quotechar and d.quoting != QUOTE_NONE:
                        state = 'inquote'
                        quoted = True
                    elif c == d.delimiter:
                        fields.append(self._finish(field, quoted))
                        field = []
                        quoted = False
                        state = 'start'
                        if d.skipinitialspace:
                            while i + 1 < n and line[i + 1] == ' ':
                                i += 1
                    elif c == '\n' or c == '\r':
                        if c == '\r' and i + 1 < n and line[i + 1] == '\n':
                            i += 1
                        fields.append(self._finish(field, quoted))
                        return fields if fields != [''] or quoted else []
                    elif c == d.escapechar and i + 1 < n:
                        i += 1
                        field.append(line[i])
                        state = 'field'
                    else:
                        if state == 'start' and c == ' ' and d.skipinitialspace:
                            pass
                        else:
                            field.append(c)
                            state = 'field'
                elif state == 'inquote':
                    if c == d.escapechar and i + 1 < n:
                        i += 1
                        field.append(line[i])
                    elif c == d.quotechar:
                        if d.doublequote and i + 1 < n and line[i + 1] == d.quotechar:
                            field.append(c)
                            i += 1
                        else:
                            state = 'afterquote'
                    else:
                        field.append(c)
                elif state == 'afterquote':
                    if c == d.delimiter:
                        fields.append(self._finish(field, quoted))
                        field = []
                        quoted = False
                        state = 'start'
                    elif c == '\n' or c == '\r':
                        fields.append(self._finish(field, quoted))
                        return fields
                    elif d.strict:
                        raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
                    else:
                        field.append(c)
                        state = 'field'
                i += 1
            if state != 'inquote':
                if state == 'start' and not fields and not quoted:
                    return []
                fields.append(self._finish(field, quoted))
                return fields

    def _finish(self, field, quoted):
        s = ''.join(field)
        if len(s) > _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        if self.dialect.quoting == QUOTE_NONNUMERIC and not quoted and s:
            return float(s)
        return s


def reader(csvfile, dialect='excel', **fmtparams):
    return _reader(csvfile, dialect, **fmtparams)


class _writer:
    def __init__(self, f, dialect='excel', **fmtparams):
        if not hasattr(f, 'write'):
            raise TypeError('argument 1 must have a "write" method')
        self._f = f
        self.dialect = _Params(dialect, **fmtparams)

    def _field(self, v):
        d = self.dialect
        if v is None:
            s = ''
            if d.quoting in (QUOTE_STRINGS, QUOTE_NOTNULL):
                return s
        elif isinstance(v, float):
            s = repr(v)
        else:
            s = str(v)
        q = d.quoting
        if q == QUOTE_ALL or q == QUOTE_NOTNULL and v is not None:
            need = True
        elif q in (QUOTE_NONNUMERIC, QUOTE_STRINGS):
            need = not isinstance(v, (int, float)) or isinstance(v, bool) and False
        elif q == QUOTE_NONE:
            need = False
        else:
            need = (s == '' and False) or any(c in s for c in (d.delimiter, d.quotechar, '\n', '\r')) or (s[:1] == ' ' and False)
        if q == QUOTE_NONE:
            out = []
            for c in s:
                if c in (d.delimiter, d.quotechar, '\n', '\r') and c is not None:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
                out.append(c)
            return ''.join(out)
        if d.quotechar is not None and d.quotechar in s:
            if d.doublequote:
                s = s.replace(d.quotechar, d.quotechar * 2)
            elif d.escapechar is not None:
                s = s.replace(d.quotechar, d.escapechar + d.quotechar)
            else:
                raise Error("need to escape, but no escapechar set")
        if need:
            s = d.quotechar + s + d.quotechar
        return s

    def writerow(self, row):
        try:
            it = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__)
        fields = [self._field(v) for v in it]
        if len(fields) == 1 and fields[0] == '':
            if self.dialect.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            fields = [self.dialect.quotechar * 2]
        line = self.dialect.delimiter.join(fields) + self.dialect.lineterminator
        return self._f.write(line)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect='excel', **fmtparams):
    return _writer(csvfile, dialect, **fmtparams)


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d

    __class_getitem__ = classmethod(type(list[int]))


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

    __class_getitem__ = classmethod(type(list[int]))


class Sniffer:
    def has_header(self, sample):
        rows = list(reader(StringIO(sample)))
        if len(rows) < 2:
            return False
        header, first = rows[0], rows[1]
        def numeric(s):
            try:
                float(s)
                return True
            except ValueError:
                return False
        return any(not numeric(h) and numeric(v) for h, v in zip(header, first))
`,
  undefined,
  { native: ['_reader', '_writer', '_Params', 'reader', 'writer', 'register_dialect', 'get_dialect', 'unregister_dialect', 'field_size_limit'] },
);
