/**
 * Formatting glue between Python objects and the text library (objects/text/):
 *
 *  - `formatObject(v, spec)` — the builtin `format()` and FORMAT_VALUE (PyObject_Format);
 *  - native `__format__` for int (and bool), float and str (text/format-spec.ts);
 *  - `str.format` / `str.format_map` (replacement fields, conversions, nested specs);
 *  - `%`-formatting of str and bytes (text/percent-format.ts; the object model stays here,
 *    behind its PercentOps callbacks);
 *  - the VM's str / repr / ascii / format hooks.
 * Library errors become Python exceptions through int-type.ts's `pyError`.
 */
import { PyObject, decref } from './object';
import { strType, intType, floatType, dictType, tupleType, complexType } from './core-types';
import { PyStr, newStr } from './str';
import { PyInt, newInt, toBig } from './int';
import { PyFloat } from './float';
import { PyComplex } from './complex';
import { PyTuple } from './tuple';
import { raiseWith } from './exceptions';
import { asIntValue, pyError, withPyErrors } from './int-type';
import { toDouble } from './float-type';
import { PyDict, dictGet } from './dict';
import { typeError, valueError, indexError, exceptionFactory } from './errors';
import { registerTypeInit } from './bootstrap';
import { defineMethod } from './descriptors';
import { repr as pyRepr, str as pyStr, getAttr, getItem, lookupSpecial, call } from './abstract';
import { percentHook } from './str-type';
import { vmHooks } from '../vm/hooks';
import { PyBytes, PyByteArray, newBytes, newByteArray, bytesLike, decodeToString } from './bytes';
import {
  asciiEscape, floatRepr, formatComplex, formatFloat, formatInt, formatStr, percentFormat, type PercentArgs, type PercentOps,
} from './text';

export { floatRepr, asciiEscape };

// ================================================================== object-level format

/** PyObject_Format(v, spec): a new reference to a str; `specObj` (borrowed) is `spec` as a str, if at hand. */
export function formatObject(v: PyObject, spec: string, specObj: PyObject | null = null): PyStr {
  if (spec === '') {
    if (v.type === strType) {
      v.rc++;
      return v as PyStr;
    }
    if (v.type === intType) return pyStr(v);
  }
  const m = lookupSpecial(v, '__format__');
  if (m === null) throw typeError(`Type ${v.type.name} doesn't define __format__`);
  const s = specObj ?? newStr(spec);
  let r: PyObject;
  try {
    r = call(m, [s]);
  } finally {
    if (specObj === null) decref(s);
    decref(m);
  }
  if (!(r instanceof PyStr)) {
    const n = r.type.name;
    decref(r);
    throw typeError(`__format__ must return a str, not ${n}`);
  }
  return r;
}

function specArg(args: PyObject[], kw: string[] | null, qual: string): string {
  if (kw !== null && kw.length > 0) throw typeError(`${qual}() takes no keyword arguments`);
  if (args.length !== 1) throw typeError(`${qual}() takes exactly one argument (${args.length} given)`);
  const s = args[0];
  if (!(s instanceof PyStr)) throw typeError(`${qual}() argument must be str, not ${s.type.name}`);
  return s.value;
}

// ================================================================== ascii()

export function asciiOf(v: PyObject): PyStr {
  const r = pyRepr(v);
  if (r.kind === 0) return r;
  const s = asciiEscape(r.value);
  decref(r);
  return newStr(s);
}

function convert(v: PyObject, conv: string): PyObject {
  if (conv === 'r') return pyRepr(v);
  if (conv === 's') return pyStr(v);
  if (conv === 'a') return asciiOf(v);
  throw valueError(`Unknown conversion specifier ${conv}`);
}

// ================================================================== str.format

interface Source {
  args: PyObject[];
  kwargs: ((name: string) => PyObject) | null;
  auto: number; // -1 = manual numbering in use, otherwise next auto index; -2 = not yet decided
  mode: '' | 'auto' | 'manual';
  noPositional?: boolean;
}

function keyError(key: PyObject) {
  const t = raiseWith(exceptionFactory.types['KeyError'], [key]);
  decref(key);
  return t;
}

