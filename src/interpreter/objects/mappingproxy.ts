/**
 * mappingproxy (Objects/descrobject.c): the read-only view `C.__dict__` and
 * `dict.keys().mapping` return. Reads delegate to the wrapped mapping; there is no item
 * assignment or deletion.
 */
import { PyObject, release } from './object';
import { mappingproxyType, dictType, listType, tupleType } from './core-types';
import { PyGCObject, gcTrack, gcUntrack } from './gcobject';
import { allocObject } from './alloc';
import { newStr } from './str';
import { typeError } from './errors';
import {
  getItem, length, contains, getIter, reprText, richCompare, callMethod, hashOf, binaryOp, strText,
} from './abstract';
import { NB } from './typeobject';
import { registerTypeInit } from './type-registry';
import { defineMethod } from './descriptors';
import { mappingProxy } from './object-type';
import { PyDict } from './dict';

export class PyMappingProxy extends PyGCObject {
  constructor(public mapping: PyObject) {
    super(mappingproxyType);
  }
}

/** A proxy for `mapping`, stealing the caller's reference to it. */
function makeProxy(mapping: PyObject): PyObject {
  const p = new PyMappingProxy(mapping);
  allocObject(p, 24);
  gcTrack(p);
  return p;
}

const m = (o: PyObject) => (o as PyMappingProxy).mapping;

registerTypeInit(() => {
  mappingProxy.make = makeProxy;
  const t = mappingproxyType;
  const s = t.slots;
  t.isBaseType = false;
  s.new = (_type, args, kw) => {
    if (kw !== null && kw.length > 0 && !(args.length === 1 && kw[0] === 'mapping')) {
      throw typeError(`mappingproxy() got an unexpected keyword argument '${kw[0]}'`);
    }
    if (args.length !== 1) throw typeError(`mappingproxy() takes exactly one argument (${args.length} given)`);
    const mapping = args[0];
    // mappingproxy_check_mapping: a mapping, not a list or tuple
    if (
      mapping.type.slots.getitem === undefined ||
      mapping.type.isSubtypeOf(listType) ||
      mapping.type.isSubtypeOf(tupleType)
    ) {
      throw typeError(`mappingproxy() argument must be a mapping, not ${mapping.type.name}`);
    }
    mapping.rc++;
    return makeProxy(mapping);
  };
  s.getitem = (o, key) => getItem(m(o), key);
  s.len = (o) => length(m(o));
  s.contains = (o, v) => contains(m(o), v);
  s.iter = (o) => getIter(m(o));
  s.repr = (o) => newStr(`mappingproxy(${reprText(m(o))})`);
  s.str = (o) => newStr(strText(m(o)));
  s.richcompare = (a, b, op) => richCompare(m(a), b, op);
  s.hash = (o) => hashOf(m(o));
  s.nbLeft = [];
  s.nbLeft[NB.OR] = (a, b) => {
    const x = a instanceof PyMappingProxy ? a.mapping : a;
    const y = b instanceof PyMappingProxy ? b.mapping : b;
    return binaryOp(x, y, NB.OR);
  };
  s.nbRight = s.nbLeft;
  t.dealloc = (o) => {
    gcUntrack(o as PyMappingProxy);
    release((o as PyMappingProxy).mapping);
    return false;
  };
  t.traverse = (o, visit) => visit(m(o));
  const fwd = (name: string) =>
    defineMethod(t, name, (self, args, kw) => {
      if (kw !== null && kw.length > 0) throw typeError(`mappingproxy.${name}() takes no keyword arguments`);
      return callMethod(m(self), name, args);
    });
  for (const name of ['get', 'keys', 'values', 'items', 'copy', '__reversed__']) fwd(name);
});
