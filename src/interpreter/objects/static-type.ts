/**
 * A builtin (static, immortal) type made outside core-types: metatype `type`, base `object`,
 * its own dict; bootstrap gives it slot wrappers (registerStaticType). `typeObjectBytes` is
 * the size of the type object itself in the static area (928 for the heap types an extension
 * module makes with PyType_FromSpec, such as array.array).
 */
import { makeImmortal } from './object';
import { PyType } from './typeobject';
import { allocStatic } from './alloc';
import { newDict } from './dict';
import { registerStaticType } from './type-registry';
import { objectType, typeType } from './core-types';

export function staticBuiltinType(
  name: string,
  basicsize: number,
  itemsize: number,
  moduleName: string,
  layout = name,
  typeObjectBytes = 408,
): PyType {
  const t = new PyType(typeType, name, layout);
  t.basicsize = basicsize;
  t.itemsize = itemsize;
  t.hasGC = true;
  t.moduleName = moduleName;
  makeImmortal(t);
  allocStatic(t, typeObjectBytes);
  t.bases = [objectType];
  t.base = objectType;
  t.mro = [t, objectType];
  objectType.subclasses.push(t);
  t.dict = newDict();
  makeImmortal(t.dict);
  registerStaticType(t);
  return t;
}

/** Give a native type the slots of `object` it does not define itself (getattro, setattro, …). */
export function inheritObjectSlots(t: PyType): void {
  const slots = t.slots as Record<string, unknown>;
  for (const [k, v] of Object.entries(objectType.slots)) if (!(k in slots)) slots[k] = v;
}