function renderFormat(fmt: string, src: Source, depth: number): string {
  if (depth <= 0) throw valueError('Max string recursion exceeded');
  let out = '';
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    // literal text up to '{' or '}' (MarkupIterator_next)
    let j = i;
    while (j < n && fmt[j] !== '{' && fmt[j] !== '}') j++;
    out += fmt.slice(i, j);
    if (j >= n) break;
    const c = fmt[j];
    const atEnd = j + 1 >= n;
    if (c === '}' && (atEnd || fmt[j + 1] !== '}')) throw valueError("Single '}' encountered in format string");
    if (atEnd && c === '{') throw valueError("Single '{' encountered in format string");
    if (fmt[j + 1] === c) {
      out += c;
      i = j + 2;
      continue;
    }
    i = parseAndRenderField(fmt, j + 1, src, depth, (text) => {
      out += text;
    });
  }
  return out;
}

/** parse_field + the rendering of one replacement field; returns the index after its '}'. */
function parseAndRenderField(fmt: string, start: number, src: Source, depth: number, emit: (s: string) => void): number {
  const n = fmt.length;
  let i = start;
  let c = '';
  while (i < n) {
    c = fmt[i++];
    if (c === '{') throw valueError("unexpected '{' in field name");
    if (c === '[') {
      while (i < n && fmt[i] !== ']') i++;
      c = '';
      continue;
    }
    if (c === '}' || c === ':' || c === '!') break;
    c = '';
  }
  const name = fmt.slice(start, c === '' ? i : i - 1);
  let conv = '';
  let spec = '';
  let expand = false;
  if (c === '!' || c === ':') {
    let done = false;
    if (c === '!') {
      if (i >= n) throw valueError('end of string while looking for conversion specifier');
      conv = fmt[i++];
      if (i < n) {
        const d = fmt[i++];
        if (d === '}') done = true;
        else if (d !== ':') throw valueError("expected ':' after conversion specifier");
      }
    }
    if (!done) {
      const specStart = i;
      let count = 1;
      let closed = false;
      while (i < n) {
        const d = fmt[i++];
        if (d === '{') {
          expand = true;
          count++;
        } else if (d === '}') {
          count--;
          if (count === 0) {
            spec = fmt.slice(specStart, i - 1);
            closed = true;
            break;
          }
        }
      }
      if (!closed) throw valueError("unmatched '{' in format spec");
    }
  } else if (c !== '}') {
    throw valueError("expected '}' before end of string");
  }
  emit(renderField(name, conv, spec, expand, src, depth));
  return i;
}

function renderField(name: string, conv: string, spec: string, expand: boolean, src: Source, depth: number): string {
  const obj = resolveField(name, src);
  try {
    let v = obj;
    if (conv !== '') v = convert(obj, conv);
    try {
      if (expand) spec = renderFormat(spec, src, depth - 1);
      const r = formatObject(v, spec);
      const s = r.value;
      decref(r);
      return s;
    } finally {
      if (v !== obj) decref(v);
    }
  } finally {
    decref(obj);
  }
}

function resolveField(name: string, src: Source): PyObject {
  // first part: up to '.' or '['
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  const first = name.slice(0, i);
  let obj: PyObject;
  if ((first === '' || /^\d+$/.test(first)) && src.noPositional) throw valueError('Format string contains positional fields');
  if (first === '') {
    if (src.mode === 'manual') throw valueError('cannot switch from manual field specification to automatic field numbering');
    src.mode = 'auto';
    obj = positional(src, src.auto++);
  } else if (/^\d+$/.test(first)) {
    if (src.mode === 'auto') throw valueError('cannot switch from automatic field numbering to manual field specification');
    src.mode = 'manual';
    const idx = Number(first);
    if (!Number.isSafeInteger(idx)) throw valueError('Too many decimal digits in format string');
    obj = positional(src, idx);
  } else {
    if (src.kwargs === null) {
      const k = newStr(first);
      throw keyError(k);
    }
    obj = src.kwargs(first);
  }
  // rest: .attr or [key]
  try {
    while (i < name.length) {
      if (name[i] === '.') {
        let j = i + 1;
        while (j < name.length && name[j] !== '.' && name[j] !== '[') j++;
        const attr = name.slice(i + 1, j);
        if (attr === '') throw valueError('Empty attribute in format string');
        const next = getAttr(obj, attr);
        decref(obj);
        obj = next;
        i = j;
      } else if (name[i] === '[') {
        const j = name.indexOf(']', i);
        if (j < 0) throw valueError("Missing ']' in format string");
        const keyText = name.slice(i + 1, j);
        if (keyText === '') throw valueError('Empty attribute in format string');
        const key = /^\d+$/.test(keyText) ? newInt(Number(keyText)) : newStr(keyText);
        let next: PyObject;
        try {
          next = mappingGet(obj, key);
        } finally {
          decref(key);
        }
        decref(obj);
        obj = next;
        i = j + 1;
        if (i < name.length && name[i] !== '.' && name[i] !== '[') {
          throw valueError("Only '.' or '[' may follow ']' in format field specifier");
        }
      } else {
        throw valueError("Only '.' or '[' may follow ']' in format field specifier");
      }
    }
  } catch (e) {
    decref(obj);
    throw e;
  }
  return obj;
}

