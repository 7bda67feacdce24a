/**
 * PyErr_WriteUnraisable / _PyErr_WriteUnraisableMsg with the default sys.unraisablehook
 * (Python/errors.c write_unraisable_exc_file): exceptions that cannot propagate (raised in
 * `__del__`, weakref callbacks, gc callbacks) are printed to stderr and execution continues:
 *
 *     Exception ignored in: <function C.__del__ at 0x…>
 *     Traceback (most recent call last):
 *       File "…", line 3, in __del__
 *     ZeroDivisionError: division by zero
 */
import { PyObject, decref } from '../objects/object';
import { reprText } from '../objects/abstract';
import { PyThrown } from '../objects/errors';
import { PyBaseException } from '../objects/exceptions';
import { rt } from '../vm/state';
import { formatTraceback, formatExceptionOnly } from '../vm/traceback-print';
import type { PyTraceback } from '../vm/frameobject';
import { isNativeCode } from '../vm/native-frames';
import { vmHooks } from '../vm/hooks';

/** Print `exc` as unraisable; `obj` is what it happened in; `msg` replaces "in" (e.g. "in tp_clear of"). Consumes `exc`. */
export function writeUnraisable(exc: PyObject, obj: PyObject | null, msg: string | null = null): void {
  let out = '';
  const head = msg === null ? 'Exception ignored in' : `Exception ignored ${msg}`;
  if (obj !== null) {
    let r: string;
    try {
      r = reprText(obj);
    } catch (e) {
      if (!(e instanceof PyThrown)) throw e;
      decref(e.exc);
      r = `<object repr() failed>`;
    }
    out += `${head}: ${r}\n`;
  } else if (msg !== null) {
    out += `${head}\n`;
  }
  if (exc instanceof PyBaseException && exc.traceback === null) {
    // an exception raised by C code (gen_close's "generator ignored GeneratorExit" …) has no
    // traceback: _PyErr_WriteUnraisableMsg gives it one entry for the current Python frame
    let f = rt.frame;
    while (f !== null && isNativeCode(f.code)) f = f.back;
    if (f !== null) vmHooks.tracebackHere(exc, f);
  }
  const tb = exc instanceof PyBaseException ? (exc.traceback as PyTraceback | null) : null;
  if (tb !== null) {
    out += 'Traceback (most recent call last):\n';
    out += formatTraceback(tb);
  }
  out += formatExceptionOnly(exc);
  rt.stderr.write(out);
  decref(exc);
}
