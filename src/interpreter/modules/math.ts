/**
 * The `math` module (Modules/mathmodule.c): float functions with C99 error semantics
 * ("math domain error" / "math range error"), exact integer functions (factorial, gcd, lcm,
 * comb, perm, isqrt), correctly rounded fsum (Shewchuk/msum, as CPython), hypot/dist/sumprod
 * computed exactly then rounded once, and the constants.
 */
import { ddExp, ddExpm1, ddLog1p, ddSin, ddCos, ddTan, ddAsin, ddAcos, ddAtan, ddAtan2, ddSinh, ddCosh, ddTanh, ddAsinh, ddAcosh, ddAtanh, ddLog, ddLog2, ddLog10 } from '../objects/text/dd-libm';
import { PyObject, decref } from '../objects/object';
import { newModule, PyModule } from '../objects/module';
import { defineFunction, parseArgs, exactArgs, rangeArgs, noKwargs } from '../objects/descriptors';
import { dictSetStr } from '../objects/dict';
import { None } from '../objects/singletons';
import { newInt, newBool, PyInt, IntValue, norm, toBig, True, False } from '../objects/int';
import { PyFloat, newFloat } from '../objects/float';
import { newTuple } from '../objects/tuple';
import { typeError, valueError, overflowError, zeroDivisionError } from '../objects/errors';
import { binaryOp, call, lookupSpecial, getIter, iterNext, iterToArray, isTrue } from '../objects/abstract';
import { NB } from '../objects/typeobject';
import { asIntValue, bitLength, intToFloat } from '../objects/int-type';
import { toDouble, bigScaledToDouble, decompose, ldexp as ldexpExact, floatPow, isqrtBig, exactNorm } from '../objects/float-type';
import { PyTuple } from '../objects/tuple';
import { PyList } from '../objects/list';

const domain = () => valueError('math domain error');
const range = () => overflowError('math range error');

/** math_1: f(x) with CPython's errno rules. canOverflow: an infinite result is a range error. */
function math1(name: string, f: (x: number) => number, canOverflow: boolean) {
  return (_s: PyObject, args: PyObject[], kw: string[] | null): PyObject => {
    exactArgs(name, args, kw, 1);
    const x = toDouble(args[0]);
    const r = f(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) throw domain();
    if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) throw canOverflow ? range() : domain();
    return newFloat(r);
  };
}

/** Exact sum of products of doubles, rounded once. */
function exactSumProd(ps: number[], qs: number[]): number {
  let minE = Infinity;
  const terms: { m: bigint; e: number }[] = [];
  for (let i = 0; i < ps.length; i++) {
    if (ps[i] === 0 || qs[i] === 0) continue;
    const a = decompose(ps[i]);
    const b = decompose(qs[i]);
    const m = a.mant * b.mant * ((a.neg !== b.neg) ? -1n : 1n);
    const e = a.exp + b.exp;
    terms.push({ m, e });
    minE = Math.min(minE, e);
  }
  if (terms.length === 0) return 0;
  let s = 0n;
  for (const t of terms) s += t.m << BigInt(t.e - minE);
  const neg = s < 0n;
  return bigScaledToDouble(neg ? -s : s, minE, neg);
}

/** log of an int or float with the int path for huge ints (loghelper). */
function logHelper(arg: PyObject, f: (x: number) => number): number {
  if (arg instanceof PyInt) {
    const v = arg.value;
    if (v <= 0) throw domain();
    if (typeof v === 'number') return f(v);
    const x = Number(v);
    if (Number.isFinite(x)) return f(x);
    // frexp of a huge int: v ≈ m * 2**e
    const bl = bitLength(v);
    const shift = bl - 60;
    const m = Number(v >> BigInt(shift)) / 2 ** 60;
    return f(m) + f(2.0) * (shift + 60);
  }
  const x = toDouble(arg);
  if (Number.isNaN(x)) return x;
  if (x <= 0) throw domain();
  if (x === Infinity) return x;
  return f(x);
}

