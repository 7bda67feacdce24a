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
