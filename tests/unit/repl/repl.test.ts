/**
 * The REPL compiles each input separately, as CPython's interactive loop does: constants are
 * not shared between inputs (`x = 257` then `y = 257` → `x is y` is False, unlike in a file),
 * expression statements echo their repr, and compound statements end at a blank line.
 * Expected output comes from real CPython 3.12 run interactively on the same input
 * (`python3 -q -i` reading a pipe; prompts go to stderr).
 */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createReplSession } from '../../../src/interpreter/vm/repl';

const sessions: Record<string, string> = {
  'constants are not shared between inputs': 'x = 257\ny = 257\nprint(x is y)\nx is y\n',
  'expression statements echo; None does not': '1 + 1\nNone\n"text"\n[1, 2]\n',
  'compound statements end at a blank line': 'def f():\n    return 5\n\nf()\nfor i in range(3):\n    i\n\n',
  'an error does not end the session': '1 / 0\nprint("still here")\n',
};

/** CPython 3.12.1 from pyenv (also when pyenv's shims are not on PATH), else `python3`. */
const PYTHON = [process.env.PYENV_ROOT, join(homedir(), '.pyenv')]
  .filter((root): root is string => !!root)
  .map((root) => join(root, 'versions', '3.12.1', 'bin', 'python3'))
  .find((p) => existsSync(p)) ?? 'python3';

function cpython(input: string): string {
  const r = spawnSync(PYTHON, ['-q', '-i'], {
    input,
    encoding: 'utf8',
    env: { ...process.env, PYENV_VERSION: '3.12.1', PYTHONSTARTUP: '' },
  });
  return r.stdout;
}

function ours(input: string): string {
  let out = '';
  const session = createReplSession({ stdout: (s) => (out += s), stderr: () => {} });
  const lines = input.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (const line of lines) session.push(line);
  if (session.buffer !== '') session.push('');
  return out;
}

describe('REPL sessions print what CPython 3.12 prints', () => {
  for (const [name, input] of Object.entries(sessions)) {
    it(name, () => {
      expect(ours(input)).toBe(cpython(input));
    });
  }
});

/** The whole `py` command reading a pipe, stdout and stderr (prompts, tracebacks), against `python3 -q <flags>`. */
function cpythonStreams(input: string, flags: string[] = ['-i']): { stdout: string; stderr: string } {
  const r = spawnSync(PYTHON, ['-q', ...flags], {
    input,
    encoding: 'utf8',
    env: { ...process.env, PYENV_VERSION: '3.12.1', PYTHONSTARTUP: '' },
  });
  return { stdout: r.stdout, stderr: r.stderr };
}

function cliStreams(input: string, flags: string[] = ['-i']): { stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(__dirname, '..', '..', '..', 'scripts', 'py.mjs'), ...flags], { input, encoding: 'utf8' });
  return { stdout: r.stdout, stderr: r.stderr };
}

describe('the py command without a file is the interactive interpreter', () => {
  const input = 'x = 257\ny = 257\nx is y\nfor i in range(2):\n    i\n\n1/0\ndef f():\n    return 1/0\n\nf()\nprint("end")\n';
  it('prints prompts, echoes, and 3.12 REPL tracebacks (no source lines for <stdin>) like python3 -i', () => {
    expect(cliStreams(input)).toEqual(cpythonStreams(input));
  }, 60_000);
  it('runs a program piped into it as one script, as python3 < prog.py does (no prompts, no echo)', () => {
    const program = 'import sys\nx = 257\ny = 257\nprint(x is y, sys.argv)\nx\n' + input.slice(input.indexOf('def f'));
    expect(cliStreams(program, [])).toEqual(cpythonStreams(program, []));
  }, 60_000);
});
