/**
 * The host's own heap, as a second ceiling on simulated memory. The simulated heap's ceiling
 * (kernel.ts DEFAULT_MEMORY_LIMIT) is what a desktop CPython would refuse; the JavaScript
 * objects that stand for simulated objects take host memory too, more per object than CPython
 * does, so a runaway program could exhaust the host's heap (a crash, not a Python error) long
 * before that ceiling. The kernel therefore asks, every HOST_CHECK_STEP of growth, whether the
 * host heap still has room; when it does not, the mapping fails as over the ceiling does and
 * the program gets its MemoryError where CPython's allocation would fail.
 *
 * The probe is the host's business: the CLI and the test workers give V8's heap statistics;
 * a browser that has `performance.memory` (Chromium) is probed through it; otherwise none.
 */
export interface HostHeap {
  used: number;
  limit: number;
}

/** A mapping that takes the simulation past this much more is checked against the host. */
export const HOST_CHECK_STEP = 32 * 1024 * 1024;
/** The share of the host's heap limit beyond which simulated allocations fail. */
export const HOST_HEAP_SHARE = 0.85;

type Probe = () => HostHeap | null;

function browserProbe(): HostHeap | null {
  const m = (globalThis.performance as unknown as { memory?: { usedJSHeapSize: number; jsHeapSizeLimit: number } } | undefined)?.memory;
  return m !== undefined && m.jsHeapSizeLimit > 0 ? { used: m.usedJSHeapSize, limit: m.jsHeapSizeLimit } : null;
}

let probe: Probe = browserProbe;
/** Called before giving up, when the host can collect its own garbage on request. */
let collectHostGarbage: (() => void) | null = null;

export function setHostHeapProbe(p: Probe, collect: (() => void) | null = null): void {
  probe = p;
  collectHostGarbage = collect;
}

export function hostHeapFull(): boolean {
  let s = probe();
  if (s === null || s.used <= s.limit * HOST_HEAP_SHARE) return false;
  if (collectHostGarbage === null) return true;
  collectHostGarbage(); // (what is over the share may be the host's garbage)
  s = probe();
  return s !== null && s.used > s.limit * HOST_HEAP_SHARE;
}
