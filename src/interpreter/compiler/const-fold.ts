/**
 * The AST optimiser: CPython 3.12's Python/ast_opt.c, run before the symbol table.
 *
 * Model. `optimize(mod)` returns a rewritten copy of the tree (the input is not modified),
 * folding bottom-up exactly where CPython does:
 *  - unary operators on constants (`-1` is the constant -1), and `not (a is b)` → `a is not b`
 *    (only for is / is not / in / not in, single comparison);
 *  - binary operators on constants, with CPython's size limits: no int result wider than 128
 *    bits from `*`, `**`, `<<` (safe_multiply / safe_power / safe_lshift), no sequence
 *    repetition longer than 4096 characters / 256 items, no `%` on str/bytes; operations that
 *    would raise (1/0, 10.0**400) are left alone;
 *  - constant subscripts (`"abc"[1]`), tuples of constants → a constant tuple;
 *  - the iterable of `for` / comprehensions and the right operand of `in`: a list display
 *    becomes a tuple display (a constant if possible), a set of constants a frozenset;
 *  - `__debug__` → True.
 * Complex constants are never folded (a front-end complex constant holds only an imaginary
 * part, so `1+2j` cannot be represented; CPython would fold it).
 * Folded constants can be tuples / frozensets, so a folded `Constant` node's `value` is a
 * code-unit `Const` (see `constOf`).
 */
import type { Mod, Expr, Constant, Comprehension } from '../frontend/ast';
import type { Const } from './code-unit';

const MAX_INT_SIZE = 128; // bits
const MAX_COLLECTION_SIZE = 256; // items
const MAX_STR_SIZE = 4096; // characters
const MAX_TOTAL_ITEMS = 1024; // including nested collections

/** The value of a (possibly folded) Constant node. */
export const constOf = (e: Constant): Const => e.value as Const;

export function optimize(mod: Mod): Mod {
  return walk(mod as unknown as AnyNode) as unknown as Mod;
}

type AnyNode = { kind: string; [k: string]: unknown };

const isNode = (v: unknown): v is AnyNode =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as AnyNode).kind === 'string';

/** Copy a node with all its child nodes optimised, then fold the node itself. */
function walk(n: AnyNode): AnyNode {
  const out: AnyNode = { ...n };
  for (const k of Object.keys(n)) {
    const v = n[k];
    if (isNode(v)) out[k] = walk(v);
    else if (Array.isArray(v)) out[k] = v.map((x) => (isNode(x) ? walk(x) : x));
  }
  return foldNode(out);
}

function foldNode(n: AnyNode): AnyNode {
  switch (n.kind) {
    case 'UnaryOp': return foldUnary(n as unknown as Extract<Expr, { kind: 'UnaryOp' }>) as unknown as AnyNode;
    case 'BinOp': return foldBinOp(n as unknown as Extract<Expr, { kind: 'BinOp' }>) as unknown as AnyNode;
    case 'Subscript': return foldSubscript(n as unknown as Extract<Expr, { kind: 'Subscript' }>) as unknown as AnyNode;
    case 'Tuple': {
      const t = n as unknown as Extract<Expr, { kind: 'Tuple' }>;
      if (t.ctx !== 'Load') return n;
      const items = constItems(t.elts);
      return items ? makeConst(n, { t: 'tuple', items }) : n;
    }
    case 'Compare': {
      const c = n as unknown as Extract<Expr, { kind: 'Compare' }>;
      const last = c.ops.length - 1;
      if (c.ops[last] === 'In' || c.ops[last] === 'NotIn') {
        const comparators = c.comparators.slice();
        comparators[last] = foldIter(comparators[last]!);
        return { ...n, comparators } as AnyNode;
      }
      return n;
    }
    case 'For': // (ast_opt.c folds a For's iterable, not an AsyncFor's)
      return { ...n, iter: foldIter(n.iter as Expr) };
    case 'comprehension':
      return { ...n, iter: foldIter((n as unknown as Comprehension).iter) };
    case 'Name':
      if (n.id === '__debug__' && n.ctx === 'Load') return makeConst(n, { t: 'bool', v: true });
      return n;
    default:
      return n;
  }
}

function makeConst(n: AnyNode | Expr, value: Const): AnyNode {
  const { lineno, col_offset, end_lineno, end_col_offset } = n as Expr;
  return { kind: 'Constant', value, lineno, col_offset, end_lineno, end_col_offset } as unknown as AnyNode;
}

function constItems(elts: Expr[]): Const[] | null {
  const items: Const[] = [];
  for (const e of elts) {
    if (e.kind !== 'Constant') return null;
    items.push(constOf(e));
  }
  return items;
}

