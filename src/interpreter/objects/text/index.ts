/**
 * Text/number library for the interpreter: CPython 3.12-exact conversions between
 * Python numbers/strings (as plain JS values) and text. Independent of the object
 * model; failures are thrown as `FormatError` (pyType + CPython message).
 *
 *   float-repr     repr()/str() of floats
 *   int-text       str()/int() of ints, float() of strings, int max str digits
 *   format-spec    format(value, spec) for int / float / str
 *   percent-format str % args
 *   float-ops      float arithmetic, round, hex/fromhex, hashes
 *   bigint-ops     int arithmetic with Python semantics
 *   dtoa           digit generation + PyOS_double_to_string
 *   unicode        str repr/ascii and Unicode helpers
 */
export * from './errors';
export * from './float-bits';
export * from './dtoa';
export * from './float-repr';
export * from './int-text';
export * from './format-spec';
export * from './percent-format';
export * from './float-ops';
export * from './bigint-ops';
export * from './unicode';
