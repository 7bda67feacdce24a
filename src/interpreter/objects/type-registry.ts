/**
 * Registration of type-module initialisers. A leaf module (no imports), so any module may
 * register at load time regardless of import order; `bootstrapObjects` runs them in order.
 */
const inits: (() => void)[] = [];

export function registerTypeInit(f: () => void): void {
  inits.push(f);
}

export function registeredTypeInits(): readonly (() => void)[] {
  return inits;
}

/**
 * Initialisers run once the builtin types are complete (end of bootstrap): types built from
 * them, such as struct sequences a module needs, made before any program runs.
 */
const lateInits: (() => void)[] = [];

export function registerLateTypeInit(f: () => void): void {
  lateInits.push(f);
}

export function registeredLateTypeInits(): readonly (() => void)[] {
  return lateInits;
}

/**
 * Builtin types made outside core-types (weakref.ref, types.GenericAlias …): bootstrap gives
 * them slot wrappers (`__repr__`, `__call__`, `__new__` …) like the core types.
 */
const staticTypes: { slots: object }[] = [];

export function registerStaticType<T extends { slots: object }>(t: T): T {
  staticTypes.push(t);
  return t;
}

export function registeredStaticTypes(): readonly { slots: object }[] {
  return staticTypes;
}
