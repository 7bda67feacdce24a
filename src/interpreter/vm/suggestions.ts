/**
 * "Did you mean: …?" for NameError and AttributeError (Python/suggestions.c): the closest name
 * by CPython's Levenshtein-style distance (substitution cost 2, case-only change cost 1), within
 * (len(name) + 3) * MOVE_COST / 6, among at most 750 candidates.
 */
import { PyObject, decref } from '../objects/object';
import { PyThrown } from '../objects/errors';
import { PyBaseException, exceptionTypes } from '../objects/exceptions';
import { PyStr } from '../objects/str';
import { PyDict } from '../objects/dict';
import { PyType } from '../objects/typeobject';
import { attributeErrorContext, getAttrOrNull } from '../objects/abstract';
import { nameErrorNames } from './interpreter';
import { nameErrorName } from '../objects/exception-extras';

// NameError.name of the NameErrors the VM raises
nameErrorName.get = (e) => nameErrorNames.get(e);
import { PyGCObject } from '../objects/gcobject';
import { PyModule } from '../objects/module';
import { rt } from './state';
import { importErrorContext } from './import';

const MOVE_COST = 2;
const CASE_COST = 1;
const MAX_STRING_SIZE = 40;
const MAX_CANDIDATE_ITEMS = 750;

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if (a.toLowerCase() === b.toLowerCase()) return CASE_COST;
  return MOVE_COST;
}

