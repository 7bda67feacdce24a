/**
 * Coroutines and asynchronous generators (Objects/genobject.c, PEP 492 / 525), on the generator
 * machinery of generator.ts: a coroutine or async generator is a PyGenerator whose type is
 * `coroutine` / `async_generator`, made when an `async def` function is called.
 *
 *  - `await x` compiles to GET_AWAITABLE and the SEND loop of `yield from`: a coroutine is its
 *    own iterator; anything else must have `__await__` returning an iterator (a generator
 *    decorated with types.coroutine is accepted as it is);
 *  - a coroutine has send / throw / close, `__await__` (a coroutine_wrapper iterator), the
 *    cr_* attributes, and warns "coroutine '…' was never awaited" when it is finalized without
 *    ever having run;
 *  - an async generator's `yield v` wraps v (ASYNC_GEN_WRAP) so that the awaitables its
 *    `__anext__` / `asend` / `athrow` / `aclose` return can tell a value it yields (the result of
 *    the await on them: StopIteration(v)) from a value an `await` inside it passes up to the
 *    event loop (yielded on).
 */
import { PyObject, decref } from '../objects/object';
import { PyType } from '../objects/typeobject';
import { staticBuiltinType, inheritObjectSlots } from '../objects/static-type';
import { registerTypeInit } from '../objects/bootstrap';
import { allocObject } from '../objects/alloc';
import { defineMethod, defineGetSet } from '../objects/descriptors';
import { newStr } from '../objects/str';
import { newInt, True, False } from '../objects/int';
import { None } from '../objects/singletons';
import { PyThrown, typeError, runtimeError } from '../objects/errors';
import { exceptionTypes, raiseWith } from '../objects/exceptions';
import { call, lookupSpecial } from '../objects/abstract';
import { hexAddr } from '../objects/object-type';
import { PyGCObject, gcTrack, gcUntrack } from '../objects/gcobject';
import { warnHook } from '../objects/warn-hook';
import { CodeFlag } from '../compiler/opcodes';
import { FrameState } from './frame';
import { frameObjectOf } from './frameobject';
import {
  PyGenerator, Resume, genResume, genThrow, genClose, stopWith, isYieldFrom, generatorKinds, throwInto,
} from './generator';
import { generatorType } from '../objects/core-types';
import { vmHooks } from './hooks';

export const coroTypes = {
  coroutine: null as PyType | null,
  asyncGenerator: null as PyType | null,
  wrapper: null as PyType | null,
  asend: null as PyType | null,
  athrow: null as PyType | null,
  wrapped: null as PyType | null,
};

const bool = (v: boolean): PyObject => (v ? True : False);

/**
 * sys.set_asyncgen_hooks (PEP 525): an event loop registers an async generator when it is
 * first iterated, and is handed it to finalize (asynchronously) instead of closing it on the
 * spot when it is freed while suspended.
 */
export const asyncGenHooks = {
  firstiter: null as PyObject | null,
  finalizer: null as PyObject | null,
};
/** The finalizer hook an async generator took when it was first iterated (ag_origin_or_finalizer). */
const agFinalizers = new WeakMap<PyGenerator, PyObject>();
const agHooksInited = new WeakSet<PyGenerator>();

/** async_gen_init_hooks: on the first __anext__ / asend / athrow / aclose. */
function initHooks(g: PyGenerator): void {
  if (agHooksInited.has(g)) return;
  agHooksInited.add(g);
  const { firstiter, finalizer } = asyncGenHooks;
  if (finalizer !== null) {
    finalizer.rc++;
    agFinalizers.set(g, finalizer);
  }
  if (firstiter !== null) {
    firstiter.rc++;
    try {
      decref(call(firstiter, [g]));
    } finally {
      decref(firstiter);
    }
  }
}

/** A value an async generator yields (ASYNC_GEN_WRAP), told apart from an await's. */
export class PyAsyncGenWrapped extends PyObject {
  constructor(public value: PyObject) {
    super(coroTypes.wrapped!);
  }
}

export function asyncGenWrap(v: PyObject): PyObject {
  const w = new PyAsyncGenWrapped(v);
  v.rc++;
  allocObject(w, 24);
  return w;
}

function unwrap(w: PyAsyncGenWrapped): PyObject {
  const v = w.value;
  v.rc++;
  decref(w);
  return v;
}

