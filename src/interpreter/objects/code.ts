/**
 * code objects (Objects/codeobject.c): a compiled CodeUnit with its constants materialised as
 * heap objects. Equal constants are shared across every code object of one compilation (the
 * compiler-wide constant cache of CPython 3.12), and identifier-like string constants are
 * interned (immortal in 3.12) — which is why `x = 257; y = 257; x is y` is True in a file.
 */
import { PyObject, release } from './object';
import { codeType } from './core-types';
import { allocObject } from './alloc';
import type { CodeUnit, Const } from '../compiler/code-unit';
import { newInt } from './int';
import { newFloat } from './float';
import { PyStr, newStr, internStr, isIdentifierLike } from './str';
import { newTuple } from './tuple';
import { None, Ellipsis } from './singletons';
import { True, False } from './int';
import { constFactories } from './const-factories';

export class PyCode extends PyObject {
  consts: PyObject[] = [];
  /** names / localsplusnames as interned str objects (for dict keys and error messages). */
  namesStr: PyStr[] = [];
  /** The evaluation loop's attribute caches, by instruction index (vm/attr-cache.ts); made on first use. */
  attrCache: unknown[] | null = null;
  /** Marked by types.coroutine: its generators may be awaited (CO_ITERABLE_COROUTINE). */
  iterableCoroutine = false;
  constructor(public unit: CodeUnit) {
    super(codeType);
  }
  get name(): string {
    return this.unit.name;
  }
  get qualname(): string {
    return this.unit.qualname;
  }
  get filename(): string {
    return this.unit.filename;
  }
}

/** Per-compilation constant cache (CPython's c_const_cache). */
export class ConstCache {
  private map = new Map<string, PyObject>();

  get(c: Const): PyObject {
    const key = constKey(c);
    if (key !== null) {
      const hit = this.map.get(key);
      if (hit !== undefined) {
        hit.rc++;
        return hit;
      }
    }
    const o = this.make(c);
    if (key !== null) {
      o.rc++; // the cache's own reference keeps shared constants alive for the compilation
      this.map.set(key, o);
    }
    return o;
  }

  private make(c: Const): PyObject {
    switch (c.t) {
      case 'None':
        return None;
      case 'Ellipsis':
        return Ellipsis;
      case 'bool':
        return c.v ? True : False;
      case 'int':
        return newInt(c.v);
      case 'float':
        return newFloat(c.v);
      case 'str':
        return isIdentifierLike(c.v) ? internStr(c.v) : newStr(c.v);
      case 'tuple':
        return newTuple(c.items.map((x) => this.get(x)));
      case 'code':
        return makeCode(c.unit, this);
      case 'complex':
        return constFactories.complex(c.imag);
      case 'bytes':
        return constFactories.bytes(c.v);
      case 'frozenset':
        return constFactories.frozenset(c.items.map((x) => this.get(x)));
    }
  }

  /** Drop the cache's references (after the module's code objects own theirs). */
  release(): void {
    for (const o of this.map.values()) {
      if (--o.rc === 0) release(o);
    }
    this.map.clear();
  }
}

function constKey(c: Const): string | null {
  switch (c.t) {
    case 'None':
    case 'Ellipsis':
    case 'code':
      return null;
    case 'bool':
      return 'b' + c.v;
    case 'int':
      return 'i' + c.v.toString();
    case 'float':
      return 'f' + (Object.is(c.v, -0) ? '-0' : String(c.v));
    case 'complex':
      return 'c' + (Object.is(c.imag, -0) ? '-0' : String(c.imag));
    case 'str':
      return 's' + c.v;
    case 'bytes':
      return 'y' + Array.from(c.v).join(',');
    case 'tuple':
    case 'frozenset': {
      const parts: string[] = [];
      for (const x of c.items) {
        const k = constKey(x);
        if (k === null) return null;
        parts.push(k);
      }
      return c.t[0] + '(' + parts.map((p) => p.length + ':' + p).join('') + ')';
    }
  }
}

export function makeCode(unit: CodeUnit, cache: ConstCache): PyCode {
  const code = new PyCode(unit);
  allocObject(code, 200 + 2 * unit.code.length);
  code.consts = unit.consts.map((c) => cache.get(c));
  code.namesStr = unit.names.map((n) => internStr(n));
  return code;
}

export function initCodeType(): void {
  codeType.dealloc = (o) => {
    for (const c of (o as PyCode).consts) release(c);
    return false;
  };
}
