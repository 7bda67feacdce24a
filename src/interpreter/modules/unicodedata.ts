/**
 * `unicodedata` (Unicode 15.0.0, as CPython 3.12): name/lookup, category, east_asian_width,
 * normalize/is_normalized, decimal/digit/numeric, mirrored/combining basics.
 *
 * Data: category and east_asian_width are run-length tables generated from CPython by
 * scripts/gen-unicodedata.py (unicodedata-tables.ts); names are generated for the ranges course
 * material uses (Latin, Greek, Cyrillic, punctuation, symbols, arrows, math, box drawing, Jamo,
 * CJK symbols, full/half-width forms, emoji) — a character outside them raises
 * "ValueError: no such name" (documented gap) — while Hangul syllables and CJK unified
 * ideographs are named algorithmically (Unicode §3.12). normalize() uses the JS engine's
 * String.prototype.normalize (same algorithm; Unicode 15.x data), which includes Hangul
 * composition.
 */
import { PyObject } from '../objects/object';
import { PyStr, newStr } from '../objects/str';
import { newInt } from '../objects/int';
import { newFloat } from '../objects/float';
import { True, False } from '../objects/int';
import { typeError, valueError, raise, exceptionFactory } from '../objects/errors';
import { defineFunction, exactArgs, rangeArgs } from '../objects/descriptors';
import { decimalValue } from '../objects/text/unicode';
import { registerNativeModule, setStr } from './pymodule';
import { UNIDATA_VERSION, NAME_WORDS, NAME_ENTRIES, EAST_ASIAN_WIDTH, CATEGORY } from './unicodedata-tables';

// ---------------------------------------------------------------- tables
let names: Map<number, string> | null = null;
let byName: Map<string, number> | null = null;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function nameTable(): Map<number, string> {
  if (names !== null) return names;
  const words = NAME_WORDS.split(' ');
  names = new Map();
  let cp = -1;
  for (const entry of NAME_ENTRIES.split(',')) {
    const colon = entry.indexOf(':');
    cp += parseInt(entry.slice(0, colon), 16);
    const code = entry.slice(colon + 1);
    const parts: string[] = [];
    for (let i = 0; i < code.length; ) {
      const c = code[i]!;
      const li = LETTERS.indexOf(c);
      if (li >= 0) {
        parts.push(words[li]!);
        i += 1;
      } else {
        const idx = 52 + Number(c) * 520 + LETTERS.indexOf(code[i + 1]!) * 10 + Number(code[i + 2]);
        parts.push(words[idx]!);
        i += 3;
      }
    }
    names.set(cp, parts.join(' '));
  }
  return names;
}

interface Runs {
  starts: number[];
  values: string[];
}
const runCache = new Map<string, Runs>();
function runs(text: string): Runs {
  let r = runCache.get(text);
  if (r === undefined) {
    r = { starts: [], values: [] };
    let at = 0;
    for (const item of text.split(',')) {
      const m = /^([0-9a-f]+)(.*)$/.exec(item)!;
      at += parseInt(m[1]!, 16);
      r.starts.push(at);
      r.values.push(m[2]!);
    }
    runCache.set(text, r);
  }
  return r;
}
function runValue(text: string, cp: number): string {
  const r = runs(text);
  let lo = 0;
  let hi = r.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (r.starts[mid]! <= cp) lo = mid;
    else hi = mid - 1;
  }
  return r.values[lo]!;
}

// ---------------------------------------------------------------- Hangul (Unicode §3.12)
const S_BASE = 0xac00;
const S_COUNT = 11172;
const JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const JAMO_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const JAMO_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];

function isCjkIdeograph(cp: number): boolean {
  return (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x20000 && cp <= 0x2a6df) ||
    (cp >= 0x2a700 && cp <= 0x2b739) || (cp >= 0x2b740 && cp <= 0x2b81d) || (cp >= 0x2b820 && cp <= 0x2cea1) ||
    (cp >= 0x2ceb0 && cp <= 0x2ebe0) || (cp >= 0x30000 && cp <= 0x3134a) || (cp >= 0x31350 && cp <= 0x323af);
}

function nameOf(cp: number): string | null {
  if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
    const s = cp - S_BASE;
    return 'HANGUL SYLLABLE ' + JAMO_L[Math.floor(s / 588)]! + JAMO_V[Math.floor((s % 588) / 28)]! + JAMO_T[s % 28]!;
  }
  if (isCjkIdeograph(cp)) return 'CJK UNIFIED IDEOGRAPH-' + cp.toString(16).toUpperCase();
  return nameTable().get(cp) ?? null;
}

