/**
 * An interactive session like CPython's REPL (Python/pythonrun.c PyRun_InteractiveLoop +
 * codeop's "is this input complete?"): each complete input is compiled separately in 'single'
 * mode against the same `__main__`, so expression statements echo their repr and constants
 * are not shared between inputs (`x = 257` then `y = 257` gives `x is y` → False).
 */
import { decref } from '../objects/object';
import { PyThrown } from '../objects/errors';
import { None } from '../objects/singletons';
import { dictSetStr } from '../objects/dict';
import { reprText } from '../objects/abstract';
import { createInterpreter, compileSource, execModuleCode, reportUncaught, type Interpreter } from './runtime';
import { vmHooks } from './hooks';
import { printHook } from '../modules/builtins';
import { flushStdFiles, type StdioMode } from '../modules/stdio';
import { rt, BudgetExceeded } from './state';
import type { FileSystem } from '../index';

export interface ReplSession {
  /** Feed one line; returns true when more input is needed (prompt "... "). */
  push(line: string): boolean;
  /** Currently buffered incomplete input. */
  readonly buffer: string;
}

export function createReplSession(opts: {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  fs?: FileSystem;
  cwd?: string;
  maxInstructions?: number;
  /** Asked for more input() text when there is none (see RunOptions.readStdin). */
  readStdin?: () => string | null;
  /** What stdout is (modules/stdio.ts); a REPL normally runs at a terminal: 'tty'. */
  stdio?: StdioMode;
}): ReplSession {
  const interp: Interpreter = createInterpreter({ filename: '<stdin>', stdio: 'tty', ...opts });
  vmHooks.displayHook = (v) => {
    if (v === None) return;
    // sys.displayhook writes repr(value) and a newline through sys.stdout
    printHook.write(null, reprText(v), false);
    printHook.write(null, '\n', false);
    const b = interp.builtins.md;
    dictSetStr(b, '_', v);
  };
  let lines: string[] = [];
  let n = 0;
  const run = (source: string) => {
    n++;
    try {
      const arena: { release(): void }[] = [];
      const code = compileSource(source + '\n', '<stdin>', 'single', arena, false);
      try {
        rt.budget = rt.ticks + (opts.maxInstructions ?? Infinity);
        decref(execModuleCode(code, interp.mainModule));
      } finally {
        decref(code);
        for (const a of arena) a.release();
      }
    } catch (e) {
      if (e instanceof PyThrown) {
        reportUncaught(e.exc);
        decref(e.exc);
      } else if (e instanceof BudgetExceeded) rt.stderr.write('KeyboardInterrupt\n');
      else throw e;
    }
    flushStdFiles(); // PyRun_InteractiveOneObjectEx: flush_io() after each input
  };
  return {
    get buffer() {
      return lines.join('\n');
    },
    push(line: string): boolean {
      lines.push(line);
      const source = lines.join('\n');
      if (needsMore(source, line, lines.length)) return true;
      lines = [];
      if (source.trim() === '') return false;
      run(source);
      return false;
    },
  };
}

/** codeop-like completeness check: open brackets/strings, a trailing ':' or '\', or an open block. */
function needsMore(source: string, last: string, count: number): boolean {
  if (last.endsWith('\\')) return true;
  let depth = 0;
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '#') {
      while (i < source.length && source[i] !== '\n') i++;
      continue;
    }
    if (c === '"' || c === "'") {
      const triple = source.startsWith(c.repeat(3), i);
      const q = triple ? c.repeat(3) : c;
      i += q.length;
      let closed = false;
      while (i < source.length) {
        if (source[i] === '\\') {
          i += 2;
          continue;
        }
        if (source.startsWith(q, i)) {
          i += q.length;
          closed = true;
          break;
        }
        if (!triple && source[i] === '\n') break;
        i++;
      }
      if (!closed && triple) return true;
      continue;
    }
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    i++;
  }
  if (depth > 0) return true;
  const first = source.split('\n')[0];
  const startsBlock = /:\s*(#.*)?$/.test(first.trimEnd()) || /^\s*@/.test(first);
  if (count === 1) return startsBlock;
  // inside a compound statement: continue until an empty line
  return last.trim() !== '';
}
