/**
 * sys.stdout and sys.stderr as CPython 3.12 builds them (Python/pylifecycle.c create_stdio): an
 * `_io.TextIOWrapper` over a `BufferedWriter` over the file descriptor, with the heap effects of
 * their write path (Modules/_io/textio.c, _io_TextIOWrapper_write_impl and
 * _textiowrapper_writeflush), which programs that count objects or trace memory observe:
 *
 *  - write(text) keeps the text object itself (ASCII text up to the 8192-byte chunk size; other
 *    text is first encoded to a new UTF-8 bytes object) in `pending_bytes`. The second pending
 *    write turns it into a list [first, second] — a gc-tracked list (gen-0 count +1 when it is
 *    not taken from the list free list) — and later writes append to it. The pending texts keep
 *    a reference: `s = 'a' * 50; print(s)` leaves sys.getrefcount(s) one higher until a flush.
 *  - The pending data is flushed when it reaches 8192 bytes (or would pass it), on flush(), and on
 *    every write containing '\n' or '\r' when the stream is line-buffered: the pieces are joined
 *    into one new bytes object, the list (or text) is released, and the bytes go to the buffered
 *    writer, whose 8192-byte buffer reaches the file descriptor (our host sink) when full or
 *    flushed. The join allocates `33 + n` bytes for a moment (tracemalloc's peak sees it).
 *  - Line buffering: stderr always; stdout when it is a terminal. A program whose stdout is a pipe
 *    or a file (how the golden outputs are produced, and how `python prog.py | …` runs) keeps its
 *    prints pending; a terminal flushes at every newline. `StdioMode` chooses which one the
 *    simulated process has: the CLI follows isatty, the course site behaves as a terminal.
 *  - After the main module has run, flush_io() flushes stderr then stdout (Python/pythonrun.c),
 *    and interpreter shutdown flushes both again.
 */
import { PyObject, decref } from '../objects/object';
import { PyStr, StrKind } from '../objects/str';
import { PyBytes, newBytes } from '../objects/bytes';
import { PyList, newList, listAppend } from '../objects/list';
import { allocBuffer, freeBuffer } from '../objects/alloc';
import { callMethod } from '../objects/abstract';
import { PyThrown } from '../objects/errors';
import { None } from '../objects/singletons';
import { rt } from '../vm/state';
import { hasInstanceAttr } from '../objects/classes';
import { gcHooks } from '../objects/memory';
import { newIntSsize } from '../objects/int';

/** 'pipe': block-buffered stdout (a pipe or a file); 'tty': line-buffered stdout (a terminal). */
export type StdioMode = 'pipe' | 'tty';

/** _io.TextIOWrapper's chunk_size and io.DEFAULT_BUFFER_SIZE. */
const CHUNK_SIZE = 8192;
const BUFFER_SIZE = 8192;
/** _PyManagedBufferObject and a one-dimensional memoryview, with their GC headers. */
const MANAGED_BUFFER_SIZE = 128;
const MEMORYVIEW_SIZE = 184;
/** _PyBytesWriter's small_buffer: encodings that fit are built on the C stack. */
const BYTES_WRITER_SMALL_BUFFER = 512;

const utf8 = new TextEncoder();

export class StdStream {
  /** pending_bytes: a str, a bytes or a list of them (null when nothing is pending). */
  pending: PyObject | null = null;
  pendingCount = 0;
  /** The text of the pending pieces, in order (what the host sink eventually receives). */
  private pendingText: string[] = [];
  /** The BufferedWriter's buffer (text handed over but not yet written to the descriptor). */
  private buffered: string[] = [];
  private bufferedBytes = 0;

  constructor(
    readonly fd: 1 | 2,
    readonly lineBuffering: boolean,
    private readonly sink: () => { write(s: string): void },
  ) {}