function lookupName(name: string): number | null {
  const n = name.toUpperCase();
  if (n.startsWith('HANGUL SYLLABLE ')) {
    const rest = n.slice(16);
    for (let l = 0; l < JAMO_L.length; l++) {
      if (!rest.startsWith(JAMO_L[l]!)) continue;
      for (let v = 0; v < JAMO_V.length; v++) {
        const lv = JAMO_L[l]! + JAMO_V[v]!;
        if (!rest.startsWith(lv)) continue;
        const t = JAMO_T.indexOf(rest.slice(lv.length));
        if (t >= 0) return S_BASE + (l * 21 + v) * 28 + t;
      }
    }
    return null;
  }
  if (n.startsWith('CJK UNIFIED IDEOGRAPH-')) {
    const cp = parseInt(n.slice(22), 16);
    return Number.isFinite(cp) && isCjkIdeograph(cp) && n.slice(22) === cp.toString(16).toUpperCase() ? cp : null;
  }
  if (byName === null) {
    byName = new Map();
    for (const [cp, nm] of nameTable()) byName.set(nm, cp);
  }
  return byName.get(n) ?? null;
}

// ---------------------------------------------------------------- arguments
function charArg(fn: string, o: PyObject, argNo = 1): number {
  if (!(o instanceof PyStr)) throw typeError(`${fn}() argument ${argNo} must be a unicode character, not ${o.type.name}`);
  const cps = [...o.value];
  if (cps.length !== 1) throw typeError(`${fn}() argument ${argNo} must be a unicode character, not str`);
  return cps[0]!.codePointAt(0)!;
}

function strArg(fn: string, o: PyObject, argNo: number): string {
  if (!(o instanceof PyStr)) throw typeError(`${fn}() argument ${argNo} must be str, not ${o.type.name}`);
  return o.value;
}

const FORMS = new Set(['NFC', 'NFD', 'NFKC', 'NFKD']);

const NUMERIC_EXTRA: Record<number, number> = {
  0xbc: 0.25, 0xbd: 0.5, 0xbe: 0.75, 0x2150: 1 / 7, 0x2151: 1 / 9, 0x2152: 0.1, 0x2153: 1 / 3, 0x2154: 2 / 3,
  0x2155: 0.2, 0x2156: 0.4, 0x2157: 0.6, 0x2158: 0.8, 0x2159: 1 / 6, 0x215a: 5 / 6, 0x215b: 0.125,
  0x215c: 0.375, 0x215d: 0.625, 0x215e: 0.875, 0x2189: 0,
};
function numericValue(cp: number): number | null {
  const d = decimalValue(cp);
  if (d >= 0) return d;
  if (cp in NUMERIC_EXTRA) return NUMERIC_EXTRA[cp]!;
  if (cp >= 0x2160 && cp <= 0x216b) return cp - 0x215f; // Roman numerals Ⅰ–Ⅻ
  if (cp >= 0x2170 && cp <= 0x217b) return cp - 0x216f;
  if (cp >= 0x2460 && cp <= 0x2473) return cp - 0x245f; // circled 1–20
  if (cp >= 0x2474 && cp <= 0x2487) return cp - 0x2473; // parenthesized 1–20
  if (cp >= 0x2488 && cp <= 0x249b) return cp - 0x2487; // 1.–20.
  if (cp >= 0x2776 && cp <= 0x277f) return cp - 0x2775;
  if (cp === 0xb9) return 1;
  if (cp === 0xb2 || cp === 0xb3) return cp - 0xb0;
  if (cp >= 0x2070 && cp <= 0x2079 && cp !== 0x2071 && cp !== 0x2072 && cp !== 0x2073) return cp - 0x2070;
  if (cp >= 0x2080 && cp <= 0x2089) return cp - 0x2080;
  return null;
}
function digitValue(cp: number): number | null {
  const d = decimalValue(cp);
  if (d >= 0) return d;
  if (cp === 0xb9) return 1;
  if (cp === 0xb2 || cp === 0xb3) return cp - 0xb0;
  if (cp >= 0x2070 && cp <= 0x2079 && cp !== 0x2071 && cp !== 0x2072 && cp !== 0x2073) return cp - 0x2070;
  if (cp >= 0x2080 && cp <= 0x2089) return cp - 0x2080;
  if (cp >= 0x2460 && cp <= 0x2468) return cp - 0x245f;
  if (cp >= 0x2474 && cp <= 0x247c) return cp - 0x2473;
  if (cp >= 0x2488 && cp <= 0x2490) return cp - 0x2487;
  if (cp >= 0x2776 && cp <= 0x277e) return cp - 0x2775;
  return null;
}

