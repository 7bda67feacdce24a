/**
 * The pattern-matching services of the evaluation loop (Python/ceval.c match_keys,
 * match_class, match_class_attr; the Py_TPFLAGS_MAPPING / Py_TPFLAGS_SEQUENCE type flags behind
 * MATCH_MAPPING / MATCH_SEQUENCE), and MAKE_FUNCTION's annotations.
 *
 * Collection flags: dict and mappingproxy are mappings; list, tuple, range, memoryview are
 * sequences; a class inherits its base's flag (inherit_special), a class whose namespace has
 * `__abc_tpflags__` gets those bits (collections.abc.Sequence/Mapping, _abc._abc_init), and
 * `setCollectionFlag` marks a type explicitly (ABC registration, C types written in Python).
 */
import { PyObject, decref } from '../objects/object';
import { PyType } from '../objects/typeobject';
import { PyTuple, newTuple } from '../objects/tuple';
import { PyStr } from '../objects/str';
import { PyInt } from '../objects/int';
import { None } from '../objects/singletons';
import { typeError, valueError, attributeError } from '../objects/errors';
import { call, getAttrOrNull, lookupAttr, contains, reprText, length } from '../objects/abstract';
import {
  objectType, dictType, mappingproxyType, listType, tupleType, rangeType, boolType, bytearrayType, bytesType,
  floatType, frozensetType, intType, setType, strType,
} from '../objects/core-types';
import { isInstance } from '../modules/builtins-functions';
import { vmHooks } from './hooks';

const TPFLAGS_SEQUENCE = 1 << 5;
const TPFLAGS_MAPPING = 1 << 6;

const explicitFlags = new Map<PyType, number>();

/** Mark a type (and so its subclasses) as a mapping or a sequence for `match`. */
export function setCollectionFlag(t: PyType, which: 'mapping' | 'sequence'): void {
  explicitFlags.set(t, which === 'mapping' ? TPFLAGS_MAPPING : TPFLAGS_SEQUENCE);
}

function builtinFlags(t: PyType): number {
  if (t === dictType || t === mappingproxyType) return TPFLAGS_MAPPING;
  if (t === listType || t === tupleType || t === rangeType || t.name === 'memoryview' && !t.isHeapType) {
    return TPFLAGS_SEQUENCE;
  }
  return 0;
}

function collectionFlags(t: PyType): number {
  for (const b of t.mro) {
    const e = explicitFlags.get(b);
    if (e !== undefined) return e;
    if (!b.isHeapType) {
      const f = builtinFlags(b);
      if (f !== 0) return f;
      continue;
    }
    const v = b.dict.getStr('__abc_tpflags__');
    if (v instanceof PyInt) {
      const bits = Number(v.value) & (TPFLAGS_SEQUENCE | TPFLAGS_MAPPING);
      if (bits !== 0) return bits;
    }
  }
  return 0;
}

/** _Py_TPFLAGS_MATCH_SELF: the builtin types whose single positional sub-pattern is the subject. */
function matchSelf(t: PyType): boolean {
  for (const b of t.mro) {
    if (
      b === boolType || b === bytearrayType || b === bytesType || b === dictType || b === floatType ||
      b === frozensetType || b === intType || b === listType || b === setType || b === strType || b === tupleType
    ) {
      return true;
    }
  }
  return false;
}


function setContainsOrAdd(seen: PyObject, key: PyObject): boolean {
  if (contains(seen, key)) return true;
  vmHooks.setAdd(seen, key);
  return false;
}

