/**
 * The front end's public surface: `parse` modes, the error and warning objects, and speed.
 * (Behaviour against CPython is in cpython-fixtures.test.ts; these pin down the API.)
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Constant, ExprStmt, Module } from '../../../src/interpreter/frontend/ast';
import { PyCompileLimitError, PySyntaxError, type SyntaxWarningInfo } from '../../../src/interpreter/frontend/errors';
import { parse } from '../../../src/interpreter/frontend/parser';

function syntaxError(source: string, mode: 'exec' | 'eval' | 'single' = 'exec'): PySyntaxError {
  try {
    parse(source, 'prog.py', mode);
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  throw new Error('expected a SyntaxError');
}

describe('parse()', () => {
  it('returns the mode’s root node', () => {
    expect(parse('x = 1', 'm.py', 'exec').kind).toBe('Module');
    expect(parse('x = 1', '<stdin>', 'single').kind).toBe('Interactive');
    expect(parse('x + 1', '<string>', 'eval').kind).toBe('Expression');
  });

  it('keeps big integers exact and columns in code points', () => {
    const tree = parse('변수 = 123456789012345678901234567890', 'k.py', 'exec') as Module;
    const assign = tree.body[0];
    expect(assign.kind).toBe('Assign');
    if (assign.kind !== 'Assign') return;
    expect((assign.value as Constant).value).toEqual({ t: 'int', v: 123456789012345678901234567890n });
    expect(assign.targets[0]).toMatchObject({ kind: 'Name', id: '변수', col_offset: 0, end_col_offset: 2 });
    expect(assign.value).toMatchObject({ col_offset: 5 });
  });

  it('decodes bytes and astral characters', () => {
    const bytes = ((parse("b'\\x00\\xffA'", 'b.py', 'exec') as Module).body[0] as ExprStmt).value as Constant;
    expect(bytes.value).toEqual({ t: 'bytes', v: new Uint8Array([0, 255, 65]) });
    const rocket = ((parse("x = '🚀'; y", 'r.py', 'exec') as Module).body[1] as ExprStmt).value;
    expect(rocket.col_offset).toBe(9); // the emoji counts as one character
  });

  it('reports SyntaxError attributes like CPython', () => {
    const e = syntaxError('if x\n    pass\n');
    expect(e).toBeInstanceOf(Error);
    expect(e.pyType).toBe('SyntaxError');
    expect(e.msg).toBe("expected ':'");
    expect(e.filename).toBe('prog.py');
    expect([e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]).toEqual([1, 5, 1, 6, 'if x\n']);
  });

  it('names the SyntaxError subclass in pyType', () => {
    expect(syntaxError('x = 1\n    y = 2').pyType).toBe('IndentationError');
    expect(syntaxError('if 1:\n\tx\n        y').pyType).toBe('TabError');
  });

  it('rejects null bytes before parsing', () => {
    const e = syntaxError('x = 1\0');
    expect(e.msg).toBe('source code string cannot contain null bytes');
    expect(e.lineno).toBeNull();
  });

  it('raises MemoryError and RecursionError as PyCompileLimitError', () => {
    expect(() => parse('-'.repeat(100000) + '1', 'd.py', 'exec')).toThrow(PyCompileLimitError);
    try {
      parse('1' + '+1'.repeat(5000), 'd.py', 'exec');
    } catch (e) {
      expect(e).toBeInstanceOf(PyCompileLimitError);
      expect((e as PyCompileLimitError).pyType).toBe('RecursionError');
    }
  });

  it('reports SyntaxWarnings through onWarning, in source order and once each', () => {
    const warnings: SyntaxWarningInfo[] = [];
    parse("a = '\\d'\nb = 1if x else 2\nmatch '\\q':\n    case _: pass\n", 'w.py', 'exec', (w) => warnings.push(w));
    expect(warnings).toEqual([
      { category: 'SyntaxWarning', msg: "invalid escape sequence '\\d'", filename: 'w.py', lineno: 1 },
      { category: 'SyntaxWarning', msg: 'invalid decimal literal', filename: 'w.py', lineno: 2 },
      { category: 'SyntaxWarning', msg: "invalid escape sequence '\\q'", filename: 'w.py', lineno: 3 },
    ]);
  });

  it('checks that interactive input is one statement', () => {
    expect(syntaxError('x = 1\ny = 2\n', 'single').msg).toBe('multiple statements found while compiling a single statement');
    expect(parse('if x:\n    y\n', '<stdin>', 'single').kind).toBe('Interactive');
  });
});

describe('speed', () => {
  const dir = '/work/shared/seed-examples/';
  it.runIf(existsSync(dir))('tokenizes and parses 5,000 lines quickly', () => {
    const files = readdirSync(dir).filter((f) => f.startsWith('s') && f.endsWith('.py'));
    const lines: string[] = [];
    while (lines.length < 5000) for (const f of files) lines.push(...readFileSync(dir + f, 'utf8').split('\n'));
    let n = 5000;
    while (n < lines.length && /^[\s]|^$/.test(lines[n])) n++; // stop between top-level statements
    const source = lines.slice(0, n).join('\n');
    for (let i = 0; i < 5; i++) parse(source, 'big.py', 'exec'); // warm up the JIT
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now();
      parse(source, 'big.py', 'exec');
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    // ~10-20 ms on an idle machine; the bound leaves room for a loaded CI host
    expect(times[0]).toBeLessThan(100);
  });
});
