/**
 * The page's side of the Python worker. One PythonWorker per page for examples (one program at a
 * time) and one per REPL. `stop()` terminates the worker — the only way to end `while True: pass`
 * at once — and a fresh worker is started straight away so the next Run is warm again.
 * Output arrives as one message per write; the first is handed to the page at once, later ones
 * once per animation frame.
 */
import { INPUT_BYTES, writeAnswer, type FromWorker, type ToWorker } from '../worker/protocol';
import type { HeapSnapshot } from '../interpreter/heap/snapshot';

export interface RunHandlers {
  onOutput(chunks: { stream: 'stdout' | 'stderr'; text: string }[]): void;
  onDone(result: { exitCode: number; ms: number; stopped: boolean; crashed?: string }): void;
  /** A heap snapshot (runs with `heap: true`): at each breakpoint(), then when the program ended. */
  onHeap?(snapshot: HeapSnapshot, dropped?: number): void;
  /**
   * input() waits for a line (its prompt is already in the output). Call `answer` with the line
   * (without '\n') or null for end of file. When the page cannot answer (not cross-origin
   * isolated: no shared memory) `answer` is null and input() raises EOFError.
   */
  onInput?(answer: ((line: string | null) => void) | null): void;
}

/** input() needs shared memory, which browsers give only to cross-origin isolated pages. */
export const canAnswerInput = (): boolean => typeof SharedArrayBuffer !== 'undefined' && globalThis.crossOriginIsolated === true;

/** The worker a page's inline head script started while the page was parsed (build-integrations.mjs earlyWorkerStart). */
interface EarlyWorker {
  worker: Worker;
  /** Messages that arrived before the page script took the worker over (`failed`: it did not load). */
  queue: MessageEvent[] & { failed?: boolean };
  /** The program its interpreter is made for: [file name, heap view]. */
  hint: [string, boolean];
  start: number;
}

/** Take over the early worker (once per page); null if there is none or it failed to load. */
function adoptEarlyWorker(): EarlyWorker | null {
  const g = globalThis as { __pmlWorker?: EarlyWorker };
  const early = g.__pmlWorker ?? null;
  delete g.__pmlWorker;
  if (early === null) return null;
  early.worker.onmessage = null;
  early.worker.onerror = null;
  if (early.queue.failed) {
    early.worker.terminate();
    return null;
  }
  return early;
}

export class PythonWorker {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private nextId = 1;
  private current: { id: number; handlers: RunHandlers; pending: { stream: 'stdout' | 'stderr'; text: string }[]; frame: number | null; shown?: boolean } | null = null;
  private replWaiters = new Map<number, (more: boolean) => void>();

  /** `repl`: this worker runs a REPL session (it makes no program interpreter ahead). */
  constructor(private readonly kind: 'programs' | 'repl' = 'programs') {}

  /**
   * Start the worker (idempotent); resolves once the interpreter is loaded and the first
   * program's interpreter is made. `next`: the program likely to run first (file name, heap
   * view), so that is the interpreter the worker makes (default main.py without heap).
   */
  warm(next?: { filename: string; heap: boolean }): Promise<void> {
    if (this.worker && this.ready) return this.ready;
    const early = this.kind === 'programs' ? adoptEarlyWorker() : null;
    let w: Worker;
    if (early !== null) {
      w = early.worker;
      performance.mark('pml:worker-start', { startTime: early.start });
      this.hinted = `${early.hint[0]}\0${early.hint[1]}`;
    } else {
      performance.mark('pml:worker-start');
      // the worker reads the first program's kind from its name (the only thing it has at once)
      const first = this.kind === 'repl' ? null : next ?? { filename: this.lastRun.filename, heap: this.lastRun.heap };
      this.hinted = first === null ? '' : `${first.filename}\0${first.heap}`;
      const name = first === null ? 'python-repl' : `python:${JSON.stringify([first.filename, first.heap])}`;
      w = new Worker(new URL('../worker/python-worker.ts', import.meta.url), { type: 'module', name });
    }
    this.worker = w;
    let onReady: (m: FromWorker) => void = () => {};
    this.ready = new Promise((resolve) => {
      onReady = (m) => {
        if (m.type !== 'ready') return;
        // the worker's moments on the page's clock (site-bench reads them)
        const at = (t: number) => Math.max(0, m.origin + t - performance.timeOrigin);
        performance.mark('pml:worker-loaded', { startTime: at(m.loaded) });
        performance.mark('pml:worker-prepared', { startTime: at(m.prepared) });
        performance.mark('pml:worker-ready');
        resolve();
      };
    });
    const onMessage = (m: FromWorker) => {
      if (this.worker !== w) return;
      onReady(m);
      this.onMessage(m);
    };
    w.addEventListener('message', (ev: MessageEvent<FromWorker>) => onMessage(ev.data));
    w.addEventListener('error', (ev) => {
      ev.preventDefault();
      if (this.worker === w) this.finish({ exitCode: -1, ms: 0, stopped: false, crashed: ev.message || 'worker error' });
    });
    // what the early worker said before this page script took it over
    if (early !== null) for (const ev of early.queue) onMessage(ev.data as FromWorker);
    return this.ready;
  }

