/**
 * The `json` module (Lib/json with its C accelerator `_json`): dumps/dump with indent,
 * separators, sort_keys, ensure_ascii, allow_nan, default, skipkeys; loads/load with
 * CPython's error messages (`json.decoder.JSONDecodeError: Expecting value: line 1 column 1
 * (char 0)`), object_hook, object_pairs_hook, parse_float, parse_int.
 */
import { enterRecursiveCall, cRecursion } from '../objects/recursion-guard';
import { PyObject, decref } from '../objects/object';
import { PyModule } from '../objects/module';
import { dictSetStr, newDict, PyDict, dictSet, dictForEach } from '../objects/dict';
import { defineFunction, parseArgs } from '../objects/descriptors';
import { PyStr, newStr } from '../objects/str';
import { PyInt, newInt, True, False } from '../objects/int';
import { PyFloat, newFloat } from '../objects/float';
import { PyTuple, newTuple } from '../objects/tuple';
import { PyList, newList } from '../objects/list';
import { None } from '../objects/singletons';
import { typeError, valueError, PyThrown } from '../objects/errors';
import { exceptionTypes, newException } from '../objects/exceptions';
import { call, callMethod, isTrue, reprText, richCompareBool } from '../objects/abstract';
import { makeClass } from '../objects/classes';
import { typeType, intType, floatType } from '../objects/core-types';
import type { PyType } from '../objects/typeobject';
import { registerNativeModule, registerPyModule, LIB_DIR } from './pymodule';
import { moduleExec } from '../vm/import';
import { floatRepr } from '../objects/text/float-repr';

// ------------------------------------------------------------------------------------------------
// Encoding
// ------------------------------------------------------------------------------------------------

interface EncodeOptions {
  skipkeys: boolean;
  ensureAscii: boolean;
  checkCircular: boolean;
  allowNan: boolean;
  indent: string | null;
  itemSep: string;
  keySep: string;
  sortKeys: boolean;
  dflt: PyObject | null;
}

const ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

export function encodeString(s: string, ensureAscii: boolean): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const code = s.charCodeAt(i);
    const esc = ESCAPES[c];
    if (esc !== undefined) out += esc;
    else if (code < 0x20 || (ensureAscii && code > 0x7e)) out += '\\u' + code.toString(16).padStart(4, '0');
    else out += c;
  }
  return out + '"';
}

function floatText(v: number, o: EncodeOptions): string {
  if (Number.isNaN(v) || !Number.isFinite(v)) {
    if (!o.allowNan) throw valueError(`Out of range float values are not JSON compliant: ${Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf'}`);
    return Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
  }
  return floatRepr(v);
}

function intText(o: PyInt): string {
  return o.value.toString();
}

function keyText(k: PyObject, o: EncodeOptions): string | null {
  if (k instanceof PyStr) return k.value;
  if (k === True) return 'true';
  if (k === False) return 'false';
  if (k === None) return 'null';
  if (k instanceof PyFloat) return floatText(k.value, o);
  if (k instanceof PyInt) return intText(k);
  if (o.skipkeys) return null;
  throw typeError(`keys must be str, int, float, bool or None, not ${k.type.name}`);
}

const ENCODING = ' while encoding a JSON object';

