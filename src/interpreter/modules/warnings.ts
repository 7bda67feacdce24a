/**
 * `warnings`: warn / warn_explicit with the filter list, the per-module `__warningregistry__`
 * and the "once" registry, showwarning / formatwarning (`file:line: Category: message` and the
 * stripped source line, to sys.stderr), filterwarnings / simplefilter / resetwarnings and
 * catch_warnings — written in Python. CPython runs warn in C (_warnings.c), with the same
 * rules: the first matching filter decides; "default" shows a warning once per (text, category,
 * line) of a module, "module" once per module, "once" once per (text, category) overall,
 * "always" every time, "error" raises it; the registry is cleared when the filters change.
 *
 * `warnFromNative` is the VM's PyErr_WarnEx: warnings the interpreter itself issues (a
 * deprecated call form, …) go through the same module.
 */
import { rt } from '../vm/state';
import { PyObject, decref } from '../objects/object';
import { newStr } from '../objects/str';
import { newInt } from '../objects/int';
import { exceptionTypes } from '../objects/exceptions';
import { call, getAttrOrNull } from '../objects/abstract';
import { loadModule } from '../vm/import';
import { registerPyModule, LIB_DIR } from './pymodule';
import { PyStr } from '../objects/str';
import { PyBaseException } from '../objects/exceptions';
import { PyThrown } from '../objects/errors';
import { defineFunction, newBuiltin } from '../objects/descriptors';
import { PyTraceback } from '../vm/frameobject';
import { warnHook } from '../objects/warn-hook';

registerPyModule(
  'warnings',
  String.raw`
import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

# the start-up filters of a release build (no -W options)
filters = [('default', None, DeprecationWarning, '__main__', 0),
           ('ignore', None, DeprecationWarning, None, 0),
           ('ignore', None, PendingDeprecationWarning, None, 0),
           ('ignore', None, ImportWarning, None, 0),
           ('ignore', None, ResourceWarning, None, 0)]
defaultaction = 'default'
onceregistry = {}
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _getline(filename, lineno):
    import linecache
    return linecache.getline(filename, lineno)


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    line = msg.line
    if line is None:
        try:
            line = _getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    if line:
        s += "  %s\n" % line.strip()
    if msg.source is not None:
        import tracemalloc
        tracing = tracemalloc.is_tracing()
        try:
            tb = tracemalloc.get_object_traceback(msg.source)
        except Exception:
            tb = None
        if tb is not None:
            s += 'Object allocated at (most recent call last):\n'
            for frame in tb:
                s += ('  File "%s", lineno %s\n' % (frame.filename, frame.lineno))
                try:
                    line = _getline(frame.filename, frame.lineno)
                except Exception:
                    line = None
                if line:
                    s += '    %s\n' % line.strip()
        elif not tracing:
            s += (f'{category}: Enable tracemalloc to get the object '
                  f'allocation traceback\n')
    return s


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    sw = showwarning
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    fw = formatwarning
    if fw is not _formatwarning_orig:
        return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def _check_action(action):
    if action not in ("error", "ignore", "always", "default", "module", "once"):
        raise AssertionError("invalid action: %r" % (action,))


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    _check_action(action)
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    if message or module:
        import re
    message = re.compile(message, re.I) if message else None
    module = re.compile(module) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    _check_action(action)
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    filters[:] = []
    _filters_mutated()


def _matches(pattern, text):
    # the start-up filters hold plain module names; filterwarnings() stores compiled patterns
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return bool(pattern.match(text))


def _py_warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'".format(type(category).__name__))
    try:
        frame = sys._getframe(stacklevel) if stacklevel > 0 else sys._getframe(1)
    except ValueError:
        # no frame: what _warnings.c's setup_context (the C warn CPython uses) reports
        globals = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals.get('__name__', '<string>')
    registry = globals.setdefault("__warningregistry__", {})
    _py_warn_explicit(message, category, filename, lineno, module, registry, globals, source)


def _py_warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if ((msg is None or msg.match(text)) and issubclass(category, cat)
                and _matches(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "error":
        raise message
    if action == "ignore":
        return
    if action != "always":
        registry[key] = True
        if action == "once":
            oncekey = (text, category)
            if onceregistry.get(oncekey):
                return
            onceregistry[oncekey] = True
        elif action == "module":
            altkey = (text, category, 0)
            if registry.get(altkey):
                return
            registry[altkey] = True
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %r" % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


# warn and warn_explicit are C functions in CPython: their own frames are not in tracebacks
warn = _c_function(_py_warn, 'warn')
warn_explicit = _c_function(_py_warn_explicit, 'warn_explicit')
del _c_function


class WarningMessage(object):
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


class catch_warnings(object):
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            self._module.showwarning = self._module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl
`,
  (m) => {
    // _c_function(f, name): a built-in function that calls f; an exception f raises leaves
    // without the traceback entries of this module's frames (CPython's warn is written in C)
    defineFunction(m.md, '_c_function', (_s, args) => {
      const [impl, nameObj] = args;
      const name = nameObj instanceof PyStr ? nameObj.value : 'warn';
      // the implementation is the built-in's `self` (it holds the reference)
      const b = newBuiltin(name, (self, a, kw) => {
        try {
          return call(self!, a, kw);
        } catch (e) {
          if (e instanceof PyThrown) dropOwnEntries(e.exc);
          throw e;
        }
      }, impl);
      b.moduleName = 'warnings';
      return b;
    });
  },
);

function dropOwnEntries(exc: PyObject): void {
  if (!(exc instanceof PyBaseException)) return;
  const head = exc.traceback;
  let t = head instanceof PyTraceback ? head : null;
  while (t !== null && t.frameObj.frame.code.filename === WARNINGS_FILE) t = t.next;
  if (t === head) return;
  if (t !== null) t.rc++;
  exc.traceback = t;
  if (head !== null) decref(head);
}

const WARNINGS_FILE = `${LIB_DIR}/warnings.py`;

/**
 * PyErr_WarnEx for the interpreter's own warnings: `warnings.warn(message, category,
 * stacklevel)` as if called from the running Python frame (stacklevel 1 = that frame).
 * Raises (PyThrown) when a filter turns the warning into an error.
 */
export function warnFromNative(category: string, message: string, stacklevel = 1, source: PyObject | null = null): void {
  if (rt.finalizing && rt.modules.getStr('warnings') === null) {
    // late in shutdown, with sys.modules cleared: no frame, no module to import — what the C
    // warnings code prints then (setup_context's "sys", line 1)
    let text = `sys:1: ${category}: ${message}\n`;
    if (source !== null) text += `${category}: Enable tracemalloc to get the object allocation traceback\n`;
    rt.stderr.write(text);
    return;
  }
  const mod = loadModule('warnings');
  try {
    const warn = getAttrOrNull(mod, 'warn');
    if (warn === null) return;
    const args: PyObject[] = [newStr(message), exceptionTypes[category], newInt(stacklevel)];
    exceptionTypes[category].rc++;
    if (source !== null) {
      source.rc++;
      args.push(source);
    }
    try {
      decref(call(warn, args));
    } finally {
      for (const a of args) decref(a);
      decref(warn);
    }
  } finally {
    decref(mod);
  }
}

warnHook.warn = warnFromNative;
