/** Shared setup for the numbers tests: bootstrap the object layer and decode generated cases. */
import '../../../src/interpreter/objects/all-types';
import '../../../src/interpreter/objects/complex';
import '../../../src/interpreter/modules/builtins-functions';
import { bootstrapObjects } from '../../../src/interpreter/objects/bootstrap';
import { PyObject } from '../../../src/interpreter/objects/object';
import { newInt, norm } from '../../../src/interpreter/objects/int';
import { newFloat } from '../../../src/interpreter/objects/float';
import { newComplex } from '../../../src/interpreter/objects/complex';
import { newStr } from '../../../src/interpreter/objects/str';
import { newTuple } from '../../../src/interpreter/objects/tuple';
import { newList } from '../../../src/interpreter/objects/list';
import { None } from '../../../src/interpreter/objects/singletons';
import { True, False } from '../../../src/interpreter/objects/int';
import { PyDict } from '../../../src/interpreter/objects/dict';
import { makeBuiltinsModule } from '../../../src/interpreter/modules/builtins';
import { makeMathModule } from '../../../src/interpreter/modules/math';
import { PyThrown } from '../../../src/interpreter/objects/errors';
import { NB } from '../../../src/interpreter/objects/typeobject';
import {
  binaryOp, richCompare, unaryOp, getAttr, call, reprText, strText,
} from '../../../src/interpreter/objects/abstract';

bootstrapObjects();
export const builtins: PyDict = makeBuiltinsModule().md;
export const math: PyDict = makeMathModule().md;

export type Enc = { t: string; v?: unknown };

function bitsToFloat(h: string): number {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setBigUint64(0, BigInt('0x' + h));
  return dv.getFloat64(0);
}

export function decode(e: Enc): PyObject {
  switch (e.t) {
    case 'none':
      return None;
    case 'bool':
      return e.v ? True : False;
    case 'int': {
      const s = e.v as string;
      const neg = s.startsWith('-');
      const b = BigInt(neg ? s.slice(1) : s);
      return newInt(norm(neg ? -b : b));
    }
    case 'float':
      return newFloat(bitsToFloat(e.v as string));
    case 'complex': {
      const [r, i] = e.v as string[];
      return newComplex(bitsToFloat(r), bitsToFloat(i));
    }
    case 'str':
      return newStr(e.v as string);
    case 'tuple':
      return newTuple((e.v as Enc[]).map(decode));
    case 'list':
      return newList((e.v as Enc[]).map(decode));
    case 'type':
    case 'builtin': {
      const o = builtins.getStr(e.v as string)!;
      o.rc++;
      return o;
    }
  }
  throw new Error('bad enc ' + e.t);
}

const binops: Record<string, number> = {
  '+': NB.ADD, '-': NB.SUBTRACT, '*': NB.MULTIPLY, '/': NB.TRUE_DIVIDE, '//': NB.FLOOR_DIVIDE, '%': NB.REMAINDER,
  '**': NB.POWER, '<<': NB.LSHIFT, '>>': NB.RSHIFT, '&': NB.AND, '|': NB.OR, '^': NB.XOR,
};
const cmps: Record<string, number> = { '<': 0, '<=': 1, '==': 2, '!=': 3, '>': 4, '>=': 5 };

export function invoke(callee: string, args: PyObject[], kwnames: string[]): PyObject {
  const kw = kwnames.length ? kwnames : null;
  if (callee.startsWith('op:')) {
    const op = callee.slice(3);
    if (op in binops) return binaryOp(args[0], args[1], binops[op]);
    if (op in cmps) return richCompare(args[0], args[1], cmps[op]);
    const un = { neg: 'negative', pos: 'positive', invert: 'invert' } as const;
    return unaryOp(args[0], un[op as keyof typeof un]);
  }
  if (callee.startsWith('math.')) return call(math.getStr(callee.slice(5))!, args, kw);
  if (callee.startsWith('mathconst:')) {
    const o = math.getStr(callee.slice(10))!;
    o.rc++;
    return o;
  }
  if (callee.startsWith('meth:')) {
    const m = getAttr(args[0], callee.slice(5));
    return call(m, args.slice(1), kw);
  }
  if (callee.startsWith('cls:')) {
    const [t, name] = callee.slice(4).split('.');
    const m = getAttr(builtins.getStr(t)!, name);
    return call(m, args, kw);
  }
  const f = builtins.getStr(callee);
  if (f === null) throw new Error('no builtin ' + callee);
  return call(f, args, kw);
}

export type Outcome = { repr: string } | { exc: string; msg: string };

export function outcome(f: () => PyObject): Outcome {
  try {
    return { repr: reprText(f()) };
  } catch (e) {
    if (e instanceof PyThrown) return { exc: e.exc.type.name, msg: strText(e.exc) };
    throw e;
  }
}
