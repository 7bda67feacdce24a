/**
 * The memory a C repr builds its result in (Objects/unicodeobject.c _PyUnicodeWriter, 3.12), and
 * the Py_ReprEnter list, simulated for tracemalloc: the text itself is built in JS; these only
 * allocate and free the blocks CPython would, at the same moments, so peaks come out right.
 *
 * A writer with `overallocate` (list, tuple and dict reprs) makes its buffer with PyUnicode_New
 * at the first write — the needed length plus a quarter, at least `minLength` — and grows it by
 * resize_compact (a realloc: traced as the old block freed, the new one allocated) to the needed
 * length plus a quarter whenever a piece does not fit; a wider character kind makes a new buffer.
 * _PyUnicodeWriter_Finish reallocs the buffer to the written length: that last block is the
 * result str, which the caller makes (newStr) right after `finish()` gave the buffer up.
 */
import { StrKind, strAllocSize } from './str';
import { allocBuffer, freeBuffer } from './alloc';
import { allocator, type Allocator } from './memory';

const OVERALLOCATE_FACTOR = 4;

export class UnicodeWriterSim {
  private block = 0;
  private size = 0;
  private kind: StrKind = StrKind.ASCII;
  private pos = 0;

  constructor(
    /** writer.overallocate: cleared by list/tuple/dict reprs before their closing bracket */
    public overallocate: boolean,
    private readonly minLength = 0,
  ) {}

  /** Write `length` characters of kind `kind` (WriteChar / WriteASCIIString / WriteStr). */
  write(length: number, kind: StrKind): void {
    if (length === 0) return;
    if (this.block !== 0 && kind <= this.kind && length <= this.size - this.pos) {
      this.pos += length;
      return;
    }
    this.prepare(length, kind);
    this.pos += length;
  }

  /** _PyUnicodeWriter_PrepareInternal */
  private prepare(length: number, kind: StrKind): void {
    let newlen = this.pos + length;
    if (this.block === 0 || newlen > this.size) {
      if (this.overallocate) newlen += Math.floor(newlen / OVERALLOCATE_FACTOR);
      if (newlen < this.minLength) newlen = this.minLength;
      const k = kind > this.kind ? kind : this.kind;
      // PyUnicode_New for the first buffer or a wider kind (copy, then the old one is
      // released); resize_compact (realloc) otherwise
      const old = this.block;
      if (old !== 0 && k > this.kind) {
        this.block = allocBuffer(strAllocSize(newlen, k));
        freeBuffer(old);
      } else {
        freeBuffer(old);
        this.block = allocBuffer(strAllocSize(newlen, k));
      }
      this.kind = k;
      this.size = newlen;
    } else if (kind > this.kind) {
      const old = this.block;
      this.block = allocBuffer(strAllocSize(this.size, kind));
      freeBuffer(old);
      this.kind = kind;
    }
  }

  /** _PyUnicodeWriter_Finish / _PyUnicodeWriter_Dealloc: the buffer is given up to the result. */
  finish(): void {
    freeBuffer(this.block);
    this.block = 0;
  }
}

/**
 * Py_ReprEnter / Py_ReprLeave keep the objects being repr'd in a list in the thread state dict
 * (which exists once anything was repr'd at start-up): entering appends, leaving deletes, and the
 * list's item array follows list_resize — 4 slots (32 bytes) for the first, freed when empty.
 */
let reprDepth = 0;
let reprAllocated = 0;
let reprBlock = 0;
let reprOwner: Allocator | null = null;

function reprListResize(newsize: number): void {
  if (reprOwner !== allocator) {
    // a new program (fresh heap): the list is empty again
    reprDepth = 0;
    reprAllocated = 0;
    reprBlock = 0;
    reprOwner = allocator;
  }
  if (reprAllocated >= newsize && newsize >= reprAllocated >> 1) return;
  let n = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - reprDepth > n - newsize) n = (newsize + 3) & ~3;
  if (newsize === 0) n = 0;
  freeBuffer(reprBlock);
  reprBlock = n === 0 ? 0 : allocBuffer(8 * n);
  reprAllocated = n;
}

export function reprEnterMemory(): void {
  reprListResize(reprDepth + 1);
  reprDepth++;
}

export function reprLeaveMemory(): void {
  reprListResize(reprDepth - 1);
  reprDepth--;
}