/** fold_iter: `[a, b]` → `(a, b)` (constant if possible), `{1, 2}` → frozenset. */
function foldIter(e: Expr): Expr {
  if (e.kind === 'List') {
    if (e.elts.some((x) => x.kind === 'Starred')) return e;
    const items = constItems(e.elts);
    if (items) return makeConst(e, { t: 'tuple', items }) as unknown as Expr;
    return { ...e, kind: 'Tuple', ctx: 'Load' } as Expr;
  }
  if (e.kind === 'Set') {
    const items = constItems(e.elts);
    if (items) return makeConst(e, { t: 'frozenset', items }) as unknown as Expr;
  }
  return e;
}

// ---------------------------------------------------------------------------- unary

function foldUnary(e: Extract<Expr, { kind: 'UnaryOp' }>): AnyNode | Expr {
  const arg = e.operand;
  if (arg.kind !== 'Constant') {
    if (e.op === 'Not' && arg.kind === 'Compare' && arg.ops.length === 1) {
      const inv = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' } as const;
      const op = arg.ops[0]!;
      if (op === 'Is' || op === 'IsNot' || op === 'In' || op === 'NotIn') return { ...arg, ops: [inv[op]] };
    }
    return e;
  }
  const v = constOf(arg);
  let r: Const | null = null;
  if (e.op === 'Not') {
    const t = truthy(v);
    r = t === null ? null : { t: 'bool', v: !t };
  } else {
    const num = numeric(v);
    if (num === null) return e;
    if (typeof num === 'bigint') {
      if (e.op === 'USub') r = int(-num);
      else if (e.op === 'UAdd') r = int(num);
      else r = int(~num);
    } else if (e.op !== 'Invert') {
      r = { t: 'float', v: e.op === 'USub' ? -num : num };
    }
  }
  return r === null ? e : makeConst(e, r);
}

function truthy(v: Const): boolean | null {
  switch (v.t) {
    case 'None': return false;
    case 'bool': return v.v;
    case 'int': return v.v !== 0n;
    case 'float': return v.v !== 0;
    case 'complex': return v.imag !== 0;
    case 'str': return v.v.length > 0;
    case 'bytes': return v.v.length > 0;
    case 'tuple':
    case 'frozenset': return v.items.length > 0;
    case 'Ellipsis': return true;
    default: return null;
  }
}

const int = (v: bigint): Const => ({ t: 'int', v });

/** An int (bool included) as bigint, a float as number; null for anything else. */
function numeric(v: Const): bigint | number | null {
  if (v.t === 'int') return v.v;
  if (v.t === 'bool') return v.v ? 1n : 0n;
  if (v.t === 'float') return v.v;
  return null;
}

const numBits = (v: bigint): number => (v < 0n ? -v : v).toString(2).length - (v === 0n ? 1 : 0);

// ---------------------------------------------------------------------------- binary

function foldBinOp(e: Extract<Expr, { kind: 'BinOp' }>): AnyNode | Expr {
  if (e.left.kind !== 'Constant') return e;
  const lv = constOf(e.left);
  if (e.op === 'Mod' && lv.t === 'str' && e.right.kind === 'Tuple' && !e.right.elts.some((x) => x.kind === 'Starred')) {
    return formatToJoinedStr(e, lv.v, e.right.elts);
  }
  if (e.right.kind !== 'Constant') return e;
  const r = binop(e.op, constOf(e.left), constOf(e.right));
  return r === null ? e : makeConst(e, r);
}

/**
 * `'literal %s %r' % (a, b)` → the f-string `f'literal {a!s} {b!r}'` (ast_opt.c optimize_format):
 * only when every unit is %s / %r / %a with optional `-` flag, width and precision of at most
 * two digits each, and the units and tuple items are equally many; otherwise the node is kept.
 */
