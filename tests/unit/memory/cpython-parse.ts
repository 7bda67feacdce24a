/**
 * A stand-in for the interpreter's parser in the memory tests: CPython 3.12's own `ast`
 * (through ast_dump.py) converted to our AST shape. Used only when
 * src/interpreter/frontend/parser.ts is not there yet; results are cached per source text.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const cache = new Map<string, unknown>();

function revive(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(revive);
  if (node === null || typeof node !== 'object') return node;
  const o = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) out[k] = revive(v);
  if ((o.kind === 'Constant' || o.kind === 'MatchSingleton') && o.value) {
    const v = o.value as Record<string, unknown>;
    const num = (s: unknown): number => (s === 'inf' ? Infinity : s === '-inf' ? -Infinity : s === 'nan' ? NaN : Number(s));
    if (v.t === 'int') out.value = { t: 'int', v: BigInt(v.v as string) };
    else if (v.t === 'float') out.value = { t: 'float', v: num(v.v) };
    else if (v.t === 'complex') out.value = { t: 'complex', imag: num(v.imag) };
    else if (v.t === 'bytes') out.value = { t: 'bytes', v: Uint8Array.from(v.v as number[]) };
  }
  return out;
}

export function cpythonParse(source: string, filename: string, mode: string): unknown {
  const key = `${mode}\u0000${source}`;
  let tree = cache.get(key);
  if (tree === undefined) {
    const json = execFileSync('python3', [join(__dirname, 'ast_dump.py'), mode, filename], {
      input: source,
      env: { ...process.env, PYENV_VERSION: '3.12.1' },
      maxBuffer: 1 << 28,
    }).toString();
    tree = JSON.parse(json);
    cache.set(key, tree);
  }
  return revive(tree);
}
