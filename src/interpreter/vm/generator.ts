/**
 * Generators (Objects/genobject.c). A generator owns a suspended Frame; `send` resumes it by
 * pushing the sent value and re-entering the evaluation loop until the frame yields, returns
 * (StopIteration carrying the return value) or raises. `throw` raises inside the frame at its
 * suspension point (delegating to a `yield from` sub-iterator first); `close` throws
 * GeneratorExit. Each generator keeps its own "exception being handled" state, swapped with
 * the thread's on entry and exit, as CPython's gi_exc_state.
 */
import { warnHook } from '../objects/warn-hook';
import { PyObject, decref, xdecref, release } from '../objects/object';
import { generatorType } from '../objects/core-types';
import { PyGCObject, gcTrack, gcUntrack } from '../objects/gcobject';
import { allocObject } from '../objects/alloc';
import { newInt } from '../objects/int';
import { newStr } from '../objects/str';
import { None } from '../objects/singletons';
import { PyThrown, typeError, valueError, runtimeError } from '../objects/errors';
import { exceptionTypes, raiseWith, PyBaseException } from '../objects/exceptions';
import { call, getAttrOrNull, iterNext } from '../objects/abstract';
import { defineMethod, defineGetSet } from '../objects/descriptors';
import { PyType } from '../objects/typeobject';
import { hexAddr } from '../objects/object-type';
import { registerTypeInit } from '../objects/bootstrap';
import { Op } from '../compiler/opcodes';
import { Frame, FrameState } from './frame';
import { evalFrame, clearFrame, makeRaise } from './interpreter';
import { vmHooks } from './hooks';
import { frameObjectOf } from './frameobject';
import type { PyCode } from '../objects/code';
import { rt } from './state';

export class PyGenerator extends PyGCObject {
  running = false;
  /** gi_exc_state: the exception being handled inside the generator while it is suspended. */
  excState: PyObject | null = null;
  /** gi_code: the frame's code object, kept (owned) after the frame is cleared, as CPython's
   *  gi_iframe.f_code is until gen_dealloc. */
  code: PyCode;
  /** A coroutine's unawaited warning was given (vm/coroutine.ts). */
  finalized = false;
  /** While running: the caller's exception state (restored when it stops; exc-state.ts). */
  callerHandled: PyObject | null = null;
  constructor(public frame: Frame | null) {
    super(generatorType);
    this.code = frame!.code;
  }
  get qualname(): string {
    return this.frame?.code.qualname ?? this.codeQualname;
  }
  codeQualname = '';
  /** Frame slots (nlocalsplus + stacksize) in gi_iframe: the object's variable part. */
  nslots = 0;
}

/** Make the generator for a frame whose arguments are bound (RETURN_GENERATOR). */
export function newGenerator(f: Frame): PyGenerator {
  const g = new PyGenerator(f);
  const kind = generatorKinds.typeFor(f.code.unit.flags);
  if (kind !== null) g.type = kind;
  g.codeQualname = f.code.qualname;
  g.code.rc++;
  f.generator = g;
  // Skip RETURN_GENERATOR: the frame starts after it (the compiler emits POP_TOP next, which
  // pops the value sent by the first resume).
  f.pc = f.code.unit.code.length > 0 && (f.code.unit.code[0] & 0xff) === Op.RETURN_GENERATOR ? 1 : 0;
  // PyGen_Type: basicsize offsetof(PyGenObject, gi_iframe) 72 + offsetof(_PyInterpreterFrame,
  // localsplus) 72 = 144, itemsize 8 per frame slot (make_gen → PyObject_GC_NewVar)
  g.nslots = f.localsplus.length + f.code.unit.stacksize;
  allocObject(g, 144 + 8 * g.nslots);
  gcTrack(g);
  return g;
}

export const enum Resume {
  SEND,
  THROW,
}

/**
 * Resume the generator. Returns {value, done}: a yielded value (done=false) or the return
 * value (done=true). Exceptions propagate as PyThrown.
 */
export function genResume(g: PyGenerator, mode: Resume, v: PyObject): { value: PyObject; done: boolean } {
  const value = resume(g, mode, v);
  return { value, done: resumeDone };
}

/** Set by resume(): whether the value it returned is the generator's return value. */
let resumeDone = false;