function formatToJoinedStr(e: Extract<Expr, { kind: 'BinOp' }>, fmt: string, elts: Expr[]): AnyNode | Expr {
  const values: Expr[] = [];
  const pos = { lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };
  const strConst = (v: string): Expr => ({ kind: 'Constant', value: { t: 'str', v }, ...pos }) as unknown as Expr;
  let i = 0;
  let cnt = 0;
  const n = fmt.length;
  for (;;) {
    // literal part ("%%" stands for "%")
    const start = i;
    let lit = '';
    while (i < n) {
      if (fmt[i] !== '%') lit += fmt[i++];
      else if (i + 1 < n && fmt[i + 1] === '%') {
        lit += '%';
        i += 2;
      } else break;
    }
    if (i > start) values.push(strConst(lit));
    if (i >= n) break;
    if (cnt >= elts.length) return e; // more format units than items
    i++; // the '%'
    const unit = parseSimpleFormatUnit(fmt, i);
    if (unit === null) return e;
    i = unit.end;
    const arg = elts[cnt++]!;
    if (unit.spec !== 's' && unit.spec !== 'r' && unit.spec !== 'a') return e;
    let spec = '';
    if (!unit.ljust && unit.width > 0) spec += '>';
    if (unit.width >= 0) spec += String(unit.width);
    if (unit.prec >= 0) spec += `.${unit.prec}`;
    const { lineno, col_offset, end_lineno, end_col_offset } = arg;
    values.push({
      kind: 'FormattedValue', value: arg, conversion: unit.spec.charCodeAt(0),
      format_spec: spec ? { kind: 'JoinedStr', values: [strConst(spec)], ...pos } : null,
      lineno, col_offset, end_lineno, end_col_offset,
    } as Expr);
  }
  if (cnt < elts.length) return e; // more items than format units
  const { lineno, col_offset, end_lineno, end_col_offset } = e;
  return { kind: 'JoinedStr', values, lineno, col_offset, end_lineno, end_col_offset } as Expr;
}

/** simple_format_arg_parse: flags, width, precision (each at most two digits) and the spec char. */
function parseSimpleFormatUnit(fmt: string, at: number): { spec: string; ljust: boolean; width: number; prec: number; end: number } | null {
  let i = at;
  let ch = '';
  const next = (): boolean => {
    if (i >= fmt.length) return false;
    ch = fmt[i++]!;
    return true;
  };
  let ljust = false;
  for (;;) {
    if (!next()) return null;
    if (ch === '-') ljust = true;
    else if (ch !== '+' && ch !== ' ' && ch !== '#' && ch !== '0') break;
  }
  const isDigit = (c: string): boolean => c >= '0' && c <= '9';
  let width = -1;
  let prec = -1;
  if (isDigit(ch)) {
    width = 0;
    let digits = 0;
    while (isDigit(ch)) {
      width = width * 10 + Number(ch);
      if (!next()) return null;
      if (++digits >= 3) return null;
    }
  }
  if (ch === '.') {
    if (!next()) return null;
    prec = 0;
    let digits = 0;
    while (isDigit(ch)) {
      prec = prec * 10 + Number(ch);
      if (!next()) return null;
      if (++digits >= 3) return null;
    }
  }
  return { spec: ch, ljust, width, prec, end: i };
}

function binop(op: string, a: Const, b: Const): Const | null {
  const x = numeric(a);
  const y = numeric(b);
  if (x !== null && y !== null) {
    if (typeof x === 'bigint' && typeof y === 'bigint') return intOp(op, x, y);
    const fx = toFloat(x);
    const fy = toFloat(y);
    if (fx === null || fy === null) return null;
    const r = floatOp(op, fx, fy);
    return r === null ? null : { t: 'float', v: r };
  }
  return seqOp(op, a, b);
}

function toFloat(v: bigint | number): number | null {
  if (typeof v === 'number') return v;
  const f = Number(v);
  return Number.isFinite(f) ? f : null; // OverflowError: int too large to convert to float
}

function intOp(op: string, x: bigint, y: bigint): Const | null {
  switch (op) {
    case 'Add': return int(x + y);
    case 'Sub': return int(x - y);
    case 'Mult':
      if (x !== 0n && y !== 0n && numBits(x) + numBits(y) > MAX_INT_SIZE) return null;
      return int(x * y);
    case 'Div': {
      if (y === 0n) return null;
      if (!Number.isSafeInteger(Number(x)) || !Number.isSafeInteger(Number(y))) return null;
      return { t: 'float', v: Number(x) / Number(y) };
    }
    case 'FloorDiv': {
      if (y === 0n) return null;
      let q = x / y;
      if (x % y !== 0n && (x < 0n) !== (y < 0n)) q -= 1n;
      return int(q);
    }
    case 'Mod': {
      if (y === 0n) return null;
      let r = x % y;
      if (r !== 0n && (r < 0n) !== (y < 0n)) r += y;
      return int(r);
    }
    case 'Pow': {
      if (y < 0n) {
        const fx = toFloat(x);
        if (fx === null || x === 0n) return null;
        const r = floatOp('Pow', fx, Number(y));
        return r === null ? null : { t: 'float', v: r };
      }
      if (x !== 0n && y > 0n && numBits(x) > Math.floor(MAX_INT_SIZE / Number(y))) return null;
      return int(x ** y);
    }
    case 'LShift':
      if (y < 0n) return null;
      if (x !== 0n && y !== 0n && (y > BigInt(MAX_INT_SIZE) || numBits(x) > MAX_INT_SIZE - Number(y))) return null;
      return int(x << y);
    case 'RShift':
      if (y < 0n) return null;
      return int(x >> y);
    case 'BitOr': return int(x | y);
    case 'BitXor': return int(x ^ y);
    case 'BitAnd': return int(x & y);
    default: return null;
  }
}

