/**
 * str / bytes / bytearray methods and formatting against real CPython 3.12 results.
 *
 * The table lives in cases.txt; gen_fixtures.py evaluates every expression with CPython and
 * stores a structured call tree plus the result (or exception type and message) in
 * fixtures.json. Here each tree is evaluated through the native object API after bootstrap
 * and the result is compared with CPython's.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import '../../../src/interpreter/objects/all-types';
import { bootstrapObjects } from '../../../src/interpreter/objects/bootstrap';
import { PyObject, decref } from '../../../src/interpreter/objects/object';
import { PyStr, newStr } from '../../../src/interpreter/objects/str';
import { PyInt, newInt, newBool } from '../../../src/interpreter/objects/int';
import { PyFloat, newFloat } from '../../../src/interpreter/objects/float';
import { PyTuple, newTuple } from '../../../src/interpreter/objects/tuple';
import { PyList, newList } from '../../../src/interpreter/objects/list';
import { PyDict, newDict, dictSet, dictForEach } from '../../../src/interpreter/objects/dict';
import { None } from '../../../src/interpreter/objects/singletons';
import { PyThrown } from '../../../src/interpreter/objects/errors';
import { strType, bytesType, bytearrayType, boolType } from '../../../src/interpreter/objects/core-types';
import {
  getAttr, call, binaryOp, richCompare, contains, getItem, repr, str, length, hashOf, reprText, strText,
} from '../../../src/interpreter/objects/abstract';
import { NB } from '../../../src/interpreter/objects/typeobject';
import { newSlice } from '../../../src/interpreter/objects/slice';
import { PyBytes, PyByteArray, newBytes, newByteArray } from '../../../src/interpreter/objects/bytes';
import { formatObject, asciiOf, floatRepr } from '../../../src/interpreter/objects/formatting';

type Desc = unknown[];
interface Node {
  lit?: Desc;
  method?: string;
  recv?: Node;
  args?: Node[];
  kw?: Record<string, Node>;
  clsmethod?: string;
  name?: string;
  func?: string;
  binop?: string;
  cmp?: number | string;
  l?: Node;
  r?: Node;
  index?: Node;
  key?: Node;
  slice?: Node;
  parts?: Node[];
  seq?: string;
  items?: Node[];
  dict?: [Node, Node][];
}
interface Case {
  expr: string;
  tree: Node;
  result: Desc;
}

const here = fileURLToPath(new URL('.', import.meta.url));
const fixtures = JSON.parse(readFileSync(here + 'fixtures.json', 'utf-8')) as { cases: Case[] };

function hexBytes(h: string): Uint8Array {
  const d = new Uint8Array(h.length / 2);
  for (let i = 0; i < d.length; i++) d[i] = parseInt(h.slice(2 * i, 2 * i + 2), 16);
  return d;
}

function fromDesc(d: Desc): PyObject {
  switch (d[0]) {
    case 'None':
      return None;
    case 'bool':
      return newBool(d[1] as boolean);
    case 'i': {
      const b = BigInt(d[1] as string);
      return newInt(b >= -(2n ** 53n) && b <= 2n ** 53n ? Number(b) : b);
    }
    case 'f':
      return newFloat(Number((d[1] as string).replace('inf', 'Infinity')));
    case 's':
      return newStr(d[1] as string);
    case 'bytes':
      return newBytes(hexBytes(d[1] as string));
    case 'bytearray':
      return newByteArray(hexBytes(d[1] as string));
    case 'list':
      return newList((d[1] as Desc[]).map(fromDesc));
    case 'tuple':
      return newTuple((d[1] as Desc[]).map(fromDesc));
    case 'dict': {
      const o = newDict();
      for (const [k, v] of d[1] as [Desc, Desc][]) {
        const ko = fromDesc(k);
        const vo = fromDesc(v);
        dictSet(o, ko, vo);
        decref(ko);
        decref(vo);
      }
      return o;
    }
  }
  throw new Error('bad desc ' + JSON.stringify(d));
}

function toDesc(o: PyObject): Desc {
  if (o === None) return ['None'];
  if (o instanceof PyInt) return o.type === boolType ? ['bool', o.value === 1] : ['i', String(o.value)];
  if (o instanceof PyFloat) return ['f', floatRepr(o.value)];
  if (o instanceof PyStr) return ['s', o.value];
  if (o instanceof PyBytes) return ['bytes', Buffer.from(o.data).toString('hex')];
  if (o instanceof PyByteArray) return ['bytearray', Buffer.from(o.data).toString('hex')];
  if (o instanceof PyList) return ['list', o.items.map(toDesc)];
  if (o instanceof PyTuple) return ['tuple', o.items.map(toDesc)];
  if (o instanceof PyDict) {
    const out: [Desc, Desc][] = [];
    dictForEach(o, (k, v) => out.push([toDesc(k), toDesc(v)]));
    return ['dict', out];
  }
  return ['?', o.type.name];
}

function evalArgs(n: Node): { args: PyObject[]; kw: string[] | null } {
  const args = (n.args ?? []).map(evalNode);
  const kwn = Object.keys(n.kw ?? {});
  for (const k of kwn) args.push(evalNode(n.kw![k]));
  return { args, kw: kwn.length ? kwn : null };
}

function evalNode(n: Node): PyObject {
  if (n.lit) return fromDesc(n.lit);
  if (n.method !== undefined) {
    const recv = evalNode(n.recv!);
    const m = getAttr(recv, n.method);
    const { args, kw } = evalArgs(n);
    return call(m, args, kw);
  }
  if (n.clsmethod !== undefined) {
    const cls = { str: strType, bytes: bytesType, bytearray: bytearrayType }[n.clsmethod]!;
    const m = getAttr(cls, n.name!);
    const { args, kw } = evalArgs(n);
    return call(m, args, kw);
  }
  if (n.func !== undefined) {
    const { args, kw } = evalArgs(n);
    switch (n.func) {
      case 'format':
        return formatObject(args[0], args.length > 1 ? (args[1] as PyStr).value : '');
      case 'str':
        return args.length === 1 && kw === null ? str(args[0]) : strType.slots.new!(strType, args, kw);
      case 'repr':
        return repr(args[0]);
      case 'ascii':
        return asciiOf(args[0]);
      case 'len':
        return newInt(length(args[0]));
      case 'hash_eq':
        return newBool(hashOf(args[0]) === hashOf(args[1]));
      case 'bytes':
        return bytesType.slots.new!(bytesType, args, kw);
      case 'bytearray': {
        const o = bytearrayType.slots.new!(bytearrayType, args, kw);
        bytearrayType.slots.init!(o, args, kw);
        return o;
      }
    }
    throw new Error('func ' + n.func);
  }
  if (n.binop !== undefined) {
    const op = { '%': NB.REMAINDER, '+': NB.ADD, '*': NB.MULTIPLY }[n.binop]!;
    return binaryOp(evalNode(n.l!), evalNode(n.r!), op);
  }
  if (n.cmp !== undefined) {
    const l = evalNode(n.l!);
    const r = evalNode(n.r!);
    if (n.cmp === 'in') return newBool(contains(r, l));
    if (n.cmp === 'notin') return newBool(!contains(r, l));
    return richCompare(l, r, n.cmp as number);
  }
  if (n.index !== undefined) return getItem(evalNode(n.index), evalNode(n.key!));
  if (n.slice !== undefined) {
    const [a, b, c] = n.parts!.map(evalNode);
    return getItem(evalNode(n.slice), newSlice(a, b, c));
  }
  if (n.seq !== undefined) {
    const items = n.items!.map(evalNode);
    return n.seq === 'list' ? newList(items) : newTuple(items);
  }
  if (n.dict !== undefined) return fromDesc(['dict', []]);
  throw new Error('node ' + JSON.stringify(n));
}

function run(c: Case): Desc {
  try {
    const r = evalNode(c.tree);
    const d = toDesc(r);
    return d;
  } catch (e) {
    if (e instanceof PyThrown) {
      const exc = e.exc as unknown as { args: PyTuple; type: { name: string } };
      const a = exc.args.items;
      // gen_fixtures.py records str(e) (repr(e.args[0]) for KeyError)
      const msg = exc.type.name === 'KeyError' && a.length > 0 ? reprText(a[0]) : strText(e.exc);
      return ['exc', exc.type.name, msg];
    }
    throw e;
  }
}

describe('str / bytes / formatting vs CPython 3.12', () => {
  bootstrapObjects();
  for (const c of fixtures.cases) {
    it(c.expr, () => {
      expect(JSON.stringify(run(c))).toBe(JSON.stringify(c.result));
    });
  }
});
