/**
 * The memory CPython 3.12's add_subclass / remove_subclass use (Objects/typeobject.c): a base
 * type's tp_subclasses dict maps PyLong_FromVoidPtr(subclass) — a two-digit int, 32 bytes — to a
 * weak reference to the subclass (80 bytes with its GC header). A heap base gets that dict
 * (64 bytes, and an 8-slot int-keyed table of 160) with its first subclass; static bases such
 * as `object` have theirs from start-up. The subclass relation itself is kept in
 * PyType.subclasses; this module only allocates and frees those blocks, so tracemalloc sees a
 * class statement as CPython's does.
 */
import type { PyType } from './typeobject';
import { allocBuffer, freeBuffer } from './alloc';
import { allocator, type Allocator } from './memory';

const entryBlocks = new Map<PyType, number[]>();
const baseDicts = new Map<PyType, { blocks: number[]; n: number }>();
let owner: Allocator | null = null;

function own(): void {
  if (owner !== allocator) {
    entryBlocks.clear();
    baseDicts.clear();
    owner = allocator;
  }
}

/** type_ready_add_subclasses: one entry in each base's tp_subclasses. */
export function addSubclassMemory(t: PyType, bases: readonly PyType[]): void {
  own();
  const blocks: number[] = [];
  for (const b of bases) {
    if (b.isHeapType) {
      let d = baseDicts.get(b);
      if (d === undefined) {
        d = { blocks: [allocBuffer(64), allocBuffer(160)], n: 0 };
        baseDicts.set(b, d);
      }
      d.n++;
    }
    blocks.push(allocBuffer(32), allocBuffer(80));
  }
  entryBlocks.set(t, blocks);
}

/** remove_all_subclasses (type_dealloc): the entries go; so does a heap base's dict (with the base). */
export function removeSubclassMemory(t: PyType): void {
  if (owner !== allocator) return;
  const blocks = entryBlocks.get(t);
  if (blocks !== undefined) {
    for (const a of blocks) freeBuffer(a);
    entryBlocks.delete(t);
  }
  const d = baseDicts.get(t);
  if (d !== undefined) {
    for (const a of d.blocks) freeBuffer(a);
    baseDicts.delete(t);
  }
}
