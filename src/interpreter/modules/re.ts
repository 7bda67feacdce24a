/**
 * The `re` module. CPython compiles patterns for its own matching engine (Modules/_sre); here a
 * Python pattern is translated to an equivalent JavaScript RegExp and matched with that:
 *
 *   (?P<name>…) → (?<name>…)      (?P=name) → \k<name>      (?#…) removed
 *   \A, \Z      → start / end of the whole string          $ → end or before a final newline
 *   \d \w \b    → their Unicode meanings (str patterns are Unicode in Python: \w matches 한글)
 *   inline flags (?aimsx) at the start, VERBOSE whitespace and comments
 *
 * Pattern and Match objects print and behave like CPython's (`re.compile('\\d+')`,
 * `<re.Match object; span=(0, 3), match='abc'>`); group indices are code-unit offsets, which
 * equal Python's code-point offsets for text without astral characters.
 */
import { PyObject, decref, release } from '../objects/object';
import { PyModule } from '../objects/module';
import { dictSetStr, newDict, PyDict, dictSet, dictGet, dictPop, dictForEach, dictClear } from '../objects/dict';
import { defineFunction, defineMethod, defineGetSet, parseArgs } from '../objects/descriptors';
import { PyStr, newStr } from '../objects/str';
import { PyInt, newInt, newBool } from '../objects/int';
import { newTuple } from '../objects/tuple';
import { newList, PyList } from '../objects/list';
import { None, NotImplemented } from '../objects/singletons';
import { rt } from '../vm/state';
import { typeError, indexError, PyThrown } from '../objects/errors';
import { exceptionTypes, newException } from '../objects/exceptions';
import { call, reprText, strText } from '../objects/abstract';
import { makeClass } from '../objects/classes';
import { objectType, typeType } from '../objects/core-types';
import type { PyType } from '../objects/typeobject';
import { registerNativeModule } from './pymodule';

export const FLAGS = {
  TEMPLATE: 1, IGNORECASE: 2, LOCALE: 4, MULTILINE: 8, DOTALL: 16, UNICODE: 32, VERBOSE: 64, DEBUG: 128, ASCII: 256,
} as const;
const FLAG_LETTERS: Record<string, number> = { a: 256, i: 2, L: 4, m: 8, s: 16, u: 32, x: 64 };

// ------------------------------------------------------------------------------------------------
// Translation
// ------------------------------------------------------------------------------------------------

export class PatternError extends Error {
  constructor(
    message: string,
    public pos: number,
  ) {
    super(message);
  }
}

const WORD = '\\p{L}\\p{N}\\p{Mn}\\p{Pc}';

interface Translated {
  source: string;
  flags: number;
  groups: number;
  names: Map<string, number>;
}

