/**
 * Memory and identity behaviour of str / bytearray results, against facts measured on CPython
 * 3.12 by gen_fixtures.py (memory.json): bytearray's resize policy, and which str operations
 * return their argument, a cached one-character singleton or a fresh object.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import '../../../src/interpreter/objects/all-types';
import { bootstrapObjects } from '../../../src/interpreter/objects/bootstrap';
import { PyObject, isImmortal, decref } from '../../../src/interpreter/objects/object';
import { newStr, PyStr } from '../../../src/interpreter/objects/str';
import { newInt } from '../../../src/interpreter/objects/int';
import { PyList, newList } from '../../../src/interpreter/objects/list';
import { getAttr, call } from '../../../src/interpreter/objects/abstract';
import { newByteArray, newBytes, PyByteArray } from '../../../src/interpreter/objects/bytes';
import { formatObject } from '../../../src/interpreter/objects/formatting';
import { strSizeof } from '../../../src/interpreter/objects/str-methods';

const here = fileURLToPath(new URL('.', import.meta.url));
const facts = JSON.parse(readFileSync(here + 'memory.json', 'utf-8')) as {
  append_sizes: number[];
  pop_sizes: number[];
  extend_size: number;
  identity: Record<string, boolean>;
};

function m(o: PyObject, name: string, ...args: PyObject[]): PyObject {
  const f = getAttr(o, name);
  const r = call(f, args);
  decref(f);
  return r;
}
const sizeofBA = (b: PyByteArray): number => 56 + b.alloc;

describe('bytearray resize policy', () => {
  bootstrapObjects();
  it('grows like PyByteArray_Resize on append and shrinks on pop', () => {
    const b = newByteArray(new Uint8Array(0));
    const one = newInt(1);
    const grow: number[] = [];
    for (let i = 0; i < 40; i++) {
      decref(m(b, 'append', one));
      grow.push(sizeofBA(b));
    }
    expect(grow).toEqual(facts.append_sizes);
    const shrink: number[] = [];
    for (let i = 0; i < 40; i++) {
      decref(m(b, 'pop'));
      shrink.push(sizeofBA(b));
    }
    expect(shrink).toEqual(facts.pop_sizes);
  });
  it('extend resizes to the exact size for a big jump', () => {
    const b = newByteArray(new TextEncoder().encode('abc'));
    const e = newBytes(new TextEncoder().encode('defgh'));
    decref(m(b, 'extend', e));
    expect(sizeofBA(b)).toBe(facts.extend_size);
  });
});

describe('str result identity (CPython 3.12)', () => {
  bootstrapObjects();
  const x = newStr('hello world');
  const id = facts.identity;
  it('unchanged results are the same object', () => {
    const strip = m(x, 'strip');
    expect(strip === x).toBe(id.strip_same);
    expect(m(x, 'replace', newStr('z'), newStr('y')) === x).toBe(id.replace_noop_same);
    expect(m(x, 'lower') === x).toBe(id.lower_same);
    expect(m(x, 'center', newInt(3)) === x).toBe(id.center_small_same);
    const parts = m(x, 'split', newStr('z')) as PyList;
    expect(parts.items[0] === x).toBe(id.split_nosep_same);
    expect(m(newStr(''), 'join', newList([(x.rc++, x)])) === x).toBe(id.join_one_same);
  });
  it('one-character results: singleton or fresh, as in CPython', () => {
    expect(isImmortal(m(newStr('a'), 'upper'))).toBe(id.upper_1char_immortal);
    expect(isImmortal(m(newStr(' a '), 'strip'))).toBe(id.strip_1char_immortal);
    expect(isImmortal(m(newStr('ab'), 'replace', newStr('b'), newStr('')))).toBe(id.replace_1char_immortal);
    expect(isImmortal((m(newStr('a b'), 'split') as PyList).items[0])).toBe(id.split_1char_immortal);
    expect(isImmortal(m(newStr('{}'), 'format', newStr('a')))).toBe(id.format_1char_immortal);
    expect(isImmortal(m(newStr(''), 'ljust', newInt(1)))).toBe(id.ljust_1char_immortal);
  });
  it('sizes of fresh one-character strings vs the cached Latin-1 singletons', () => {
    // 'é' singleton carries its UTF-8 copy (61); 'é'.upper() is a fresh 'É' without one (58)
    expect(strSizeof(newStr('é'))).toBe(61);
    expect(strSizeof(m(newStr('é'), 'upper') as PyStr)).toBe(58);
    void formatObject;
  });
});
