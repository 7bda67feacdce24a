/**
 * The abstract object protocols (CPython's Objects/abstract.c and object.c): the operations the
 * VM and native code perform on *any* object — attribute access, calls, operators, comparison,
 * hashing, truth, iteration, item access, repr/str — each dispatching through the type's slots.
 * All results are new references; arguments are borrowed.
 */
import { PyObject, decref } from './object';
import { PyType, NB, TypeSlots } from './typeobject';
import { typeError, attributeError, raise, exceptionFactory } from './errors';
import { None, NotImplemented } from './singletons';
import { True, False, newBool } from './int';
import { PyStr, internStr } from './str';
import { strType } from './core-types';
import { enterRecursiveCall, cRecursion } from './recursion-guard';

export const typeName = (o: PyObject): string => o.type.name;

// ------------------------------------------------------------------ repr / str
export function repr(o: PyObject): PyStr {
  const f = o.type.slots.repr;
  if (f === undefined) throw typeError(`object of type '${o.type.name}' has no repr`);
  enterRecursiveCall(' while getting the repr of an object');
  let r: PyObject;
  try {
    r = f(o);
  } finally {
    cRecursion.remaining++;
  }
  if (!(r.type.isSubtypeOf(strType))) {
    decref(r);
    throw typeError(`__repr__ returned non-string (type ${r.type.name})`);
  }
  return r as PyStr;
}

export function str(o: PyObject): PyStr {
  if (o.type === strType) {
    o.rc++;
    return o as PyStr;
  }
  // types without their own __str__ inherit object_str, which calls tp_repr directly (no second unit)
  const f = o.type.slots.str ?? o.type.slots.repr!;
  enterRecursiveCall(' while getting the str of an object');
  let r: PyObject;
  try {
    r = f(o);
  } finally {
    cRecursion.remaining++;
  }
  if (!(r.type.isSubtypeOf(strType))) {
    decref(r);
    throw typeError(`__str__ returned non-string (type ${r.type.name})`);
  }
  return r as PyStr;
}

/** repr(o) as a JS string. */
export function reprText(o: PyObject): string {
  const r = repr(o);
  const s = r.value;
  decref(r);
  return s;
}

export function strText(o: PyObject): string {
  const r = str(o);
  const s = r.value;
  decref(r);
  return s;
}

// ------------------------------------------------------------------ hash / truth / compare
export function hashOf(o: PyObject): number {
  const f = o.type.slots.hash;
  if (!f) throw typeError(`unhashable type: '${o.type.name}'`);
  return f(o);
}

export function isTrue(o: PyObject): boolean {
  if (o === True) return true;
  if (o === False || o === None) return false;
  const s = o.type.slots;
  if (s.bool) return s.bool(o);
  if (s.len) return s.len(o) !== 0;
  return true;
}

const swapped = [4, 5, 2, 3, 0, 1]; // LT<->GT, LE<->GE
const opSymbols = ['<', '<=', '==', '!=', '>', '>='];

/** do_richcompare: reflected first when b's type is a subclass of a's that overrides it. */
export function richCompare(a: PyObject, b: PyObject, op: number): PyObject {
  enterRecursiveCall(' in comparison');
  try {
    return doRichCompare(a, b, op);
  } finally {
    cRecursion.remaining++;
  }
}

function doRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  const ta = a.type;
  const tb = b.type;
  let checkedReverse = false;
  if (ta !== tb && tb.isSubtypeOf(ta) && tb.slots.richcompare && tb.slots.richcompare !== ta.slots.richcompare) {
    checkedReverse = true;
    const r = tb.slots.richcompare(b, a, swapped[op]);
    if (r !== NotImplemented) return r;
  }
  if (ta.slots.richcompare) {
    const r = ta.slots.richcompare(a, b, op);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReverse && tb.slots.richcompare) {
    const r = tb.slots.richcompare(b, a, swapped[op]);
    if (r !== NotImplemented) return r;
  }
  if (op === 2) return newBool(a === b);
  if (op === 3) return newBool(a !== b);
  throw typeError(`'${opSymbols[op]}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}

export function richCompareBool(a: PyObject, b: PyObject, op: number): boolean {
  if (a === b) {
    if (op === 2) return true;
    if (op === 3) return false;
  }
  const r = richCompare(a, b, op);
  if (r === True) return true;
  if (r === False) return false;
  const t = isTrue(r);
  decref(r);
  return t;
}

/** a == b with identity shortcut (PyObject_RichCompareBool(a, b, Py_EQ)). */
export function richEq(a: PyObject, b: PyObject): boolean {
  return richCompareBool(a, b, 2);
}

// ------------------------------------------------------------------ numbers
const nbNames: string[] = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^', 'divmod()'];

/** binary_op1: try a's slot, b's reflected slot (first if b's type is a proper subtype). */
export function binaryOp1(a: PyObject, b: PyObject, i: number): PyObject {
  const ta = a.type;
  const tb = b.type;
  const slotv = ta.slots.nbLeft?.[i];
  let slotw = ta !== tb ? tb.slots.nbRight?.[i] : undefined;
  if (slotw === slotv) slotw = undefined;
  if (slotv) {
    if (slotw && tb.isSubtypeOf(ta)) {
      const x = slotw(a, b);
      if (x !== NotImplemented) return x;
      slotw = undefined;
    }
    const x = slotv(a, b);
    if (x !== NotImplemented) return x;
  }
  if (slotw) {
    const x = slotw(a, b);
    if (x !== NotImplemented) return x;
  }
  return NotImplemented;
}

export function binaryOp(a: PyObject, b: PyObject, i: number): PyObject {
  const r = binaryOp1(a, b, i);
  if (r !== NotImplemented) return r;
  throw binopTypeError(a, b, i);
}

export function binopTypeError(a: PyObject, b: PyObject, i: number, inplace = false) {
  const sym = nbNames[i];
  if (i === NB.POWER) {
    return typeError(`unsupported operand type(s) for ${inplace ? '**=' : '** or pow()'}: '${a.type.name}' and '${b.type.name}'`);
  }
  if (i === NB.RSHIFT && !inplace && a.type.name === 'builtin_function_or_method' && (a as { name?: string }).name === 'print') {
    return typeError(`unsupported operand type(s) for >>: '${a.type.name}' and '${b.type.name}'. Did you mean "print(<message>, file=<output_stream>)"?`);
  }
  if (i === NB.DIVMOD) return typeError(`unsupported operand type(s) for divmod(): '${a.type.name}' and '${b.type.name}'`);
  return typeError(`unsupported operand type(s) for ${sym}${inplace ? '=' : ''}: '${a.type.name}' and '${b.type.name}'`);
}

/** In-place operator: the in-place slot of a first, then the binary fallback. */
export function inplaceOp(a: PyObject, b: PyObject, i: number): PyObject {
  const f = a.type.slots.nbInplace?.[i];
  if (f) {
    const x = f(a, b);
    if (x !== NotImplemented) return x;
  }
  const r = binaryOp1(a, b, i);
  if (r !== NotImplemented) return r;
  throw binopTypeError(a, b, i, true);
}

export function unaryOp(o: PyObject, which: 'negative' | 'positive' | 'invert' | 'absolute'): PyObject {
  const f = o.type.slots[which];
  if (!f) {
    const sym = { negative: 'unary -', positive: 'unary +', invert: 'unary ~', absolute: 'abs()' }[which];
    throw typeError(`bad operand type for ${sym}: '${o.type.name}'`);
  }
  return f(o);
}

// ------------------------------------------------------------------ attributes
export function getAttr(o: PyObject, name: string): PyObject {
  const r = o.type.slots.getattro!(o, name);
  if (r === null) throw noAttribute(o, name);
  return r;
}

/** getattr with a "not found" result instead of AttributeError (other errors propagate). */
export function getAttrOrNull(o: PyObject, name: string): PyObject | null {
  return o.type.slots.getattro!(o, name);
}

/** _PyObject_LookupAttr: the attribute, or null when it is missing (an AttributeError is cleared). */
export function lookupAttr(o: PyObject, name: string): PyObject | null {
  try {
    return getAttrOrNull(o, name);
  } catch (e) {
    const exc = (e as { exc?: PyObject }).exc;
    if (exc !== undefined && exc.type.isSubtypeOf(exceptionFactory.types['AttributeError'])) {
      decref(exc);
      return null;
    }
    throw e;
  }
}

export function setAttr(o: PyObject, name: string, v: PyObject | null): void {
  const f = o.type.slots.setattro;
  if (!f) {
    throw typeError(`'${o.type.name}' object has no attributes (${v === null ? 'del' : 'assign to'} .${name})`);
  }
  f(o, name, v);
}

/** AttributeError "'X' object has no attribute 'y'" with its name/obj set for suggestions. */
export function noAttribute(o: PyObject, name: string) {
  const msg =
    o.type.layout === 'type' && o instanceof PyType
      ? `type object '${o.name}' has no attribute '${name}'`
      : o.type.layout === 'module'
        ? moduleNoAttr(o, name)
        : `'${o.type.name}' object has no attribute '${name}'`;
  const t = raise(exceptionFactory.types['AttributeError'], msg);
  attributeErrorContext.set(t.exc, { obj: o, name });
  // set_attribute_error_context: the exception holds the object and the name (obj, name members)
  o.rc++;
  (t.exc as unknown as { fields: PyObject[] | null }).fields = [o, internStr(name)];
  return t;
}

function moduleNoAttr(o: PyObject, name: string): string {
  const modName = (o as unknown as { moduleName(): string }).moduleName?.() ?? '?';
  return `module '${modName}' has no attribute '${name}'`;
}

/** AttributeError.obj / .name, used by the traceback printer's "Did you mean" suggestions. */
export const attributeErrorContext = new WeakMap<PyObject, { obj: PyObject; name: string }>();

// ------------------------------------------------------------------ calls
export function call(callable: PyObject, args: PyObject[], kwnames: string[] | null = null): PyObject {
  const f = callable.type.slots.call;
  if (!f) throw typeError(`'${callable.type.name}' object is not callable`);
  return f(callable, args, kwnames);
}

/** Call a method by name: o.name(*args). */
export function callMethod(o: PyObject, name: string, args: PyObject[] = []): PyObject {
  const m = getAttr(o, name);
  try {
    return call(m, args, null);
  } finally {
    decref(m);
  }
}

/** Look up a special method on the type (not the instance), as CPython's _PyObject_LookupSpecial. */
export function lookupSpecial(o: PyObject, name: string): PyObject | null {
  const d = o.type.lookup(name);
  if (d === null) return null;
  const get = d.type.slots.descrGet;
  if (get) return get(d, o, o.type);
  d.rc++;
  return d;
}

// ------------------------------------------------------------------ iteration
export function getIter(o: PyObject): PyObject {
  const f = o.type.slots.iter;
  if (f) {
    const it = f(o);
    if (!it.type.slots.iternext) {
      const n = it.type.name;
      decref(it);
      throw typeError(`iter() returned non-iterator of type '${n}'`);
    }
    return it;
  }
  if (o.type.slots.getitem && o.type.lookup('__getitem__') !== null) {
    return seqIterFactory.make(o);
  }
  throw typeError(`'${o.type.name}' object is not iterable`);
}

export const seqIterFactory = {
  make(_o: PyObject): PyObject {
    throw new Error('seq iterators not bootstrapped');
  },
};

/** next(it) or null when exhausted. */
export function iterNext(it: PyObject): PyObject | null {
  const f = it.type.slots.iternext;
  if (!f) throw typeError(`'${it.type.name}' object is not an iterator`);
  return f(it);
}

/** Collect an iterable into a JS array of new references. */
export function iterToArray(o: PyObject): PyObject[] {
  const it = getIter(o);
  const out: PyObject[] = [];
  try {
    for (;;) {
      const v = iterNext(it);
      if (v === null) break;
      out.push(v);
    }
  } catch (e) {
    for (const v of out) decref(v);
    throw e;
  } finally {
    decref(it);
  }
  return out;
}

// ------------------------------------------------------------------ items
export function getItem(o: PyObject, key: PyObject): PyObject {
  const f = o.type.slots.getitem;
  if (!f) {
    if (o instanceof PyType) return classGetItem(o, key);
    throw typeError(`'${o.type.name}' object is not subscriptable`);
  }
  return f(o, key);
}

export const classGetItemHook = {
  fn(_t: PyType, _key: PyObject): PyObject | null {
    return null;
  },
};

/** `type[X]` and `__class_getitem__` (installed by genericalias.ts). */
export const classGetItemFallback = {
  fn(_t: PyType, _key: PyObject): PyObject | null {
    return null;
  },
};

function classGetItem(t: PyType, key: PyObject): PyObject {
  let r = classGetItemHook.fn(t, key);
  if (r === null) r = classGetItemFallback.fn(t, key);
  if (r !== null) return r;
  throw typeError(`type '${t.name}' is not subscriptable`);
}

export function setItem(o: PyObject, key: PyObject, v: PyObject): void {
  const f = o.type.slots.setitem;
  if (!f) throw typeError(`'${o.type.name}' object does not support item assignment`);
  f(o, key, v);
}

export function delItem(o: PyObject, key: PyObject): void {
  const f = o.type.slots.setitem;
  if (!f) {
    // PyObject_DelItem: an index on a type with sequence methods goes through PySequence_DelItem
    // ("doesn't support"); anything else gets PyObject_DelItem's own "does not support".
    const ts = o.type.slots;
    const seqLike = o.type.isHeapType || ts.len !== undefined || ts.contains !== undefined || ts.getitem !== undefined;
    const isIndex = key.type.slots.index !== undefined;
    throw typeError(`'${o.type.name}' object ${seqLike && isIndex ? "doesn't" : 'does not'} support item deletion`);
  }
  f(o, key, null);
}

export function contains(container: PyObject, v: PyObject): boolean {
  const f = container.type.slots.contains;
  if (f) return f(container, v);
  // _PySequence_IterSearch
  const it = getIter(container);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) return false;
      const eq = richEq(x, v);
      decref(x);
      if (eq) return true;
    }
  } finally {
    decref(it);
  }
}

export function length(o: PyObject): number {
  const f = o.type.slots.len;
  if (!f) throw typeError(`object of type '${o.type.name}' has no len()`);
  return f(o);
}

export type { TypeSlots };