function floatOp(op: string, x: number, y: number): number | null {
  switch (op) {
    case 'Add': return x + y;
    case 'Sub': return x - y;
    case 'Mult': return x * y;
    case 'Div': return y === 0 ? null : x / y;
    case 'FloorDiv': return y === 0 ? null : floatDivmod(x, y)[0];
    case 'Mod': return y === 0 ? null : floatDivmod(x, y)[1];
    case 'Pow': {
      if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
      if (x === 0 && y < 0) return null; // ZeroDivisionError
      if (x < 0 && !Number.isInteger(y)) return null; // complex result
      const r = Math.pow(x, y);
      return Number.isFinite(r) ? r : null; // OverflowError
    }
    default: return null;
  }
}

/** CPython's float_divmod. */
function floatDivmod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod) {
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 || Object.is(wx, -0) ? -0 : 0;
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = Math.sign(vx / wx) < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

const codepoints = (s: string): string[] => Array.from(s);

/** Total items of nested tuples (check_complexity); returns the remaining budget. */
function checkComplexity(v: Const, limit: number): number {
  if (v.t === 'tuple' || v.t === 'frozenset') {
    limit -= v.items.length;
    for (let i = 0; limit >= 0 && i < v.items.length; i++) limit = checkComplexity(v.items[i]!, limit);
  }
  return limit;
}

function seqOp(op: string, a: Const, b: Const): Const | null {
  if (op === 'Add') {
    if (a.t === 'str' && b.t === 'str') return { t: 'str', v: a.v + b.v };
    if (a.t === 'bytes' && b.t === 'bytes') {
      const r = new Uint8Array(a.v.length + b.v.length);
      r.set(a.v);
      r.set(b.v, a.v.length);
      return { t: 'bytes', v: r };
    }
    if (a.t === 'tuple' && b.t === 'tuple') return { t: 'tuple', items: [...a.items, ...b.items] };
    return null;
  }
  if (op === 'Mult') {
    const na = numeric(a);
    if (typeof na === 'bigint') return repeat(b, na);
    const nb = numeric(b);
    if (typeof nb === 'bigint') return repeat(a, nb);
  }
  return null;
}

/** safe_multiply for sequence * int. */
function repeat(seq: Const, count: bigint): Const | null {
  if (seq.t === 'tuple') {
    const size = seq.items.length;
    if (size) {
      if (count < 0n || count > BigInt(Math.floor(MAX_COLLECTION_SIZE / size))) return null;
      const n = Number(count);
      if (n && checkComplexity(seq, Math.floor(MAX_TOTAL_ITEMS / n)) < 0) return null;
    }
    const n = count < 0n ? 0 : Number(count);
    const items: Const[] = [];
    for (let i = 0; i < n; i++) items.push(...seq.items);
    return { t: 'tuple', items };
  }
  if (seq.t === 'str' || seq.t === 'bytes') {
    const size = seq.t === 'str' ? codepoints(seq.v).length : seq.v.length;
    if (size && (count < 0n || count > BigInt(Math.floor(MAX_STR_SIZE / size)))) return null;
    const n = count < 0n ? 0 : Number(count);
    if (seq.t === 'str') return { t: 'str', v: size ? seq.v.repeat(n) : '' };
    const r = new Uint8Array(seq.v.length * n);
    for (let i = 0; i < n; i++) r.set(seq.v, i * seq.v.length);
    return { t: 'bytes', v: r };
  }
  return null;
}

// ---------------------------------------------------------------------------- subscript

function foldSubscript(e: Extract<Expr, { kind: 'Subscript' }>): AnyNode | Expr {
  if (e.ctx !== 'Load' || e.value.kind !== 'Constant' || e.slice.kind !== 'Constant') return e;
  const seq = constOf(e.value);
  const idx = numeric(constOf(e.slice));
  if (typeof idx !== 'bigint') return e;
  let items: Const[];
  if (seq.t === 'str') items = codepoints(seq.v).map((c) => ({ t: 'str', v: c }));
  else if (seq.t === 'bytes') items = Array.from(seq.v, (b) => int(BigInt(b)));
  else if (seq.t === 'tuple') items = seq.items;
  else return e;
  const i = idx < 0n ? idx + BigInt(items.length) : idx;
  if (i < 0n || i >= BigInt(items.length)) return e;
  return makeConst(e, items[Number(i)]!);
}