function fsum(items: PyObject[]): number {
  const p: number[] = [];
  let specialSum = 0;
  let infSum = 0;
  for (const item of items) {
    let x = toDouble(item);
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const yr = hi - x;
      const lo = y - yr;
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) throw overflowError('intermediate overflow in fsum');
        if (xsave === Infinity || xsave === -Infinity) infSum += xsave;
        specialSum += xsave;
        p.length = 0;
      } else p.push(x);
    }
  }
  if (specialSum !== 0) {
    if (Number.isNaN(infSum)) throw valueError('-inf + inf in fsum');
    return specialSum;
  }
  let hi = 0;
  let n = p.length;
  if (n > 0) {
    hi = p[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

function factorialBig(n: number): bigint {
  let r = 1n;
  for (let i = 2; i <= n; i++) r *= BigInt(i);
  return r;
}

function gcdBig(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function intArg(o: PyObject): bigint {
  return toBig(asIntValue(o));
}

/** math.floor / math.ceil: floats directly, ints unchanged, else __floor__/__ceil__. */
function floorCeil(name: '__floor__' | '__ceil__', f: (x: number) => number) {
  return (_s: PyObject, args: PyObject[], kw: string[] | null): PyObject => {
    exactArgs(name === '__floor__' ? 'floor' : 'ceil', args, kw, 1);
    const x = args[0];
    if (x instanceof PyFloat && x.type.lookup(name) === PyFloatDunder(name)) return floatToInt(f(x.value));
    if (x.type === (newInt(0) as PyInt).type) return newInt((x as PyInt).value);
    const m = lookupSpecial(x, name);
    if (m !== null) {
      try {
        return call(m, []);
      } finally {
        decref(m);
      }
    }
    return floatToInt(f(toDouble(x)));
  };
}

let floatFloor: PyObject | null = null;
let floatCeil: PyObject | null = null;
function PyFloatDunder(name: string): PyObject | null {
  const t = newFloat(0).type;
  if (name === '__floor__') return (floatFloor ??= t.lookup('__floor__'));
  return (floatCeil ??= t.lookup('__ceil__'));
}

function floatToInt(f: number): PyObject {
  if (Number.isNaN(f)) throw valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(f)) throw overflowError('cannot convert float infinity to integer');
  return newInt(Number.isSafeInteger(f) ? (f === 0 ? 0 : f) : norm(BigInt(f)));
}

/** C pow(x, y) with math.pow's error rules. */
function mathPow(x: number, y: number): number {
  if (Number.isNaN(x)) return y === 0 ? 1 : x;
  if (Number.isNaN(y)) return x === 1 ? 1 : y;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    // C99 Annex F special values (no errors)
    if (!Number.isFinite(y)) {
      const ax = Math.abs(x);
      if (ax === 1) return 1;
      if ((y > 0) === (ax > 1)) return Infinity;
      return 0;
    }
    const odd = Number.isInteger(y) && Math.abs(y % 2) === 1;
    if (y === 0) return 1;
    if (x > 0) return y > 0 ? Infinity : 0;
    if (y > 0) return odd ? -Infinity : Infinity;
    return odd ? -0 : 0;
  }
  if (x === 0 && y < 0) throw domain();
  if (x < 0 && !Number.isInteger(y)) throw domain();
  if (y === 0) return 1;
  const r = floatPow(x, y) as PyFloat;
  const v = r.value;
  decref(r);
  return v;
}

export function makeMathModule(): PyModule {
  const m = newModule('math');
  const d = m.md;
  const def = (name: string, fn: (s: PyObject, a: PyObject[], k: string[] | null) => PyObject) => defineFunction(d, name, fn);
  const f1 = (name: string, f: (x: number) => number, canOverflow = false) => def(name, math1(name, f, canOverflow));

  f1('sqrt', (x) => (x < 0 ? NaN : sqrtCorrect(x)));
  f1('exp', ddExp, true);
  f1('exp2', (x) => Math.pow(2, x), true);
  f1('expm1', ddExpm1, true);
  f1('log1p', (x) => (x <= -1 ? NaN : ddLog1p(x)));
  f1('sin', (x) => (Number.isFinite(x) ? ddSin(x) : Number.isNaN(x) ? x : NaN));
  f1('cos', (x) => (Number.isFinite(x) ? ddCos(x) : Number.isNaN(x) ? x : NaN));
  f1('tan', (x) => (Number.isFinite(x) ? ddTan(x) : Number.isNaN(x) ? x : NaN));
  f1('asin', ddAsin);
  f1('acos', ddAcos);
  f1('atan', ddAtan);
  f1('sinh', ddSinh, true);
  f1('cosh', ddCosh, true);
  f1('tanh', ddTanh);
  f1('asinh', ddAsinh);
  f1('acosh', ddAcosh);
  f1('atanh', (x) => (Math.abs(x) >= 1 ? NaN : ddAtanh(x)));
  f1('fabs', Math.abs);
  f1('cbrt', glibcCbrt);
  f1('erf', erf);
  f1('erfc', (x) => 1 - erf(x));
  f1('gamma', gamma, true);
  f1('lgamma', (x) => (x <= 0 && Number.isInteger(x) ? NaN : Math.log(Math.abs(gamma(x)))), true);
  def('floor', floorCeil('__floor__', Math.floor));
  def('ceil', floorCeil('__ceil__', Math.ceil));
  def('trunc', (_s, args, kw) => {
    exactArgs('trunc', args, kw, 1);
    const x = args[0];
    const mt = lookupSpecial(x, '__trunc__');
    if (mt === null) throw typeError(`type ${x.type.name} doesn't define __trunc__ method`);
    try {
      return call(mt, []);
    } finally {
      decref(mt);
    }
  });
  def('pow', (_s, args, kw) => {
    exactArgs('pow', args, kw, 2);
    const x = toDouble(args[0]);
    const y = toDouble(args[1]);
    let r: number;
    try {
      r = mathPow(x, y);
    } catch (e) {
      if (Number.isFinite(x) && Number.isFinite(y) && x !== 0 && !(x < 0 && !Number.isInteger(y))) throw range();
      throw e;
    }
    if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x) && Number.isFinite(y)) {
      if (x === 0) throw domain();
      throw range();
    }
    return newFloat(r);
  });
  def('log', (_s, args, kw) => {
    rangeArgs('log', args, kw, 1, 2);
    const num = logHelper(args[0], ddLog);
    if (args.length === 1) return newFloat(num);
    const den = logHelper(args[1], ddLog);
    if (den === 0) throw zeroDivisionError('float division by zero');
    return newFloat(num / den);
  });
  def('log2', (_s, args, kw) => {
    exactArgs('log2', args, kw, 1);
    return newFloat(logHelper(args[0], ddLog2));
  });
  def('log10', (_s, args, kw) => {
    exactArgs('log10', args, kw, 1);
    return newFloat(logHelper(args[0], ddLog10));
  });
  def('atan2', (_s, args, kw) => {
    exactArgs('atan2', args, kw, 2);
    return newFloat(ddAtan2(toDouble(args[0]), toDouble(args[1])));
  });
  def('copysign', (_s, args, kw) => {
    exactArgs('copysign', args, kw, 2);
    const x = toDouble(args[0]);
    const y = toDouble(args[1]);
    const ny = y < 0 || Object.is(y, -0) || (Number.isNaN(y) && signBitNaN(args[1]));
    return newFloat(ny ? -Math.abs(x) : Math.abs(x));
  });
  def('fmod', (_s, args, kw) => {
    exactArgs('fmod', args, kw, 2);
    const x = toDouble(args[0]);
    const y = toDouble(args[1]);
    if (Number.isNaN(x) || Number.isNaN(y)) return newFloat(NaN);
    if (!Number.isFinite(x) || y === 0) throw domain();
    if (!Number.isFinite(y)) return newFloat(x);
    return newFloat(x % y);
  });
  def('remainder', (_s, args, kw) => {
    exactArgs('remainder', args, kw, 2);
    const x = toDouble(args[0]);
    const y = toDouble(args[1]);
    if (Number.isNaN(x)) return newFloat(x);
    if (Number.isNaN(y)) return newFloat(y);
    if (!Number.isFinite(x) || y === 0) throw domain();
    if (!Number.isFinite(y)) return newFloat(x);
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return newFloat(x < 0 ? -r : r);
  });
  def('modf', (_s, args, kw) => {
    exactArgs('modf', args, kw, 1);
    const x = toDouble(args[0]);
    if (!Number.isFinite(x)) {
      if (Number.isNaN(x)) return newTuple([newFloat(x), newFloat(x)]);
      return newTuple([newFloat(x > 0 ? 0 : -0), newFloat(x)]);
    }
    const ip = Math.trunc(x);
    let fp = x - ip;
    if (fp === 0) fp = x < 0 || Object.is(x, -0) ? -0 : 0;
    return newTuple([newFloat(fp), newFloat(ip === 0 && (x < 0 || Object.is(x, -0)) ? -0 : ip)]);
  });
  def('frexp', (_s, args, kw) => {
    exactArgs('frexp', args, kw, 1);
    const x = toDouble(args[0]);
    if (x === 0 || !Number.isFinite(x)) return newTuple([newFloat(x), newInt(0)]);
    const { mant, exp, neg } = decompose(x);
    const bl = bitLength(mant);
    const e = exp + bl;
    const mf = bigScaledToDouble(mant, -bl, neg);
    return newTuple([newFloat(mf), newInt(e)]);
  });
  def('ldexp', (_s, args, kw) => {
    exactArgs('ldexp', args, kw, 2);
    const x = toDouble(args[0]);
    if (!(args[1] instanceof PyInt)) throw typeError('Expected an int as second argument to ldexp.');
    const ev = args[1].value;
    if (x === 0 || !Number.isFinite(x)) return newFloat(x);
    const e = typeof ev === 'bigint' ? (ev > 0n ? 100000 : -100000) : Math.max(-100000, Math.min(100000, ev));
    const r = ldexpExact(x, e);
    if (!Number.isFinite(r)) throw range();
    return newFloat(r);
  });
  def('degrees', math1('degrees', (x) => x * (180 / Math.PI), true));
  def('radians', math1('radians', (x) => x * (Math.PI / 180), true));
  def('isnan', (_s, args, kw) => (exactArgs('isnan', args, kw, 1), newBool(Number.isNaN(toDouble(args[0])))));
  def('isinf', (_s, args, kw) => {
    exactArgs('isinf', args, kw, 1);
    const x = toDouble(args[0]);
    return newBool(x === Infinity || x === -Infinity);
  });
  def('isfinite', (_s, args, kw) => (exactArgs('isfinite', args, kw, 1), newBool(Number.isFinite(toDouble(args[0])))));
  def('isclose', (_s, args, kw) => {
    const [ao, bo, rt, at] = parseArgs('isclose', args, kw, ['a', 'b', 'rel_tol', 'abs_tol'], 2, 2);
    const a = toDouble(ao!);
    const b = toDouble(bo!);
    const relTol = rt === null ? 1e-9 : toDouble(rt);
    const absTol = at === null ? 0.0 : toDouble(at);
    if (relTol < 0 || absTol < 0) throw valueError('tolerances must be non-negative');
    if (a === b) return True;
    if (!Number.isFinite(a) || !Number.isFinite(b)) return False;
    const diff = Math.abs(b - a);
    return newBool(diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol);
  });
  def('factorial', (_s, args, kw) => {
    exactArgs('factorial', args, kw, 1);
    const n = asIntValue(args[0]);
    if (n < 0) throw valueError('factorial() not defined for negative values');
    if (typeof n === 'bigint' || n > 1000000) throw overflowError('factorial() argument should not exceed 9223372036854775807');
    return newInt(norm(factorialBig(n)));
  });
  def('gcd', (_s, args, kw) => {
    noKwargs('gcd', kw);
    let g = 0n;
    for (const a of args) g = gcdBig(g, intArg(a));
    return newInt(norm(g));
  });
  def('lcm', (_s, args, kw) => {
    noKwargs('lcm', kw);
    if (args.length === 0) return newInt(1);
    let l = intArg(args[0]);
    if (l < 0n) l = -l;
    for (let i = 1; i < args.length; i++) {
      const b = intArg(args[i]);
      if (l === 0n || b === 0n) {
        l = 0n;
        continue;
      }
      const ab = b < 0n ? -b : b;
      l = (l / gcdBig(l, ab)) * ab;
    }
    return newInt(norm(l));
  });
  def('comb', (_s, args, kw) => {
    exactArgs('comb', args, kw, 2);
    const n = intArg(args[0]);
    const k = intArg(args[1]);
    if (n < 0n) throw valueError('n must be a non-negative integer');
    if (k < 0n) throw valueError('k must be a non-negative integer');
    if (k > n) return newInt(0);
    const kk = k > n - k ? n - k : k;
    let r = 1n;
    for (let i = 1n; i <= kk; i++) r = (r * (n - kk + i)) / i;
    return newInt(norm(r));
  });
  def('perm', (_s, args, kw) => {
    rangeArgs('perm', args, kw, 1, 2);
    const n = intArg(args[0]);
    if (args.length === 1 || args[1] === None) {
      if (n < 0n) throw valueError('n must be a non-negative integer');
      return newInt(norm(factorialBig(Number(n))));
    }
    const k = intArg(args[1]);
    if (n < 0n) throw valueError('n must be a non-negative integer');
    if (k < 0n) throw valueError('k must be a non-negative integer');
    if (k > n) return newInt(0);
    let r = 1n;
    for (let i = 0n; i < k; i++) r *= n - i;
    return newInt(norm(r));
  });
  def('isqrt', (_s, args, kw) => {
    exactArgs('isqrt', args, kw, 1);
    return newInt(norm(isqrtBig(intArg(args[0]))));
  });
  def('prod', (_s, args, kw) => {
    const [it, start] = parseArgs('prod', args, kw, ['iterable', 'start'], 1, 1);
    let result: PyObject = start ?? newInt(1);
    if (start !== null) start.rc++;
    const iter = getIter(it!);
    try {
      for (;;) {
        const item = iterNext(iter);
        if (item === null) return result;
        let r: PyObject;
        try {
          r = binaryOp(result, item, NB.MULTIPLY);
        } catch (e) {
          decref(result);
          throw e;
        } finally {
          decref(item);
        }
        decref(result);
        result = r;
      }
    } finally {
      decref(iter);
    }
  });
  def('fsum', (_s, args, kw) => {
    exactArgs('fsum', args, kw, 1);
    const items = iterToArray(args[0]);
    try {
      return newFloat(fsum(items));
    } finally {
      for (const x of items) decref(x);
    }
  });
  def('hypot', (_s, args, kw) => {
    noKwargs('hypot', kw);
    const xs = args.map(toDouble);
    const r = exactNorm(xs);
    if (r === Infinity && xs.every(Number.isFinite)) throw range();
    return newFloat(r);
  });
  def('dist', (_s, args, kw) => {
    exactArgs('dist', args, kw, 2);
    const [p, q] = args;
    const seq = (o: PyObject, which: string): PyObject[] => {
      if (o instanceof PyTuple || o instanceof PyList) return o.items;
      throw typeError(`dist() argument ${which} must be tuple, not ${o.type.name}`);
    };
    const ps = seq(p, '1');
    const qs = seq(q, '2');
    if (ps.length !== qs.length) throw valueError('both points must have the same number of dimensions');
    const diffs = ps.map((x, i) => Math.abs(toDouble(x) - toDouble(qs[i])));
    const r = exactNorm(diffs);
    if (r === Infinity && diffs.every(Number.isFinite)) throw range();
    return newFloat(r);
  });
  def('sumprod', (_s, args, kw) => {
    exactArgs('sumprod', args, kw, 2);
    const ps = iterToArray(args[0]);
    const qs = iterToArray(args[1]);
    try {
      if (ps.length !== qs.length) throw valueError('Inputs are not the same length');
      const allFloat = ps.every((x) => x instanceof PyFloat || x instanceof PyInt) && qs.every((x) => x instanceof PyFloat || x instanceof PyInt);
      const anyFloat = ps.some((x) => x instanceof PyFloat) || qs.some((x) => x instanceof PyFloat);
      if (allFloat && anyFloat) return newFloat(exactSumProd(ps.map(toDouble), qs.map(toDouble)));
      let total: PyObject = newInt(0);
      for (let i = 0; i < ps.length; i++) {
        const prod = binaryOp(ps[i], qs[i], NB.MULTIPLY);
        let t: PyObject;
        try {
          t = binaryOp(total, prod, NB.ADD);
        } finally {
          decref(prod);
        }
        decref(total);
        total = t;
      }
      return total;
    } finally {
      for (const x of ps) decref(x);
      for (const x of qs) decref(x);
    }
  });
  def('nextafter', (_s, args, kw) => {
    const [xo, yo, st] = parseArgs('nextafter', args, kw, ['x', 'y', 'steps'], 2, 2);
    let x = toDouble(xo!);
    const y = toDouble(yo!);
    const steps = st === null || st === None ? 1 : Number(asIntValue(st));
    if (steps < 0) throw valueError('steps must be a non-negative integer');
    for (let i = 0; i < steps && x !== y; i++) x = nextAfter(x, y);
    return newFloat(steps === 0 ? x : x);
  });
  def('ulp', (_s, args, kw) => {
    exactArgs('ulp', args, kw, 1);
    let x = toDouble(args[0]);
    if (Number.isNaN(x)) return newFloat(x);
    x = Math.abs(x);
    if (x === Infinity) return newFloat(x);
    const x2 = nextAfter(x, Infinity);
    if (x2 === Infinity) return newFloat(x - nextAfter(x, -Infinity));
    return newFloat(x2 - x);
  });

  const consts: [string, number][] = [['pi', Math.PI], ['e', Math.E], ['tau', 2 * Math.PI], ['inf', Infinity], ['nan', NaN]];
  for (const [name, v] of consts) {
    const o = newFloat(v);
    dictSetStr(d, name, o);
    decref(o);
  }
  void isTrue;
  void intToFloat;
  void (0 as unknown as IntValue);
  return m;
}