function encode(obj: PyObject, o: EncodeOptions, level: number, stack: Set<PyObject>, parts: string[]): void {
  if (obj instanceof PyStr) {
    parts.push(encodeString(obj.value, o.ensureAscii));
    return;
  }
  if (obj === None) return void parts.push('null');
  if (obj === True) return void parts.push('true');
  if (obj === False) return void parts.push('false');
  if (obj instanceof PyInt) return void parts.push(intText(obj));
  if (obj instanceof PyFloat) return void parts.push(floatText(obj.value, o));
  const isList = obj instanceof PyList || obj instanceof PyTuple;
  const isDict = obj instanceof PyDict;
  if (!isList && !isDict) {
    if (o.dflt === null) throw typeError(`Object of type ${obj.type.name} is not JSON serializable`);
    if (o.checkCircular) {
      if (stack.has(obj)) throw valueError('Circular reference detected');
      stack.add(obj);
    }
    const r = call(o.dflt, [obj]);
    try {
      enterRecursiveCall(ENCODING);
      try {
        encode(r, o, level, stack, parts);
      } finally {
        cRecursion.remaining++;
      }
    } finally {
      decref(r);
      stack.delete(obj);
    }
    return;
  }
  if (o.checkCircular) {
    if (stack.has(obj)) throw valueError('Circular reference detected');
    stack.add(obj);
  }
  // Modules/_json.c encoder_listencode_list/_dict: one C recursion unit per nested container
  try {
    enterRecursiveCall(ENCODING);
  } catch (e) {
    stack.delete(obj);
    throw e;
  }
  try {
    const inner = o.indent === null ? null : '\n' + o.indent.repeat(level + 1);
    const sep = inner === null ? o.itemSep : o.itemSep + inner;
    if (isList) {
      const items = (obj as PyList | PyTuple).items;
      if (items.length === 0) return void parts.push('[]');
      parts.push(inner === null ? '[' : '[' + inner);
      const snapshot = items.slice();
      for (const x of snapshot) x.rc++;
      try {
        snapshot.forEach((x, i) => {
          if (i > 0) parts.push(sep);
          encode(x, o, level + 1, stack, parts);
        });
      } finally {
        for (const x of snapshot) decref(x);
      }
      parts.push(inner === null ? ']' : '\n' + o.indent!.repeat(level) + ']');
      return;
    }
    const entries: [PyObject, PyObject][] = [];
    dictForEach(obj as PyDict, (k, v) => {
      k.rc++;
      v.rc++;
      entries.push([k, v]);
    });
    try {
      if (entries.length === 0) return void parts.push('{}');
      if (o.sortKeys) {
        entries.sort((a, b) => {
          if (richCompareBool(a[0], b[0], 0)) return -1;
          if (richCompareBool(b[0], a[0], 0)) return 1;
          return 0;
        });
      }
      parts.push(inner === null ? '{' : '{' + inner);
      let first = true;
      for (const [k, v] of entries) {
        const kt = keyText(k, o);
        if (kt === null) continue;
        if (!first) parts.push(sep);
        first = false;
        parts.push(encodeString(kt, o.ensureAscii), o.keySep);
        encode(v, o, level + 1, stack, parts);
      }
      parts.push(inner === null ? '}' : '\n' + o.indent!.repeat(level) + '}');
    } finally {
      for (const [k, v] of entries) {
        decref(k);
        decref(v);
      }
    }
  } finally {
    cRecursion.remaining++;
    stack.delete(obj);
  }
}

const DUMPS_KW = ['obj', 'skipkeys', 'ensure_ascii', 'check_circular', 'allow_nan', 'cls', 'indent', 'separators', 'default', 'sort_keys'];

function dumpsImpl(obj: PyObject, opts: (PyObject | null)[]): string {
  const [skipkeys, ensureAscii, checkCircular, allowNan, , indent, separators, dflt, sortKeys] = opts;
  const flag = (v: PyObject | null, d: boolean) => (v === null ? d : isTrue(v));
  let ind: string | null = null;
  if (indent !== null && indent !== None) {
    if (indent instanceof PyStr) ind = indent.value;
    else if (indent instanceof PyInt) ind = ' '.repeat(Math.max(0, Number(indent.value)));
    else throw typeError(`indent must be None, int or str, not ${indent.type.name}`);
  }
  let itemSep = ind === null ? ', ' : ',';
  let keySep = ': ';
  if (separators !== null && separators !== None) {
    const items = separators instanceof PyTuple || separators instanceof PyList ? separators.items : [];
    if (items.length !== 2 || !(items[0] instanceof PyStr) || !(items[1] instanceof PyStr)) {
      throw valueError('separators must be a (item_separator, key_separator) tuple');
    }
    itemSep = items[0].value;
    keySep = items[1].value;
  }
  const o: EncodeOptions = {
    skipkeys: flag(skipkeys, false),
    ensureAscii: flag(ensureAscii, true),
    checkCircular: flag(checkCircular, true),
    allowNan: flag(allowNan, true),
    indent: ind,
    itemSep,
    keySep,
    sortKeys: flag(sortKeys, false),
    dflt: dflt === null || dflt === None ? null : dflt,
  };
  const parts: string[] = [];
  // CPython calls its C encoder object (tp_call): one unit for the call itself
  enterRecursiveCall(' while calling a Python object');
  try {
    encode(obj, o, 0, new Set(), parts);
  } finally {
    cRecursion.remaining++;
  }
  return parts.join('');
}