/** Translate a Python pattern to a JS RegExp source (for the 'u' flag). */
export function translate(pattern: string, flagsIn: number): Translated {
  let flags = flagsIn;
  let p = pattern;
  // leading global inline flags: (?imsx)
  for (;;) {
    const m = /^\(\?([aiLmsux]+)\)/.exec(p);
    if (m === null) break;
    for (const c of m[1]) flags |= FLAG_LETTERS[c];
    p = p.slice(m[0].length);
  }
  const ascii = (flags & FLAGS.ASCII) !== 0;
  if (!ascii) flags |= FLAGS.UNICODE;
  const verbose = (flags & FLAGS.VERBOSE) !== 0;
  let multiline = (flags & FLAGS.MULTILINE) !== 0;
  let dotall = (flags & FLAGS.DOTALL) !== 0;
  /** per open group: the s/m state to restore at its ')' (scoped flags), else null */
  const scopes: ({ dotall: boolean; multiline: boolean; icase: boolean } | null)[] = [];
  let icase = false;
  const wordClass = ascii ? 'A-Za-z0-9_' : WORD;
  const w = `[${wordClass}]`;
  let out = '';
  let i = 0;
  let groups = 0;
  const names = new Map<string, number>();
  let inClass = false;
  let classStart = false;
  // a class holding \W or \S (sets JS can only write as [^…], which cannot nest in a class)
  let classOut = 0;
  let classNegated = false;
  let classComplements: string[] = [];
  const n = p.length;
  const opens: number[] = [];
  while (i < n) {
    const c = p[i];
    if (inClass) {
      if (c === ']' && !classStart) {
        inClass = false;
        if (classComplements.length > 0) out = out.slice(0, classOut) + complementClass(out.slice(classOut + (classNegated ? 2 : 1)), classNegated, classComplements);
        else out += ']';
        i++;
        continue;
      }
      classStart = false;
      if (c === '\\' && (p[i + 1] === 'W' || p[i + 1] === 'S')) {
        classComplements.push(p[i + 1] === 'W' ? (ascii ? 'A-Za-z0-9_' : WORD) : ' \\t\\n\\r\\f\\v' + (ascii ? '' : '\\x1c-\\x1f\\x85\\p{Z}'));
        i += 2;
        continue;
      }
      if (c === '\\') {
        out += classEscape(p, i, ascii);
        i += escapeLength(p, i);
        continue;
      }
      if (c === '[') out += '\\[';
      else if (c === '-' || c === '^') out += c;
      else if ('{}()|/'.includes(c)) out += '\\' + c;
      else out += c;
      i++;
      continue;
    }
    if (verbose) {
      if (/\s/.test(c)) {
        i++;
        continue;
      }
      if (c === '#') {
        while (i < n && p[i] !== '\n') i++;
        continue;
      }
    }
    switch (c) {
      case '[':
        inClass = true;
        classStart = true;
        classOut = out.length;
        classNegated = false;
        classComplements = [];
        out += '[';
        i++;
        if (p[i] === '^') {
          out += '^';
          classNegated = true;
          i++;
        }
        if (p[i] === ']') {
          out += '\\]';
          i++;
          classStart = false;
        }
        continue;
      case '\\': {
        out += escape(p, i, ascii, w, multiline);
        i += escapeLength(p, i);
        continue;
      }
      case ')': {
        if (opens.pop() === undefined) throw new PatternError('unbalanced parenthesis', i);
        const saved = scopes.pop();
        if (saved) ({ dotall, multiline, icase } = saved);
        out += ')';
        i++;
        continue;
      }
      case '(': {
        if (!p.startsWith('(?#', i) && !p.startsWith('(?P=', i)) {
          opens.push(i);
          scopes.push(null);
        }
        if (p[i + 1] === '?') {
          if (p.startsWith('(?P<', i)) {
            const end = p.indexOf('>', i);
            const name = p.slice(i + 4, end);
            if (!/^[A-Za-z_]\w*$/u.test(name)) throw new PatternError(`bad character in group name '${name}'`, i + 4);
            if (names.has(name)) throw new PatternError(`redefinition of group name '${name}' as group ${groups + 1}; was group ${names.get(name)}`, i + 4);
            groups++;
            names.set(name, groups);
            out += `(?<${name}>`;
            i = end + 1;
            continue;
          }
          if (p.startsWith('(?P=', i)) {
            const end = p.indexOf(')', i);
            const name = p.slice(i + 4, end);
            if (!names.has(name)) throw new PatternError(`unknown group name '${name}'`, i + 4);
            out += `\\k<${name}>`;
            i = end + 1;
            continue;
          }
          if (p.startsWith('(?#', i)) {
            const end = p.indexOf(')', i);
            i = end < 0 ? n : end + 1;
            continue;
          }
          if (p.startsWith('(?<', i) && p[i + 3] !== '=' && p[i + 3] !== '!') {
            throw new PatternError('unknown extension ?<' + p[i + 3], i + 1);
          }
          const fm = /^\(\?([aiLmsux]*)(?:-([imsx]+))?:/.exec(p.slice(i));
          if (fm !== null && (fm[1] || fm[2])) {
            // scoped inline flags: s and m change how '.', '^' and '$' are translated inside the
            // group (restored at its ')'); only i is left to the JS engine's (?i:...) modifier
            scopes[scopes.length - 1] = { dotall, multiline, icase };
            if (fm[1].includes('s')) dotall = true;
            if (fm[1].includes('m')) multiline = true;
            if ((fm[2] ?? '').includes('s')) dotall = false;
            if ((fm[2] ?? '').includes('m')) multiline = false;
            // i: letters outside classes become [xX] (JS engines here lack (?i:...) groups)
            if (fm[1].includes('i') && (flags & FLAGS.IGNORECASE) === 0) icase = true;
            if ((fm[2] ?? '').includes('i')) icase = false;
            out += '(?:';
            i += fm[0].length;
            continue;
          }
          if (/^\(\?[aiLmsux]+\)/.test(p.slice(i))) {
            throw new PatternError('global flags not at the start of the expression', i + 1);
          }
          if (p.startsWith('(?(', i)) throw new PatternError('conditional groups are not supported', i);
          out += '(';
          i++;
          continue;
        }
        groups++;
        out += '(';
        i++;
        continue;
      }
      case '$':
        out += multiline ? '(?=\\n|(?![\\s\\S]))' : '(?=\\n?(?![\\s\\S]))';
        i++;
        continue;
      case '^':
        out += multiline ? '(?<=^|\\n)' : '(?<![\\s\\S])';
        i++;
        continue;
      case '.':
        out += dotall ? '[\\s\\S]' : '[^\\n]';
        i++;
        continue;
      case '{': {
        const q = /^\{(\d*)(?:,(\d*))?\}/.exec(p.slice(i));
        if (q === null || (q[1] === '' && q[2] === undefined)) {
          out += '\\{';
          i++;
          continue;
        }
        const lo = q[1] === '' ? '0' : q[1];
        out += q[2] === undefined ? `{${lo}}` : `{${lo},${q[2]}}`;
        i += q[0].length;
        continue;
      }
      case '}':
        out += '\\}';
        i++;
        continue;
      case '/':
        out += '\\/';
        i++;
        continue;
      default:
        if (icase && c.toLowerCase() !== c.toUpperCase()) out += `[${c.toLowerCase()}${c.toUpperCase()}]`;
        else out += c;
        i++;
    }
  }
  if (inClass) throw new PatternError('unterminated character set', pattern.lastIndexOf('['));
  if (opens.length > 0) throw new PatternError('missing ), unterminated subpattern', opens[opens.length - 1] + (pattern.length - p.length));
  return { source: out, flags, groups, names };
}

/**
 * A class with complemented sets (\W, \S): [abc\W] is "in abc, or not a word character" and
 * [^\d\W] "not a digit, and a word character" — written with alternation and lookaheads.
 */
function complementClass(body: string, negated: boolean, complements: string[]): string {
  if (!negated) {
    const alts = body === '' ? [] : [`[${body}]`];
    for (const s of complements) alts.push(`[^${s}]`);
    return `(?:${alts.join('|')})`;
  }
  let r = body === '' ? '' : `(?![${body}])`;
  for (const s of complements.slice(0, -1)) r += `(?=[${s}])`;
  return `(?:${r}[${complements[complements.length - 1]}])`;
}

function escapeLength(p: string, i: number): number {
  const c = p[i + 1];
  if (c === undefined) throw new PatternError('bad escape (end of pattern)', i);
  if (c === 'x') return 4;
  if (c === 'u') return 6;
  if (c === 'U') return 10;
  if (c === 'N') return p.indexOf('}', i) - i + 1;
  if (c === '0') {
    let k = 2;
    while (k < 4 && /[0-7]/.test(p[i + k] ?? '')) k++;
    return k;
  }
  if (/[1-9]/.test(c)) {
    let k = 2;
    while (k < 3 && /[0-9]/.test(p[i + k] ?? '')) k++;
    return k;
  }
  return 2;
}

function unicodeEscape(cp: number): string {
  return `\\u{${cp.toString(16)}}`;
}

function commonEscape(p: string, i: number, ascii: boolean, inClass: boolean): string | null {
  const c = p[i + 1];
  switch (c) {
    case 'd':
      return ascii ? (inClass ? '0-9' : '[0-9]') : '\\p{Nd}';
    case 'D':
      return ascii ? (inClass ? '\\D' : '[^0-9]') : '\\P{Nd}';
    case 's':
      return inClass ? ' \\t\\n\\r\\f\\v' + (ascii ? '' : '\\x1c-\\x1f\\x85\\p{Z}') : ascii ? '[ \\t\\n\\r\\f\\v]' : '[\\s\\x1c-\\x1f\\x85]';
    case 'S':
      return ascii ? '[^ \\t\\n\\r\\f\\v]' : '[^\\s\\x1c-\\x1f\\x85]';
    case 'w':
      return inClass ? (ascii ? 'A-Za-z0-9_' : WORD) : ascii ? '[A-Za-z0-9_]' : `[${WORD}]`;
    case 'W':
      return ascii ? '[^A-Za-z0-9_]' : `[^${WORD}]`;
    case 'n':
      return '\\n';
    case 't':
      return '\\t';
    case 'r':
      return '\\r';
    case 'f':
      return '\\f';
    case 'v':
      return '\\v';
    case 'a':
      return '\\x07';
    case 'x': {
      const h = p.slice(i + 2, i + 4);
      if (!/^[0-9a-fA-F]{2}$/.test(h)) throw new PatternError(`incomplete escape \\x${h}`, i);
      return unicodeEscape(parseInt(h, 16));
    }
    case 'u': {
      const h = p.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(h)) throw new PatternError(`incomplete escape \\u${h}`, i);
      return unicodeEscape(parseInt(h, 16));
    }
    case 'U': {
      const h = p.slice(i + 2, i + 10);
      if (!/^[0-9a-fA-F]{8}$/.test(h)) throw new PatternError(`incomplete escape \\U${h}`, i);
      return unicodeEscape(parseInt(h, 16));
    }
    case '0':
      return unicodeEscape(parseInt(p.slice(i + 1, i + escapeLength(p, i)), 8));
    default:
      return null;
  }
}