/** obj[key] with a fast path for exact dicts (KeyError with the key, as dict's mp_subscript). */
export function mappingGet(obj: PyObject, key: PyObject): PyObject {
  if (obj instanceof PyDict && obj.type === dictType) {
    const v = dictGet(obj, key);
    if (v === null) {
      key.rc++;
      throw keyError(key);
    }
    v.rc++;
    return v;
  }
  return getItem(obj, key);
}

function positional(src: Source, idx: number): PyObject {
  if (idx >= src.args.length) {
    throw indexError(`Replacement index ${idx} out of range for positional args tuple`);
  }
  const v = src.args[idx];
  v.rc++;
  return v;
}

export function strFormat(self: PyStr, args: PyObject[], kw: string[] | null): PyObject {
  const nkw = kw === null ? 0 : kw.length;
  const pos = args.slice(0, args.length - nkw);
  const kwv = args.slice(args.length - nkw);
  const src: Source = {
    args: pos,
    kwargs:
      nkw === 0
        ? null
        : (name) => {
            const i = kw!.indexOf(name);
            if (i < 0) throw keyError(newStr(name));
            kwv[i].rc++;
            return kwv[i];
          },
    auto: 0,
    mode: '',
  };
  return newStr(renderFormat(self.value, src, 2));
}

export function strFormatMap(self: PyStr, mapping: PyObject): PyObject {
  const src: Source = {
    args: [],
    kwargs: (name) => {
      const k = newStr(name);
      try {
        if (mapping instanceof PyDict && mapping.type === dictType) {
          const v = dictGet(mapping, k);
          if (v === null) {
            k.rc++;
            throw keyError(k);
          }
          v.rc++;
          return v;
        }
        return mappingGet(mapping, k);
      } finally {
        decref(k);
      }
    },
    auto: 0,
    mode: '',
    noPositional: true,
  };
  return newStr(renderFormat(self.value, src, 2));
}

// ================================================================== %-formatting

/** The int value of an `__int__` slot result (a new reference, consumed). */
function intSlotValue(r: PyObject): bigint {
  if (!(r instanceof PyInt)) {
    const n = r.type.name;
    decref(r);
    throw typeError(`__int__ returned non-int (type ${n})`);
  }
  const v = toBig(r.value);
  decref(r);
  return v;
}

function textOf(r: PyStr): string {
  const s = r.value;
  decref(r);
  return s;
}

/** Bytes as a JS string of one char per byte. */
export function latin1Text(d: Uint8Array): string {
  return decodeToString(d, 'latin-1', 'strict');
}

function fromLatin1(s: string): Uint8Array {
  const d = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) d[i] = s.charCodeAt(i) & 255;
  return d;
}

/** The object model behind text/percent-format.ts (arguments borrowed, results plain JS). */
const percentOps: PercentOps<PyObject> = {
  typeName: (v) => v.type.name,
  str: (v) => textOf(pyStr(v)),
  repr: (v) => textOf(pyRepr(v)),
  ascii: (v) => textOf(asciiOf(v)),
  asStr: (v) => (v instanceof PyStr ? v.value : null),
  asInt: (v) => (v instanceof PyInt ? toBig(v.value) : null),
  index: (v) => (v instanceof PyInt || v.type.slots.index !== undefined ? toBig(asIntValue(v)) : null),
  toInteger: (v) => {
    if (v instanceof PyFloat) return v.value;
    if (!(v instanceof PyInt) && v.type.slots.int !== undefined) return intSlotValue(v.type.slots.int(v));
    return percentOps.index(v);
  },
  toFloat: (v) => {
    if (v instanceof PyInt) return toBig(v.value);
    const s = v.type.slots;
    return v instanceof PyFloat || s.float !== undefined || s.index !== undefined ? toDouble(v) : null;
  },
  bytes: (v) => {
    const b = bytesLike(v);
    if (b !== null) return latin1Text(b);
    const m = lookupSpecial(v, '__bytes__');
    if (m === null) {
      throw typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${v.type.name}'`);
    }
    const r = call(m, []);
    decref(m);
    const bb = bytesLike(r);
    if (bb === null) {
      decref(r);
      throw typeError(`__bytes__ returned non-bytes (type ${r.type.name})`);
    }
    const t = latin1Text(bb);
    decref(r);
    return t;
  },
  asBytes: (v) => (v instanceof PyBytes || v instanceof PyByteArray ? latin1Text(v.data) : null),
};

