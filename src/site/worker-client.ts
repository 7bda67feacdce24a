/**
 * The page's side of the Python worker. One PythonWorker per page for examples (one program at a
 * time) and one per REPL. `stop()` terminates the worker — the only way to end `while True: pass`
 * at once — and a fresh worker is started straight away so the next Run is warm again.
 * Output arrives as one message per write; it is handed to the page once per animation frame.
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

export class PythonWorker {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private nextId = 1;
  private current: { id: number; handlers: RunHandlers; pending: { stream: 'stdout' | 'stderr'; text: string }[]; frame: number | null } | null = null;
  private replWaiters = new Map<number, (more: boolean) => void>();

  /** Start the worker (idempotent); resolves once the interpreter module has loaded. */
  warm(): Promise<void> {
    if (this.worker && this.ready) return this.ready;
    performance.mark('pml:worker-start');
    const w = new Worker(new URL('../worker/python-worker.ts', import.meta.url), { type: 'module', name: 'python' });
    this.worker = w;
    this.ready = new Promise((resolve) => {
      w.addEventListener('message', (ev: MessageEvent<FromWorker>) => {
        if (ev.data.type === 'ready') {
          performance.mark('pml:worker-ready');
          resolve();
        }
      });
    });
    w.addEventListener('message', (ev: MessageEvent<FromWorker>) => this.onMessage(ev.data));
    w.addEventListener('error', (ev) => {
      ev.preventDefault();
      this.finish({ exitCode: -1, ms: 0, stopped: false, crashed: ev.message || 'worker error' });
    });
    return this.ready;
  }

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
    this.warm();
    const id = this.nextId++;
    this.current = { id, handlers, pending: [], frame: null };
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
      if (cur.frame === null) cur.frame = requestAnimationFrame(() => this.flush());
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