  /**
   * Say which program is likely next (on pointer/focus on an example): the worker has that
   * program's interpreter made before Run. Cheap when it already has.
   */
  prepare(filename: string, heap: boolean): void {
    this.warm({ filename, heap });
    if (this.kind === 'programs' && this.current === null && this.hinted !== `${filename}\0${heap}`) {
      this.hinted = `${filename}\0${heap}`;
      this.send({ type: 'prepare', filename, heap });
    }
  }
  private hinted = '';
  /** The last program run: after Stop the fresh worker prepares the same kind. */
  private lastRun = { filename: 'main.py', heap: false };

  get busy(): boolean {
    return this.current !== null;
  }

  private inputBuffer: SharedArrayBuffer | undefined = undefined;
  private input(): SharedArrayBuffer | undefined {
    if (this.inputBuffer === undefined && canAnswerInput()) this.inputBuffer = new SharedArrayBuffer(INPUT_BYTES);
    return this.inputBuffer;
  }

  run(
    source: string, filename: string, files: Record<string, string> | undefined, handlers: RunHandlers,
    opts: { stdin?: string; heap?: boolean } = {},
  ): void {
    if (this.current) this.stop();
    this.warm({ filename, heap: opts.heap === true });
    const id = this.nextId++;
    this.current = { id, handlers, pending: [], frame: null };
    this.hinted = `${filename}\0${opts.heap === true}`; // the worker prepares the same kind next
    this.lastRun = { filename, heap: opts.heap === true };
    this.send({ type: 'run', id, source, filename, files, stdin: opts.stdin, heap: opts.heap, input: this.input() });
  }

  /** End the running program now: terminate the worker and start a fresh one. */
  stop(): void {
    const cur = this.current;
    this.worker?.terminate();
    this.worker = null;
    this.ready = null;
    this.inputBuffer = undefined; // the old worker may have left it mid-answer
    for (const resolve of this.replWaiters.values()) resolve(false);
    this.replWaiters.clear();
    if (cur) {
      this.flush();
      this.current = null;
      cur.handlers.onDone({ exitCode: -1, ms: 0, stopped: true });
    }
    this.warm();
  }

  /** REPL: start a session whose output goes to `handlers.onOutput`. */
  async replStart(handlers: RunHandlers): Promise<void> {
    await this.warm();
    const id = this.nextId++;
    this.current = { id, handlers, pending: [], frame: null };
    await new Promise<boolean>((resolve) => {
      this.replWaiters.set(id, resolve);
      this.send({ type: 'repl-start', id, input: this.input() });
    });
  }

  /** REPL: feed one line; resolves to true when more input is needed. */
  replPush(line: string): Promise<boolean> {
    const cur = this.current;
    if (!cur) return Promise.resolve(false);
    return new Promise((resolve) => {
      this.replWaiters.set(cur.id, resolve);
      this.send({ type: 'repl-push', id: cur.id, line });
    });
  }

  private send(m: ToWorker) {
    this.worker!.postMessage(m);
  }

  private onMessage(m: FromWorker) {
    const cur = this.current;
    if (m.type === 'ready' || !cur || m.id !== cur.id) return;
    if (m.type === 'out') {
      cur.pending.push({ stream: m.stream, text: m.text });
      // a run's first output is shown at once; later writes are batched per animation frame
      if (!cur.shown) {
        cur.shown = true;
        this.flush();
      } else if (cur.frame === null) cur.frame = requestAnimationFrame(() => this.flush());
    } else if (m.type === 'heap') {
      this.flush();
      cur.handlers.onHeap?.(m.snapshot, m.dropped);
    } else if (m.type === 'input') {
      this.flush();
      const buf = m.canAnswer ? this.inputBuffer : undefined;
      let answered = false;
      const answer = buf === undefined ? null : (line: string | null) => {
        if (answered || this.current !== cur) return;
        answered = true;
        writeAnswer(buf, line);
      };
      if (cur.handlers.onInput) cur.handlers.onInput(answer);
      else answer?.(null);
    } else if (m.type === 'done') {
      this.finish({ exitCode: m.exitCode, ms: m.ms, stopped: false });
    } else if (m.type === 'crash') {
      this.finish({ exitCode: -1, ms: 0, stopped: false, crashed: m.message });
      const waiter = this.replWaiters.get(m.id);
      if (waiter) { this.replWaiters.delete(m.id); waiter(false); }
    } else if (m.type === 'repl-more') {
      this.flush();
      const waiter = this.replWaiters.get(m.id);
      if (waiter) { this.replWaiters.delete(m.id); waiter(m.more); }
    }
  }

  private flush() {
    const cur = this.current;
    if (!cur) return;
    if (cur.frame !== null) cancelAnimationFrame(cur.frame);
    cur.frame = null;
    if (cur.pending.length === 0) return;
    const chunks = cur.pending;
    cur.pending = [];
    // merge neighbouring chunks of the same stream
    const merged: typeof chunks = [];
    for (const c of chunks) {
      const last = merged[merged.length - 1];
      if (last && last.stream === c.stream) last.text += c.text;
      else merged.push({ ...c });
    }
    cur.handlers.onOutput(merged);
  }

  private finish(result: { exitCode: number; ms: number; stopped: boolean; crashed?: string }) {
    const cur = this.current;
    if (!cur) return;
    this.flush();
    // a REPL session stays current between inputs; a program run ends here
    if (!this.replWaiters.has(cur.id)) this.current = null;
    cur.handlers.onDone(result);
  }
}
