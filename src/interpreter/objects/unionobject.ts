/**
 * types.UnionType (Objects/unionobject.c): what `int | str`, `list[int] | None` evaluate to —
 * `type.__or__` / `type.__ror__`. Operands must be None, a class, a GenericAlias or a union
 * (anything else: NotImplemented, so typing's objects handle `int | List[int]` themselves).
 * The arguments are flattened and deduplicated by equality, None becomes NoneType, and a union
 * of one argument is that argument. Repr `int | str | None`; equality and hash ignore order;
 * isinstance/issubclass accept a union (builtins-functions reads `__args__`). 32-byte object
 * (args, parameters), GC-tracked.
 */
import { staticBuiltinType, inheritObjectSlots } from './static-type';
import { PyObject, decref, release } from './object';
import { PyType, NB, NB_COUNT, BinarySlot } from './typeobject';
import { PyGCObject, gcTrack, gcUntrack } from './gcobject';
import { allocObject } from './alloc';
import { PyTuple, newTuple } from './tuple';
import { newStr, PyStr } from './str';
import { None, NotImplemented } from './singletons';
import { True, False } from './int';
import { lookupAttr, reprText, richCompareBool, hashOf } from './abstract';
import { registerTypeInit } from './type-registry';
import { defineGetSet } from './descriptors';
import { typeType, noneType, frozensetType } from './core-types';
import { PyGenericAlias, genericAliasType, typingReprItem } from './genericalias';

export class PyUnion extends PyGCObject {
  parameters: PyTuple | null = null;
  constructor(
    type: PyType,
    public args: PyTuple,
  ) {
    super(type);
  }
}

export let unionType: PyType;

/** is_unionable */
function isUnionable(o: PyObject): boolean {
  return o === None || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnion;
}

/** The operand's members: a union's arguments, or the operand itself (None as NoneType). */
function members(o: PyObject): PyObject[] {
  if (o instanceof PyUnion) return o.args.items;
  return [o === None ? noneType : o];
}

/** _Py_union_type_or: a | b (new reference, or NotImplemented). */
export function unionOr(a: PyObject, b: PyObject): PyObject {
  if (!isUnionable(a) || !isUnionable(b)) return NotImplemented;
  const args: PyObject[] = [];
  for (const x of [...members(a), ...members(b)]) {
    // dedup by equality (GenericAliases compare equal without being the same object)
    if (args.some((y) => y === x || richCompareBool(y, x, 2))) continue;
    args.push(x);
  }
  if (args.length === 1) {
    args[0].rc++;
    return args[0];
  }
  for (const x of args) x.rc++;
  const u = new PyUnion(unionType, newTuple(args));
  allocObject(u, unionType.basicsize);
  gcTrack(u);
  return u;
}

/** union_repr_item */
function reprItem(p: PyObject): string {
  if (p === noneType) return 'None';
  return typingReprItem(p);
}

/** Order-independent comparison of two unions' arguments (CPython compares frozensets). */
function sameMembers(a: PyUnion, b: PyUnion): boolean {
  const has = (items: PyObject[], x: PyObject) => items.some((y) => y === x || richCompareBool(y, x, 2));
  return a.args.items.every((x) => has(b.args.items, x)) && b.args.items.every((x) => has(a.args.items, x));
}

registerTypeInit(() => {
  unionType = staticBuiltinType('UnionType', 32, 0, 'types', 'union');
  const t = unionType;
  const s = t.slots;
  inheritObjectSlots(t);
  s.repr = (o) => newStr((o as PyUnion).args.items.map(reprItem).join(' | '));
  s.richcompare = (a, b, op) => {
    if (!(b instanceof PyUnion) || (op !== 2 && op !== 3)) return NotImplemented;
    const eq = sameMembers(a as PyUnion, b);
    return (op === 2 ? eq : !eq) ? True : False;
  };
  s.hash = (o) => {
    // union_hash: hash(frozenset(args))
    const fs = frozensetType.slots.new!(frozensetType, [(o as PyUnion).args], null);
    try {
      return hashOf(fs);
    } finally {
      decref(fs);
    }
  };
  const or: BinarySlot = (a, b) => unionOr(a, b);
  const nb: (BinarySlot | undefined)[] = new Array(NB_COUNT).fill(undefined);
  nb[NB.OR] = or;
  s.nbLeft = nb;
  s.nbRight = nb;
  s.new = undefined;
  t.dealloc = (o) => {
    const u = o as PyUnion;
    gcUntrack(u);
    release(u.args);
    release(u.parameters);
    return false;
  };
  t.traverse = (o, visit) => {
    const u = o as PyUnion;
    visit(u.args);
    if (u.parameters !== null) visit(u.parameters);
  };
  defineGetSet(t, '__args__', (o) => ((o as PyUnion).args.rc++, (o as PyUnion).args));
  defineGetSet(t, '__parameters__', (o) => {
    const u = o as PyUnion;
    if (u.parameters === null) {
      // _Py_make_parameters: the type variables among the arguments, and those of generic aliases
      const params: PyObject[] = [];
      const add = (a: PyObject) => {
        if (!params.includes(a)) {
          a.rc++;
          params.push(a);
        }
      };
      for (const a of u.args.items) {
        if (a instanceof PyType) continue;
        if (a.type.lookup('__typing_subst__') !== null) add(a);
        else {
          const sub = lookupAttr(a, '__parameters__');
          if (sub instanceof PyTuple) for (const p of sub.items) add(p);
          if (sub !== null) decref(sub);
        }
      }
      u.parameters = newTuple(params);
    }
    u.parameters.rc++;
    return u.parameters;
  });

  // GenericAlias's nb_or is the same function
  const gs = genericAliasType.slots;
  const gleft = gs.nbLeft !== undefined ? gs.nbLeft.slice() : new Array(NB_COUNT).fill(undefined);
  gleft[NB.OR] = or;
  gs.nbLeft = gleft;
  gs.nbRight = gleft;

  // type.__or__ / type.__ror__ (type_or in Objects/typeobject.c)
  const ts = typeType.slots;
  const left = ts.nbLeft !== undefined ? ts.nbLeft.slice() : new Array(NB_COUNT).fill(undefined);
  left[NB.OR] = or;
  ts.nbLeft = left;
  const right = ts.nbRight !== undefined ? ts.nbRight.slice() : new Array(NB_COUNT).fill(undefined);
  right[NB.OR] = or;
  ts.nbRight = right;
});
