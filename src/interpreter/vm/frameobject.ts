/**
 * Heap frame objects (Objects/frameobject.c) and traceback objects (Python/traceback.c).
 *
 * A PyFrameObject is created on demand for a running Frame (a traceback entry, sys._getframe).
 * While the frame runs, the object views its live locals; when the frame finishes while the
 * object is still referenced, the object takes ownership of the Frame's locals (CPython's
 * take_ownership), which is why a traceback keeps a function's local variables alive.
 */
import { isNativeCode } from './native-frames';
import { PyObject, decref, release } from '../objects/object';
import { frameType, tracebackType } from '../objects/core-types';
import { PyGCObject, gcTrack, gcUntrack } from '../objects/gcobject';
import { allocObject } from '../objects/alloc';
import { newInt } from '../objects/int';
import { newStr } from '../objects/str';
import { None } from '../objects/singletons';
import { defineGetSet } from '../objects/descriptors';
import { registerTypeInit } from '../objects/bootstrap';
import { hexAddr } from '../objects/object-type';
import { PyBaseException } from '../objects/exceptions';
import { Frame, FrameState } from './frame';
import { vmHooks } from './hooks';
import { clearFrame } from './interpreter';

export class PyFrameObject extends PyGCObject {
  /** True once the frame finished and this object owns its locals. */
  owned = false;
  constructor(public frame: Frame) {
    super(frameType);
  }
}

export class PyTraceback extends PyGCObject {
  constructor(
    public next: PyTraceback | null,
    /** null only after the collector's tb_clear. */
    public frameObj: PyFrameObject,
    public lasti: number,
    public lineno: number,
  ) {
    super(tracebackType);
  }
}

/** The frame object for a live frame (new reference). */
export function frameObjectOf(f: Frame): PyFrameObject {
  if (f.frameObject === null) {
    const fo = new PyFrameObject(f);
    allocObject(fo, 72);
    gcTrack(fo);
    f.frameObject = fo; // the frame owns this reference
  }
  f.frameObject.rc++;
  return f.frameObject as PyFrameObject;
}

/** PyTraceBack_Here: prepend an entry for frame f to exc.__traceback__. */
export function tracebackHere(exc: PyObject, f: Frame): void {
  if (!(exc instanceof PyBaseException)) return;
  if (isNativeCode(f.code)) return; // stands for a C function: no frame in CPython
  const fo = frameObjectOf(f);
  const tb = new PyTraceback(exc.traceback as PyTraceback | null, fo, f.lasti, f.lineno);
  allocObject(tb, 48);
  gcTrack(tb);
  exc.traceback = tb; // steals the old reference into tb.next
}

registerTypeInit(() => {
  vmHooks.tracebackHere = tracebackHere;
  vmHooks.frameObjectTakeOwnership = (f: Frame) => {
    const fo = f.frameObject as PyFrameObject;
    f.frameObject = null;
    if (fo.rc > 1) {
      // take_ownership (Objects/frame.c): CPython copies the finished _PyInterpreterFrame into the
      // frame object, which then owns the locals. Copy it here too, so the finished Frame itself
      // carries no reference and may be reused for another call (frame.ts releaseFrame) without
      // the frame object seeing that call's locals.
      const own = new Frame(f.code, f.globals, f.builtins, f.locals, f.func);
      own.localsplus = f.localsplus;
      own.lasti = f.lasti;
      own.pc = f.pc;
      own.state = FrameState.COMPLETED;
      const empty: (PyObject | null)[] = [];
      for (let i = 0; i < own.localsplus.length; i++) empty.push(null);
      f.localsplus = empty;
      f.func = null;
      fo.frame = own;
      fo.owned = true;
      decref(fo);
    } else {
      decref(fo);
      clearFrame(f);
    }
  };
  frameType.dealloc = (o) => {
    const fo = o as PyFrameObject;
    gcUntrack(fo);
    if (fo.owned) {
      fo.owned = false;
      const f = fo.frame;
      for (let i = f.localsplus.length - 1; i >= 0; i--) {
        const v = f.localsplus[i];
        f.localsplus[i] = null;
        release(v);
      }
      release(f.func);
      f.func = null;
    }
    return false;
  };
  frameType.traverse = (o, visit) => {
    const fo = o as PyFrameObject;
    if (!fo.owned) return;
    for (const v of fo.frame.localsplus) if (v !== null) visit(v);
    if (fo.frame.func !== null) visit(fo.frame.func);
  };
  frameType.slots.repr = (o) => {
    const f = (o as PyFrameObject).frame;
    return newStr(`<frame at ${hexAddr(o)}, file '${f.code.filename}', line ${f.lineno}, code ${f.code.name}>`);
  };
  defineGetSet(frameType, 'f_lineno', (o) => newInt((o as PyFrameObject).frame.lineno));
  defineGetSet(frameType, 'f_code', (o) => {
    const c = (o as PyFrameObject).frame.code;
    c.rc++;
    return c;
  });
  defineGetSet(frameType, 'f_globals', (o) => {
    const g = (o as PyFrameObject).frame.globals;
    g.rc++;
    return g;
  });
  defineGetSet(frameType, 'f_back', (o) => {
    const b = (o as PyFrameObject).frame.back;
    return b === null || (o as PyFrameObject).owned ? (None.rc++, None) : frameObjectOf(b);
  });

  tracebackType.dealloc = (o) => {
    const tb = o as PyTraceback;
    gcUntrack(tb);
    release(tb.next);
    release(tb.frameObj);
    return false;
  };
  tracebackType.traverse = (o, visit) => {
    const tb = o as PyTraceback;
    if (tb.next !== null) visit(tb.next);
    if (tb.frameObj !== null) visit(tb.frameObj);
  };
  defineGetSet(tracebackType, 'tb_next', (o) => {
    const n = (o as PyTraceback).next ?? None;
    n.rc++;
    return n;
  });
  defineGetSet(tracebackType, 'tb_frame', (o) => {
    const f = (o as PyTraceback).frameObj ?? None;
    f.rc++;
    return f;
  });
  defineGetSet(tracebackType, 'tb_lineno', (o) => newInt((o as PyTraceback).lineno));
  defineGetSet(tracebackType, 'tb_lasti', (o) => newInt((o as PyTraceback).lasti * 2));
});

/** frame_tp_clear: the locals of a frame object that owns its frame (the function is kept). */
export function frameClear(o: PyObject): void {
  const fo = o as PyFrameObject;
  if (!fo.owned) return;
  const l = fo.frame.localsplus;
  for (let i = 0; i < l.length; i++) {
    const v = l[i];
    if (v !== null) {
      l[i] = null;
      decref(v);
    }
  }
}

/** tb_clear: tb_next, then tb_frame. */
export function tracebackClear(o: PyObject): void {
  const tb = o as PyTraceback;
  const n = tb.next;
  if (n !== null) {
    tb.next = null;
    decref(n);
  }
  const f = tb.frameObj;
  if (f !== null) {
    (tb as { frameObj: PyFrameObject | null }).frameObj = null;
    decref(f);
  }
}
