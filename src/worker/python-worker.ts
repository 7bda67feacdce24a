/**
 * The Web Worker that runs Python: the page never freezes while a program runs, and Stop simply
 * terminates this worker. Every write to stdout/stderr is posted at once (the page batches them
 * per animation frame); an internal crash of the interpreter is reported as 'crash'.
 * With `heap`, snapshots of the simulated heap (heap/snapshot.ts) are taken at each breakpoint()
 * and when the program ends, and posted as they are taken (the last one before 'done'). input() blocks on a shared buffer while the page asks the learner.
 *
 * Start-up cost is kept off Run: the worker creates the next program's interpreter (builtins,
 * sys, __main__, the start-up gc population — vm/runtime.ts prepareProgram) as soon as it has
 * loaded and again after every run, so a Run only compiles and executes. The page says which
 * program is likely next ('prepare': its file name and whether it shows the heap).
 */
import { MemoryFileSystem, enableCoursePackages } from '../interpreter/index';
import { prepareProgram, runPrepared, preparedFits, discardPrepared, type PreparedProgram } from '../interpreter/vm/runtime';
import { createReplSession } from '../interpreter/vm/repl';
import { takeSnapshot } from '../interpreter/heap/snapshot';
import { waitAnswer, MAX_SNAPSHOTS, type FromWorker, type ToWorker } from './protocol';

const post = (m: FromWorker) => (self as unknown as Worker).postMessage(m);
/** When this module's body started: the interpreter bundle is fetched, compiled and evaluated. */
const loadedAt = performance.now();
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

/** The interpreter made ahead for the next run (null in a REPL worker, or while a program runs). */
let prepared: PreparedProgram | null = null;
/** What the next run probably is: the last run's or the page's hint. */
let nextRun = { filename: 'main.py', heap: false };
let prepareTimer: ReturnType<typeof setTimeout> | null = null;
const CWD = '/';
// the page is the learner's terminal: stdout is line-buffered, as at a console
const prepareOptions = (filename: string, heap: boolean) => ({ filename, cwd: CWD, inspect: heap, stdio: 'tty' as const });

function prepareNext(): void {
  if (prepareTimer !== null) clearTimeout(prepareTimer);
  prepareTimer = null;
  const want = prepareOptions(nextRun.filename, nextRun.heap);
  if (prepared !== null && preparedFits(prepared, want)) return;
  try {
    dropPrepared();
    prepared = prepareProgram(want);
  } catch {
    prepared = null; // a broken interpreter shows itself on the first real run
  }
}

function dropPrepared(): void {
  const p = prepared;
  prepared = null;
  if (p !== null) discardPrepared(p);
}

/** Prepare once the messages already queued (a Run right behind this one) are handled. */
function prepareSoon(): void {
  if (repl === null && prepareTimer === null) prepareTimer = setTimeout(prepareNext, 0);
}

self.onmessage = (ev: MessageEvent<ToWorker>) => {
  const msg = ev.data;
  try {
    if (msg.type === 'prepare') {
      nextRun = { filename: msg.filename, heap: msg.heap === true };
      if (repl === null) prepareNext();
    } else if (msg.type === 'run') {
      const t0 = performance.now();
      let breakpoints = 0;
      const want = prepareOptions(msg.filename, msg.heap === true);
      nextRun = { filename: msg.filename, heap: msg.heap === true };
      if (prepareTimer !== null) clearTimeout(prepareTimer);
      prepareTimer = null;
      let ready = prepared;
      prepared = null;
      if (ready === null || !preparedFits(ready, want)) {
        if (ready !== null) discardPrepared(ready);
        ready = prepareProgram(want);
      }
      const r = runPrepared(ready, {
        source: msg.source,
        filename: msg.filename,
        cwd: CWD,
        fs: filesystem(msg.files),
        stdin: msg.stdin,
        readStdin: msg.stdin === undefined ? reader(msg.id, msg.input) : undefined,
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
      prepareSoon();
    } else if (msg.type === 'repl-start') {
      dropPrepared();
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
    prepareSoon();
    post({ type: 'crash', id: 'id' in msg ? msg.id : 0, message: e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : String(e) });
  }
};

// psutil and objgraph, which the lessons use, are importable in the page
enableCoursePackages();

// Build the static object world and the first program's interpreter now, then say so. The page
// names the worker after the program likely to run first (worker-client.ts), or 'python-repl'.
const kind = (self as unknown as { name?: string }).name ?? '';
if (kind.startsWith('python:')) {
  try {
    const [filename, heap] = JSON.parse(kind.slice('python:'.length)) as [string, boolean];
    if (typeof filename === 'string') nextRun = { filename, heap: heap === true };
  } catch { /* keep main.py */ }
}
if (kind !== 'python-repl') prepareNext();
post({ type: 'ready', origin: performance.timeOrigin, loaded: loadedAt, prepared: performance.now() });
