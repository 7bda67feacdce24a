/**
 * What a collection costs, in simulated time. CPython's collector walks every object of the
 * generations it collects (update_refs, move_unreachable) and every reference those objects hold
 * (subtract_refs, and again move_unreachable for the reachable ones), so its time grows with
 * both. The simulated clock charges each collection
 *
 *     PER_OBJECT_NS × objects examined + PER_REF_NS × references traversed
 *
 * so programs that time themselves (the seed articles compare a loop with the collector enabled
 * and disabled) show the shape CPython shows: a million tracked containers make the automatic
 * full collections cost seconds, and `gc.disable()` removes that cost.
 *
 * Constants fitted on CPython 3.12.1 on the reference machine by scripts/measure-gc-cost.py
 * (full collections of 200,000 lists holding 0, 1, 10 and 100 references: about 21 ns per
 * object plus 7.3 ns per reference).
 */
export const PER_OBJECT_NS = 21;
export const PER_REF_NS = 7.3;

export function collectionCostNs(objects: number, refs: number): number {
  return Math.round(PER_OBJECT_NS * objects + PER_REF_NS * refs);
}
