/**
 * `npm run --silent py -- FILE.py [args]`: run a file like `python FILE.py` (same stdout,
 * stderr and exit status); with no file, an interactive REPL with `>>> ` / `... ` prompts (`-i`
 * forces it when standard input is not a terminal; otherwise, as `python3 < prog.py`, standard
 * input is the program).
 * The program's working directory is where npm was started (INIT_CWD).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { StringDecoder } from 'node:string_decoder';
import * as v8 from 'node:v8';
import { runProgram, setHostHeapProbe } from '../interpreter/index';
import { createReplSession } from '../interpreter/vm/repl';
import { NodeFileSystem } from './node-fs';

const cwd = process.env.INIT_CWD ?? process.cwd();

// a runaway program gets a MemoryError before Node's own heap runs out (heap/host-memory.ts)
setHostHeapProbe(() => {
  const s = v8.getHeapStatistics();
  return { used: s.used_heap_size, limit: s.heap_size_limit };
}, typeof globalThis.gc === 'function' ? () => globalThis.gc!() : null);

// `py prog.py | head -1`: once the reader has gone, later output is dropped (the program still
// runs to its end) instead of Node throwing EPIPE out of a write
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
}
const args = process.argv.slice(2);

/**
 * The program's stdin (`input()`, `sys.stdin`): read from the process's standard input as the
 * program asks for it, a chunk at a time and synchronously (the interpreter runs to completion
 * in one call), so a terminal gives a line per read and a pipe or file gives its contents.
 */
const stdinDecoder = new StringDecoder('utf8');
function readProcessStdin(): string | null {
  const buf = Buffer.alloc(65536);
  for (;;) {
    let n: number;
    try {
      n = fs.readSync(0, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue; // a non-blocking terminal with nothing typed yet
      if (code === 'EOF') n = 0;
      else throw e;
    }
    if (n === 0) {
      const rest = stdinDecoder.end();
      return rest === '' ? null : rest;
    }
    const text = stdinDecoder.write(buf.subarray(0, n));
    if (text !== '') return text;
  }
}

if (args.length > 0 && args[0] !== '-i') {
  const file = path.resolve(cwd, args[0]);
  let source: string;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch {
    process.stderr.write(`python3: can't open file '${file}': [Errno 2] No such file or directory\n`);
    process.exit(2);
  }
  const r = runProgram({
    source,
    filename: file,
    cwd,
    argv: args.slice(1),
    fs: new NodeFileSystem(),
    // like python3: line-buffered at a terminal, block-buffered into a pipe or a file
    stdio: process.stdout.isTTY ? 'tty' : 'pipe',
    onStdout: (s) => process.stdout.write(s),
    onStderr: (s) => process.stderr.write(s),
    readStdin: readProcessStdin,
  });
  process.exitCode = r.exitCode;
} else if (args.length === 0 && !process.stdin.isTTY) {
  // `python3 < prog.py` / `cat prog.py | python3`: standard input is the program (no prompts)
  const r = runProgram({
    source: fs.readFileSync(0, 'utf8'),
    filename: '<stdin>',
    cwd,
    argv: [],
    fs: new NodeFileSystem(),
    stdio: process.stdout.isTTY ? 'tty' : 'pipe',
    onStdout: (s) => process.stdout.write(s),
    onStderr: (s) => process.stderr.write(s),
  });
  process.exitCode = r.exitCode;
} else {
  const interactive = process.stdin.isTTY;
  if (interactive) process.stdout.write('Python 3.12.1 (Python Memory Lab simulator)\nType "help", "copyright", "credits" or "license" for more information.\n');
  const session = createReplSession({
    stdio: process.stdout.isTTY ? 'tty' : 'pipe',
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    fs: new NodeFileSystem(),
    cwd,
  });
  const rl = readline.createInterface({ input: process.stdin, output: interactive ? process.stdout : undefined, terminal: interactive });
  const prompt = (more: boolean) => {
    if (interactive) {
      rl.setPrompt(more ? '... ' : '>>> ');
      rl.prompt();
    } else process.stderr.write(more ? '... ' : '>>> ');
  };
  prompt(false);
  rl.on('line', (line) => prompt(session.push(line)));
  rl.on('close', () => {
    if (session.buffer !== '') session.push('');
    // CPython ends the prompt line on EOF on stderr, where the prompts go when not at a terminal
    (interactive ? process.stdout : process.stderr).write('\n');
  });
}