function classEscape(p: string, i: number, ascii: boolean): string {
  const e = commonEscape(p, i, ascii, true);
  if (e !== null) return e;
  const c = p[i + 1];
  if (c === 'b') return '\\x08';
  if (/[A-Za-z]/.test(c)) throw new PatternError(`bad escape \\${c}`, i);
  if (/[0-9]/.test(c)) return unicodeEscape(parseInt(p.slice(i + 1, i + escapeLength(p, i)), 8));
  return '^$\\.*+?()[]{}|/-'.includes(c) ? '\\' + c : c;
}

const SYNTAX = '^$\\.*+?()[]{}|/';

function escape(p: string, i: number, ascii: boolean, w: string, multiline: boolean): string {
  void multiline;
  const e = commonEscape(p, i, ascii, false);
  if (e !== null) return e;
  const c = p[i + 1];
  switch (c) {
    case 'A':
      return '(?<![\\s\\S])';
    case 'Z':
      return '(?![\\s\\S])';
    case 'b':
      return ascii ? '\\b' : `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))`;
    case 'B':
      return ascii ? '\\B' : `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w}))`;
  }
  if (/[1-9]/.test(c)) return '\\' + p.slice(i + 1, i + escapeLength(p, i));
  if (/[A-Za-z]/.test(c)) throw new PatternError(`bad escape \\${c}`, i);
  if (SYNTAX.includes(c)) return '\\' + c;
  return c;
}

// ------------------------------------------------------------------------------------------------
// Pattern and Match objects
// ------------------------------------------------------------------------------------------------

interface PatternState {
  pattern: PyObject;
  text: string;
  flags: number;
  groups: number;
  names: Map<string, number>;
  sticky: RegExp;
  global: RegExp;
  full: RegExp;
}

interface MatchState {
  pat: PyObject;
  string: PyObject;
  text: string;
  pos: number;
  endpos: number;
  indices: ([number, number] | undefined)[];
}