/** A coroutine object (or a generator decorated by types.coroutine) that `await` drives as it is. */
function isCoroutineLike(o: PyObject): o is PyGenerator {
  if (o.type === coroTypes.coroutine) return true;
  return o.type === generatorType && ((o as PyGenerator).code.unit.flags & CodeFlag.ITERABLE_COROUTINE) !== 0
    || (o.type === generatorType && (o as PyGenerator).code.iterableCoroutine);
}

/** GET_AWAITABLE (_PyCoro_GetAwaitableIter plus ceval's checks). */
export function getAwaitable(o: PyObject, where: number): PyObject {
  if (isCoroutineLike(o)) {
    const f = o.frame;
    if (o.type === coroTypes.coroutine && f !== null && f.state === FrameState.SUSPENDED && isYieldFrom(f)) {
      throw runtimeError('coroutine is being awaited already');
    }
    o.rc++;
    return o;
  }
  const getter = lookupSpecial(o, '__await__');
  if (getter === null) {
    const n = o.type.name;
    if (where === 1) throw typeError(`'async with' received an object from __aenter__ that does not implement __await__: ${n}`);
    if (where === 2) throw typeError(`'async with' received an object from __aexit__ that does not implement __await__: ${n}`);
    throw typeError(`object ${n} can't be used in 'await' expression`);
  }
  let r: PyObject;
  try {
    r = call(getter, []);
  } finally {
    decref(getter);
  }
  if (isCoroutineLike(r)) {
    decref(r);
    throw typeError('__await__() returned a coroutine');
  }
  if (r.type.slots.iternext === null || r.type.slots.iternext === undefined) {
    const n = r.type.name;
    decref(r);
    throw typeError(`__await__() returned non-iterator of type '${n}'`);
  }
  return r;
}

// ------------------------------------------------------------------ coroutine_wrapper
class PyCoroWrapper extends PyGCObject {
  constructor(public coro: PyGenerator) {
    super(coroTypes.wrapper!);
  }
}

function coroSend(g: PyGenerator, v: PyObject): PyObject {
  const r = genResume(g, Resume.SEND, v);
  if (r.done) throw stopWith(r.value);
  return r.value;
}

// ------------------------------------------------------------------ async generator awaitables
const enum AwaitableState { INIT, ITER, CLOSED }

class PyAsyncGenASend extends PyGCObject {
  state = AwaitableState.INIT;
  constructor(public gen: PyGenerator, public sendval: PyObject) {
    super(coroTypes.asend!);
  }
}

class PyAsyncGenAThrow extends PyGCObject {
  state = AwaitableState.INIT;
  constructor(public gen: PyGenerator, public args: PyObject[] | null) {
    super(coroTypes.athrow!);
  }
}

/**
 * What the async generator's frame produced, as its awaitable reports it (async_gen_unwrap_value):
 * a wrapped value ends the await (StopIteration(value)); any other value is passed up; its end
 * is StopAsyncIteration.
 */
function agUnwrap(r: { value: PyObject; done: boolean }): PyObject {
  if (r.done) {
    decref(r.value);
    throw raiseWith(exceptionTypes['StopAsyncIteration'], []);
  }
  if (r.value instanceof PyAsyncGenWrapped) throw stopWith(unwrap(r.value));
  return r.value;
}

function asendSend(o: PyAsyncGenASend, v: PyObject): PyObject {
  if (o.state === AwaitableState.CLOSED) throw runtimeError("cannot reuse already awaited __anext__()/asend()");
  if (o.state === AwaitableState.INIT) {
    if (v === None) v = o.sendval;
    o.state = AwaitableState.ITER;
  }
  try {
    return agUnwrap(genResume(o.gen, Resume.SEND, v));
  } catch (e) {
    o.state = AwaitableState.CLOSED;
    throw e;
  }
}