function signBitNaN(_o: PyObject): boolean {
  return false;
}

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

function nextAfter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  f64[0] = x;
  if ((y > x) === (x > 0)) u64[0] += 1n;
  else u64[0] -= 1n;
  return f64[0];
}

/** Correctly rounded sqrt (Math.sqrt is IEEE-exact already). */
function sqrtCorrect(x: number): number {
  return Math.sqrt(x);
}

function erf(x: number): number {
  // Abramowitz–Stegun would be too imprecise; use series / continued fraction as CPython's m_erf
  if (Number.isNaN(x)) return x;
  const absx = Math.abs(x);
  if (absx < 1.5) {
    // series
    let acc = 0;
    let fk = 25 + 0.5;
    const x2 = x * x;
    for (let i = 0; i < 25; i++) {
      acc = 2.0 + x2 * acc / fk;
      fk -= 1.0;
    }
    return acc * x * Math.exp(-x2) / 1.7724538509055160273;
  }
  if (absx >= 30) return x > 0 ? 1 : -1;
  // continued fraction for erfc
  const x2 = absx * absx;
  let a = 0;
  let da = 0.5;
  let p = 1;
  let pLast = 0;
  let q = da + x2;
  let qLast = 1;
  for (let i = 0; i < 50; i++) {
    a += da;
    da += 2;
    const b = da + x2;
    let temp = p;
    p = b * p - a * pLast;
    pLast = temp;
    temp = q;
    q = b * q - a * qLast;
    qLast = temp;
  }
  const erfc = p / q * absx * Math.exp(-x2) / 1.7724538509055160273;
  return x > 0 ? 1 - erfc : erfc - 1;
}