const patterns = new WeakMap<PyObject, PatternState>();
const matches = new WeakMap<PyObject, MatchState>();

let types: { pattern: PyType; match: PyType; error: PyType } | null = null;

function reError(msg: string, pattern: string, pos: number | null): PyThrown {
  const t = types?.error ?? exceptionTypes['ValueError'];
  const full = pos === null ? msg : `${msg} at position ${pos}`;
  const e = newException(t, [newStr(full)]);
  const attrs = (e.attrs ??= new Map());
  attrs.set('msg', newStr(msg));
  attrs.set('pattern', newStr(pattern));
  attrs.set('pos', pos === null ? (None.rc++, None) : newInt(pos));
  return new PyThrown(e);
}

const cache = new Map<string, PatternState>();

function compileState(pattern: PyObject, flags: number): PatternState {
  if (!(pattern instanceof PyStr)) {
    throw typeError(`first argument must be string or compiled pattern`);
  }
  const key = `${flags}\u0000${pattern.value}`;
  const hit = cache.get(key);
  if (hit !== undefined) return { ...hit, pattern };
  let tr: Translated;
  try {
    tr = translate(pattern.value, flags);
  } catch (e) {
    if (e instanceof PatternError) throw reError(e.message, pattern.value, e.pos);
    throw e;
  }
  const js = (tr.flags & FLAGS.IGNORECASE ? 'i' : '') + 'u';
  let sticky: RegExp, global: RegExp, full: RegExp;
  try {
    sticky = new RegExp(tr.source, js + 'yd');
    global = new RegExp(tr.source, js + 'gd');
    full = new RegExp(`(?:${tr.source})(?![\\s\\S])`, js + 'yd');
  } catch (e) {
    throw reError(String((e as Error).message).replace(/^Invalid regular expression: /, ''), pattern.value, null);
  }
  const st: PatternState = {
    pattern, text: pattern.value, flags: tr.flags, groups: tr.groups, names: tr.names, sticky, global, full,
  };
  if (cache.size > 512) cache.clear();
  cache.set(key, st);
  return st;
}

function newPattern(pattern: PyObject, flags: number): PyObject {
  const st = compileState(pattern, flags);
  const o = call(types!.pattern, []);
  pattern.rc++;
  patterns.set(o, st);
  return o;
}

function patternOf(o: PyObject): PatternState {
  const st = patterns.get(o);
  if (st === undefined) throw typeError('expected a compiled pattern');
  return st;
}

function textOf(o: PyObject): string {
  if (!(o instanceof PyStr)) {
    throw typeError(`expected string or bytes-like object, got '${o.type.name}'`);
  }
  return o.value;
}

/** Run `re` at `pos` within text[0:endpos]; returns a Match object or None. */
function runMatch(patObj: PyObject, st: PatternState, re: RegExp, string: PyObject, pos: number, endpos: number): PyObject {
  const text = textOf(string);
  const end = Math.min(Math.max(endpos, 0), text.length);
  const start = Math.min(Math.max(pos, 0), text.length);
  const subject = end < text.length ? text.slice(0, end) : text;
  re.lastIndex = start;
  const m = re.exec(subject);
  if (m === null) return (None.rc++, None);
  return makeMatch(patObj, string, text, start, end, m);
}

function makeMatch(patObj: PyObject, string: PyObject, text: string, pos: number, endpos: number, m: RegExpExecArray): PyObject {
  const o = call(types!.match, []);
  patObj.rc++;
  string.rc++;
  const ind = (m as RegExpExecArray & { indices: ([number, number] | undefined)[] }).indices;
  matches.set(o, { pat: patObj, string, text, pos, endpos, indices: Array.from(ind) });
  return o;
}

function matchOf(o: PyObject): MatchState {
  const st = matches.get(o);
  if (st === undefined) throw typeError('expected a match object');
  return st;
}

function groupIndex(ms: MatchState, g: PyObject): number {
  const ps = patterns.get(ms.pat)!;
  if (g instanceof PyInt) {
    const k = Number(g.value);
    if (k < 0 || k > ps.groups) throw indexError('no such group');
    return k;
  }
  if (g instanceof PyStr) {
    const k = ps.names.get(g.value);
    if (k === undefined) throw indexError('no such group');
    return k;
  }
  throw indexError('no such group');
}

function groupValue(ms: MatchState, k: number, dflt: PyObject = None): PyObject {
  const span = ms.indices[k];
  if (span === undefined) {
    dflt.rc++;
    return dflt;
  }
  return newStr(ms.text.slice(span[0], span[1]));
}

function intArg(v: PyObject | null, dflt: number): number {
  if (v === null) return dflt;
  if (!(v instanceof PyInt)) throw typeError(`'${v.type.name}' object cannot be interpreted as an integer`);
  return Number(v.value);
}

/** All non-overlapping matches, as match arrays (finditer / findall / sub / split). */
function* iterMatches(st: PatternState, text: string, pos: number, endpos: number): Generator<RegExpExecArray> {
  const re = st.global;
  const subject = endpos < text.length ? text.slice(0, endpos) : text;
  re.lastIndex = pos;
  let lastEmptyAt = -1;
  while (re.lastIndex <= subject.length) {
    const at = re.lastIndex;
    const m = re.exec(subject);
    if (m === null) return;
    const [s, e] = (m as RegExpExecArray & { indices: [number, number][] }).indices[0];
    if (s === e) {
      if (s === lastEmptyAt) {
        re.lastIndex = at + 1;
        continue;
      }
      re.lastIndex = e + 1;
      lastEmptyAt = s;
      yield m;
      // an empty match: the next search starts at the same place, allowing a non-empty match there
      re.lastIndex = e;
      lastEmptyAt = e;
      continue;
    }
    yield m;
    re.lastIndex = e;
  }
}

