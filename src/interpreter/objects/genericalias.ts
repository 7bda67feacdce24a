/**
 * types.GenericAlias (Objects/genericaliasobject.c): what `list[int]`, `dict[str, int]`,
 * `type[C]` evaluate to — the builtin collections' `__class_getitem__`. Repr, `__origin__`,
 * `__args__`, `__parameters__`, calling (makes an `origin` instance and sets `__orig_class__`),
 * equality/hash, attribute delegation to the origin, `__mro_entries__`.
 */
import { staticBuiltinType } from './static-type';
import { PyObject, decref, release } from './object';
import { PyType } from './typeobject';
import { PyGCObject, gcTrack, gcUntrack } from './gcobject';
import { allocObject } from './alloc';
import { PyTuple, newTuple } from './tuple';
import { newStr, PyStr } from './str';
import { None, NotImplemented, Ellipsis } from './singletons';
import { True, False } from './int';
import { typeError, exceptionFactory } from './errors';
import { call, getAttrOrNull, lookupAttr, reprText, richCompareBool, hashOf, setAttr, classGetItemFallback } from './abstract';
import { registerTypeInit } from './type-registry';
import { defineGetSet, defineMethod, defineClassMethod } from './descriptors';
import { objectType, typeType, listType, tupleType, dictType, setType, frozensetType } from './core-types';
import { genericGetAttr } from './classes';

export class PyGenericAlias extends PyGCObject {
  parameters: PyTuple | null = null;
  constructor(
    type: PyType,
    public origin: PyObject,
    public args: PyTuple,
  ) {
    super(type);
  }
}

export let genericAliasType: PyType;

/** Py_GenericAlias(origin, args): args borrowed; a non-tuple becomes a 1-tuple. */
export function newGenericAlias(origin: PyObject, args: PyObject, type: PyType = genericAliasType): PyGenericAlias {
  let tuple: PyTuple;
  if (args instanceof PyTuple && args.type === tupleType) {
    args.rc++;
    tuple = args;
  } else {
    args.rc++;
    tuple = newTuple([args]);
  }
  origin.rc++;
  const g = new PyGenericAlias(type, origin, tuple);
  if (type.isHeapType) type.rc++;
  allocObject(g, type.basicsize);
  gcTrack(g);
  return g;
}

/** ga_repr_item */
function reprItem(p: PyObject): string {
  if (p === Ellipsis) return '...';
  return typingReprItem(p);
}

/**
 * How typing objects show their members (ga_repr_item / union_repr_item after their own special
 * cases): an alias as its repr, a class as `module.qualname` (`qualname` for builtins).
 */
export function typingReprItem(p: PyObject): string {
  const origin = lookupAttr(p, '__origin__');
  const args = origin !== null ? lookupAttr(p, '__args__') : null;
  if (origin !== null) decref(origin);
  if (args !== null) {
    decref(args);
    return reprText(p);
  }
  const qual = lookupAttr(p, '__qualname__');
  if (qual === null) return reprText(p);
  const mod = lookupAttr(p, '__module__');
  try {
    if (mod === null || mod === None) return reprText(p);
    const q = qual instanceof PyStr ? qual.value : reprText(qual);
    const m = mod instanceof PyStr ? mod.value : reprText(mod);
    return m === 'builtins' ? q : `${m}.${q}`;
  } finally {
    decref(qual);
    if (mod !== null) decref(mod);
  }
}

function reprArg(p: PyObject): string {
  if (p.type === listType) {
    const items = (p as unknown as { items: PyObject[] }).items;
    return '[' + items.map(reprItem).join(', ') + ']';
  }
  return reprItem(p);
}

const ATTR_EXCEPTIONS = new Set([
  '__class__', '__bases__', '__origin__', '__args__', '__unpacked__', '__parameters__',
  '__typing_unpacked_tuple_args__', '__mro_entries__', '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__',
]);