function gamma(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Infinity) return x;
  if (x === -Infinity || (x <= 0 && Number.isInteger(x))) return NaN;
  if (Number.isInteger(x) && x <= 23) {
    let r = 1;
    for (let i = 2; i < x; i++) r *= i;
    return r;
  }
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
  // Lanczos approximation (g = 7, n = 9)
  const g = 7;
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  x -= 1;
  let a = c[0];
  const t = x + g + 0.5;
  for (let i = 1; i < 9; i++) a += c[i] / (x + i);
  return Math.sqrt(2 * Math.PI) * Math.pow(t, x + 0.5) * Math.exp(-t) * a;
}

/** glibc's cbrt (sysdeps/ieee754/dbl-64/s_cbrt.c), which CPython calls: not correctly rounded. */
function glibcCbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const CBRT2 = 1.2599210498948731648;
  const SQR_CBRT2 = 1.5874010519681994748;
  const factor = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
  const { mant, exp } = decompose(Math.abs(x));
  const bl = bitLength(mant);
  const xe = exp + bl;
  const xm = bigScaledToDouble(mant, -bl, false);
  const u =
    0.354895765043919860 +
    (1.50819193781584896 +
      (-2.11499494167371287 + (2.44693122563534430 + (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm) * xm) *
      xm;
  const t2 = u * u * u;
  const ym = ((u * (t2 + 2.0 * xm)) / (2.0 * t2 + xm)) * factor[2 + (xe % 3)];
  const r = ldexpExact(ym, Math.trunc(xe / 3));
  return x < 0 ? -r : r;
}