  /** _io_TextIOWrapper_write_impl; returns the number of characters written. */
  write(text: PyStr): number {
    const s = text.value;
    const haslf = this.lineBuffering && s.includes('\n');
    const needflush = this.lineBuffering && (haslf || s.includes('\r'));
    let b: PyObject;
    let nbytes: number;
    if (text.kind === StrKind.ASCII && text.length <= CHUNK_SIZE) {
      text.rc++;
      b = text;
      nbytes = text.length;
    } else {
      b = encodeUtf8(text);
      nbytes = (b as PyBytes).data.length;
    }
    if (this.pending !== null && this.pendingCount + nbytes > CHUNK_SIZE) {
      // never let the pending data pass chunk_size: flush what is there first
      this.writeflush();
    }
    if (this.pending === null) {
      this.pending = b;
      this.pendingCount = 0;
    } else if (!(this.pending instanceof PyList) || this.pending.type.name !== 'list') {
      this.pending = newList([this.pending, b]); // steals both references
    } else {
      listAppend(this.pending, b);
      decref(b);
    }
    this.pendingText.push(s);
    this.pendingCount += nbytes;
    if (this.pendingCount >= CHUNK_SIZE || needflush) this.writeflush();
    if (needflush) this.flushBuffer();
    return text.length;
  }

  /** _io_TextIOWrapper_flush_impl: pending text to the buffer, the buffer to the descriptor. */
  flush(): void {
    this.writeflush();
    this.flushBuffer();
  }

  /** _textiowrapper_writeflush: join the pending pieces into one bytes object and hand it on. */
  private writeflush(): void {
    const pending = this.pending;
    if (pending === null) return;
    // PyBytes_FromStringAndSize(…, pending_bytes_count): a new object even when the only
    // pending piece is already a bytes object of that size (then it is passed on as it is)
    let b: PyObject;
    if (pending instanceof PyBytes) {
      pending.rc++;
      b = pending;
    } else {
      b = newBytes(new Uint8Array(this.pendingCount), false);
    }
    const text = this.pendingText.join('');
    this.pending = null;
    this.pendingCount = 0;
    this.pendingText = [];
    decref(pending);
    this.bufferWrite(text, this.byteLength(b, text));
    decref(b);
  }

  private byteLength(b: PyObject, text: string): number {
    return b instanceof PyBytes ? b.data.length : utf8.encode(text).length;
  }

  /** BufferedWriter.write: copy into the buffer when it fits, else write out what is buffered. */
  private bufferWrite(text: string, nbytes: number): void {
    if (this.bufferedBytes + nbytes <= BUFFER_SIZE) {
      this.buffered.push(text);
      this.bufferedBytes += nbytes;
      return;
    }
    this.flushBuffer();
    if (nbytes > BUFFER_SIZE) rawWrite(this.sink(), text, nbytes);
    else {
      this.buffered.push(text);
      this.bufferedBytes = nbytes;
    }
  }

  private flushBuffer(): void {
    if (this.buffered.length === 0) return;
    const text = this.buffered.join('');
    const nbytes = this.bufferedBytes;
    this.buffered = [];
    this.bufferedBytes = 0;
    rawWrite(this.sink(), text, nbytes);
  }

  /** Drop everything pending (a new program reuses nothing of the old one's streams). */
  discard(): void {
    this.pending = null;
    this.pendingCount = 0;
    this.pendingText = [];
    this.buffered = [];
    this.bufferedBytes = 0;
  }
}

/**
 * _bufferedwriter_raw_write (Modules/_io/bufferedio.c): every write to the file descriptor wraps
 * the bytes in a memoryview (a managed buffer object, 128 bytes with its GC header, and the
 * memoryview, 184) and calls FileIO.write(memoryview), which returns the count as an int. All
 * are gone when the write returns, but the gen-0 count and tracemalloc's peak see them.
 */
function rawWrite(sink: { write(s: string): void }, text: string, nbytes: number): void {
  const mbuf = allocBuffer(MANAGED_BUFFER_SIZE);
  gcHooks.onAlloc();
  const view = allocBuffer(MEMORYVIEW_SIZE);
  gcHooks.onAlloc();
  sink.write(text);
  const written = newIntSsize(nbytes);
  decref(written);
  // memory_dealloc: Py_CLEAR(self->mbuf) before PyObject_GC_Del(self)
  freeBuffer(mbuf);
  gcHooks.onFree();
  freeBuffer(view);
  gcHooks.onFree();
}

