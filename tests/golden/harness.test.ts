/**
 * Tests of the golden harness itself (not of the interpreter): the .expected format, the diff,
 * the confined file system and the worker runner's deadline.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { unifiedDiff } from './diff';
import { discoverExpectedFiles, discoverPrograms, parseExpected } from './golden-files';
import { NodeFileSystem } from './node-fs';
import { ProgramRunner } from './runner';

const enc = (s: string) => new TextEncoder().encode(s);

describe('.expected format', () => {
  it('reads byte-counted blocks exactly, whatever they contain', () => {
    const stdout = 'line\n--- stderr: 3 bytes ---\nno final newline';
    const stderr = 'é\n\n';
    const file =
      '# golden: CPython 3.12.1 output of x/y.py — never edit\nexit: 1\n' +
      `--- stdout: ${enc(stdout).length} bytes ---\n${stdout}\n` +
      `--- stderr: ${enc(stderr).length} bytes ---\n${stderr}\n`;
    expect(parseExpected(enc(file))).toEqual({ exitCode: 1, stdout, stderr });
  });
  it('rejects malformed files', () => {
    expect(() => parseExpected(enc('exit: 0\n'))).toThrow(/header/);
    expect(() => parseExpected(enc('# golden: x\nexit: 0\n--- stdout: 9 bytes ---\nshort\n'))).toThrow(/truncated/);
    expect(() => parseExpected(enc('# golden: x\nexit: 0\n--- stdout: 0 bytes ---\n\n--- stderr: 0 bytes ---\n\nextra'))).toThrow(/trailing/);
  });
  it('every golden in the corpus parses, and every program has one', () => {
    const programs = discoverPrograms();
    const files = discoverExpectedFiles();
    expect(programs.length).toBeGreaterThan(0);
    for (const file of files) expect(() => parseExpected(readFileSync(file))).not.toThrow();
    expect(programs.filter((p) => !files.includes(p.expectedPath)).map((p) => p.id)).toEqual([]);
  });
  it('helper modules in subfolders are not programs', () => {
    const ids = discoverPrograms().map((p) => p.id);
    expect(ids.some((id) => id.split('/').length !== 2)).toBe(false);
    expect(ids).not.toContain('lang/helper_mod');
  });
});

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n')).toEqual([]);
  });
  it('shows changed lines with context and hunk headers', () => {
    const a = 'l1\nl2\nl3\nl4\nl5\nl6\nl7\nl8\n';
    const b = 'l1\nl2\nl3\nL4\nl5\nl6\nl7\nl8\nl9\n';
    expect(unifiedDiff(a, b, { label: 'stdout' })).toEqual([
      '--- expected stdout (CPython 3.12)',
      '+++ actual stdout (interpreter)',
      '@@ -1,8 +1,9 @@',
      ' l1',
      ' l2',
      ' l3',
      '-l4',
      '+L4',
      ' l5',
      ' l6',
      ' l7',
      ' l8',
      '+l9',
    ]);
  });
  it('marks a missing final newline', () => {
    expect(unifiedDiff('x\n', 'x')).toEqual([
      '--- expected output (CPython 3.12)',
      '+++ actual output (interpreter)',
      '@@ -1,1 +1,2 @@',
      ' x',
      '+\\ No newline at end of file',
    ]);
  });
  it('keeps far-apart changes in separate hunks and stops at maxLines', () => {
    const a = Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n') + '\n';
    const b = a.replace('line 2\n', 'LINE 2\n').replace('line 25\n', 'LINE 25\n');
    const diff = unifiedDiff(a, b);
    expect(diff.filter((l) => l.startsWith('@@'))).toEqual(['@@ -1,6 +1,6 @@', '@@ -23,7 +23,7 @@']);
    const long = unifiedDiff(a, '', { maxLines: 10 });
    expect(long).toHaveLength(11);
    expect(long[10]).toBe('… 23 more diff lines'); // 2 headers + 1 hunk header + 30 lines - 10
  });
});

describe('NodeFileSystem', () => {
  const root = mkdtempSync(join(tmpdir(), 'golden-fs-'));
  const outside = mkdtempSync(join(tmpdir(), 'golden-outside-'));
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });
  it('reads, writes, lists and removes inside its root', () => {
    const fs = new NodeFileSystem(root);
    fs.writeFile(join(root, 'a.txt'), enc('hello'));
    expect(new TextDecoder().decode(fs.readFile(join(root, 'a.txt'))!)).toBe('hello');
    expect(fs.exists(join(root, 'a.txt'))).toBe(true);
    expect(fs.isDir(root)).toBe(true);
    expect(fs.listDir(root)).toEqual(['a.txt']);
    expect(fs.readFile(root)).toBeNull();
    expect(fs.remove(join(root, 'a.txt'))).toBe(true);
    expect(fs.remove(join(root, 'a.txt'))).toBe(false);
    expect(fs.readFile(join(root, 'a.txt'))).toBeNull();
  });
  it('does not reach outside its root', () => {
    writeFileSync(join(outside, 'secret.txt'), 'x');
    const fs = new NodeFileSystem(root);
    expect(fs.readFile(join(outside, 'secret.txt'))).toBeNull();
    expect(fs.exists(join(outside, 'secret.txt'))).toBe(false);
    expect(fs.readFile(join(root, '..', outside.split('/').pop()!, 'secret.txt'))).toBeNull();
    expect(() => fs.writeFile(join(outside, 'new.txt'), enc('x'))).toThrow(/outside/);
    expect(fs.remove(join(outside, 'secret.txt'))).toBe(false);
    expect(fs.remove(root)).toBe(false);
  });
});

describe('ProgramRunner', () => {
  const runner = new ProgramRunner(2, new URL('./fake-interpreter.ts', import.meta.url));
  afterAll(() => runner.close());
  const request = (source: string) => ({ source, filename: '/x/p.py', cwd: '/x', stdin: '', maxInstructions: 1 });

  it('returns what the interpreter returns', async () => {
    const out = await runner.run(request('print(1)'), 20_000);
    expect(out.kind).toBe('ran');
    if (out.kind === 'ran') expect(out.result).toEqual({ stdout: 'print(1)', stderr: '/x', exitCode: 8 });
  });
  it('reports a JavaScript error thrown by runProgram', async () => {
    const out = await runner.run(request('THROW'), 20_000);
    expect(out.kind).toBe('threw');
    if (out.kind === 'threw') expect(out.error).toMatch(/scripted failure/);
  });
  it('stops a program that never ends at its deadline, and goes on with a fresh worker', async () => {
    await runner.run(request('warm up'), 20_000); // worker start-up is not part of the deadline below
    const hang = runner.run(request('HANG'), 1_000);
    const other = runner.run(request('after'), 20_000);
    expect((await hang).kind).toBe('timeout');
    expect((await other).kind).toBe('ran');
    const again = await runner.run(request('again'), 20_000);
    expect(again.kind).toBe('ran');
  });
  it('fails every program at once when the interpreter cannot be imported', async () => {
    const broken = new ProgramRunner(2, new URL('./no-such-interpreter.ts', import.meta.url));
    try {
      const outcomes = await Promise.all([1, 2, 3, 4, 5].map((n) => broken.run(request(`p${n}`), 20_000)));
      for (const o of outcomes) {
        expect(o.kind).toBe('threw');
        if (o.kind === 'threw') expect(o.error).toMatch(/while importing the interpreter[^]*no-such-interpreter/);
      }
    } finally {
      await broken.close();
    }
  });
});