/** match_keys: a tuple of the values for `keys`, or None if one is missing. */
function matchKeys(map: PyObject, keys: PyTuple): PyObject {
  const nkeys = keys.items.length;
  if (nkeys === 0) return newTuple([]);
  const get = lookupAttrStrict(map, 'get');
  let seen: PyObject | null = null;
  let dummy: PyObject | null = null;
  const values: PyObject[] = [];
  try {
    seen = vmHooks.newSet([]);
    dummy = call(objectType, []);
    for (let i = 0; i < nkeys; i++) {
      const key = keys.items[i];
      if (setContainsOrAdd(seen, key)) throw valueError(`mapping pattern checks duplicate key (${reprText(key)})`);
      const value = call(get, [key, dummy]);
      if (value === dummy) {
        decref(value);
        for (const v of values) decref(v);
        values.length = 0;
        None.rc++;
        return None;
      }
      values.push(value);
    }
    return newTuple(values);
  } catch (e) {
    for (const v of values) decref(v);
    throw e;
  } finally {
    decref(get);
    if (seen !== null) decref(seen);
    if (dummy !== null) decref(dummy);
  }
}

function lookupAttrStrict(o: PyObject, name: string): PyObject {
  const r = getAttrOrNull(o, name);
  if (r === null) throw attributeError(`'${o.type.name}' object has no attribute '${name}'`);
  return r;
}

function matchClassAttr(subject: PyObject, type: PyType, name: PyObject, seen: PyObject): PyObject | null {
  if (setContainsOrAdd(seen, name)) {
    throw typeError(`${type.name}() got multiple sub-patterns for attribute ${reprText(name)}`);
  }
  return lookupAttr(subject, (name as PyStr).value);
}

/** match_class: a tuple of the sub-pattern attributes, or None when the subject does not match. */
function matchClass(subject: PyObject, cls: PyObject, nargs: number, kwargs: PyTuple): PyObject {
  if (!(cls instanceof PyType)) throw typeError('called match pattern must be a class');
  if (!isInstance(subject, cls)) {
    None.rc++;
    return None;
  }
  const seen = vmHooks.newSet([]);
  const attrs: PyObject[] = [];
  let matchArgs: PyObject | null = null;
  let ok = true;
  try {
    if (nargs) {
      let self = false;
      matchArgs = lookupAttr(cls, '__match_args__');
      if (matchArgs !== null) {
        if (matchArgs.type !== tupleType) {
          throw typeError(`${cls.name}.__match_args__ must be a tuple (got ${matchArgs.type.name})`);
        }
      } else {
        matchArgs = newTuple([]);
        self = matchSelf(cls);
      }
      const names = (matchArgs as PyTuple).items;
      const allowed = self ? 1 : names.length;
      if (allowed < nargs) {
        throw typeError(
          `${cls.name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${nargs} given)`,
        );
      }
      if (self) {
        subject.rc++;
        attrs.push(subject);
      } else {
        for (let i = 0; i < nargs; i++) {
          const name = names[i];
          if (name.type !== strType) throw typeError(`__match_args__ elements must be strings (got ${name.type.name})`);
          const a = matchClassAttr(subject, cls, name, seen);
          if (a === null) {
            ok = false;
            break;
          }
          attrs.push(a);
        }
      }
      decref(matchArgs);
      matchArgs = null;
    }
    if (ok) {
      for (const name of kwargs.items) {
        const a = matchClassAttr(subject, cls, name, seen);
        if (a === null) {
          ok = false;
          break;
        }
        attrs.push(a);
      }
    }
  } catch (e) {
    for (const a of attrs) decref(a);
    if (matchArgs !== null) decref(matchArgs);
    decref(seen);
    throw e;
  }
  decref(seen);
  if (!ok) {
    for (const a of attrs) decref(a);
    None.rc++;
    return None;
  }
  return newTuple(attrs);
}

vmHooks.isMapping = (v) => (collectionFlags(v.type) & TPFLAGS_MAPPING) !== 0;
vmHooks.isSequence = (v) => (collectionFlags(v.type) & TPFLAGS_SEQUENCE) !== 0;
vmHooks.matchKeys = matchKeys;
vmHooks.matchClass = matchClass;
// MAKE_FUNCTION keeps the (name, value, …) tuple; __annotations__ turns it into a dict on first
// access (func_get_annotation_dict).
vmHooks.annotationsFromTuple = (t) => t;
// GET_LEN: PyObject_Length
vmHooks.len = (v) => length(v);
