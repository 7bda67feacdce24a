/** Messages between the page (src/site/worker-client.ts) and the Python worker. */
import type { HeapSnapshot } from '../interpreter/heap/snapshot';

export type ToWorker =
  | {
    type: 'run'; id: number; source: string; filename: string; files?: Record<string, string>; stdin?: string;
    /** Take a heap snapshot when the program ends (posted as 'heap' before 'done'). */
    heap?: boolean;
    /** For input(): see InputChannel (present only when the page is cross-origin isolated). */
    input?: SharedArrayBuffer;
  }
  /** A program with this name (and heap view or not) is likely next: have its interpreter ready. */
  | { type: 'prepare'; filename: string; heap?: boolean }
  | { type: 'repl-start'; id: number; input?: SharedArrayBuffer }
  | { type: 'repl-push'; id: number; line: string };

export type FromWorker =
  /**
   * The interpreter is loaded and the first program's interpreter made. Times (ms on the
   * worker's clock, from `origin` = its performance.timeOrigin) for the page's performance marks:
   * `loaded` when the worker's script had been fetched, compiled and evaluated, `prepared` now.
   */
  | { type: 'ready'; origin: number; loaded: number; prepared: number }
  | { type: 'out'; id: number; stream: 'stdout' | 'stderr'; text: string }
  /** A heap snapshot: one per breakpoint() call, then the end (which says how many breakpoints were not recorded). */
  | { type: 'heap'; id: number; snapshot: HeapSnapshot; dropped?: number }
  /** input() is waiting for a line: the page answers through the shared buffer (`canAnswer`). */
  | { type: 'input'; id: number; canAnswer: boolean }
  | { type: 'done'; id: number; exitCode: number; ms: number }
  | { type: 'repl-more'; id: number; more: boolean }
  | { type: 'crash'; id: number; message: string };

/** Most heap snapshots one run produces: breakpoint() calls beyond MAX_SNAPSHOTS - 1 are not recorded. */
export const MAX_SNAPSHOTS = 20;

/**
 * The input() channel: a SharedArrayBuffer the worker blocks on (Atomics.wait) while the page
 * asks the learner. Int32 [0] = state (0 waiting, 1 answered), [1] = byte length of the answer
 * (-1: end of file), UTF-8 bytes from byte 8. Needs crossOriginIsolated (COOP/COEP headers).
 */
export const INPUT_BYTES = 64 * 1024;

export function writeAnswer(buf: SharedArrayBuffer, text: string | null): void {
  const head = new Int32Array(buf, 0, 2);
  if (text === null) head[1] = -1;
  else {
    const bytes = new TextEncoder().encode(text).slice(0, buf.byteLength - 8);
    new Uint8Array(buf, 8).set(bytes);
    head[1] = bytes.length;
  }
  Atomics.store(head, 0, 1);
  Atomics.notify(head, 0);
}

export function waitAnswer(buf: SharedArrayBuffer): string | null {
  const head = new Int32Array(buf, 0, 2);
  Atomics.wait(head, 0, 0);
  const n = head[1];
  Atomics.store(head, 0, 0);
  if (n < 0) return null;
  // decode from a copy: TextDecoder does not accept views of shared memory
  return new TextDecoder().decode(new Uint8Array(buf, 8, n).slice());
}