/** levenshtein_distance with CPython's costs and cutoff. */
function distance(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  // strip common prefix/suffix
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  a = a.slice(pre);
  b = b.slice(pre);
  let suf = 0;
  while (suf < a.length && suf < b.length && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  a = a.slice(0, a.length - suf);
  b = b.slice(0, b.length - suf);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer: number[] = [];
  for (let i = 0; i < a.length; i++) buffer[i] = (i + 1) * MOVE_COST;
  let result = 0;
  for (let bIndex = 0; bIndex < b.length; bIndex++) {
    const code = b[bIndex];
    let distance = (result = bIndex * MOVE_COST);
    let minimum = Number.MAX_SAFE_INTEGER;
    for (let index = 0; index < a.length; index++) {
      const substitute = distance + substitutionCost(code, a[index]);
      distance = buffer[index];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[index] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** Set while the traceback module formats an exception: its Python suggestion rules apply. */
export const suggestionStyle = { python: false, withoutTraceback: false };

/** calculate_suggestions (Python/suggestions.c, 3.12). */
export function bestMatch(name: string, candidates: string[]): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  let best: string | null = null;
  // Lib/traceback.py's _compute_suggestion_error (traceback.print_exc & co.) starts its best
  // distance at len(wrong_name), so a match must cost less than that; the C version does not
  let found = suggestionStyle.python ? [...name].length : Number.MAX_SAFE_INTEGER;
  const nameSize = utf8Length(name);
  for (const c of candidates) {
    if (c === name) continue;
    // no more than 1/3 of the involved characters should need changing
    let maxd = Math.floor(((nameSize + utf8Length(c) + 3) * MOVE_COST) / 6);
    maxd = Math.min(maxd, found - 1);
    const d = distance(name, c, maxd);
    if (d > maxd) continue;
    if (best === null || d < found) {
      best = c;
      found = d;
    }
  }
  return best;
}

function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

function dictKeys(d: PyDict): string[] {
  const out: string[] = [];
  for (const k of d.keys) if (k instanceof PyStr) out.push(k.value);
  return out;
}

/** Standard-library module names, for "Did you forget to import 'x'?" (sys.stdlib_module_names). */
const STDLIB_NAMES = new Set(
  ('abc argparse array ast asyncio base64 bisect builtins calendar cmath collections contextlib copy csv ' +
    'dataclasses datetime decimal difflib enum errno fractions functools gc getopt glob hashlib heapq hmac html ' +
    'http importlib inspect io itertools json keyword linecache locale logging math mmap operator os pathlib ' +
    'pickle platform pprint queue random re secrets select shelve shutil signal socket sqlite3 statistics string ' +
    'struct subprocess sys tempfile textwrap threading time timeit token tokenize traceback tracemalloc types ' +
    'typing unicodedata unittest urllib uuid warnings weakref xml zipfile zlib').split(' '),
);

/** The hint CPython 3.12 appends to a NameError/AttributeError/ImportError message, if any. */
export function suggestionText(exc: PyObject): string | null {
  const s = suggestionFor(exc);
  if (s !== null) return `Did you mean: '${s}'?`;
  if (exc instanceof PyBaseException && exc.type.isSubtypeOf(exceptionTypes['NameError'])) {
    const name = nameErrorNames.get(exc);
    if (name !== undefined && STDLIB_NAMES.has(name)) return `Did you forget to import '${name}'?`;
  }
  return null;
}

export function suggestionFor(exc: PyObject): string | null {
  if (!(exc instanceof PyBaseException)) return null;
  const t = exc.type;
  if (t.isSubtypeOf(exceptionTypes['NameError'])) {
    const name = nameErrorNames.get(exc);
    if (name === undefined) return null;
    // traceback.format_exception_only builds its TracebackException without the traceback, and
    // a NameError suggestion needs the failing frame
    if (suggestionStyle.withoutTraceback) return null;
    // candidates: the failing frame's locals, then globals, then builtins (offer_suggestions_for_name_error)
    let tb = exc.traceback as { next: unknown; frameObj: { frame: { code: { unit: { localsplusnames: string[] } }; globals: PyDict; builtins: PyDict } } } | null;
    if (tb === null) return null;
    while (tb.next !== null) tb = tb.next as typeof tb;
    const frame = tb.frameObj.frame;
    let s = bestMatch(name, frame.code.unit.localsplusnames);
    if (s !== null) return s;
    // inside a method whose instance has the attribute: "self.name" (3.12 suggestions.c)
    const si = frame.code.unit.localsplusnames.indexOf('self');
    const self = si >= 0 ? (frame as unknown as { localsplus: (PyObject | null)[] }).localsplus[si] : null;
    if (self) {
      try {
        const v = getAttrOrNull(self, name);
        if (v !== null) {
          decref(v);
          return `self.${name}`;
        }
      } catch (e) {
        if (!(e instanceof PyThrown)) throw e;
        decref(e.exc); // PyObject_HasAttr swallows errors
      }
    }
    s = bestMatch(name, dictKeys(frame.globals));
    if (s !== null) return s;
    return bestMatch(name, dictKeys(frame.builtins));
  }
  if (t.isSubtypeOf(exceptionTypes['ImportError'])) {
    // offer_suggestions_for_import_error: dir() of the module in sys.modules
    const ctx = importErrorContext.get(exc);
    if (ctx === undefined) return null;
    const mod = rt.modules?.getStr(ctx.modName) ?? null;
    if (mod === null) return null;
    const names = mod instanceof PyModule ? dictKeys(mod.md) : dirNames(mod);
    return bestMatch(ctx.nameFrom, names.sort());
  }
  if (t.isSubtypeOf(exceptionTypes['AttributeError'])) {
    const ctx = attributeErrorContext.get(exc);
    if (ctx === undefined) return null;
    return bestMatch(ctx.name, dirNames(ctx.obj));
  }
  return null;
}

function dirNames(o: PyObject): string[] {
  const names = new Set<string>();
  if (o instanceof PyGCObject) {
    if (o.inline !== null) for (const ix of o.inline.order) names.add(o.inline.keys.names[ix]);
    if (o.attrs !== null) for (const k of o.attrs.keys()) names.add(k);
    if (o.attrDict !== null) for (const k of dictKeys(o.attrDict as PyDict)) names.add(k);
  }
  if (o instanceof PyModule) for (const k of dictKeys(o.md)) names.add(k);
  const types: PyType[] = o instanceof PyType ? [...o.mro, ...o.type.mro] : o.type.mro;
  for (const t of types) for (const k of dictKeys(t.dict)) names.add(k);
  void rt;
  return [...names].sort();
}
