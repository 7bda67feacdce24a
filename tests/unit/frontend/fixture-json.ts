/**
 * Helpers shared by the front-end tests: loading the CPython-generated fixtures
 * (scripts/gen-frontend-fixtures.py) and turning our AST into their JSON shape.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ConstValue, Mod } from '../../../src/interpreter/frontend/ast';

const FIXTURES = fileURLToPath(new URL('../../fixtures/frontend/', import.meta.url));

export interface WarningJson {
  category: string;
  msg: string;
  lineno: number;
}

export interface TreeCase {
  name: string;
  mode: 'exec' | 'single' | 'eval';
  source: string;
  ast: unknown;
  warnings: WarningJson[];
}

export interface ErrorJson {
  type: string;
  msg: string;
  lineno?: number | null;
  offset?: number | null;
  end_lineno?: number | null;
  end_offset?: number | null;
  text?: string | null;
}

export interface ErrorCase {
  name: string;
  mode: 'exec' | 'single' | 'eval';
  source: string;
  /** What `ast.parse` raised (null: it parsed). */
  parser: ErrorJson | null;
  /** What a full `compile()` raised, when different. */
  compiler: ErrorJson | null;
}

export function loadCases<T>(file: 'valid' | 'errors' | 'seeds' | 'limits' | 'tokens'): { python: string; cases: T[] } {
  return JSON.parse(readFileSync(FIXTURES + file + '.json', 'utf8'));
}

function floatJson(x: number): number | string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  return x;
}

function constJson(c: ConstValue): unknown {
  switch (c.t) {
    case 'int': return { t: 'int', v: c.v.toString() };
    case 'float': return { t: 'float', v: floatJson(c.v) };
    case 'complex': return { t: 'complex', imag: floatJson(c.imag) };
    case 'bytes': return { t: 'bytes', v: Buffer.from(c.v).toString('hex') };
    default: return c;
  }
}

/** Our tree in the fixtures' shape: identical except constants (bigint, bytes, inf/nan). */
export function treeJson(node: Mod | unknown): unknown {
  if (Array.isArray(node)) return node.map(treeJson);
  if (node === null || typeof node !== 'object') return node;
  const o = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(o)) {
    const value = o[key];
    const isConst = key === 'value' && (o.kind === 'Constant' || o.kind === 'MatchSingleton');
    out[key] = isConst ? constJson(value as ConstValue) : treeJson(value);
  }
  return out;
}