registerNativeModule('unicodedata', (m) => {
  const d = m.md;
  setStr(m, 'unidata_version', UNIDATA_VERSION);
  defineFunction(d, 'name', (_s, args, kw) => {
    rangeArgs('name', args, kw, 1, 2);
    const n = nameOf(charArg('name', args[0]!));
    if (n !== null) return newStr(n);
    if (args.length === 2) {
      args[1]!.rc++;
      return args[1]!;
    }
    throw valueError('no such name');
  });
  defineFunction(d, 'lookup', (_s, args, kw) => {
    exactArgs('lookup', args, kw, 1);
    const name = strArg('lookup', args[0]!, 1);
    const cp = lookupName(name);
    if (cp === null) throw raise(exceptionFactory.types['KeyError']!, `undefined character name '${name}'`);
    return newStr(String.fromCodePoint(cp));
  });
  defineFunction(d, 'category', (_s, args, kw) => {
    exactArgs('category', args, kw, 1);
    return newStr(runValue(CATEGORY, charArg('category', args[0]!)));
  });
  defineFunction(d, 'east_asian_width', (_s, args, kw) => {
    exactArgs('east_asian_width', args, kw, 1);
    return newStr(runValue(EAST_ASIAN_WIDTH, charArg('east_asian_width', args[0]!)));
  });
  defineFunction(d, 'normalize', (_s, args, kw) => {
    exactArgs('normalize', args, kw, 2);
    const form = strArg('normalize', args[0]!, 1);
    const s = strArg('normalize', args[1]!, 2);
    if (!FORMS.has(form)) throw valueError('invalid normalization form');
    const r = s.normalize(form as 'NFC');
    if (r === s) {
      args[1]!.rc++;
      return args[1]!;
    }
    return newStr(r);
  });
  defineFunction(d, 'is_normalized', (_s, args, kw) => {
    exactArgs('is_normalized', args, kw, 2);
    const form = strArg('is_normalized', args[0]!, 1);
    const s = strArg('is_normalized', args[1]!, 2);
    if (!FORMS.has(form)) throw valueError('invalid normalization form');
    const r = s.normalize(form as 'NFC') === s ? True : False;
    r.rc++;
    return r;
  });
  const numFn = (fn: string, get: (cp: number) => number | null, err: string, asFloat: boolean) =>
    defineFunction(d, fn, (_s, args, kw) => {
      rangeArgs(fn, args, kw, 1, 2);
      const v = get(charArg(fn, args[0]!));
      if (v === null) {
        if (args.length === 2) {
          args[1]!.rc++;
          return args[1]!;
        }
        throw valueError(err);
      }
      return asFloat ? newFloat(v) : newInt(v);
    });
  numFn('decimal', (cp) => {
    const v = decimalValue(cp);
    return v >= 0 ? v : null;
  }, 'not a decimal', false);
  numFn('digit', digitValue, 'not a digit', false);
  numFn('numeric', numericValue, 'not a numeric character', true);
  defineFunction(d, 'mirrored', (_s, args, kw) => {
    exactArgs('mirrored', args, kw, 1);
    const c = String.fromCodePoint(charArg('mirrored', args[0]!));
    return newInt(/\p{Bidi_M}/u.test(c) ? 1 : 0);
  });
  defineFunction(d, 'combining', (_s, args, kw) => {
    exactArgs('combining', args, kw, 1);
    const cp = charArg('combining', args[0]!);
    // canonical combining class of the common combining diacritics (U+0300–U+036F)
    if (cp >= 0x300 && cp <= 0x314) return newInt(230);
    if (cp === 0x315 || cp === 0x31a) return newInt(232);
    if (cp >= 0x316 && cp <= 0x319) return newInt(220);
    if (cp >= 0x31c && cp <= 0x320) return newInt(220);
    if (cp === 0x321 || cp === 0x322 || cp === 0x327 || cp === 0x328) return newInt(202);
    if (cp >= 0x323 && cp <= 0x326) return newInt(220);
    if (cp >= 0x329 && cp <= 0x333) return newInt(220);
    if (cp >= 0x334 && cp <= 0x338) return newInt(1);
    if (cp >= 0x339 && cp <= 0x33c) return newInt(220);
    if (cp >= 0x33d && cp <= 0x344) return newInt(230);
    if (cp === 0x345) return newInt(240);
    if (cp === 0x3099 || cp === 0x309a) return newInt(8);
    return newInt(0);
  });
});
