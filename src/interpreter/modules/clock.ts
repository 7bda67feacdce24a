/**
 * The simulated clock. Programs in the course must print the same thing every run, so no
 * module reads the host's clock: wall time starts at a fixed instant (2025-01-15 09:00:00 UTC)
 * and advances with the work the program does — each executed RESUME (a call or loop
 * iteration) costs a few hundred nanoseconds, each collection what CPython's collector would
 * spend on the same objects (gc/collection-cost.ts) — a little on every clock read, and by
 * exactly the requested amount in `time.sleep`.
 */
import { rt } from '../vm/state';
import { chargeSimulatedNs } from '../vm/sim-time';

/** 2025-01-15 09:00:00 UTC, seconds since the epoch. */
export const EPOCH_START = 1736931600;
/** Simulated cost of one RESUME tick, in nanoseconds. */
const NS_PER_TICK = 300n;
/** Each clock read advances the clock by this much (nanoseconds), so reads are strictly increasing. */
const NS_PER_READ = 1000;

/** Nanoseconds elapsed since the program started. */
export function elapsedNs(): bigint {
  chargeSimulatedNs(NS_PER_READ);
  return BigInt(rt.ticks) * NS_PER_TICK + BigInt(rt.extraNs);
}

export function sleepNs(ns: bigint): void {
  if (ns > 0n) chargeSimulatedNs(Number(ns));
}

/** Nanoseconds of the simulated wall clock since the epoch. */
export function wallNs(): bigint {
  return BigInt(EPOCH_START) * 1_000_000_000n + elapsedNs();
}
