/**
 * Simulated time the program spends beyond the instructions it executes (which the clock
 * counts as `rt.ticks`): sleeps, clock reads, and the collector's work (gc/collection-cost.ts).
 * modules/clock.ts turns both into the times `time` reports.
 */
import { rt } from './state';

export function chargeSimulatedNs(ns: number): void {
  if (ns > 0) rt.extraNs += ns;
}