// ------------------------------------------------------------------------------------------------
// Decoding
// ------------------------------------------------------------------------------------------------

interface DecodeOptions {
  objectHook: PyObject | null;
  pairsHook: PyObject | null;
  parseFloat: PyObject | null;
  parseInt: PyObject | null;
  parseConstant: PyObject | null;
  strict: boolean;
}

let decodeErrorType: PyType | null = null;

function lineCol(doc: string, pos: number): [number, number] {
  let line = 1;
  let last = -1;
  for (let i = 0; i < pos; i++) {
    if (doc.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return [line, pos - last];
}

function decodeError(msg: string, doc: string, pos: number): PyThrown {
  const [line, col] = lineCol(doc, pos);
  const t = decodeErrorType ?? exceptionTypes['ValueError'];
  const e = newException(t, [newStr(`${msg}: line ${line} column ${col} (char ${pos})`)]);
  const attrs = (e.attrs ??= new Map());
  attrs.set('msg', newStr(msg));
  attrs.set('doc', newStr(doc));
  attrs.set('pos', newInt(pos));
  attrs.set('lineno', newInt(line));
  attrs.set('colno', newInt(col));
  return new PyThrown(e);
}

class Decoder {
  constructor(
    private s: string,
    private o: DecodeOptions,
  ) {}

  ws(i: number): number {
    const s = this.s;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
    return i;
  }

  value(i: number): [PyObject, number] {
    const s = this.s;
    const c = s[i];
    if (c === '"') {
      const [str, end] = this.string(i + 1);
      return [newStr(str), end];
    }
    if (c === '{') return this.object(i + 1);
    if (c === '[') return this.array(i + 1);
    if (c === 'n' && s.startsWith('null', i)) return [(None.rc++, None), i + 4];
    if (c === 't' && s.startsWith('true', i)) return [(True.rc++, True), i + 4];
    if (c === 'f' && s.startsWith('false', i)) return [(False.rc++, False), i + 5];
    for (const name of ['NaN', 'Infinity', '-Infinity']) {
      if (s.startsWith(name, i)) {
        if (this.o.parseConstant !== null) {
          const n = newStr(name);
          try {
            return [call(this.o.parseConstant, [n]), i + name.length];
          } finally {
            decref(n);
          }
        }
        return [newFloat(name === 'NaN' ? NaN : name === 'Infinity' ? Infinity : -Infinity), i + name.length];
      }
    }
    const m = /^-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(s.slice(i, i + 400));
    if (m !== null && m[0] !== '-' && m[0] !== '') {
      const text = m[0];
      const isFloat = m[1] !== undefined || m[2] !== undefined;
      const hook = isFloat ? this.o.parseFloat : this.o.parseInt;
      if (hook !== null) {
        const t = newStr(text);
        try {
          return [call(hook, [t]), i + text.length];
        } finally {
          decref(t);
        }
      }
      return [isFloat ? newFloat(Number(text)) : newInt(bigOrNum(text)), i + text.length];
    }
    throw decodeError('Expecting value', s, i);
  }

  string(i: number): [string, number] {
    const s = this.s;
    const begin = i - 1;
    let out = '';
    let chunk = i;
    for (;;) {
      if (i >= s.length) throw decodeError('Unterminated string starting at', s, begin);
      const c = s.charCodeAt(i);
      if (c === 34) {
        out += s.slice(chunk, i);
        return [out, i + 1];
      }
      if (c === 92) {
        out += s.slice(chunk, i);
        const e = s[i + 1];
        if (e === undefined) throw decodeError('Unterminated string starting at', s, begin);
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e in simple) {
          out += simple[e];
          i += 2;
        } else if (e === 'u') {
          const h = s.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(h)) throw decodeError('Invalid \\uXXXX escape', s, i + 1);
          out += String.fromCharCode(parseInt(h, 16));
          i += 6;
        } else throw decodeError('Invalid \\escape', s, i);
        chunk = i;
        continue;
      }
      if (c < 0x20 && this.o.strict) throw decodeError('Invalid control character at', s, i);
      i++;
    }
  }

  object(i: number): [PyObject, number] {
    const s = this.s;
    const pairs: [PyObject, PyObject][] = [];
    const release = () => {
      for (const [k, v] of pairs) {
        decref(k);
        decref(v);
      }
    };
    try {
      i = this.ws(i);
      if (s[i] === '}') i++;
      else {
        for (;;) {
          if (s[i] !== '"') throw decodeError('Expecting property name enclosed in double quotes', s, i);
          const [key, kend] = this.string(i + 1);
          i = this.ws(kend);
          if (s[i] !== ':') throw decodeError("Expecting ':' delimiter", s, i);
          i = this.ws(i + 1);
          const [v, vend] = this.value(i);
          pairs.push([newStr(key), v]);
          i = this.ws(vend);
          if (s[i] === '}') {
            i++;
            break;
          }
          if (s[i] !== ',') throw decodeError("Expecting ',' delimiter", s, i);
          i = this.ws(i + 1);
        }
      }
      if (this.o.pairsHook !== null) {
        const l = newList(pairs.map(([k, v]) => newTuple([(k.rc++, k), (v.rc++, v)])));
        try {
          return [call(this.o.pairsHook, [l]), i];
        } finally {
          decref(l);
        }
      }
      const d = newDict();
      for (const [k, v] of pairs) dictSet(d, k, v);
      if (this.o.objectHook !== null) {
        try {
          return [call(this.o.objectHook, [d]), i];
        } finally {
          decref(d);
        }
      }
      return [d, i];
    } finally {
      release();
    }
  }

  array(i: number): [PyObject, number] {
    const s = this.s;
    const items: PyObject[] = [];
    try {
      i = this.ws(i);
      if (s[i] === ']') return [newList(items.splice(0)), i + 1];
      for (;;) {
        const [v, end] = this.value(i);
        items.push(v);
        i = this.ws(end);
        if (s[i] === ']') return [newList(items.splice(0)), i + 1];
        if (s[i] !== ',') throw decodeError("Expecting ',' delimiter", s, i);
        i = this.ws(i + 1);
      }
    } finally {
      for (const v of items) decref(v);
    }
  }
}

