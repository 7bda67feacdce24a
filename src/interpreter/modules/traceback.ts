/**
 * `traceback`: print_exc / format_exc / print_exception / format_exception /
 * format_exception_only, extract_tb / format_tb / print_tb, extract_stack / format_stack /
 * print_stack, FrameSummary / StackSummary, walk_tb / walk_stack and a small
 * TracebackException. The text is made by the same code that prints an uncaught exception
 * (vm/traceback-print.ts: chained causes and contexts, source lines with `^^^` / `~~^~~`
 * markers, recursion cut-off, exception groups, notes, "Did you mean"), split into the pieces
 * CPython's functions return. The module imports what CPython's traceback.py imports.
 */
import { PyObject, decref } from '../objects/object';
import { newStr } from '../objects/str';
import { newInt, PyInt } from '../objects/int';
import { newList } from '../objects/list';
import { newTuple } from '../objects/tuple';
import { None } from '../objects/singletons';
import { defineFunction } from '../objects/descriptors';
import { isTrue } from '../objects/abstract';
import { PyBaseException } from '../objects/exceptions';
import { PyTraceback, PyFrameObject } from '../vm/frameobject';
import type { Frame } from '../vm/frame';
import { PyModule } from '../objects/module';
import {
  formatExceptionParts,
  formatExceptionOnly,
  formatEntry,
} from '../vm/traceback-print';
import { registerPyModule } from './pymodule';
import { suggestionStyle } from '../vm/suggestions';

function strList(items: string[]): PyObject {
  return newList(items.map((s) => newStr(s)));
}

function limitArg(o: PyObject | undefined): number | null {
  return o instanceof PyInt ? Number(o.value) : null;
}

interface Entry {
  filename: string;
  lineno: number;
  name: string;
  text: string;
}

function entryTuple(e: Entry): PyObject {
  return newTuple([newStr(e.filename), newInt(e.lineno), newStr(e.name), newStr(e.text)]);
}

function frameEntry(f: Frame, lasti: number, lineno: number, carets = true): Entry {
  return { filename: f.code.filename, lineno, name: f.code.name, text: formatEntry(f.code, lasti, lineno, carets) };
}

function pythonSuggestions<T>(f: () => T, withoutTraceback = false): T {
  const saved = { ...suggestionStyle };
  suggestionStyle.python = true;
  suggestionStyle.withoutTraceback = withoutTraceback;
  try {
    return f();
  } finally {
    Object.assign(suggestionStyle, saved);
  }
}

function fillNative(m: PyModule): void {
  const d = m.md;
  // _format_exception(exc, chain, limit) -> list of str
  defineFunction(d, '_format_exception', (_s, args) =>
    strList(pythonSuggestions(() => formatExceptionParts(args[0], args.length > 1 ? isTrue(args[1]) : true, limitArg(args[2])))),
  );
  // _format_exception_only(exc) -> list of str (one per line)
  defineFunction(d, '_format_exception_only', (_s, args) => {
    const text = pythonSuggestions(() => formatExceptionOnly(args[0]), !(args.length > 1 && isTrue(args[1])));
    return strList(text.match(/[^\n]*\n|[^\n]+$/g) ?? []);
  });
  // _tb_entries(tb) -> [(filename, lineno, name, formatted entry)], oldest first
  defineFunction(d, '_tb_entries', (_s, args) => {
    const out: PyObject[] = [];
    for (let t = args[0] instanceof PyTraceback ? args[0] : null; t !== null; t = t.next) {
      out.push(entryTuple(frameEntry(t.frameObj.frame, t.lasti, t.lineno)));
    }
    return newList(out);
  });
  // _stack_entries(frame) -> the frame and its callers, innermost first
  defineFunction(d, '_stack_entries', (_s, args) => {
    const out: PyObject[] = [];
    for (let f = args[0] instanceof PyFrameObject ? args[0].frame : null; f !== null; f = f.back) {
      // StackSummary.extract knows only line numbers for live frames: no position markers
      out.push(entryTuple(frameEntry(f, f.lasti, f.lineno, false)));
    }
    return newList(out);
  });
  void PyBaseException;
  void decref;
  void None;
}

registerPyModule(
  'traceback',
  String.raw`
import collections.abc
import itertools
import linecache
import sys
import textwrap
import warnings
from contextlib import suppress

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_sentinel = object()
_RECURSIVE_CUTOFF = 3


class FrameSummary:
    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals', '_formatted')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = lineno if end_lineno is None else end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        self._formatted = None
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def _summaries(entries, limit=None, innermost_first=False):
    if innermost_first:
        if limit is not None and limit >= 0:
            entries = entries[:limit]
        entries.reverse()
    elif limit is not None:
        entries = entries[:limit] if limit >= 0 else entries[limit:]
    result = StackSummary()
    for filename, lineno, name, text in entries:
        fs = FrameSummary(filename, lineno, name, lookup_line=False)
        fs._formatted = text
        result.append(fs)
    return result


class StackSummary(list):

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        result = klass()
        for f, lineno in frame_gen:
            result.append(FrameSummary(f.f_code.co_filename, lineno, f.f_code.co_name,
                                       lookup_line=lookup_lines,
                                       locals=f.f_locals if capture_locals else None))
        if limit is not None:
            result[:] = result[:limit] if limit >= 0 else result[limit:]
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        if frame_summary._formatted is not None:
            return frame_summary._formatted
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        result = []
        last_file = last_line = last_name = None
        count = 0
        for fs in self:
            if (last_file is None or last_file != fs.filename or last_line is None
                    or last_line != fs.lineno or last_name is None or last_name != fs.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(f'  [Previous line repeated {count} more '
                                  f'time{"s" if count > 1 else ""}]\n')
                last_file = fs.filename
                last_line = fs.lineno
                last_name = fs.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(self.format_frame_summary(fs))
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(f'  [Previous line repeated {count} more '
                          f'time{"s" if count > 1 else ""}]\n')
        return result


def _value_of(exc, value):
    # print_exception(exc) or the old form print_exception(type, value, tb)
    return exc if value is _sentinel else value


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    return _format_exception(_value_of(exc, value), chain, limit)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in _format_exception(_value_of(exc, value), chain, limit):
        print(line, file=file, end="")


def format_exception_only(exc, /, value=_sentinel):
    return _format_exception_only(_value_of(exc, value))


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_exc") and not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_exc, limit=limit, file=file, chain=chain)


def extract_tb(tb, limit=None):
    return _summaries(_tb_entries(tb), limit)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return _summaries(_stack_entries(f), limit, innermost_first=True)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def walk_stack(f):
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def clear_frames(tb):
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass
        tb = tb.tb_next


class TracebackException:

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        self._exc = exc_value
        self._limit = limit
        self.exc_type = exc_type
        self.stack = extract_tb(exc_traceback, limit=limit)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self._str = str(exc_value) if exc_value is not None else "None"
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg
        cause = getattr(exc_value, '__cause__', None)
        context = getattr(exc_value, '__context__', None)
        self.__cause__ = None if cause is None else TracebackException(
            type(cause), cause, cause.__traceback__, limit=limit)
        self.__context__ = None if context is None else TracebackException(
            type(context), context, context.__traceback__, limit=limit)
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        yield from _format_exception_only(self._exc, bool(self.stack))

    def format(self, *, chain=True, _ctx=None):
        yield from _format_exception(self._exc, chain, self._limit)

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
`,
  fillNative,
);