function athrowSend(o: PyAsyncGenAThrow, v: PyObject): PyObject {
  const g = o.gen;
  if (o.state === AwaitableState.CLOSED) throw runtimeError('cannot reuse already awaited aclose()/athrow()');
  const closing = o.args === null;
  try {
    if (o.state === AwaitableState.INIT) {
      o.state = AwaitableState.ITER;
      if (g.frame === null || g.frame.state === FrameState.COMPLETED) {
        o.state = AwaitableState.CLOSED;
        throw raiseWith(exceptionTypes['StopAsyncIteration'], []);
      }
      if (closing) {
        if (g.frame.state === FrameState.CREATED) {
          genClose(g);
          o.state = AwaitableState.CLOSED;
          throw raiseWith(exceptionTypes['StopIteration'], []);
        }
        const ge = raiseWith(exceptionTypes['GeneratorExit'], []).exc;
        const r = throwInto(g, ge);
        return athrowResult(o, { value: r, done: false });
      }
      const r = genThrow(g, o.args!);
      return athrowResult(o, { value: r, done: false });
    }
    return athrowResult(o, genResume(g, Resume.SEND, v));
  } catch (e) {
    return athrowError(o, e);
  }
}

function athrowResult(o: PyAsyncGenAThrow, r: { value: PyObject; done: boolean }): PyObject {
  if (o.args === null && !r.done && r.value instanceof PyAsyncGenWrapped) {
    decref(r.value);
    o.state = AwaitableState.CLOSED;
    throw runtimeError('async generator ignored GeneratorExit');
  }
  return agUnwrap(r);
}

function athrowError(o: PyAsyncGenAThrow, e: unknown): never {
  o.state = AwaitableState.CLOSED;
  if (e instanceof PyThrown && o.args === null) {
    const t = e.exc.type;
    if (t.isSubtypeOf(exceptionTypes['StopAsyncIteration']) || t.isSubtypeOf(exceptionTypes['GeneratorExit'])) {
      // aclose() finished: the await on it returns None
      decref(e.exc);
      throw raiseWith(exceptionTypes['StopIteration'], []);
    }
  }
  throw e;
}

// ------------------------------------------------------------------ types
function defineCommon(t: PyType, prefix: 'cr' | 'ag', kind: string): void {
  t.slots.repr = (o) => newStr(`<${kind} object ${(o as PyGenerator).qualname} at ${hexAddr(o)}>`);
  defineMethod(t, '__sizeof__', (self) => newInt(144 + 8 * (self as PyGenerator).nslots));
  defineGetSet(t, `${prefix}_running`, (o) => bool((o as PyGenerator).running));
  defineGetSet(t, `${prefix}_code`, (o) => ((o as PyGenerator).code.rc++, (o as PyGenerator).code));
  defineGetSet(t, `${prefix}_suspended`, (o) => bool((o as PyGenerator).frame?.state === FrameState.SUSPENDED));
  defineGetSet(t, `${prefix}_frame`, (o) => {
    const f = (o as PyGenerator).frame;
    if (f === null || f.state === FrameState.COMPLETED) return (None.rc++, None);
    return frameObjectOf(f);
  });
  defineGetSet(t, prefix === 'cr' ? 'cr_await' : 'ag_await', (o) => {
    const f = (o as PyGenerator).frame;
    const yf = f !== null && f.state === FrameState.SUSPENDED && isYieldFrom(f) ? f.stack[f.stack.length - 1] : null;
    const r = yf ?? None;
    r.rc++;
    return r;
  });
  defineGetSet(t, '__name__', (o) => newStr((o as PyGenerator).frame?.code.name ?? (o as PyGenerator).codeQualname));
  defineGetSet(t, '__qualname__', (o) => newStr((o as PyGenerator).qualname));
  t.traverse = generatorType.traverse;
  t.dealloc = (o) => generatorType.dealloc(o);
}

