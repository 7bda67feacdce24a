/**
 * The exception being handled, as `sys.exception()`, a bare `raise` and implicit chaining see it
 * (_PyErr_GetTopmostException, Python/errors.c). A running generator has its own state
 * (gi_exc_state, rt.handled while it runs) linked to its caller's: when the generator handles
 * nothing itself, what its caller was handling when it resumed it shows through, and so on
 * outwards. The caller's state is kept in the generator's `callerHandled` while it runs.
 */
import type { PyObject } from '../objects/object';
import { None } from '../objects/singletons';
import type { PyGenerator } from './generator';
import { rt } from './state';

export function topmostHandled(): PyObject | null {
  let h = rt.handled;
  let f = rt.frame;
  while (h === null || h === None) {
    // the innermost running generator's frame: its caller's state is the next link
    while (f !== null && f.generator === null) f = f.back;
    if (f === null) return null;
    h = (f.generator as PyGenerator).callerHandled;
    f = f.back;
  }
  return h;
}
