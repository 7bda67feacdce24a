/**
 * The runtime half of `except*` (PEP 654), as two intrinsics the compiler emits
 * (compiler.ts visitTryStar):
 *  - EG_MATCH (CHECK_EG_MATCH): split the unhandled rest by a clause's type. A naked exception
 *    that matches is wrapped in ExceptionGroup('', (exc,)) (no traceback, see egMatch); a
 *    matching group is taken whole; otherwise group.split(type). The match becomes the handled
 *    exception (so exceptions raised by the clause get it as __context__).
 *  - PREP_RERAISE_STAR (_PyExc_PrepReraiseStar): from the original exception and the list of
 *    what the clauses raised plus the unhandled rest, build what propagates: re-raised parts
 *    (same traceback/cause/context/notes as the original: they come from split) are projected
 *    back onto the original's structure; new exceptions are grouped with them in
 *    ExceptionGroup('', [...]) when there is more than one.
 */
import { PyObject, decref } from '../objects/object';
import { PyTuple, newTuple } from '../objects/tuple';
import { newStr } from '../objects/str';
import { PyList, newList } from '../objects/list';
import { PyType } from '../objects/typeobject';
import { None } from '../objects/singletons';
import { PyBaseException, exceptionTypes } from '../objects/exceptions';
import { typeError } from '../objects/errors';
import { call, getAttrOrNull } from '../objects/abstract';
import { groupFields, copyMeta } from '../objects/exception-extras';
import { Intrinsic } from '../compiler/opcodes';
import { rt } from './state';

const CANNOT_CATCH = 'catching classes that do not inherit from BaseException is not allowed';
const CANNOT_STAR_EG = 'catching ExceptionGroup with except* is not allowed. Use except instead.';

function checkStarType(t: PyObject): void {
  const types = t instanceof PyTuple ? t.items : [t];
  for (const x of types) {
    if (!(x instanceof PyType) || !x.isSubtypeOf(exceptionTypes['BaseException'])) throw typeError(CANNOT_CATCH);
    if (x.isSubtypeOf(exceptionTypes['BaseExceptionGroup'])) throw typeError(CANNOT_STAR_EG);
  }
}

/** _PyExc_CreateExceptionGroup: ExceptionGroup when every member is an Exception. */
function groupTypeFor(items: PyObject[]): PyType {
  const allExc = items.every((x) => x.type.isSubtypeOf(exceptionTypes['Exception']));
  return exceptionTypes[allExc ? 'ExceptionGroup' : 'BaseExceptionGroup'];
}

function matchesType(e: PyObject, t: PyObject): boolean {
  const types = t instanceof PyTuple ? t.items : [t];
  return types.some((x) => x instanceof PyType && e.type.isSubtypeOf(x));
}

const isGroup = (e: PyObject): boolean => groupFields(e) !== null;

function own(o: PyObject): PyObject {
  o.rc++;
  return o;
}

/** (match, rest) — new references. */
function egMatch(exc: PyObject, t: PyObject): [PyObject, PyObject] {
  if (exc === None) return [own(None), own(None)];
  if (matchesType(exc, t)) {
    if (isGroup(exc)) return [own(exc), own(None)];
    const excs = newTuple([own(exc)]);
    const msg = newStr('');
    let wrapped: PyObject;
    try {
      wrapped = call(groupTypeFor([exc]), [msg, excs]);
    } finally {
      decref(msg);
      decref(excs);
    }
    // (CPython 3.12 attaches a traceback only if the frame already has a frame object, which
    // measured programs never show: __traceback__ is None)
    return [wrapped, own(None)];
  }
  if (isGroup(exc)) {
    const split = getAttrOrNull(exc, 'split')!;
    let pair: PyObject;
    try {
      pair = call(split, [t]);
    } finally {
      decref(split);
    }
    const [m, r] = (pair as PyTuple).items;
    m!.rc++;
    r!.rc++;
    decref(pair);
    return [m!, r!];
  }
  return [own(None), own(exc)];
}

function setHandled(e: PyObject): void {
  const old = rt.handled;
  e.rc++;
  rt.handled = e;
  if (old !== null) decref(old);
}

function sameMetadata(a: PyObject, b: PyObject): boolean {
  const x = a as PyBaseException;
  const y = b as PyBaseException;
  return x.traceback === y.traceback && x.cause === y.cause && x.context === y.context && x.notes === y.notes;
}

function collectLeaves(e: PyObject, into: Set<PyObject>): void {
  const g = groupFields(e);
  if (g === null) into.add(e);
  else for (const x of g.excs.items) collectLeaves(x, into);
}

/** The part of `eg` whose leaves are in `keep` (new reference), or null. */
function project(eg: PyObject, keep: Set<PyObject>): PyObject | null {
  const g = groupFields(eg);
  if (g === null) return keep.has(eg) ? own(eg) : null;
  const parts: PyObject[] = [];
  for (const x of g.excs.items) {
    const p = project(x, keep);
    if (p !== null) parts.push(p);
  }
  if (parts.length === 0) return null;
  const l = newList(parts);
  const derive = getAttrOrNull(eg, 'derive')!;
  let d: PyObject;
  try {
    d = call(derive, [l]);
  } finally {
    decref(derive);
    decref(l);
  }
  copyMeta(eg, d);
  return d;
}

function prepReraiseStar(orig: PyObject, excs: PyList): PyObject {
  const items = excs.items;
  if (items.length === 0) return own(None);
  if (!isGroup(orig)) return own(items[0]!);
  const raised: PyObject[] = [];
  const reraised: PyObject[] = [];
  for (const e of items) {
    if (e === None) continue;
    (sameMetadata(e, orig) ? reraised : raised).push(e);
  }
  const leaves = new Set<PyObject>();
  for (const e of reraised) collectLeaves(e, leaves);
  const reraisedEg = reraised.length > 0 ? project(orig, leaves) : null;
  if (raised.length === 0) return reraisedEg ?? own(None);
  const parts = raised.map(own);
  if (reraisedEg !== null) parts.push(reraisedEg);
  if (parts.length === 1) return parts[0]!;
  const l = newList(parts);
  const msg = newStr('');
  try {
    return call(groupTypeFor(parts), [msg, l]);
  } finally {
    decref(msg);
    decref(l);
  }
}

export function exceptStarIntrinsic(which: number, v: PyObject): PyObject {
  const [a, b] = (v as PyTuple).items as [PyObject, PyObject];
  if (which === Intrinsic.EG_MATCH) {
    checkStarType(b);
    const [m, r] = egMatch(a, b);
    if (m !== None) setHandled(m);
    return newTuple([m, r]);
  }
  return prepReraiseStar(a, b as PyList);
}