function bigOrNum(text: string): number | bigint {
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : BigInt(text);
}

const LOADS_KW = ['s', 'cls', 'object_hook', 'parse_float', 'parse_int', 'parse_constant', 'object_pairs_hook', 'strict'];

function loadsImpl(src: PyObject, opts: (PyObject | null)[]): PyObject {
  let text: string;
  if (src instanceof PyStr) {
    text = src.value;
    if (text.startsWith('\ufeff')) throw decodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', text, 0);
  } else {
    const b = (src as unknown as { data?: Uint8Array }).data;
    if (b instanceof Uint8Array) text = new TextDecoder().decode(b);
    else throw typeError(`the JSON object must be str, bytes or bytearray, not ${src.type.name}`);
  }
  const opt = (v: PyObject | null) => (v === null || v === None ? null : v);
  const [, , objectHook, parseFloat, parseInt, parseConstant, pairsHook, strict] = opts;
  const d = new Decoder(text, {
    objectHook: opt(objectHook),
    parseFloat: opt(parseFloat),
    parseInt: opt(parseInt),
    parseConstant: opt(parseConstant),
    pairsHook: opt(pairsHook),
    strict: strict === null ? true : isTrue(strict),
  });
  const start = d.ws(0);
  const [v, end] = d.value(start);
  const rest = d.ws(end);
  if (rest !== text.length) {
    decref(v);
    throw decodeError('Extra data', text, rest);
  }
  return v;
}

// ------------------------------------------------------------------------------------------------
// Module
// ------------------------------------------------------------------------------------------------