function findallItem(st: PatternState, m: RegExpExecArray): PyObject {
  const g = (i: number) => newStr(m[i] ?? '');
  if (st.groups === 0) return g(0);
  if (st.groups === 1) return g(1);
  const items: PyObject[] = [];
  for (let i = 1; i <= st.groups; i++) items.push(g(i));
  return newTuple(items);
}

/** Expand a replacement template (\1, \g<name>, \g<1>, \n …) for match m. */
function expandTemplate(st: PatternState, tmpl: string, m: RegExpExecArray): string {
  let out = '';
  for (let i = 0; i < tmpl.length; i++) {
    const c = tmpl[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const d = tmpl[i + 1];
    if (d === undefined) throw reError('bad escape (end of pattern)', tmpl, i);
    if (d === 'g') {
      const end = tmpl.indexOf('>', i);
      if (tmpl[i + 2] !== '<' || end < 0) throw reError('missing <', tmpl, i + 2);
      const name = tmpl.slice(i + 3, end);
      let k: number;
      if (/^\d+$/.test(name)) k = Number(name);
      else {
        const kk = st.names.get(name);
        if (kk === undefined) throw new PyThrown(newException(exceptionTypes['IndexError'], [newStr(`unknown group name '${name}'`)]));
        k = kk;
      }
      if (k > st.groups) throw reError(`invalid group reference ${k}`, tmpl, i + 3);
      out += m[k] ?? '';
      i = end;
      continue;
    }
    if (/[0-9]/.test(d)) {
      let j = i + 1;
      let num = '';
      while (j < tmpl.length && num.length < 2 && /[0-9]/.test(tmpl[j])) num += tmpl[j++];
      const k = Number(num);
      if (k > st.groups) throw reError(`invalid group reference ${k}`, tmpl, i + 1);
      out += m[k] ?? '';
      i = j - 1;
      continue;
    }
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', a: '\x07', b: '\b', '\\': '\\' };
    if (d in simple) out += simple[d];
    else if (/[A-Za-z]/.test(d)) throw reError(`bad escape \\${d}`, tmpl, i);
    else out += '\\' + d;
    i++;
  }
  return out;
}

function doSub(patObj: PyObject, st: PatternState, repl: PyObject, string: PyObject, count: number): [string, number] {
  const text = textOf(string);
  let out = '';
  let last = 0;
  let n = 0;
  const callable = !(repl instanceof PyStr);
  const tmpl = repl instanceof PyStr ? repl.value : '';
  const literal = !callable && !tmpl.includes('\\');
  for (const m of iterMatches(st, text, 0, text.length)) {
    if (count > 0 && n >= count) break;
    const [s, e] = (m as RegExpExecArray & { indices: [number, number][] }).indices[0];
    out += text.slice(last, s);
    if (callable) {
      const mo = makeMatch(patObj, string, text, 0, text.length, m);
      let r: PyObject;
      try {
        r = call(repl, [mo]);
      } finally {
        decref(mo);
      }
      if (!(r instanceof PyStr)) {
        const tn = r.type.name;
        decref(r);
        throw typeError(`expected str instance, ${tn} found`);
      }
      out += r.value;
      decref(r);
    } else out += literal ? tmpl : expandTemplate(st, tmpl, m);
    last = e;
    n++;
  }
  out += text.slice(last);
  return [out, n];
}

function doSplit(st: PatternState, string: PyObject, maxsplit: number): PyObject {
  const text = textOf(string);
  const items: PyObject[] = [];
  let last = 0;
  let n = 0;
  for (const m of iterMatches(st, text, 0, text.length)) {
    if (maxsplit > 0 && n >= maxsplit) break;
    const [s, e] = (m as RegExpExecArray & { indices: [number, number][] }).indices[0];
    items.push(newStr(text.slice(last, s)));
    for (let g = 1; g <= st.groups; g++) items.push(m[g] === undefined ? (None.rc++, None) : newStr(m[g]));
    last = e;
    n++;
  }
  items.push(newStr(text.slice(last)));
  return newList(items);
}

function flagsRepr(flags: number): string {
  const names: [number, string][] = [
    [FLAGS.TEMPLATE, 're.TEMPLATE'], [FLAGS.IGNORECASE, 're.IGNORECASE'], [FLAGS.LOCALE, 're.LOCALE'],
    [FLAGS.MULTILINE, 're.MULTILINE'], [FLAGS.DOTALL, 're.DOTALL'], [FLAGS.UNICODE, 're.UNICODE'],
    [FLAGS.VERBOSE, 're.VERBOSE'], [FLAGS.DEBUG, 're.DEBUG'], [FLAGS.ASCII, 're.ASCII'],
  ];
  let f = flags;
  if ((f & (FLAGS.UNICODE | FLAGS.LOCALE | FLAGS.ASCII)) === FLAGS.UNICODE) f &= ~FLAGS.UNICODE;
  const parts: string[] = [];
  for (const [v, name] of names) {
    if (f & v) {
      parts.push(name);
      f &= ~v;
    }
  }
  if (f) parts.push(`0x${f.toString(16)}`);
  return parts.join('|');
}

// ------------------------------------------------------------------------------------------------
// Module
// ------------------------------------------------------------------------------------------------

/** re._cache: compiled patterns keyed by (type(pattern), pattern, flags), as re._compile keeps them. */
let patternCache: PyDict | null = null;
const MAXCACHE = 512;

function getPattern(p: PyObject, flags: PyObject | null): PyObject {
  if (patterns.has(p)) {
    if (flags !== null && intArg(flags, 0) !== 0) throw valueErr('cannot process flags argument with a compiled pattern');
    p.rc++;
    return p;
  }
  const f = intArg(flags, 0);
  if (patternCache === null || !(p instanceof PyStr)) return newPattern(p, f);
  p.type.rc++;
  p.rc++;
  const key = newTuple([p.type, p, newInt(f)]);
  try {
    const hit = dictGet(patternCache, key);
    if (hit !== null) {
      hit.rc++;
      return hit;
    }
    const po = newPattern(p, f);
    if (dictLen(patternCache) >= MAXCACHE) {
      let first: PyObject | null = null;
      dictForEach(patternCache, (k) => {
        if (first === null) first = k;
      });
      if (first !== null) {
        const old = dictPop(patternCache, first);
        if (old !== null) decref(old);
      }
    }
    dictSet(patternCache, key, po);
    return po;
  } finally {
    decref(key);
  }
}

function dictLen(d: PyDict): number {
  return d.used;
}

function valueErr(msg: string): PyThrown {
  return new PyThrown(newException(exceptionTypes['ValueError'], [newStr(msg)]));
}

function withPattern<T>(p: PyObject, flags: PyObject | null, f: (po: PyObject, st: PatternState) => T): T {
  const po = getPattern(p, flags);
  try {
    return f(po, patternOf(po));
  } finally {
    decref(po);
  }
}

function definePatternType(t: PyType): void {
  const searchLike = (name: string, which: 'sticky' | 'global' | 'full') => {
    defineMethod(t, name, (self, args, kw) => {
      const [s, pos, endpos] = parseArgs(name, args, kw, ['string', 'pos', 'endpos'], 1);
      const st = patternOf(self);
      const text = textOf(s!);
      return runMatch(self, st, st[which], s!, intArg(pos, 0), intArg(endpos, text.length));
    });
  };
  searchLike('match', 'sticky');
  searchLike('search', 'global');
  searchLike('fullmatch', 'full');
  defineMethod(t, 'findall', (self, args, kw) => {
    const [s, pos, endpos] = parseArgs('findall', args, kw, ['string', 'pos', 'endpos'], 1);
    const st = patternOf(self);
    const text = textOf(s!);
    const out: PyObject[] = [];
    for (const m of iterMatches(st, text, intArg(pos, 0), intArg(endpos, text.length))) out.push(findallItem(st, m));
    return newList(out);
  });
  defineMethod(t, 'finditer', (self, args, kw) => {
    const [s, pos, endpos] = parseArgs('finditer', args, kw, ['string', 'pos', 'endpos'], 1);
    const st = patternOf(self);
    const text = textOf(s!);
    const p0 = intArg(pos, 0);
    const e0 = intArg(endpos, text.length);
    const out: PyObject[] = [];
    for (const m of iterMatches(st, text, p0, e0)) out.push(makeMatch(self, s!, text, p0, e0, m));
    const l = newList(out);
    const it = call(getIterBuiltin(), [l]);
    decref(l);
    return it;
  });
  defineMethod(t, 'sub', (self, args, kw) => {
    const [repl, s, count] = parseArgs('sub', args, kw, ['repl', 'string', 'count'], 2);
    return newStr(doSub(self, patternOf(self), repl!, s!, intArg(count, 0))[0]);
  });
  defineMethod(t, 'subn', (self, args, kw) => {
    const [repl, s, count] = parseArgs('subn', args, kw, ['repl', 'string', 'count'], 2);
    const [r, n] = doSub(self, patternOf(self), repl!, s!, intArg(count, 0));
    return newTuple([newStr(r), newInt(n)]);
  });
  defineMethod(t, 'split', (self, args, kw) => {
    const [s, maxsplit] = parseArgs('split', args, kw, ['string', 'maxsplit'], 1);
    return doSplit(patternOf(self), s!, intArg(maxsplit, 0));
  });
  defineGetSet(t, 'pattern', (self) => {
    const p = patternOf(self).pattern;
    p.rc++;
    return p;
  });
  defineGetSet(t, 'flags', (self) => newInt(patternOf(self).flags));
  defineGetSet(t, 'groups', (self) => newInt(patternOf(self).groups));
  defineGetSet(t, 'groupindex', (self) => {
    const d = newDict();
    for (const [k, v] of patternOf(self).names) {
      const n = newInt(v);
      dictSetStr(d, k, n);
      decref(n);
    }
    return d;
  });
  const reprFn = (self: PyObject): PyObject => {
    const st = patternOf(self);
    const f = flagsRepr(st.flags);
    return newStr(`re.compile(${reprText(st.pattern)}${f ? ', ' + f : ''})`);
  };
  defineMethod(t, '__repr__', reprFn);
  t.slots.repr = reprFn;
  t.slots.hash = (self) => {
    const st = patternOf(self);
    let h = st.flags;
    for (let i = 0; i < st.text.length; i++) h = (Math.imul(h, 31) + st.text.charCodeAt(i)) | 0;
    return h === -1 ? -2 : h;
  };
  t.slots.richcompare = (a, b, op) => {
    const pa = patterns.get(a);
    const pb = patterns.get(b);
    if (pa === undefined || pb === undefined || (op !== 2 && op !== 3)) {
      const ni = getNotImplemented();
      ni.rc++;
      return ni;
    }
    const eq = pa.text === pb.text && pa.flags === pb.flags;
    return newIntBool(op === 2 ? eq : !eq);
  };
}

function getNotImplemented(): PyObject {
  return NotImplemented;
}
function newIntBool(b: boolean): PyObject {
  return newBool(b);
}

/** builtins.iter of the running program (finditer returns an iterator over its matches). */
function getIterBuiltin(): PyObject {
  return rtBuiltins().getStr('iter')!;
}
function rtBuiltins(): PyDict {
  return rt.builtins;
}

function defineMatchType(t: PyType): void {
  defineMethod(t, 'group', (self, args, kw) => {
    if (kw !== null && kw.length > 0) throw typeError('group() takes no keyword arguments');
    const ms = matchOf(self);
    if (args.length === 0) return groupValue(ms, 0);
    if (args.length === 1) return groupValue(ms, groupIndex(ms, args[0]));
    return newTuple(args.map((g) => groupValue(ms, groupIndex(ms, g))));
  });
  t.slots.getitem = (self, key) => {
    const ms = matchOf(self);
    return groupValue(ms, groupIndex(ms, key));
  };
  defineMethod(t, '__getitem__', (self, args) => {
    const ms = matchOf(self);
    return groupValue(ms, groupIndex(ms, args[0]));
  });
  defineMethod(t, 'groups', (self, args, kw) => {
    const [dflt] = parseArgs('groups', args, kw, ['default'], 0);
    const ms = matchOf(self);
    const items: PyObject[] = [];
    for (let k = 1; k < ms.indices.length; k++) items.push(groupValue(ms, k, dflt ?? None));
    return newTuple(items);
  });
  defineMethod(t, 'groupdict', (self, args, kw) => {
    const [dflt] = parseArgs('groupdict', args, kw, ['default'], 0);
    const ms = matchOf(self);
    const d = newDict();
    for (const [name, k] of patterns.get(ms.pat)!.names) {
      const v = groupValue(ms, k, dflt ?? None);
      dictSetStr(d, name, v);
      decref(v);
    }
    return d;
  });
  const spanPart = (name: string, part: 0 | 1 | 2) => {
    defineMethod(t, name, (self, args, kw) => {
      const [g] = parseArgs(name, args, kw, ['group'], 0);
      const ms = matchOf(self);
      const k = g === null ? 0 : groupIndex(ms, g);
      const span = ms.indices[k] ?? [-1, -1];
      if (part === 2) return newTuple([newInt(span[0]), newInt(span[1])]);
      return newInt(span[part]);
    });
  };
  spanPart('start', 0);
  spanPart('end', 1);
  spanPart('span', 2);
  defineMethod(t, 'expand', (self, args) => {
    const ms = matchOf(self);
    const arr = ms.indices.map((sp) => (sp === undefined ? undefined : ms.text.slice(sp[0], sp[1]))) as unknown as RegExpExecArray;
    return newStr(expandTemplate(patterns.get(ms.pat)!, textOf(args[0]), arr));
  });
  defineGetSet(t, 'string', (self) => {
    const s = matchOf(self).string;
    s.rc++;
    return s;
  });
  defineGetSet(t, 're', (self) => {
    const p = matchOf(self).pat;
    p.rc++;
    return p;
  });
  defineGetSet(t, 'pos', (self) => newInt(matchOf(self).pos));
  defineGetSet(t, 'endpos', (self) => newInt(matchOf(self).endpos));
  defineGetSet(t, 'lastindex', (self) => {
    const ms = matchOf(self);
    let best = -1;
    let bestEnd = -1;
    for (let k = 1; k < ms.indices.length; k++) {
      const sp = ms.indices[k];
      if (sp !== undefined && sp[1] >= bestEnd) {
        best = k;
        bestEnd = sp[1];
      }
    }
    return best < 0 ? (None.rc++, None) : newInt(best);
  });
  defineGetSet(t, 'lastgroup', (self) => {
    const ms = matchOf(self);
    let best = -1;
    let bestEnd = -1;
    for (let k = 1; k < ms.indices.length; k++) {
      const sp = ms.indices[k];
      if (sp !== undefined && sp[1] >= bestEnd) {
        best = k;
        bestEnd = sp[1];
      }
    }
    for (const [name, k] of patterns.get(ms.pat)!.names) if (k === best) return newStr(name);
    None.rc++;
    return None;
  });
  const reprFn = (self: PyObject): PyObject => {
    const ms = matchOf(self);
    const sp = ms.indices[0]!;
    const m = newStr(ms.text.slice(sp[0], sp[1]));
    const r = `<re.Match object; span=(${sp[0]}, ${sp[1]}), match=${reprText(m)}>`;
    decref(m);
    return newStr(r);
  };
  defineMethod(t, '__repr__', reprFn);
  t.slots.repr = reprFn;
  t.slots.bool = () => true;
}

function fillRe(m: PyModule): void {
  const d = m.md;
  const mk = (name: string, bases: PyType[]): PyType => {
    const ns = newDict();
    const t = makeClass(typeType, name, bases, ns);
    decref(ns);
    const mod = newStr('re');
    dictSetStr(t.dict, '__module__', mod);
    decref(mod);
    dictSetStr(d, name, t);
    decref(t);
    return t;
  };
  const pattern = mk('Pattern', [objectType]);
  definePatternType(pattern);
  const match = mk('Match', [objectType]);
  defineMatchType(match);
  // the native state owns references (pattern string; a match's pattern and subject): drop them
  // when the object dies, before the instance's own fields
  const patDealloc = pattern.dealloc;
  pattern.dealloc = (o) => {
    const st = patterns.get(o);
    if (st !== undefined) {
      patterns.delete(o);
      release(st.pattern);
    }
    return patDealloc(o);
  };
  const matchDealloc = match.dealloc;
  match.dealloc = (o) => {
    const ms = matches.get(o);
    if (ms !== undefined) {
      matches.delete(o);
      release(ms.pat);
      release(ms.string);
    }
    return matchDealloc(o);
  };
  const error = mk('error', [exceptionTypes['Exception']]);
  dictSetStr(d, 'PatternError', error);
  types = { pattern, match, error };

  for (const [k, v] of Object.entries(FLAGS)) {
    const n = newInt(v);
    dictSetStr(d, k, n);
    const short: Record<string, string> = { IGNORECASE: 'I', MULTILINE: 'M', DOTALL: 'S', UNICODE: 'U', VERBOSE: 'X', ASCII: 'A', LOCALE: 'L', TEMPLATE: 'T' };
    if (short[k]) dictSetStr(d, short[k], n);
    decref(n);
  }
  patternCache = newDict();
  dictSetStr(d, '_cache', patternCache);
  decref(patternCache);
  const noflag = newInt(0);
  dictSetStr(d, 'NOFLAG', noflag);
  decref(noflag);

  defineFunction(d, 'compile', (_s, args, kw) => {
    const [p, flags] = parseArgs('compile', args, kw, ['pattern', 'flags'], 1);
    return getPattern(p!, flags);
  });
  for (const [name, which] of [['match', 'sticky'], ['search', 'global'], ['fullmatch', 'full']] as const) {
    defineFunction(d, name, (_s, args, kw) => {
      const [p, s, flags] = parseArgs(name, args, kw, ['pattern', 'string', 'flags'], 2);
      return withPattern(p!, flags, (po, st) => runMatch(po, st, st[which], s!, 0, textOf(s!).length));
    });
  }
  defineFunction(d, 'findall', (_s, args, kw) => {
    const [p, s, flags] = parseArgs('findall', args, kw, ['pattern', 'string', 'flags'], 2);
    return withPattern(p!, flags, (_po, st) => {
      const text = textOf(s!);
      const out: PyObject[] = [];
      for (const mm of iterMatches(st, text, 0, text.length)) out.push(findallItem(st, mm));
      return newList(out);
    });
  });
  defineFunction(d, 'finditer', (_s, args, kw) => {
    const [p, s, flags] = parseArgs('finditer', args, kw, ['pattern', 'string', 'flags'], 2);
    return withPattern(p!, flags, (po, st) => {
      const text = textOf(s!);
      const out: PyObject[] = [];
      for (const mm of iterMatches(st, text, 0, text.length)) out.push(makeMatch(po, s!, text, 0, text.length, mm));
      const l = newList(out);
      const it = call(getIterBuiltin(), [l]);
      decref(l);
      return it;
    });
  });
  defineFunction(d, 'sub', (_s, args, kw) => {
    const [p, repl, s, count, flags] = parseArgs('sub', args, kw, ['pattern', 'repl', 'string', 'count', 'flags'], 3);
    return withPattern(p!, flags, (po, st) => newStr(doSub(po, st, repl!, s!, intArg(count, 0))[0]));
  });
  defineFunction(d, 'subn', (_s, args, kw) => {
    const [p, repl, s, count, flags] = parseArgs('subn', args, kw, ['pattern', 'repl', 'string', 'count', 'flags'], 3);
    return withPattern(p!, flags, (po, st) => {
      const [r, n] = doSub(po, st, repl!, s!, intArg(count, 0));
      return newTuple([newStr(r), newInt(n)]);
    });
  });
  defineFunction(d, 'split', (_s, args, kw) => {
    const [p, s, maxsplit, flags] = parseArgs('split', args, kw, ['pattern', 'string', 'maxsplit', 'flags'], 2);
    return withPattern(p!, flags, (_po, st) => doSplit(st, s!, intArg(maxsplit, 0)));
  });
  defineFunction(d, 'escape', (_s, args, kw) => {
    parseArgs('escape', args, kw, ['pattern'], 1);
    const s = textOf(args[0]);
    let out = '';
    for (const ch of s) out += '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'.includes(ch) ? '\\' + ch : ch;
    return newStr(out);
  });
  defineFunction(d, 'purge', () => {
    cache.clear();
    if (patternCache !== null) dictClear(patternCache);
    None.rc++;
    return None;
  });
  void PyList;
  void strText;
  void dictSet;
}

registerNativeModule('re', fillRe, { package: true });
