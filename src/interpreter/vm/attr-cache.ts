/**
 * Attribute caches of the evaluation loop (in the spirit of CPython 3.12's specialised
 * LOAD_ATTR_INSTANCE_VALUE / STORE_ATTR_INSTANCE_VALUE / LOAD_ATTR_METHOD_*): each LOAD_ATTR or
 * STORE_ATTR instruction remembers, for the last type it saw, where the attribute lives —
 * the index of the name in the class's shared keys (instance values, 3.12's inline values),
 * or for a method call the function found on the type. A cache entry holds only while no
 * type changed anywhere (`typeEpoch`, bumped with every type's lookup-cache invalidation),
 * so the generic path (genericGetAttr / genericSetAttr) would find the same thing; on any
 * mismatch the instruction takes the generic path and refills the entry. Nothing observable
 * differs: the same references are taken and released in the same order.
 */
import type { PyObject } from '../objects/object';
import type { PyCode } from '../objects/code';
import { PyType, typeEpoch } from '../objects/typeobject';
import type { InlineValues } from '../objects/gcobject';
import type { SharedKeys } from '../objects/dict';
import { genericGetAttr, genericSetAttr } from '../objects/classes';
import { functionType, methodDescrType } from '../objects/core-types';

/** An instance attribute kept in the inline values at `ix` of instances whose keys are `keys`. */
export class InstanceAttrCache {
  constructor(
    public type: PyType,
    public epoch: number,
    public keys: SharedKeys,
    public ix: number,
  ) {}
}

/**
 * A method found on the type (`descr`, a function or method descriptor) that the instance does
 * not shadow: instances whose inline values use `keys` while they hold `nkeys` names (shared
 * keys only grow), or — keys null — instances with no attributes of their own at all.
 */
export class MethodCache {
  constructor(
    public type: PyType,
    public epoch: number,
    public descr: PyObject,
    public keys: SharedKeys | null,
    public nkeys: number,
  ) {}
}

type Instance = { inline?: InlineValues | null; attrs?: Map<string, PyObject> | null; attrDict?: PyObject | null };

function slots(code: PyCode): unknown[] {
  return (code.attrCache ??= []);
}

/** After a generic LOAD_ATTR found `name` on `obj`: remember an instance value's place. */
export function fillLoadCache(code: PyCode, at: number, obj: PyObject, name: string): void {
  const ty = obj.type;
  if (ty.slots.getattro !== genericGetAttr) return;
  const inl = (obj as Instance).inline;
  if (inl === null || inl === undefined) return;
  const descr = ty.lookup(name);
  // a data descriptor on the type wins over the instance
  if (descr !== null && descr.type.slots.descrGet !== undefined && descr.type.slots.descrSet !== undefined) return;
  const ix = inl.keys.index.get(name);
  if (ix === undefined) return;
  slots(code)[at] = new InstanceAttrCache(ty, typeEpoch.n, inl.keys, ix);
}

/** After a generic STORE_ATTR of `name` on `obj`: remember an instance value's place. */
export function fillStoreCache(code: PyCode, at: number, obj: PyObject, name: string): void {
  const ty = obj.type;
  if (ty.slots.setattro !== genericSetAttr || !ty.managedDict) return;
  const inl = (obj as Instance).inline;
  if (inl === null || inl === undefined) return;
  const descr = ty.lookup(name);
  if (descr !== null && descr.type.slots.descrSet !== undefined) return;
  const ix = inl.keys.index.get(name);
  if (ix === undefined) return;
  slots(code)[at] = new InstanceAttrCache(ty, typeEpoch.n, inl.keys, ix);
}

/** After the method form of LOAD_ATTR found `descr` on the type, not shadowed by `obj`. */
export function fillMethodCache(code: PyCode, at: number, obj: PyObject, name: string, descr: PyObject): void {
  const g = obj as Instance;
  const inl = g.inline;
  let keys: SharedKeys | null = null;
  if (inl !== null && inl !== undefined) {
    if (inl.keys.index.has(name)) return;
    keys = inl.keys;
  } else if ((g.attrs !== null && g.attrs !== undefined) || (g.attrDict !== null && g.attrDict !== undefined)) return;
  if (descr.type !== functionType && descr.type !== methodDescrType) return;
  slots(code)[at] = new MethodCache(obj.type, typeEpoch.n, descr, keys, keys === null ? 0 : keys.names.length);
}

/** The cached method for `obj` at this instruction, or null (then take the generic path). */
export function cachedMethod(e: unknown, obj: PyObject): PyObject | null {
  if (!(e instanceof MethodCache) || e.type !== obj.type || e.epoch !== typeEpoch.n) return null;
  const g = obj as Instance;
  const inl = g.inline;
  if (e.keys !== null) {
    if (inl === null || inl === undefined || inl.keys !== e.keys || e.keys.names.length !== e.nkeys) return null;
  } else if ((inl !== null && inl !== undefined) || (g.attrs !== null && g.attrs !== undefined) || (g.attrDict !== null && g.attrDict !== undefined)) return null;
  return e.descr;
}

/** The inline values holding the cached attribute of `obj`, or null. */
export function cachedInstanceValues(e: unknown, obj: PyObject): InlineValues | null {
  if (!(e instanceof InstanceAttrCache) || e.type !== obj.type || e.epoch !== typeEpoch.n) return null;
  const inl = (obj as Instance).inline;
  if (inl === null || inl === undefined || inl.keys !== e.keys) return null;
  return inl;
}