function fillJson(m: PyModule): void {
  const d = m.md;
  const ns = newDict();
  const t = makeClass(typeType, 'JSONDecodeError', [exceptionTypes['ValueError']], ns);
  decref(ns);
  const mod = newStr('json.decoder');
  dictSetStr(t.dict, '__module__', mod);
  decref(mod);
  dictSetStr(d, 'JSONDecodeError', t);
  decref(t);
  decodeErrorType = t;

  defineFunction(d, 'dumps', (_s, args, kw) => {
    const opts = parseArgs('dumps', args, kw, DUMPS_KW, 1, 1);
    const cls = opts[5];
    if (cls !== null && cls !== None) return encodeWithClass(cls, opts);
    return newStr(dumpsImpl(opts[0]!, opts.slice(1)));
  });
  defineFunction(d, 'dump', (_s, args, kw) => {
    const names = ['obj', 'fp', ...DUMPS_KW.slice(1)];
    const opts = parseArgs('dump', args, kw, names, 2, 2);
    const text = newStr(dumpsImpl(opts[0]!, opts.slice(2)));
    try {
      decref(callMethod(opts[1]!, 'write', [text]));
    } finally {
      decref(text);
    }
    None.rc++;
    return None;
  });
  defineFunction(d, 'loads', (_s, args, kw) => {
    const opts = parseArgs('loads', args, kw, LOADS_KW, 1, 1);
    return loadsImpl(opts[0]!, opts);
  });
  defineFunction(d, 'load', (_s, args, kw) => {
    const names = ['fp', ...LOADS_KW.slice(1)];
    const opts = parseArgs('load', args, kw, names, 1, 1);
    const text = callMethod(opts[0]!, 'read', []);
    try {
      return loadsImpl(text, opts);
    } finally {
      decref(text);
    }
  });
  void intType;
  void floatType;
  void reprText;
  moduleExec.run(m, JSON_ENCODER_PY, `${LIB_DIR}/json/encoder.py`);
}

/** json.dumps(obj, cls=C, **kw): C(**kw).encode(obj), the given keyword options only. */
function encodeWithClass(cls: PyObject, opts: (PyObject | null)[]): PyObject {
  const names: string[] = [];
  const values: PyObject[] = [];
  DUMPS_KW.forEach((name, i) => {
    if (i === 0 || name === 'cls') return;
    const v = opts[i];
    if (v !== null) {
      names.push(name);
      values.push(v);
    }
  });
  const enc = call(cls, values, names.length > 0 ? names : null);
  try {
    return callMethod(enc, 'encode', [opts[0]!]);
  } finally {
    decref(enc);
  }
}

// JSONEncoder (Lib/json/encoder.py's interface): options stored on the instance, default()
// raising the usual TypeError, encode() through the native dumps with default=self.default.
const JSON_ENCODER_PY = `
class JSONEncoder(object):
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        return dumps(o, skipkeys=self.skipkeys, ensure_ascii=self.ensure_ascii,
                     check_circular=self.check_circular, allow_nan=self.allow_nan,
                     indent=self.indent, separators=(self.item_separator, self.key_separator),
                     default=self.default, sort_keys=self.sort_keys)

    def iterencode(self, o, _one_shot=False):
        yield self.encode(o)

JSONEncoder.__module__ = 'json.encoder'


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder"""

    def __init__(self, *, object_hook=None, parse_float=None,
            parse_int=None, parse_constant=None, strict=True,
            object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        return loads(s, object_hook=self.object_hook, parse_float=self.parse_float,
                     parse_int=self.parse_int, parse_constant=self.parse_constant,
                     strict=self.strict, object_pairs_hook=self.object_pairs_hook)

JSONDecoder.__module__ = 'json.decoder'
`;

registerNativeModule('json', fillJson, { package: true });
// the package's submodules people import by name (the classes live in the native json here)
registerPyModule('json.decoder', `from json import JSONDecodeError, JSONDecoder
__all__ = ['JSONDecoder', 'JSONDecodeError']
`);
registerPyModule('json.encoder', `from json import JSONEncoder
`);