/**
 * `fmt % args` for str (`bytes` false) or bytes: the right operand as the library sees it.
 * Values looked up by `%(key)` are kept alive in `held` until the formatting is done.
 */
function percentFormatObject(fmt: string, argsObj: PyObject, bytes: boolean): string {
  let args: PercentArgs<PyObject>;
  const held: PyObject[] = [];
  if (argsObj instanceof PyTuple && argsObj.type.isSubtypeOf(tupleType)) {
    args = { kind: 'tuple', items: argsObj.items };
  } else {
    // PyMapping_Check and not a tuple / the format's own type (lists qualify).
    const isMapping =
      (argsObj.type.slots.getitem !== undefined || argsObj instanceof PyDict) &&
      !(argsObj instanceof PyStr) && !(bytes && (argsObj instanceof PyBytes || argsObj instanceof PyByteArray));
    const getItemFor = (key: string): PyObject => {
      const k = bytes ? newBytes(fromLatin1(key)) : newStr(key);
      try {
        const v = mappingGet(argsObj, k);
        held.push(v);
        return v;
      } finally {
        decref(k);
      }
    };
    args = { kind: 'single', value: argsObj, getItem: isMapping ? getItemFor : undefined };
  }
  try {
    return percentFormat(fmt, args, percentOps, bytes ? 'bytes' : 'str');
  } catch (e) {
    throw pyError(e);
  } finally {
    for (const v of held) decref(v);
  }
}

export function strPercentFormat(fmt: PyStr, args: PyObject): PyObject {
  return newStr(percentFormatObject(fmt.value, args, false));
}

export function bytesPercentFormat(fmt: PyBytes | PyByteArray, args: PyObject): PyObject {
  const d = fromLatin1(percentFormatObject(latin1Text(fmt.data), args, true));
  return fmt instanceof PyByteArray ? newByteArray(d) : newBytes(d, false);
}

// ================================================================== registration

registerTypeInit(() => {
  percentHook.format = (fmt, args) => strPercentFormat(fmt, args);
  vmHooks.format = (v, spec) => formatObject(v, spec);
  vmHooks.str = (v) => pyStr(v);
  vmHooks.repr = (v) => pyRepr(v);
  vmHooks.ascii = (v) => asciiOf(v);

  defineMethod(intType, '__format__', (self, args, kw) => {
    const spec = specArg(args, kw, 'int.__format__');
    if (spec === '') return pyStr(self);
    return newStr(withPyErrors(() => formatInt(toBig((self as PyInt).value), spec, self.type.name)));
  });
  defineMethod(floatType, '__format__', (self, args, kw) => {
    const spec = specArg(args, kw, 'float.__format__');
    if (spec === '') return pyStr(self);
    return newStr(withPyErrors(() => formatFloat((self as PyFloat).value, spec, self.type.name)));
  });
  defineMethod(complexType, '__format__', (self, args, kw) => {
    const spec = specArg(args, kw, 'complex.__format__');
    if (spec === '') return pyStr(self);
    const z = self as PyComplex;
    return newStr(withPyErrors(() => formatComplex(z.real, z.imag, spec, self.type.name)));
  });
  // str.__format__ is defined in str-methods.ts (it calls strFormatSpecObj)
});

/** str.__format__ body (called from str-methods.ts). */
export function strFormatSpecObj(self: PyStr, spec: string): PyStr {
  if (spec === '') return self.type === strType ? (self.rc++, self) : newStr(self.value);
  return newStr(withPyErrors(() => formatStr(self.value, spec, self.type.name)));
}
