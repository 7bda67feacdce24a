/**
 * CPython's C-stack recursion guard (3.12: `Py_EnterRecursiveCall` / `Py_LeaveRecursiveCall`,
 * Include/internal/pycore_ceval.h and Python/ceval.c `_Py_CheckRecursiveCall`).
 *
 * Independently of the Python frame limit (`sys.setrecursionlimit`, counted by the VM), CPython
 * 3.12 counts native re-entry in `tstate->c_recursion_remaining`, starting at
 * Py_C_RECURSION_LIMIT = 1500 (release builds on x86-64 Linux). Every `repr()`/`str()` of an
 * object, every rich comparison, every call of a METH_O/METH_VARARGS builtin, the JSON encoder's
 * containers … take one unit while they run; entering the evaluation loop from C (a `__repr__`
 * written in Python, called by `repr()`) takes two (PY_EVAL_C_STACK_UNITS). When no unit is
 * left the operation raises `RecursionError: maximum recursion depth exceeded<where>`.
 *
 * Measured on CPython 3.12.1 at module level: `repr()` of a list nested 1496 deep works and 1497
 * fails; a chain of objects whose `__repr__` calls `repr(self.child)` fails after 374 links
 * (4 units a link: builtin call, PyObject_Repr, evaluation loop). Modelling the same budget keeps
 * our own (recursive) JavaScript for these operations far from the host's stack limit.
 */
import { recursionError } from './errors';

export const C_RECURSION_LIMIT = 1500;

export const cRecursion = {
  remaining: C_RECURSION_LIMIT,
  /** > 0 while the RecursionError itself is being built (CPython's recursion_headroom). */
  headroom: 0,
};

/**
 * Take one unit; throws RecursionError (with the unit given back) when none is left. On success
 * the caller gives the unit back however it leaves: `cRecursion.remaining++` in a `finally`
 * (inline, not a call, so that it still runs when the host stack is nearly exhausted).
 */
export function enterRecursiveCall(where: string): void {
  if (cRecursion.remaining-- > 0) return;
  if (cRecursion.headroom > 0) {
    // overflowing while reporting an overflow: CPython allows 50 more units, then gives up
    if (cRecursion.remaining >= -50) return;
  }
  cRecursion.remaining++;
  cRecursion.headroom++;
  try {
    throw recursionError(`maximum recursion depth exceeded${where}`);
  } finally {
    cRecursion.headroom--;
  }
}

/** Reset at the start of a program (a fresh thread state). */
export function resetRecursionGuard(): void {
  cRecursion.remaining = C_RECURSION_LIMIT;
  cRecursion.headroom = 0;
}