/** genResume without the result object (the per-item path of FOR_ITER): sets resumeDone. */
function resume(g: PyGenerator, mode: Resume, v: PyObject): PyObject {
  const f = g.frame;
  if (g.running) throw valueError(`${g.type === generatorType ? 'generator' : g.type.name === 'coroutine' ? 'coroutine' : 'async generator'} already executing`);
  if (f === null || f.state === FrameState.COMPLETED) {
    if (g.type.name === 'coroutine' && g.type !== generatorType && (mode === Resume.SEND || mode === Resume.THROW)) {
      // gen_send_ex2 on an exhausted coroutine
      throw runtimeError('cannot reuse already awaited coroutine');
    }
    if (mode === Resume.THROW) {
      v.rc++;
      throw new PyThrown(v);
    }
    None.rc++;
    resumeDone = true;
    return None;
  }
  if (f.state === FrameState.CREATED && mode === Resume.SEND && v !== None) {
    throw typeError("can't send non-None value to a just-started generator");
  }
  g.running = true;
  const savedHandled = rt.handled;
  const savedCallerHandled = g.callerHandled;
  g.callerHandled = savedHandled; // (exc-state.ts: what shows through while it handles nothing)
  rt.handled = g.excState;
  g.excState = null;
  try {
    if (mode === Resume.THROW) {
      // raise inside the frame at its suspension point
      f.stack.push(None);
      None.rc++;
      f.pendingThrow = v;
      v.rc++;
    } else if (f.skipPush) {
      f.skipPush = false;
    } else {
      v.rc++;
      f.stack.push(v);
    }
    const r = evalFrame(f);
    if (f.yielded) {
      resumeDone = false;
      return r;
    }
    g.frame = null;
    resumeDone = true;
    return r;
  } catch (e) {
    g.frame = null;
    if (e instanceof PyThrown && e.exc.type.isSubtypeOf(exceptionTypes['StopIteration'])) {
      // PEP 479
      const err = makeRuntimeFromStop(e.exc, g);
      throw err;
    }
    throw e;
  } finally {
    g.running = false;
    g.excState = rt.handled;
    rt.handled = savedHandled;
    g.callerHandled = savedCallerHandled;
  }
}

function makeRuntimeFromStop(stop: PyObject, _g: PyGenerator): PyThrown {
  const t = runtimeError('generator raised StopIteration');
  const e = t.exc as PyBaseException;
  e.cause = stop;
  stop.rc++;
  e.context = stop;
  e.suppressContext = true;
  return t;
}

/** next(gen) for FOR_ITER: the yielded value or null when finished. */
function genIterNext(o: PyObject): PyObject | null {
  const v = resume(o as PyGenerator, Resume.SEND, None);
  if (resumeDone) {
    decref(v);
    return null;
  }
  return v;
}

export function stopWith(value: PyObject): PyThrown {
  if (value === None) {
    decref(value);
    return raiseWith(exceptionTypes['StopIteration'], []);
  }
  const t = raiseWith(exceptionTypes['StopIteration'], [value]);
  decref(value);
  return t;
}

/** gen.throw(typ[, val[, tb]]) */
export function genThrow(g: PyGenerator, args: PyObject[]): PyObject {
  let exc: PyObject;
  if (args.length > 1) {
    warnHook.warn('DeprecationWarning', 'the (type, exc, tb) signature of throw() is deprecated, use the single-arg signature instead.');
  }
  try {
    args[0].rc++;
    let cause: PyObject | null = null;
    if (args.length > 1 && args[1] !== None) {
      // throw(type, value): instantiate type(value)
      const t = args[0];
      if (t instanceof PyType) {
        decref(t);
        exc = call(t, [args[1]]);
        return throwInto(g, exc);
      }
    }
    const thrown = makeRaise(args[0], cause);
    exc = thrown.exc;
  } catch (e) {
    throw e;
  }
  return throwInto(g, exc);
}

