/**
 * Runs golden programs with the interpreter, each in a worker thread with a wall-clock deadline.
 *
 * A pool of `size` workers (`run-worker.ts`) takes programs one at a time; each worker imports
 * `runProgram` from the module it is given (the interpreter's `src/interpreter/index.ts`, or a
 * stand-in such as `cpython-interpreter.ts`). A program that passes
 * its deadline gets its worker terminated (the only way to stop a synchronous `runProgram`) and a
 * fresh worker takes the next program. A worker that dies before it has imported the interpreter
 * (a module that does not load) fails every queued program at once with that error. Outcomes:
 *   - `ran`      the interpreter returned a RunResult;
 *   - `threw`    runProgram threw a JavaScript error (an interpreter bug or "not implemented");
 *   - `timeout`  the program did not finish before the deadline.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

import type { RunResult } from '../../src/interpreter/index';

export interface WorkerRequest {
  id: number;
  source: string;
  filename: string;
  cwd: string;
  /** The program's standard input (`<name>.py.stdin`, or empty). */
  stdin: string;
  maxInstructions: number;
}

export type WorkerReply =
  | { id: number; ok: true; result: RunResult }
  | { id: number; ok: false; error: string }
  /** Sent once, after the worker has imported the interpreter. */
  | { ready: true };

export type RunOutcome =
  | { kind: 'ran'; result: RunResult; ms: number }
  /** `importing`: the interpreter module itself failed to load. */
  | { kind: 'threw'; error: string; ms: number; importing?: boolean }
  | { kind: 'timeout'; ms: number };

interface Job {
  request: Omit<WorkerRequest, 'id'>;
  timeoutMs: number;
  resolve: (o: RunOutcome) => void;
}

/** tsx's loader, resolved from this package so the worker works whatever the cwd. */
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const WORKER_FILE = new URL('./run-worker.ts', import.meta.url);

/** What run-worker.ts receives as `workerData`. */
export interface WorkerSetup {
  /** file: URL of a module exporting `runProgram(opts: RunOptions): RunResult`. */
  interpreter: string;
}

class Slot {
  private worker: Worker | null = null;
  /** The current worker has imported the interpreter. */
  private ready = false;
  busy = false;

  /** `onLoadFailure` hears of a worker that died before it could import the interpreter. */
  constructor(
    private readonly setup: WorkerSetup,
    private readonly onLoadFailure: (error: string) => void,
  ) {}

  private spawn(): Worker {
    const w = new Worker(WORKER_FILE, {
      execArgv: ['--import', TSX_LOADER],
      workerData: this.setup satisfies WorkerSetup,
      stdout: false,
      stderr: false,
    });
    w.unref();
    return w;
  }

  run(job: Job, id: number): Promise<RunOutcome> {
    this.busy = true;
    if (this.worker === null) {
      this.worker = this.spawn();
      this.ready = false;
    }
    const worker = this.worker;
    const t0 = performance.now();
    return new Promise<RunOutcome>((resolve) => {
      const done = (o: RunOutcome) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        this.busy = false;
        resolve(o);
      };
      const onMessage = (reply: WorkerReply) => {
        if ('ready' in reply) {
          this.ready = true;
          return;
        }
        if (reply.id !== id) return;
        const ms = performance.now() - t0;
        done(reply.ok ? { kind: 'ran', result: reply.result, ms } : { kind: 'threw', error: reply.error, ms });
      };
      const onError = (e: Error) => {
        const error = `worker crashed${this.ready ? '' : ' while importing the interpreter'}: ${e.stack ?? e.message}`;
        if (!this.ready) this.onLoadFailure(error);
        this.worker = null; // the worker died; the next job gets a new one
        done({ kind: 'threw', error, ms: performance.now() - t0, importing: !this.ready });
      };
      const timer = setTimeout(() => {
        this.worker = null;
        void worker.terminate();
        done({ kind: 'timeout', ms: performance.now() - t0 });
      }, job.timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({ ...job.request, id } satisfies WorkerRequest);
    });
  }

  close(): Promise<number> | undefined {
    const w = this.worker;
    this.worker = null;
    return w?.terminate();
  }
}

export class ProgramRunner {
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  private nextId = 1;
  /** Set when the interpreter cannot even be imported: every later job fails at once with it. */
  private loadFailure: string | null = null;

  constructor(size: number, interpreter: URL) {
    const setup = { interpreter: interpreter.href };
    this.slots = Array.from({ length: Math.max(1, size) }, () => new Slot(setup, (e) => (this.loadFailure = e)));
  }

  run(request: Omit<WorkerRequest, 'id'>, timeoutMs: number): Promise<RunOutcome> {
    return new Promise((resolve) => {
      this.queue.push({ request, timeoutMs, resolve });
      this.pump();
    });
  }

  private pump(): void {
    while (this.loadFailure !== null && this.queue.length > 0) {
      this.queue.shift()!.resolve({ kind: 'threw', error: this.loadFailure, ms: 0, importing: true });
    }
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const job = this.queue.shift();
      if (job === undefined) return;
      void slot.run(job, this.nextId++).then((o) => {
        job.resolve(o);
        this.pump();
      });
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.close()));
  }
}
