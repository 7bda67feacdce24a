/**
 * The Web Worker that runs Python: the page never freezes while a program runs, and Stop simply
 * terminates this worker. Every write to stdout/stderr is posted at once (the page batches them
 * per animation frame); an internal crash of the interpreter is reported as 'crash'.
 * With `heap`, snapshots of the simulated heap (heap/snapshot.ts) are taken at each breakpoint()
 * and when the program ends, and posted as they are taken (the last one before 'done'). input() blocks on a shared buffer while the page asks the learner.
 */
import { runProgram, MemoryFileSystem, enableCoursePackages } from '../interpreter/index';
import { createReplSession } from '../interpreter/vm/repl';
import { takeSnapshot } from '../interpreter/heap/snapshot';
import { waitAnswer, MAX_SNAPSHOTS, type FromWorker, type ToWorker } from './protocol';

const post = (m: FromWorker) => (self as unknown as Worker).postMessage(m);
const encoder = new TextEncoder();

type Session = ReturnType<typeof createReplSession>;
let repl: Session | null = null;

function filesystem(files: Record<string, string> | undefined) {
  const fs = new MemoryFileSystem();
  for (const [name, text] of Object.entries(files ?? {})) {
    fs.writeFile(name.startsWith('/') ? name : '/' + name, encoder.encode(text));
  }
  return fs;
}

/** input() with nothing left in stdin: ask the page and wait for its answer. */
function reader(id: number, buf: SharedArrayBuffer | undefined): () => string | null {
  return () => {
    post({ type: 'input', id, canAnswer: buf !== undefined });
    if (buf === undefined) return null;
    const line = waitAnswer(buf);
    return line === null ? null : line + '\n';
  };
}

self.onmessage = (ev: MessageEvent<ToWorker>) => {
  const msg = ev.data;
  try {
    if (msg.type === 'run') {
      const t0 = performance.now();
      let breakpoints = 0;
      const r = runProgram({
        source: msg.source,
        filename: msg.filename,
        cwd: '/',
        fs: filesystem(msg.files),
        stdin: msg.stdin,
        readStdin: msg.stdin === undefined ? reader(msg.id, msg.input) : undefined,
        // the page is the learner's terminal: stdout is line-buffered, as at a console
        stdio: 'tty',
        onStdout: (text) => post({ type: 'out', id: msg.id, stream: 'stdout', text }),
        onStderr: (text) => post({ type: 'out', id: msg.id, stream: 'stderr', text }),
        // heap snapshots: at each breakpoint() (up to MAX_SNAPSHOTS - 1) and at the end
        onBreakpoint: msg.heap ? (at) => {
          if (++breakpoints >= MAX_SNAPSHOTS) return;
          post({ type: 'heap', id: msg.id, snapshot: takeSnapshot(at.heap, at.registry, at.main, { label: 'breakpoint', frame: at.frame }) });
        } : undefined,
        onProgramEnd: msg.heap ? (end) => {
          post({ type: 'heap', id: msg.id, snapshot: takeSnapshot(end.heap, end.registry, end.main), dropped: Math.max(0, breakpoints - (MAX_SNAPSHOTS - 1)) });
        } : undefined,
      });
      post({ type: 'done', id: msg.id, exitCode: r.exitCode, ms: Math.round(performance.now() - t0) });
    } else if (msg.type === 'repl-start') {
      repl = createReplSession({
        stdout: (text) => post({ type: 'out', id: msg.id, stream: 'stdout', text }),
        stderr: (text) => post({ type: 'out', id: msg.id, stream: 'stderr', text }),
        fs: new MemoryFileSystem(),
        cwd: '/',
        readStdin: reader(msg.id, msg.input),
      });
      post({ type: 'repl-more', id: msg.id, more: false });
    } else if (msg.type === 'repl-push') {
      if (!repl) throw new Error('REPL session not started');
      post({ type: 'repl-more', id: msg.id, more: repl.push(msg.line) });
    }
  } catch (e) {
    post({ type: 'crash', id: msg.id, message: e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : String(e) });
  }
};

// psutil and objgraph, which the lessons use, are importable in the page
enableCoursePackages();

// Build the static object world now (the first program would otherwise pay for it), then say so.
try {
  runProgram({ source: '', filename: '<warmup>' });
} catch {
  /* a broken interpreter shows itself on the first real run */
}
post({ type: 'ready' });
