/**
 * `repr(float)` / `str(float)` exactly as CPython 3.12 (float_repr_style 'short').
 *
 * Model: CPython calls `PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0)`: the
 * shortest digit string that round-trips (dtoa mode 0), printed in fixed notation
 * when 1e-4 <= |x| < 1e16 (with '.0' appended to integers) and in exponent
 * notation otherwise, with a signed exponent of at least two digits
 * (`1e+16`, `1e-05`, `1.5e+300`). Special values: `inf`, `-inf`, `nan`, `-0.0`.
 *
 * ECMAScript's Number::toString produces the same shortest digits (same
 * tie-breaking), and also uses fixed notation inside [1e-4, 1e16), so that range
 * is a fast path; everything else goes through the generic `doubleToString`.
 */

import { doubleToString } from './dtoa';

export function floatRepr(x: number): string {
  const a = x < 0 ? -x : x;
  if (a >= 1e-4 && a < 1e16) {
    const s = String(x);
    return Number.isInteger(x) ? s + '.0' : s;
  }
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  if (x !== x) return 'nan';
  return doubleToString(x, 'r', 0, { addDot0: true });
}

/** `str(float)` — identical to repr in Python 3. */
export const floatStr = floatRepr;
