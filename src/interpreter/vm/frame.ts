/**
 * Interpreter frames (CPython's _PyInterpreterFrame, Include/internal/pycore_frame.h).
 *
 * A frame is plain VM state, not a heap object: the code it runs, its fast locals
 * (`localsplus`: locals, then cells, then free variables), its value stack, the block stack of
 * active exception handlers, and the instruction index `pc`. A heap `frame` object
 * (`PyFrameObject`, vm/frameobject.ts) is created only when Python code asks for one
 * (tracebacks, `sys._getframe`); if it outlives the frame, it takes ownership of the locals,
 * as CPython's take_ownership does.
 */
import type { PyObject } from '../objects/object';
import type { PyCode } from '../objects/code';
import type { PyDict } from '../objects/dict';
import type { PyFunction } from '../objects/function';

export const enum FrameState {
  CREATED = 0,
  SUSPENDED = 1,
  EXECUTING = 2,
  COMPLETED = 3,
}

export class Frame {
  localsplus: (PyObject | null)[];
  stack: (PyObject | null)[] = [];
  /** Block stack: pairs (handler, level) pushed by SETUP_FINALLY/SETUP_CLEANUP/BEFORE_WITH;
   *  created on the first push (most calls never need one). */
  blocks: number[] | null = null;
  pc = 0;
  /** Index of the instruction being executed (for tracebacks and f_lineno). */
  lasti = 0;
  back: Frame | null = null;
  state = FrameState.CREATED;
  /** The heap frame object, once one was requested. */
  frameObject: PyObject | null = null;
  /** The generator owning this frame, if any. */
  generator: PyObject | null = null;
  /** Set when the frame stopped by yielding (generators). */
  yielded = false;
  /** True for the frame that entered evalFrame (returning from it leaves the loop). */
  isEntry = false;
  /** An exception to raise at the suspension point when resumed (generator.throw). */
  pendingThrow: PyObject | null = null;
  /** On the next resume, do not push the sent value (it is already on the stack). */
  skipPush = false;
  /**
   * A `Class(...)` call run in the caller's loop (see interpreter.ts CALL): the instance being
   * initialised by this `__init__` frame (owned), else null. The caller's stack keeps the call's
   * callable and arguments from `callBase` up until the frame finishes, as type_call's C frame
   * would; `cUnits` is the C recursion budget to restore then.
   */
  initSelf: PyObject | null = null;
  /** _PyObject_MakeTpCall's argument tuple, alive until the class call returns. */
  initArgs: PyObject | null = null;
  callBase = 0;
  cUnits = 0;

  constructor(
    public code: PyCode,
    public globals: PyDict,
    public builtins: PyDict,
    /** f_locals for module and class bodies (a mapping); null in function frames. */
    public locals: PyObject | null,
    /** The function being run (owned reference), or null for module/class/exec code. */
    public func: PyFunction | null,
  ) {
    // a packed array built by push (new Array(n).fill(null) is a holey array and a builtin call)
    const n = code.unit.localsplusnames.length;
    const l: (PyObject | null)[] = [];
    for (let i = 0; i < n; i++) l.push(null);
    this.localsplus = l;
  }

  get lineno(): number {
    const p = this.code.unit.positions;
    const i = this.lasti * 4;
    return i < p.length ? p[i] : this.code.unit.firstlineno;
  }
}

/**
 * Finished function frames kept for reuse (plain host objects: no Python-visible state). Only a
 * frame that returned normally inside the loop, is no generator's, has no frame object and did
 * not enter evalFrame is released here — nothing can refer to it any more — and clearFrame has
 * emptied its locals and stack. Saves the host four allocations per Python call.
 */
const pool: Frame[] = [];
const POOL_MAX = 128;

export function releaseFrame(f: Frame): void {
  if (pool.length < POOL_MAX) {
    f.back = null; // (no host reference to the caller's frame chain while parked)
    pool.push(f);
  }
}

/** A frame for a function call: a pooled one made like new, or a new one. */
export function acquireFrame(code: PyCode, globals: PyDict, builtins: PyDict, func: PyFunction): Frame {
  const f = pool.pop();
  if (f === undefined) return new Frame(code, globals, builtins, null, func);
  f.code = code;
  f.globals = globals;
  f.builtins = builtins;
  f.locals = null;
  f.func = func;
  const n = code.unit.localsplusnames.length;
  const l = f.localsplus;
  while (l.length < n) l.push(null);
  while (l.length > n) l.pop();
  f.blocks = null;
  f.pc = 0;
  f.lasti = 0;
  f.back = null;
  f.state = FrameState.CREATED;
  f.frameObject = null;
  f.generator = null;
  f.yielded = false;
  f.isEntry = false;
  f.pendingThrow = null;
  f.skipPush = false;
  f.initSelf = null;
  f.initArgs = null;
  f.callBase = 0;
  f.cUnits = 0;
  return f;
}