/**
 * The UTF-8 encoder TextIOWrapper uses (unicode_encode_utf8). ASCII text is its own UTF-8: the
 * bytes are copied at their exact size. Other text goes through a _PyBytesWriter: a result that
 * fits the writer's 512-byte stack buffer is allocated once at its exact size; a longer one is
 * first allocated at the worst case (length × 2, 3 or 4 bytes by the string's kind) and shrunk
 * by realloc — which tracemalloc counts as the old block freed before the new size is traced,
 * so only the worst case raises the peak.
 */
function encodeUtf8(text: PyStr): PyBytes {
  const data = utf8.encode(text.value);
  const maxCharSize = text.kind === StrKind.LATIN1 ? 2 : text.kind === StrKind.UCS2 ? 3 : 4;
  const worst = text.length * maxCharSize;
  if (text.kind !== StrKind.ASCII && worst > BYTES_WRITER_SMALL_BUFFER) {
    const scratch = allocBuffer(33 + worst);
    freeBuffer(scratch);
  }
  return newBytes(data, false);
}

/** The `write` method descriptor of the std streams' class (set when sys makes the class). */
export const stdStreamClass = { writeDescr: null as PyObject | null };

/** A bound builtin method (PyCFunctionObject, 56 bytes + the 16-byte GC header). */
const BOUND_METHOD_SIZE = 72;

/**
 * PyFile_WriteObject(v, f, Py_PRINT_RAW) for a std stream whose `write` is its class's own
 * method (not replaced on the instance): the same allocations, counts and order as the generic
 * path — the bound `f.write` (72 bytes, one gc allocation), str(v), the write, its int result —
 * without building the method object. Returns false when `f` is not such a stream.
 */
export function stdFileWriteObject(f: PyObject, v: PyObject, str: (o: PyObject) => PyStr): boolean {
  const st = streams.get(f);
  if (st === undefined || stdStreamClass.writeDescr === null) return false;
  if (f.type.lookup('write') !== stdStreamClass.writeDescr || hasInstanceAttr(f, 'write')) return false;
  const method = allocBuffer(BOUND_METHOD_SIZE);
  gcHooks.onAlloc();
  try {
    const value = str(v);
    try {
      const n = st.write(value);
      if (n > 256) decref(newIntSsize(n));
    } finally {
      decref(value);
    }
  } finally {
    freeBuffer(method);
    gcHooks.onFree();
  }
  return true;
}

const streams = new WeakMap<PyObject, StdStream>();
/** The current program's std streams (a new program forgets the old ones). */
let programStreams: StdStream[] = [];

export function attachStdStream(o: PyObject, s: StdStream, first = false): void {
  if (first) {
    for (const old of programStreams) old.discard();
    programStreams = [];
  }
  streams.set(o, s);
  programStreams.push(s);
}

/**
 * What the std streams still hold reaches the descriptors when the process ends (their
 * finalizers close and flush them, even if sys.stdout was replaced or deleted).
 */
export function flushAllStdStreams(): void {
  for (const s of programStreams) s.flush();
}

export function stdStreamOf(o: PyObject): StdStream | undefined {
  return streams.get(o);
}

/**
 * flush_io (Python/pythonrun.c) and flush_std_files (pylifecycle.c): flush sys.stderr, then
 * sys.stdout, whatever objects they are now; errors are ignored.
 */
export function flushStdFiles(): void {
  const sys = rt.sysDict;
  if (sys === null || sys === undefined) return;
  for (const name of ['stderr', 'stdout']) {
    const f = sys.getStr(name);
    if (f === null || f === None) continue;
    const st = streams.get(f);
    if (st !== undefined) {
      st.flush();
      continue;
    }
    try {
      decref(callMethod(f, 'flush'));
    } catch (e) {
      if (e instanceof PyThrown) decref(e.exc);
      else throw e;
    }
  }
}