function makeTypes(): void {
  const coro = staticBuiltinType('coroutine', 144, 8, 'builtins', 'generator');
  coroTypes.coroutine = coro;
  const agen = staticBuiltinType('async_generator', 144, 8, 'builtins', 'generator');
  coroTypes.asyncGenerator = agen;
  const wrapper = staticBuiltinType('coroutine_wrapper', 24, 0, 'builtins');
  coroTypes.wrapper = wrapper;
  const asend = staticBuiltinType('async_generator_asend', 40, 0, 'builtins');
  coroTypes.asend = asend;
  const athrow = staticBuiltinType('async_generator_athrow', 40, 0, 'builtins');
  coroTypes.athrow = athrow;
  const wrapped = staticBuiltinType('async_generator_wrapped_value', 24, 0, 'builtins');
  wrapped.hasGC = false;
  coroTypes.wrapped = wrapped;
  for (const t of [coro, agen, wrapper, asend, athrow, wrapped]) inheritObjectSlots(t);
  coro.weakrefable = true;
  agen.weakrefable = true;

  // coroutine
  defineCommon(coro, 'cr', 'coroutine');
  defineMethod(coro, 'send', (self, args) => coroSend(self as PyGenerator, args[0]));
  defineMethod(coro, 'throw', (self, args) => genThrow(self as PyGenerator, args));
  defineMethod(coro, 'close', (self) => (genClose(self as PyGenerator), None));
  const awaitFn = (self: PyObject): PyObject => {
    const w = new PyCoroWrapper(self as PyGenerator);
    self.rc++;
    allocObject(w, 24);
    gcTrack(w);
    return w;
  };
  defineMethod(coro, '__await__', awaitFn);
  // _PyGen_Finalize: a coroutine that never ran warns (_PyErr_WarnUnawaitedCoroutine); a
  // suspended one is closed
  const warnUnawaited = (g: PyGenerator): void => {
    warnHook.warn('RuntimeWarning', `coroutine '${g.qualname}' was never awaited`, 1, g);
  };
  coro.slots.finalize = (o) => {
    const g = o as PyGenerator;
    const f = g.frame;
    if (f === null || g.finalized) return;
    g.finalized = true; // (once, whether the collector or the dealloc calls it first: PEP 442)
    if (f.state === FrameState.CREATED) warnUnawaited(g);
    else if (f.state === FrameState.SUSPENDED) genClose(g);
  };
  coro.dealloc = (o) => {
    const g = o as PyGenerator;
    if (g.frame !== null && g.frame.state === FrameState.CREATED && !g.finalized) {
      o.rc = 1;
      try {
        coro.slots.finalize!(o);
      } catch (e) {
        if (!(e instanceof PyThrown)) throw e;
        decref(e.exc);
      }
      if (--o.rc !== 0) return true;
    }
    return generatorType.dealloc(o);
  };

  // coroutine_wrapper: the iterator coroutine.__await__() returns
  wrapper.slots.iter = (o) => (o.rc++, o);
  wrapper.slots.iternextRaising = (o) => coroSend((o as PyCoroWrapper).coro, None);
  wrapper.slots.iternext = (o) => {
    const r = genResume((o as PyCoroWrapper).coro, Resume.SEND, None);
    if (r.done) {
      if (r.value === None) {
        decref(r.value);
        return null;
      }
      throw stopWith(r.value);
    }
    return r.value;
  };
  wrapper.slots.repr = (o) => newStr(`<coroutine_wrapper object at ${hexAddr(o)}>`);
  defineMethod(wrapper, 'send', (self, args) => coroSend((self as PyCoroWrapper).coro, args[0]));
  defineMethod(wrapper, 'throw', (self, args) => genThrow((self as PyCoroWrapper).coro, args));
  defineMethod(wrapper, 'close', (self) => (genClose((self as PyCoroWrapper).coro), None));
  wrapper.traverse = (o, visit) => visit((o as PyCoroWrapper).coro);
  wrapper.dealloc = (o) => {
    gcUntrack(o as PyGCObject);
    decref((o as PyCoroWrapper).coro);
    return false;
  };

  // async generator
  defineCommon(agen, 'ag', 'async_generator');
  const newASend = (g: PyObject, v: PyObject): PyObject => {
    initHooks(g as PyGenerator);
    const a = new PyAsyncGenASend(g as PyGenerator, v);
    g.rc++;
    v.rc++;
    allocObject(a, 40);
    gcTrack(a);
    return a;
  };
  const newAThrow = (g: PyObject, args: PyObject[] | null): PyObject => {
    initHooks(g as PyGenerator);
    const a = new PyAsyncGenAThrow(g as PyGenerator, args);
    g.rc++;
    if (args !== null) for (const x of args) x.rc++;
    allocObject(a, 40);
    gcTrack(a);
    return a;
  };
  defineMethod(agen, '__aiter__', (self) => (self.rc++, self));
  defineMethod(agen, '__anext__', (self) => newASend(self, None));
  defineMethod(agen, 'asend', (self, args) => newASend(self, args[0]));
  defineMethod(agen, 'athrow', (self, args) => newAThrow(self, args.slice()));
  defineMethod(agen, 'aclose', (self) => newAThrow(self, null));
  agen.slots.finalize = (o) => {
    const g = o as PyGenerator;
    if (g.finalized) return;
    g.finalized = true;
    const finalizer = agFinalizers.get(g);
    if (finalizer !== undefined) {
      // the event loop's hook schedules aclose() (_PyGen_Finalize for async generators)
      agFinalizers.delete(g);
      try {
        decref(call(finalizer, [g]));
      } finally {
        decref(finalizer);
      }
      return;
    }
    if (g.frame !== null && g.frame.state === FrameState.SUSPENDED) {
      // (CPython hands it to the event loop's finalizer hook; without one it is closed here)
      const ge = raiseWith(exceptionTypes['GeneratorExit'], []).exc;
      try {
        const r = throwInto(g, ge);
        decref(r);
      } catch (e) {
        if (!(e instanceof PyThrown)) throw e;
        decref(e.exc);
      }
    }
  };

  agen.dealloc = (o) => {
    const g = o as PyGenerator;
    if (g.frame !== null && g.frame.state === FrameState.SUSPENDED && !g.finalized) {
      o.rc = 1;
      try {
        agen.slots.finalize!(o);
      } catch (e) {
        if (!(e instanceof PyThrown)) throw e;
        decref(e.exc);
      }
      if (--o.rc !== 0) return true;
    }
    const f = agFinalizers.get(g);
    if (f !== undefined) {
      agFinalizers.delete(g);
      decref(f);
    }
    return generatorType.dealloc(o);
  };

  for (const [t, send, name] of [
    [asend, (o: PyObject, v: PyObject) => asendSend(o as PyAsyncGenASend, v), 'async_generator_asend'],
    [athrow, (o: PyObject, v: PyObject) => athrowSend(o as PyAsyncGenAThrow, v), 'async_generator_athrow'],
  ] as const) {
    t.slots.iter = (o) => (o.rc++, o);
    t.slots.iternextRaising = (o) => send(o, None);
    t.slots.iternext = (o) => {
      try {
        return send(o, None);
      } catch (e) {
        if (e instanceof PyThrown && e.exc.type === exceptionTypes['StopIteration'] && (e.exc as import('../objects/exceptions').PyBaseException).args.items.length === 0) {
          decref(e.exc);
          return null;
        }
        throw e;
      }
    };
    t.slots.repr = (o) => newStr(`<${name} object at ${hexAddr(o)}>`);
    defineMethod(t, '__await__', (self) => (self.rc++, self));
    defineMethod(t, 'send', (self, args) => send(self, args[0]));
    defineMethod(t, 'throw', (self, args) => {
      const g = (self as PyAsyncGenASend | PyAsyncGenAThrow).gen;
      try {
        return agUnwrap({ value: genThrow(g, args), done: false });
      } catch (e) {
        (self as PyAsyncGenASend).state = AwaitableState.CLOSED;
        throw e;
      }
    });
    defineMethod(t, 'close', (self) => {
      (self as PyAsyncGenASend).state = AwaitableState.CLOSED;
      return None;
    });
  }
  asend.traverse = (o, visit) => {
    visit((o as PyAsyncGenASend).gen);
    visit((o as PyAsyncGenASend).sendval);
  };
  asend.dealloc = (o) => {
    gcUntrack(o as PyGCObject);
    decref((o as PyAsyncGenASend).gen);
    decref((o as PyAsyncGenASend).sendval);
    return false;
  };
  athrow.traverse = (o, visit) => {
    visit((o as PyAsyncGenAThrow).gen);
    for (const x of (o as PyAsyncGenAThrow).args ?? []) visit(x);
  };
  athrow.dealloc = (o) => {
    gcUntrack(o as PyGCObject);
    decref((o as PyAsyncGenAThrow).gen);
    for (const x of (o as PyAsyncGenAThrow).args ?? []) decref(x);
    return false;
  };
  wrapped.dealloc = (o) => {
    decref((o as PyAsyncGenWrapped).value);
    return false;
  };

  generatorKinds.typeFor = (flags) =>
    flags & CodeFlag.COROUTINE ? coro : flags & CodeFlag.ASYNC_GENERATOR ? agen : null;
  vmHooks.getAwaitable = getAwaitable;
  vmHooks.asyncGenWrap = asyncGenWrap;
}

registerTypeInit(makeTypes);
