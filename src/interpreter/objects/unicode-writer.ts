/**
 * The allocations of CPython's _PyUnicodeWriter (Objects/unicodeobject.c), which builds the
 * result of list/tuple/dict repr and other formatted text: the text itself is assembled in JS,
 * this records what the writer asks the allocator for, so tracemalloc's peak sees it.
 *
 *  - The first write allocates a str buffer for `pos + length` characters, plus a quarter when
 *    over-allocating (OVERALLOCATE_FACTOR 4), and at least `minLength`; its layout (ASCII,
 *    Latin-1, UCS-2, UCS-4) follows the widest character written so far.
 *  - A write that does not fit grows the buffer by realloc (resize_compact) with the same rule;
 *    a wider character copies everything into a new, wider buffer (both alive for a moment).
 *  - WriteStr into an empty writer that does not over-allocate just keeps the str (readonly).
 *  - Finish shrinks the buffer to the written length (a realloc: tracemalloc removes the old trace
 *    before adding the new one, so a shrink never raises the peak) and returns it.
 */
import { PyStr, StrKind, strAllocSize, newStr } from './str';
import { allocBuffer, reallocBuffer, freeBuffer } from './alloc';
import { decref } from './object';

const OVERALLOCATE_FACTOR = 4;

function kindOfMaxChar(maxchar: number): StrKind {
  return maxchar < 128 ? StrKind.ASCII : maxchar < 256 ? StrKind.LATIN1 : maxchar < 0x10000 ? StrKind.UCS2 : StrKind.UCS4;
}

function maxCharOfKind(kind: StrKind): number {
  return kind === StrKind.ASCII ? 127 : kind === StrKind.LATIN1 ? 255 : kind === StrKind.UCS2 ? 0xffff : 0x10ffff;
}

export class UnicodeWriterModel {
  overallocate = false;
  minLength = 0;
  private addr = 0;
  private size = 0;
  private maxchar = 0;
  private pos = 0;
  private readonlyStr: PyStr | null = null;
  private text = '';

  /** _PyUnicodeWriter_PrepareInternal */
  private prepare(length: number, maxchar: number): void {
    let newlen = this.pos + length;
    if (this.addr === 0 && this.readonlyStr === null) {
      if (this.overallocate) newlen += Math.floor(newlen / OVERALLOCATE_FACTOR);
      if (newlen < this.minLength) newlen = this.minLength;
      this.allocate(newlen, maxchar);
      return;
    }
    if (newlen > this.size) {
      if (this.overallocate) newlen += Math.floor(newlen / OVERALLOCATE_FACTOR);
      if (newlen < this.minLength) newlen = this.minLength;
      if (maxchar > this.maxchar || this.readonlyStr !== null) {
        this.widen(newlen, Math.max(maxchar, this.maxchar));
      } else {
        this.addr = reallocBuffer(this.addr, strAllocSize(newlen, kindOfMaxChar(this.maxchar)));
        this.size = newlen;
      }
    } else if (maxchar > this.maxchar) {
      this.widen(this.size, maxchar);
    }
  }

  private allocate(size: number, maxchar: number): void {
    const kind = kindOfMaxChar(maxchar);
    this.addr = allocBuffer(strAllocSize(size, kind));
    this.size = size;
    this.maxchar = maxCharOfKind(kind);
  }

  /** A new buffer of the wider kind; the old one (or the kept str) is released after the copy. */
  private widen(size: number, maxchar: number): void {
    const oldAddr = this.addr;
    const oldStr = this.readonlyStr;
    this.allocate(size, maxchar);
    if (oldAddr !== 0) freeBuffer(oldAddr);
    if (oldStr !== null) {
      this.readonlyStr = null;
      decref(oldStr);
    }
  }

  private fits(length: number, maxchar: number): boolean {
    return this.readonlyStr === null && this.addr !== 0 && maxchar <= this.maxchar && length <= this.size - this.pos;
  }

  /** _PyUnicodeWriter_WriteChar */
  writeChar(ch: string): void {
    const c = ch.codePointAt(0)!;
    if (!this.fits(1, c)) this.prepare(1, c);
    this.pos += 1;
    this.text += ch;
  }

  /** _PyUnicodeWriter_WriteASCIIString */
  writeAscii(s: string): void {
    if (s.length === 0) return;
    if (!this.fits(s.length, 127)) this.prepare(s.length, 127);
    this.pos += s.length;
    this.text += s;
  }

  /** _PyUnicodeWriter_WriteStr */
  writeStr(s: PyStr): void {
    const len = s.length;
    if (len === 0) return;
    const maxchar = maxCharOfKind(s.kind);
    if (!this.fits(len, maxchar)) {
      if (this.addr === 0 && this.readonlyStr === null && !this.overallocate) {
        s.rc++;
        this.readonlyStr = s;
        this.maxchar = maxchar;
        this.size = len;
        this.pos += len;
        this.text += s.value;
        return;
      }
      this.prepare(len, maxchar);
    }
    this.pos += len;
    this.text += s.value;
  }

  /** _PyUnicodeWriter_Finish: the written text as a new reference. */
  finish(): PyStr {
    if (this.readonlyStr !== null) {
      const r = this.readonlyStr;
      this.readonlyStr = null;
      return r;
    }
    // resize_compact to the written length, then unicode_result (one-character results are the
    // Latin-1 singletons): as a free of the buffer followed by the result's allocation
    if (this.addr !== 0) freeBuffer(this.addr);
    this.addr = 0;
    return newStr(this.text);
  }

  /** _PyUnicodeWriter_Dealloc (an error while writing). */
  dealloc(): void {
    if (this.addr !== 0) freeBuffer(this.addr);
    this.addr = 0;
    if (this.readonlyStr !== null) decref(this.readonlyStr);
    this.readonlyStr = null;
  }
}