export function throwInto(g: PyGenerator, exc: PyObject): PyObject {
  // delegate to a `yield from` sub-iterator first
  const f = g.frame;
  if (f !== null && f.state === FrameState.SUSPENDED && isYieldFrom(f)) {
    const sub = f.stack[f.stack.length - 1]!;
    if (sub instanceof PyGenerator) {
      // delegate all the way down (_gen_throw recurses into the innermost `yield from` / await)
      let r: { value: PyObject; done: boolean };
      try {
        exc.rc++; // (throwInto consumes a reference)
        r = { value: throwInto(sub, exc), done: false };
      } catch (e) {
        decref(exc);
        if (e instanceof PyThrown) {
          if (e.exc.type.isSubtypeOf(exceptionTypes['StopIteration'])) {
            // the sub-generator returned: continue the outer frame with its value
            const val = stopValue(e.exc);
            decref(e.exc);
            f.stack.pop();
            decref(sub);
            f.pc = sendTarget(f);
            return finishSend(g, val);
          }
          f.stack.pop();
          decref(sub);
          f.pc = sendTarget(f);
          return finishThrow(g, e.exc);
        }
        throw e;
      }
      decref(exc);
      return r.value;
    }
    const m = getAttrOrNull(sub, 'throw');
    if (m !== null) {
      try {
        const r = call(m, [exc]);
        decref(exc);
        return r;
      } catch (e) {
        decref(exc);
        if (e instanceof PyThrown) {
          if (e.exc.type.isSubtypeOf(exceptionTypes['StopIteration'])) {
            const val = stopValue(e.exc);
            decref(e.exc);
            f.stack.pop();
            decref(sub);
            f.pc = sendTarget(f);
            return finishSend(g, val);
          }
          f.stack.pop();
          decref(sub);
          f.pc = sendTarget(f);
          return finishThrow(g, e.exc);
        }
        throw e;
      } finally {
        decref(m);
      }
    }
  }
  return finishThrow(g, exc);
}

function finishThrow(g: PyGenerator, exc: PyObject): PyObject {
  let r: { value: PyObject; done: boolean };
  try {
    r = genResume(g, Resume.THROW, exc);
  } finally {
    // our reference to exc (the frame raised its own one), whether or not it escaped
    decref(exc);
  }
  if (r.done) throw stopWith(r.value);
  return r.value;
}

function finishSend(g: PyGenerator, v: PyObject): PyObject {
  // resume the outer frame after the SEND loop with v as the value of the `yield from`
  const f = g.frame!;
  f.stack.push(v);
  f.skipPush = true;
  const r = genResume(g, Resume.SEND, None);
  if (r.done) throw stopWith(r.value);
  return r.value;
}

export function stopValue(stop: PyObject): PyObject {
  const e = stop as PyBaseException;
  const v = e.attrs?.get('value') ?? (e.args.items[0] ?? None);
  v.rc++;
  return v;
}

/** Is the frame suspended inside a `yield from` (SEND … YIELD_VALUE loop)? */
export function isYieldFrom(f: Frame): boolean {
  const code = f.code.unit.code;
  const prev = code[f.pc - 1];
  if (prev === undefined || (prev & 0xff) !== Op.YIELD_VALUE) return false;
  const before = code[f.pc - 2];
  return before !== undefined && (before & 0xff) === Op.SEND;
}

function sendTarget(f: Frame): number {
  return f.code.unit.code[f.pc - 2] >>> 8;
}

export function genClose(g: PyGenerator): void {
  const f = g.frame;
  if (f === null || f.state === FrameState.COMPLETED) return;
  if (f.state === FrameState.CREATED) {
    g.frame = null;
    f.state = FrameState.COMPLETED;
    clearFrame(f);
    return;
  }
  const ge = raiseWith(exceptionTypes['GeneratorExit'], []).exc;
  try {
    const r = throwInto(g, ge);
    decref(r);
  } catch (e) {
    if (e instanceof PyThrown) {
      const t = e.exc.type;
      if (t.isSubtypeOf(exceptionTypes['GeneratorExit']) || t.isSubtypeOf(exceptionTypes['StopIteration'])) {
        decref(e.exc);
        return;
      }
    }
    throw e;
  }
  throw runtimeError('generator ignored GeneratorExit');
}