registerTypeInit(() => {
  genericAliasType = staticBuiltinType('GenericAlias', 64, 0, 'types', 'genericalias');
  const t = genericAliasType;
  const s = t.slots;
  s.repr = (o) => {
    const g = o as PyGenericAlias;
    const items = g.args.items;
    const inner = items.length === 0 ? '()' : items.map(reprArg).join(', ');
    return newStr(`${reprItem(g.origin)}[${inner}]`);
  };
  s.getattro = (o, name) => {
    if (!ATTR_EXCEPTIONS.has(name)) {
      const g = o as PyGenericAlias;
      return getAttrOrNull(g.origin, name);
    }
    return genericGetAttr(o, name);
  };
  s.setattro = objectType.slots.setattro;
  s.call = (o, args, kw) => {
    const g = o as PyGenericAlias;
    const obj = call(g.origin, args, kw);
    try {
      setAttr(obj, '__orig_class__', o);
    } catch (e) {
      const exc = (e as { exc?: PyObject }).exc;
      const types = exceptionFactory.types;
      if (exc !== undefined && (exc.type.isSubtypeOf(types['AttributeError']) || exc.type.isSubtypeOf(types['TypeError']))) {
        decref(exc);
      } else {
        decref(obj);
        throw e;
      }
    }
    return obj;
  };
  s.richcompare = (a, b, op) => {
    if (!(b instanceof PyGenericAlias) || (op !== 2 && op !== 3)) return NotImplemented;
    const x = a as PyGenericAlias;
    const eq = richCompareBool(x.origin, b.origin, 2) && richCompareBool(x.args, b.args, 2);
    return (op === 2 ? eq : !eq) ? True : False;
  };
  s.hash = (o) => {
    const g = o as PyGenericAlias;
    return hashOf(g.origin) ^ hashOf(g.args);
  };
  s.new = (type, args, kw) => {
    if (kw !== null && kw.length > 0) throw typeError('GenericAlias() takes no keyword arguments');
    if (args.length !== 2) throw typeError(`GenericAlias expected 2 arguments, got ${args.length}`);
    return newGenericAlias(args[0], args[1], type);
  };
  s.iter = undefined;
  t.dealloc = (o) => {
    const g = o as PyGenericAlias;
    gcUntrack(g);
    release(g.origin);
    release(g.args);
    release(g.parameters);
    return false;
  };
  t.traverse = (o, visit) => {
    const g = o as PyGenericAlias;
    visit(g.origin);
    visit(g.args);
    if (g.parameters !== null) visit(g.parameters);
  };
  defineGetSet(t, '__origin__', (o) => ((o as PyGenericAlias).origin.rc++, (o as PyGenericAlias).origin));
  defineGetSet(t, '__args__', (o) => ((o as PyGenericAlias).args.rc++, (o as PyGenericAlias).args));
  defineGetSet(t, '__parameters__', (o) => {
    const g = o as PyGenericAlias;
    if (g.parameters === null) {
      // _Py_make_parameters: the type variables among the arguments (those with __typing_subst__)
      const params: PyObject[] = [];
      for (const a of g.args.items) {
        if (a instanceof PyType) continue;
        const subst = a.type.lookup('__typing_subst__');
        if (subst !== null && !params.includes(a)) {
          a.rc++;
          params.push(a);
        }
      }
      g.parameters = newTuple(params);
    }
    g.parameters.rc++;
    return g.parameters;
  });
  defineGetSet(t, '__unpacked__', () => False);
  defineMethod(t, '__mro_entries__', (self) => {
    const o = (self as PyGenericAlias).origin;
    o.rc++;
    return newTuple([o]);
  });
  const noCheck = () => {
    throw typeError('isinstance() argument 2 cannot be a parameterized generic');
  };
  defineMethod(t, '__instancecheck__', noCheck);
  defineMethod(t, '__subclasscheck__', () => {
    throw typeError('issubclass() argument 2 cannot be a parameterized generic');
  });
  for (const bt of [listType, tupleType, dictType, setType, frozensetType]) {
    defineClassMethod(bt, '__class_getitem__', (cls, args) => newGenericAlias(cls, args[0]));
  }
  void PyStr;
  classGetItemFallback.fn = (t, key) => {
    // PyObject_GetItem on a type: type[X] is a GenericAlias; otherwise __class_getitem__
    if (t === typeType) return newGenericAlias(t, key);
    if (t.lookup('__class_getitem__') === null) return null;
    const m = getAttrOrNull(t, '__class_getitem__');
    if (m === null) return null;
    try {
      return call(m, [key]);
    } finally {
      decref(m);
    }
  };
});
