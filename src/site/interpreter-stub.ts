/**
 * Stand-in for the interpreter while its parser has not landed (see build-integrations.mjs).
 * It understands only what the site's own plumbing tests need — `print('literal')` lines and
 * an endless `while True: pass` — and says plainly that it is not the real interpreter.
 * Never bundled once src/interpreter/frontend/parser.ts exists.
 */
export const INTERPRETER_STUB = true;

export interface RunOptions {
  source: string;
  filename: string;
  cwd?: string;
  argv?: string[];
  fs?: unknown;
  stdin?: string;
  onStdout?: (text: string) => void;
  onStderr?: (text: string) => void;
  maxInstructions?: number;
}

export class MemoryFileSystem {
  files = new Map<string, Uint8Array>();
  readFile(p: string) { return this.files.get(p) ?? null; }
  writeFile(p: string, d: Uint8Array) { this.files.set(p, d); }
  exists(p: string) { return this.files.has(p); }
  isDir() { return false; }
  listDir() { return null; }
  remove(p: string) { return this.files.delete(p); }
}

const UNAVAILABLE = '[임시 인터프리터] 아직 실제 인터프리터가 빌드에 포함되지 않았습니다.\n';

function execLines(source: string, filename: string, out: (s: string) => void, err: (s: string) => void): number {
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = /^print\((['"])(.*)\1\)$/.exec(line);
    if (m) { out(m[2] + '\n'); continue; }
    if (/^while True:\s*pass$/.test(line) || (line === 'while True:' && lines[i + 1]?.trim() === 'pass')) {
      for (;;) { /* a runaway program: only terminating the worker ends it */ }
    }
    err(UNAVAILABLE);
    err(`Traceback (most recent call last):\n  File "${filename}", line ${i + 1}, in <module>\nNotImplementedError: ${line}\n`);
    return 1;
  }
  return 0;
}

export function runProgram(opts: RunOptions) {
  let stdout = '';
  let stderr = '';
  const out = (s: string) => { stdout += s; opts.onStdout?.(s); };
  const err = (s: string) => { stderr += s; opts.onStderr?.(s); };
  const exitCode = execLines(opts.source, opts.filename, out, err);
  return { stdout, stderr, exitCode };
}

export function createReplSession(opts: { stdout: (s: string) => void; stderr: (s: string) => void }) {
  let lines: string[] = [];
  return {
    get buffer() { return lines.join('\n'); },
    push(line: string): boolean {
      lines.push(line);
      if (line.trimEnd().endsWith(':') || (lines.length > 1 && line.trim() !== '')) return true;
      const src = lines.join('\n');
      lines = [];
      const m = /^\s*(\d+)\s*$/.exec(src);
      if (m) { opts.stdout(m[1] + '\n'); return false; }
      if (src.trim() !== '') execLines(src, '<stdin>', opts.stdout, opts.stderr);
      return false;
    },
  };
}