registerTypeInit(() => {
  const s = generatorType.slots;
  s.iter = (o) => {
    o.rc++;
    return o;
  };
  s.iternext = genIterNext;
  s.iternextRaising = (o) => {
    const r = genResume(o as PyGenerator, Resume.SEND, None);
    if (r.done) throw stopWith(r.value);
    return r.value;
  };
  s.repr = (o) => newStr(`<generator object ${(o as PyGenerator).qualname} at ${hexAddr(o)}>`);
  // gen_sizeof: the same 144 + 8 per frame slot (sys.getsizeof adds the GC header)
  defineMethod(generatorType, '__sizeof__', (self) => newInt(144 + 8 * (self as PyGenerator).nslots));
  defineMethod(generatorType, 'send', (self, args) => {
    const r = genResume(self as PyGenerator, Resume.SEND, args[0]);
    if (r.done) throw stopWith(r.value);
    return r.value;
  });
  defineMethod(generatorType, 'throw', (self, args) => genThrow(self as PyGenerator, args));
  defineMethod(generatorType, 'close', (self) => {
    genClose(self as PyGenerator);
    return None;
  });
  defineGetSet(generatorType, 'gi_running', (o) => ((o as PyGenerator).running ? trueObj() : falseObj()));
  // _PyGen_yf: the iterator a suspended `yield from` delegates to (the top of the frame's stack)
  defineGetSet(generatorType, 'gi_yieldfrom', (o) => {
    const f = (o as PyGenerator).frame;
    const yf = f !== null && f.state === FrameState.SUSPENDED && isYieldFrom(f) ? f.stack[f.stack.length - 1] : null;
    const r = yf ?? None;
    r.rc++;
    return r;
  });
  defineGetSet(generatorType, 'gi_code', (o) => ((o as PyGenerator).code.rc++, (o as PyGenerator).code));
  defineGetSet(generatorType, 'gi_suspended', (o) => ((o as PyGenerator).frame?.state === FrameState.SUSPENDED ? trueObj() : falseObj()));
  defineGetSet(generatorType, 'gi_frame', (o) => {
    const f = (o as PyGenerator).frame;
    if (f === null || f.state === FrameState.COMPLETED) return (None.rc++, None);
    return frameObjectOf(f);
  });
  defineGetSet(generatorType, '__name__', (o) => newStr((o as PyGenerator).frame?.code.name ?? (o as PyGenerator).codeQualname));
  defineGetSet(generatorType, '__qualname__', (o) => newStr((o as PyGenerator).qualname));
  // finalizer: close a suspended generator when it is destroyed (PEP 342 / _PyGen_Finalize)
  s.finalize = (o) => {
    const g = o as PyGenerator;
    if (g.frame !== null && g.frame.state === FrameState.SUSPENDED) genClose(g);
  };
  generatorType.dealloc = (o) => {
    const g = o as PyGenerator;
    gcUntrack(g);
    if (g.frame !== null && g.frame.state === FrameState.SUSPENDED) {
      o.rc = 1;
      try {
        genClose(g);
      } catch (e) {
        if (e instanceof PyThrown) unraisableHook.report(e.exc, o);
        else throw e;
      }
      if (--o.rc !== 0) return true;
    }
    const f = g.frame;
    g.frame = null;
    if (f !== null) {
      f.state = FrameState.COMPLETED;
      clearFrame(f);
    }
    release(g.excState);
    decref(g.code);
    return false;
  };
  generatorType.traverse = (o, visit) => {
    const f = (o as PyGenerator).frame;
    if (f === null) return;
    for (const v of f.localsplus) if (v !== null) visit(v);
    for (const v of f.stack) if (v !== null) visit(v);
    if (f.func !== null) visit(f.func);
  };
  vmHooks.newGenerator = newGenerator;
  vmHooks.send = (receiver, v) => {
    if (receiver instanceof PyGenerator) return genResume(receiver, Resume.SEND, v);
    let r: PyObject | null;
    try {
      if (v === None) r = iterNext(receiver);
      else {
        const m = getAttrOrNull(receiver, 'send');
        if (m === null) throw typeError(`'${receiver.type.name}' object has no attribute 'send'`);
        try {
          r = call(m, [v]);
        } finally {
          decref(m);
        }
      }
    } catch (e) {
      if (e instanceof PyThrown && e.exc.type.isSubtypeOf(exceptionTypes['StopIteration'])) {
        const val = stopValue(e.exc);
        decref(e.exc);
        return { value: val, done: true };
      }
      throw e;
    }
    if (r === null) return { value: (None.rc++, None), done: true };
    return { value: r, done: false };
  };
});

/** The type of the object a coroutine / async generator function's call makes (vm/coroutine.ts). */
export const generatorKinds = {
  typeFor: (_flags: number): PyType | null => null,
};

export const unraisableHook = {
  report: (_exc: PyObject, _obj: PyObject): void => {},
};

import { True, False } from '../objects/int';
const trueObj = () => True;
const falseObj = () => False;
void xdecref;
