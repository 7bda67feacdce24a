/**
 * The evaluation loop (CPython's Python/ceval.c + bytecodes.c).
 *
 * `evalFrame(entry)` runs `entry` and every Python frame it calls *inside one JavaScript loop*:
 * a Python→Python call pushes a Frame and switches to it; RETURN pops back. So Python recursion
 * never becomes JavaScript recursion (RecursionError comes from our own depth count), a runaway
 * program is stopped by the instruction budget checked at RESUME, and the heap can be inspected
 * between any two instructions. Native code that calls back into Python (a `__del__`, a key
 * function for `sorted`, `__eq__` during a dict lookup …) re-enters `evalFrame`, as CPython does.
 *
 * Exceptions are JS-thrown `PyThrown` values. The loop catches them, records a traceback entry
 * for the frame, and unwinds through the frame's block stack (see opcodes.ts) or out of the
 * frame into its caller.
 */
import { PyObject, decref, xdecref, incref } from '../objects/object';
import { Op, CodeFlag, Intrinsic } from '../compiler/opcodes';
import { Frame, FrameState, releaseFrame } from './frame';
import { rt, BudgetExceeded } from './state';
import { PyThrown, typeError, nameError, unboundLocalError, runtimeError, recursionError, systemError, valueError, raise, exceptionFactory } from '../objects/errors';
import { None, NotImplemented } from '../objects/singletons';
import { PyInt, newInt, True, False, newBool, isSafe, newIntSsize } from '../objects/int';
import { PyStr, newStr, strHash } from '../objects/str';
import { PyDict, newDict, dictSet, dictGet, dictPop, dictSetStr, dictPresize, dictForEach, gcMayBeTracked } from '../objects/dict';
import { GC_TRACKED, gcTrack } from '../objects/gcobject';
import { PyList, newList, listAppend } from '../objects/list';
import { PyTuple, newTuple, newTupleFromBorrowed } from '../objects/tuple';
import { PyCell, newCell } from '../objects/cell';
import { PyFunction, PyMethod, newFunction } from '../objects/function';
import { PyCode } from '../objects/code';
import {
  binaryOp, inplaceOp, richCompare, isTrue, getAttr, setAttr, getIter, iterNext, getItem, setItem,
  delItem, contains, unaryOp, call, iterToArray, noAttribute, getAttrOrNull, reprText, lookupSpecial, strText,
} from '../objects/abstract';
import { intType, strType, listType, tupleType, dictType, functionType, typeType, objectType, setType, frozensetType, rangeIteratorType, listIteratorType, methodDescrType, generatorType, wrapperDescrType, methodWrapperType } from '../objects/core-types';
import { tpCall } from '../objects/tp-call';
import { makeFunctionFrame, makeFunctionFrameFromStack, flattenCallEx, stackUnpackDict } from './call';
import { genericGetAttr } from '../objects/classes';
import { objectNew } from '../objects/object-type';
import { cachedName, lookupGlobal, cachedStoreIndex, fillStoreIndex } from './name-cache';
import { cachedMethod, cachedInstanceValues, fillLoadCache, fillStoreCache, fillMethodCache, InstanceAttrCache } from './attr-cache';
import { PyBaseException, exceptionTypes, raiseWith } from '../objects/exceptions';
import { vmHooks } from './hooks';
import { topmostHandled } from './exc-state';
import { coroTypes } from './coroutine';
import { enterRecursiveCall, cRecursion } from '../objects/recursion-guard';
import { NB } from '../objects/typeobject';
import { PyType } from '../objects/typeobject';
import type { PyRangeIter } from '../objects/range';
import type { PySeqIter } from '../objects/iterators';
import type { PyMethodDescr } from '../objects/descriptors';
import type { PyGenerator } from './generator';


import { exceptStarIntrinsic } from './except-star';

function checkRecursion(): void {
  if (rt.depth > rt.recursionLimit) {
    rt.depth--;
    throw recursionError('maximum recursion depth exceeded');
  }
}

/** Push a frame to be executed by the loop (called by the call machinery). */
function enterFrame(f: Frame, back: Frame | null): void {
  f.back = back;
  f.state = FrameState.EXECUTING;
  rt.frame = f;
  rt.depth++;
  if (rt.depth > rt.recursionLimit) {
    rt.depth--;
    rt.frame = back;
    clearFrame(f);
    throw recursionError('maximum recursion depth exceeded');
  }
}

/** Release the references a finished frame holds (unless a frame object took ownership). */
export function clearFrame(f: Frame): void {
  const st = f.stack;
  while (st.length > 0) xdecref(st.pop()!);
  if (f.frameObject !== null) {
    vmHooks.frameObjectTakeOwnership(f);
    return;
  }
  const l = f.localsplus;
  for (let i = 0; i < l.length; i++) {
    const v = l[i];
    if (v !== null) {
      l[i] = null;
      decref(v);
    }
  }
  if (f.func !== null) {
    const fn = f.func;
    f.func = null;
    decref(fn);
  }
}

/**
 * Run `entry` (already set up) to completion or suspension. Returns the frame's return value
 * (or the yielded value, with entry.yielded = true). Throws PyThrown if an exception escapes.
 */
export function evalFrame(entry: Frame): PyObject {
  const callerFrame = rt.frame;
  entry.isEntry = true;
  entry.yielded = false;
  // entering the evaluation loop from native code takes PY_EVAL_C_STACK_UNITS (2) units of the
  // C recursion budget (Python/ceval.c, 3.12); Python-to-Python calls stay in the same loop
  const units = cRecursion.remaining;
  const depth = rt.depth;
  cRecursion.remaining--;
  try {
    enterRecursiveCall('');
  } catch (e) {
    cRecursion.remaining = units;
    clearFrame(entry);
    throw e;
  }
  try {
    enterFrame(entry, callerFrame);
    return run(entry);
  } finally {
    // absolute restores: if the host stack overflowed below us, inner `finally` blocks may not
    // all have run, and the counters must not drift
    rt.frame = callerFrame;
    rt.depth = depth;
    cRecursion.remaining = units;
  }
}

function run(entry: Frame): PyObject {
  let f = entry;
  let code = f.code.unit.code;
  let consts = f.code.consts;
  let names = f.code.unit.names;
  let stack = f.stack;
  let locals = f.localsplus;
  // The instruction index lives in a local while a frame runs; f.pc is written back whenever
  // another frame may look at it (a frame switch, a yield, a cold opcode).
  let pc = 0;

  // (frame switches assign these locals inline — a closure would force them into a heap context)

  for (;;) {
    pc = f.pc;
    try {
      if (f.pendingThrow !== null) {
        const pending = f.pendingThrow;
        f.pendingThrow = null;
        throw new PyThrown(pending);
      }
      for (;;) {
        f.lasti = pc;
        const w = code[pc++];
        const arg = w >>> 8;
        switch ((w & 0xff) as Op) {
          case Op.NOP:
            break;
          case Op.RESUME:
            if (++rt.ticks > rt.budget) throw new BudgetExceeded(rt.ticks);
            if (rt.gcPending) vmHooks.collectPending();
            break;
          case Op.POP_TOP:
            xdecref(stack.pop()!);
            break;
          case Op.PUSH_NULL:
            stack.push(null);
            break;
          case Op.COPY: {
            const v = stack[stack.length - arg]!;
            v.rc++;
            stack.push(v);
            break;
          }
          case Op.SWAP: {
            const top = stack.length - 1;
            const other = stack.length - arg;
            const t = stack[top];
            stack[top] = stack[other];
            stack[other] = t;
            break;
          }
          case Op.LOAD_CONST: {
            const v = consts[arg];
            v.rc++;
            stack.push(v);
            break;
          }
          case Op.LOAD_FAST: {
            const v = locals[arg];
            if (v === null) throw unboundLocal(f, arg);
            v.rc++;
            stack.push(v);
            break;
          }
          case Op.LOAD_FAST_AND_CLEAR: {
            stack.push(locals[arg]);
            locals[arg] = null;
            break;
          }
          case Op.STORE_FAST: {
            const old = locals[arg];
            locals[arg] = stack.pop()!;
            if (old !== null) decref(old);
            break;
          }
          case Op.LOAD_DEREF: {
            const v = (locals[arg] as PyCell).ref;
            if (v === null) throw unboundDeref(f, arg);
            v.rc++;
            stack.push(v);
            break;
          }
          case Op.STORE_DEREF: {
            const c = locals[arg] as PyCell;
            const old = c.ref;
            c.ref = stack.pop()!;
            if (old !== null) decref(old);
            break;
          }
          case Op.LOAD_NAME: {
            if (f.locals === f.globals && f.globals.type === dictType) {
              // module level: the locals are the globals (name-cache.ts)
              const cache = f.code.attrCache;
              let v = cache !== null ? cachedName(cache[pc - 1], f.globals, f.builtins) : null;
              if (v === null) {
                v = lookupGlobal(f.code, pc - 1, f.globals, f.builtins, names[arg]);
                if (v === null) throw nameNotDefined(names[arg]);
              }
              v.rc++;
              stack.push(v);
              break;
            }
            const name = names[arg];
            let v = f.locals !== null ? mappingGet(f.locals, name) : null;
            if (v === null) {
              v = f.globals.getStr(name) ?? f.builtins.getStr(name);
              if (v === null) throw nameNotDefined(name);
              v.rc++;
            }
            stack.push(v);
            break;
          }
          case Op.STORE_NAME: {
            const v = stack.pop()!;
            if (f.locals === null) {
              decref(v);
              throw systemError(`no locals found when storing '${names[arg]}'`);
            }
            const moduleLevel = f.locals === f.globals && f.globals.type === dictType;
            if (moduleLevel) {
              const cache = f.code.attrCache;
              const ix = cache !== null ? cachedStoreIndex(cache[pc - 1], f.globals) : -1;
              if (ix >= 0) {
                // what dictSet does for a key it holds (a str key: nothing to track)
                const d = f.globals;
                if ((d.gcFlags & GC_TRACKED) === 0 && gcMayBeTracked(v)) gcTrack(d);
                const old = d.values[ix]!;
                v.rc++;
                d.values[ix] = v;
                decref(old);
                decref(v);
                break;
              }
            }
            try {
              mappingSet(f.locals, f.code.namesStr[arg], v);
              if (moduleLevel) fillStoreIndex(f.code, pc - 1, f.globals, names[arg]);
            } finally {
              decref(v);
            }
            break;
          }
          case Op.LOAD_GLOBAL: {
            const cache = f.code.attrCache;
            let v = cache !== null ? cachedName(cache[pc - 1], f.globals, f.builtins) : null;
            if (v === null) {
              v = lookupGlobal(f.code, pc - 1, f.globals, f.builtins, names[arg >>> 1]);
              if (v === null) throw nameNotDefined(names[arg >>> 1]);
            }
            if (arg & 1) stack.push(null);
            v.rc++;
            stack.push(v);
            break;
          }
          case Op.STORE_GLOBAL: {
            const v = stack.pop()!;
            dictSet(f.globals, f.code.namesStr[arg], v);
            decref(v);
            break;
          }
          case Op.LOAD_ATTR: {
            const obj = stack.pop()!;
            const cache = f.code.attrCache;
            if (arg & 1) {
              // method form: [meth, self] when the attribute is a plain function on the type
              const cached = cache !== null ? cachedMethod(cache[pc - 1], obj) : null;
              if (cached !== null) {
                cached.rc++;
                stack.push(cached);
                stack.push(obj);
                break;
              }
              const name = names[arg >>> 1];
              const ty = obj.type;
              const descr = ty.slots.getattro === genericGetAttrRef.fn ? ty.lookup(name) : null;
              // a classmethod_descriptor (dict.fromkeys) lacks Py_TPFLAGS_METHOD_DESCRIPTOR: `{}.fromkeys(...)` binds the type
              if (descr !== null && (descr.type === functionType || (descr.type === methodDescrType && !(descr as PyMethodDescr).isClassMethod)) && !instanceHas(obj, name)) {
                fillMethodCache(f.code, pc - 1, obj, name, descr);
                descr.rc++;
                stack.push(descr);
                stack.push(obj);
                break;
              }
              let v: PyObject;
              try {
                v = getAttr(obj, name);
              } finally {
                decref(obj);
              }
              stack.push(null);
              stack.push(v);
              break;
            }
            if (cache !== null) {
              const inl = cachedInstanceValues(cache[pc - 1], obj);
              if (inl !== null) {
                const v = inl.vals[(cache[pc - 1] as InstanceAttrCache).ix];
                if (v !== null && v !== undefined) {
                  v.rc++;
                  stack.push(v);
                  decref(obj);
                  break;
                }
              }
            }
            const name = names[arg >>> 1];
            let v: PyObject;
            try {
              v = getAttr(obj, name);
              fillLoadCache(f.code, pc - 1, obj, name);
            } finally {
              decref(obj);
            }
            stack.push(v);
            break;
          }
          case Op.STORE_ATTR: {
            const obj = stack.pop()!;
            const v = stack.pop()!;
            const cache = f.code.attrCache;
            if (cache !== null) {
              // replacing an instance value: what storeInstanceAttribute does, the stack's reference moving in
              const inl = cachedInstanceValues(cache[pc - 1], obj);
              if (inl !== null) {
                const ix = (cache[pc - 1] as InstanceAttrCache).ix;
                const old = inl.vals[ix];
                if (old !== null && old !== undefined) {
                  v.rc++;
                  inl.vals[ix] = v;
                  decref(old);
                  v.rc--; // (the stack's reference; the instance holds one)
                  decref(obj);
                  break;
                }
              }
            }
            try {
              setAttr(obj, names[arg], v);
              fillStoreCache(f.code, pc - 1, obj, names[arg]);
            } finally {
              decref(v);
              decref(obj);
            }
            break;
          }
          case Op.BINARY_OP: {
            const b = stack.pop()!;
            const a = stack.pop()!;
            let r: PyObject;
            try {
              r = arg < 13 ? fastBinary(a, b, arg) : a.type === intType && b.type === intType ? fastBinary(a, b, arg - 13) : inplaceOp(a, b, arg - 13);
            } finally {
              decref(a);
              decref(b);
            }
            stack.push(r);
            break;
          }
          case Op.UNARY_NOT: {
            const a = stack.pop()!;
            let t: boolean;
            try {
              t = isTrue(a);
            } finally {
              decref(a);
            }
            stack.push(t ? False : True);
            break;
          }
          case Op.COMPARE_OP: {
            const b = stack.pop()!;
            const a = stack.pop()!;
            let r: PyObject;
            try {
              r = fastCompare(a, b, arg);
            } finally {
              decref(a);
              decref(b);
            }
            stack.push(r);
            break;
          }
          case Op.IS_OP: {
            const b = stack.pop()!;
            const a = stack.pop()!;
            const r = (a === b) !== (arg === 1);
            decref(a);
            decref(b);
            stack.push(r ? True : False);
            break;
          }
          case Op.CONTAINS_OP: {
            const b = stack.pop()!;
            const a = stack.pop()!;
            let r: boolean;
            try {
              r = containsOp(b, a);
            } finally {
              decref(a);
              decref(b);
            }
            stack.push(r !== (arg === 1) ? True : False);
            break;
          }
          case Op.BINARY_SUBSCR: {
            const key = stack.pop()!;
            const container = stack.pop()!;
            let r: PyObject;
            try {
              r = subscript(container, key);
            } finally {
              decref(key);
              decref(container);
            }
            stack.push(r);
            break;
          }
          case Op.STORE_SUBSCR: {
            const key = stack.pop()!;
            const container = stack.pop()!;
            const v = stack.pop()!;
            try {
              setItem(container, key, v);
            } finally {
              decref(v);
              decref(key);
              decref(container);
            }
            break;
          }
          case Op.BUILD_TUPLE: {
            const items = stack.splice(stack.length - arg, arg) as PyObject[];
            stack.push(newTuple(items));
            break;
          }
          case Op.BUILD_LIST: {
            const items = stack.splice(stack.length - arg, arg) as PyObject[];
            stack.push(newList(items));
            break;
          }
          case Op.LIST_APPEND: {
            const v = stack.pop()!;
            listAppend(stack[stack.length - arg] as PyList, v);
            decref(v);
            break;
          }
          case Op.SET_ADD: {
            const v = stack.pop()!;
            try {
              vmHooks.setAdd(stack[stack.length - arg]!, v);
            } finally {
              decref(v);
            }
            break;
          }
          case Op.MAP_ADD: {
            const v = stack.pop()!;
            const k = stack.pop()!;
            try {
              dictSet(stack[stack.length - arg] as PyDict, k, v);
            } finally {
              decref(k);
              decref(v);
            }
            break;
          }
          case Op.UNPACK_SEQUENCE: {
            const seq = stack.pop()!;
            try {
              unpack(seq, arg, -1, stack);
            } finally {
              decref(seq);
            }
            break;
          }
          case Op.GET_ITER: {
            const o = stack.pop()!;
            let it: PyObject;
            try {
              it = getIter(o);
            } finally {
              decref(o);
            }
            stack.push(it);
            break;
          }
          case Op.FOR_ITER: {
            const it = stack[stack.length - 1]!;
            if (it.type === rangeIteratorType) {
              // fast path: range_iterator with number fields (rangeiter_next)
              const ri = it as PyRangeIter;
              const start = ri.start;
              const step = ri.step;
              const len = ri.len;
              if (typeof start === 'number' && typeof step === 'number' && typeof len === 'number') {
                if (len > 0) {
                  const next = start + step;
                  if (isSafe(next)) {
                    ri.start = next;
                    ri.len = len - 1;
                    stack.push(newInt(start));
                    break;
                  }
                } else {
                  stack.pop();
                  decref(it);
                  pc = arg;
                  break;
                }
              }
            } else if (it.type === listIteratorType) {
              const li = it as PySeqIter;
              const seq = li.seq;
              if (seq !== null) {
                const items = (seq as PyList).items;
                if (li.index < items.length) {
                  const v = items[li.index++];
                  v.rc++;
                  stack.push(v);
                  break;
                }
              }
            } else if (it.type === generatorType) {
              // FOR_ITER_GEN: resume the generator's frame in this loop, as CPython 3.12 does
              // (no JS recursion, no result object). Everything else takes the slow path.
              const g = it as PyGenerator;
              const gf = g.frame;
              if (gf !== null && !g.running && gf.state !== FrameState.COMPLETED && !gf.skipPush && gf.pendingThrow === null && rt.depth < rt.recursionLimit) {
                g.running = true;
                g.callerHandled = rt.handled;
                rt.handled = g.excState;
                g.excState = null;
                None.rc++;
                gf.stack.push(None);
                gf.isEntry = false;
                gf.yielded = false;
                f.pc = pc;
                enterFrame(gf, f);
                f = gf;
                pc = f.pc;
                code = f.code.unit.code;
                consts = f.code.consts;
                names = f.code.unit.names;
                stack = f.stack;
                locals = f.localsplus;
                break;
              }
            }
            const v = it.type.slots.iternext!(it);
            if (v === null) {
              stack.pop();
              decref(it);
              pc = arg;
            } else stack.push(v);
            break;
          }
          case Op.SEND: {
            // SEND_GEN: the generator a `yield from` delegates to runs in this loop, as CPython
            // 3.12's SEND does (DISPATCH_INLINED: a Python frame deeper, no native recursion);
            // anything else takes coldOp's general path
            const g = stack[stack.length - 2] as PyGenerator;
            if (g.type === generatorType || g.type === coroTypes.coroutine) {
              const gf = g.frame;
              const v = stack[stack.length - 1]!;
              if (gf !== null && !g.running && gf.state !== FrameState.COMPLETED && !gf.skipPush && gf.pendingThrow === null && rt.depth < rt.recursionLimit && (gf.state !== FrameState.CREATED || v === None)) {
                stack.pop();
                g.running = true;
                g.callerHandled = rt.handled;
                rt.handled = g.excState;
                g.excState = null;
                gf.stack.push(v); // the sent value's reference moves to the generator's stack
                gf.isEntry = false;
                gf.yielded = false;
                f.pc = pc;
                enterFrame(gf, f);
                f = gf;
                pc = f.pc;
                code = f.code.unit.code;
                consts = f.code.consts;
                names = f.code.unit.names;
                stack = f.stack;
                locals = f.localsplus;
                break;
              }
            }
            f.pc = pc;
            coldOp(f, w);
            pc = f.pc;
            break;
          }
          case Op.JUMP:
            pc = arg;
            break;
          case Op.POP_JUMP_IF_FALSE: {
            const v = stack.pop()!;
            if (v === False) pc = arg;
            else if (v !== True) {
              let t: boolean;
              try {
                t = isTrue(v);
              } finally {
                decref(v);
              }
              if (!t) pc = arg;
            }
            break;
          }
          case Op.POP_JUMP_IF_TRUE: {
            const v = stack.pop()!;
            if (v === True) pc = arg;
            else if (v !== False) {
              let t: boolean;
              try {
                t = isTrue(v);
              } finally {
                decref(v);
              }
              if (t) pc = arg;
            }
            break;
          }
          case Op.POP_JUMP_IF_NONE: {
            const v = stack.pop()!;
            if (v === None) pc = arg;
            else decref(v);
            break;
          }
          case Op.POP_JUMP_IF_NOT_NONE: {
            const v = stack.pop()!;
            if (v !== None) {
              pc = arg;
              decref(v);
            }
            break;
          }
          case Op.CALL:
          case Op.CALL_KW: {
            let kwnames: string[] | null = null;
            if ((w & 0xff) === Op.CALL_KW) {
              const kwt = stack.pop()! as PyTuple;
              kwnames = kwt.items.map((k) => (k as PyStr).value);
              decref(kwt);
            }
            const base = stack.length - arg - 2;
            let callable = stack[base];
            let argStart: number;
            if (callable !== null) {
              argStart = base + 1;
            } else {
              callable = stack[base + 1]!;
              argStart = base + 2;
              if (callable.type.layout === 'method') {
                // unpack a bound method: [NULL, method, args] -> [func, self, args]
                const m = callable as PyMethod;
                m.func.rc++;
                m.self.rc++;
                stack[base] = m.func;
                stack[base + 1] = m.self;
                decref(m);
                callable = stack[base]!;
                argStart = base + 1;
              }
            }
            if (callable.type === functionType) {
              const fn = callable as PyFunction;
              let nf = kwnames === null ? makeFunctionFrameFromStack(fn, stack, argStart, base) : null;
              if (nf === null) {
                const args = stack.splice(argStart) as PyObject[];
                while (stack.length > base) stack.pop();
                try {
                  nf = makeFunctionFrame(fn, args, kwnames);
                } catch (e) {
                  // the arguments were released by makeFunctionFrame; the stack's reference to the function too
                  decref(fn);
                  throw e;
                }
              }
              decref(fn);
              if ((fn.code.unit.flags & (CodeFlag.GENERATOR | CodeFlag.COROUTINE | CodeFlag.ASYNC_GENERATOR)) !== 0) {
                stack.push(vmHooks.newGenerator(nf));
                break;
              }
              f.pc = pc;
              enterFrame(nf, f);
              f = nf;
              pc = f.pc;
              code = f.code.unit.code;
              consts = f.code.consts;
              names = f.code.unit.names;
              stack = f.stack;
              locals = f.localsplus;
              break;
            }
            const initFn = kwnames === null ? inlineInitOf(callable) : null;
            if (initFn !== null) {
              // Class(...) with a Python __init__: its frame runs in this loop (see enterInit)
              f.pc = pc;
              const nf = enterInit(callable as PyType, initFn, stack, argStart, base, f);
              f = nf;
              pc = f.pc;
              code = f.code.unit.code;
              consts = f.code.consts;
              names = f.code.unit.names;
              stack = f.stack;
              locals = f.localsplus;
              break;
            }
            let r: PyObject;
            try {
              const md = callable as PyMethodDescr;
              if (callable.type === methodDescrType && kwnames === null && !md.isClassMethod && !md.entersRecursion && stack.length > argStart && stack[argStart]!.type === md.owner) {
                // method_descriptor called on an instance of exactly its type: what descrCall does, minus the checks
                r = md.fn(stack[argStart]!, stack.slice(argStart + 1) as PyObject[], null);
              } else r = call(callable, stack.slice(argStart) as PyObject[], kwnames);
            } finally {
              // (pops: assigning an array's length is a runtime call in V8)
              while (stack.length > base) xdecref(stack.pop()!);
            }
            stack.push(r);
            if (rt.gcPending) vmHooks.collectPending();
            break;
          }
          case Op.RETURN_CONST:
          case Op.RETURN_VALUE: {
            let v: PyObject;
            if ((w & 0xff) === Op.RETURN_CONST) {
              v = consts[arg];
              v.rc++;
            } else v = stack.pop()!;
            const done = f;
            done.state = FrameState.COMPLETED;
            rt.depth--;
            const back = done.back;
            // the caller is current again before the frame's locals go (GH-99729: a __del__ or
            // warning they trigger sees the caller)
            rt.frame = back;
            if (done.isEntry) {
              clearFrame(done);
              return v;
            }
            clearFrame(done);
            f = back!;
            pc = f.pc;
            code = f.code.unit.code;
            consts = f.code.consts;
            names = f.code.unit.names;
            stack = f.stack;
            locals = f.localsplus;
            rt.frame = f;
            if (done.initSelf !== null) {
              // an __init__ run for Class(...): the instance is the call's result
              stack.push(leaveInit(done, v, stack));
              if (done.frameObject === null) releaseFrame(done);
              if (rt.gcPending) vmHooks.collectPending();
              break;
            }
            if (done.generator === null) {
              if (done.frameObject === null) releaseFrame(done);
            } else {
              leaveInlineGenerator(done);
              const resumedBy = code[f.lasti];
              decref(stack.pop()!);
              pc = resumedBy >>> 8;
              if ((resumedBy & 0xff) === Op.SEND) {
                // a generator run by SEND returned: `yield from` evaluates to its return value
                stack.push(v);
              } else {
                // a generator resumed by FOR_ITER in this loop is exhausted: the loop ends
                decref(v);
              }
              break;
            }
            stack.push(v);
            break;
          }
          case Op.YIELD_VALUE: {
            const v = stack.pop()!;
            f.pc = pc;
            f.state = FrameState.SUSPENDED;
            f.yielded = true;
            rt.depth--;
            // a suspended frame has no caller (gi_frame.f_back is None; and the caller's frame
            // may be reused once it returns: frame.ts releaseFrame)
            const caller = f.back!;
            f.back = null;
            if (f.isEntry) return v;
            // a generator resumed by FOR_ITER or SEND in this loop: back to the caller with the value
            const g = f.generator as PyGenerator;
            g.running = false;
            g.excState = rt.handled;
            rt.handled = g.callerHandled;
            g.callerHandled = null;
            f = caller;
            pc = f.pc;
            code = f.code.unit.code;
            consts = f.code.consts;
            names = f.code.unit.names;
            stack = f.stack;
            locals = f.localsplus;
            rt.frame = f;
            stack.push(v);
            break;
          }
          case Op.SETUP_FINALLY:
          case Op.SETUP_CLEANUP:
            (f.blocks ??= []).push(arg, stack.length);
            break;
          case Op.POP_BLOCK: {
            const b = f.blocks!;
            b.pop();
            b.pop();
            break;
          }
          default:
            f.pc = pc;
            coldOp(f, w);
            pc = f.pc;
            break;
        }
      }
    } catch (thrown) {
      // ---------------------------------------------------------------- exception unwinding
      let exc: PyObject;
      let addTraceback = true;
      if (thrown instanceof PyThrown) exc = thrown.exc;
      else if (thrown instanceof Reraise) {
        exc = thrown.exc;
        addTraceback = false;
      } else if (thrown instanceof RangeError && /call stack/i.test(thrown.message)) {
        exc = raise(exceptionTypes['RecursionError'], 'maximum recursion depth exceeded').exc;
      } else if (thrown instanceof RangeError && isHostAllocationFailure(thrown)) {
        // A size check missed somewhere let the host refuse an allocation; the program sees
        // what CPython shows when malloc fails: a bare MemoryError.
        exc = raise(exceptionTypes['MemoryError'], null).exc;
      } else {
        // BudgetExceeded or an internal error: abandon all frames of this loop
        unwindAll(f, entry);
        throw thrown;
      }
      if (addTraceback) {
        setContext(exc);
        vmHooks.tracebackHere(exc, f);
      }
      for (;;) {
        const blocks = f.blocks;
        if (blocks !== null && blocks.length > 0) {
          const level = blocks.pop()!;
          const handler = blocks.pop()!;
          while (stack.length > level) xdecref(stack.pop()!);
          stack.push(exc);
          f.pc = handler;
          break;
        }
        // the exception leaves this frame
        f.state = FrameState.COMPLETED;
        rt.depth--;
        const back = f.back;
        const wasEntry = f.isEntry;
        const left = f;
        rt.frame = back; // (unlinked before it is cleared, as on return)
        clearFrame(f);
        if (wasEntry) {
          throw new PyThrown(exc);
        }
        f = back!;
        code = f.code.unit.code;
        consts = f.code.consts;
        names = f.code.unit.names;
        stack = f.stack;
        locals = f.localsplus;
        rt.frame = f;
        if (left.initSelf !== null) leaveInitByException(left, stack);
        if (left.generator !== null) {
          // out of a generator resumed by FOR_ITER or SEND: what the generator's next() does with it
          leaveInlineGenerator(left);
          if (exc.type.isSubtypeOf(exceptionTypes['StopIteration'])) exc = stopIterationInGenerator(exc);
          setContext(exc);
        }
        vmHooks.tracebackHere(exc, f);
      }
    }
  }
}

/**
 * The opcodes off the hot path (imports, classes, exception handling, pattern matching, with,
 * f-strings …), in their own function: run() stays small enough for V8 to compile and optimise
 * it quickly and well. Never switches frames; may change f.pc (jumps).
 */
function coldOp(f: Frame, w: number): void {
  const arg = w >>> 8;
  const stack = f.stack;
  const locals = f.localsplus;
  const names = f.code.unit.names;
  switch ((w & 0xff) as Op) {
    case Op.DELETE_FAST: {
      const old = locals[arg];
      if (old === null) throw unboundLocal(f, arg);
      locals[arg] = null;
      decref(old);
      break;
    }
    case Op.MAKE_CELL: {
      const v = locals[arg];
      const c = newCell(v);
      if (v !== null) decref(v);
      locals[arg] = c;
      break;
    }
    case Op.COPY_FREE_VARS:
      // closure cells were copied in by makeFunctionFrame
      break;
    case Op.DELETE_DEREF: {
      const c = locals[arg] as PyCell;
      const old = c.ref;
      if (old === null) throw unboundDeref(f, arg);
      c.ref = null;
      decref(old);
      break;
    }
    case Op.LOAD_CLOSURE: {
      const c = locals[arg]!;
      c.rc++;
      stack.push(c);
      break;
    }
    case Op.LOAD_FROM_DICT_OR_DEREF: {
      const mapping = stack.pop()!;
      const name = f.code.unit.localsplusnames[arg];
      let v = mappingGet(mapping, name);
      decref(mapping);
      if (v === null) {
        const cv = (locals[arg] as PyCell).ref;
        if (cv === null) throw unboundDeref(f, arg);
        cv.rc++;
        v = cv;
      }
      stack.push(v);
      break;
    }
    case Op.DELETE_NAME: {
      if (f.locals === null) throw systemError(`no locals when deleting '${names[arg]}'`);
      mappingDel(f.locals, f.code.namesStr[arg], () => nameNotDefined(names[arg]));
      break;
    }
    case Op.DELETE_GLOBAL: {
      const old = dictPop(f.globals, f.code.namesStr[arg]);
      if (old === null) throw nameNotDefined(names[arg]);
      decref(old);
      break;
    }
    case Op.LOAD_LOCALS: {
      if (f.locals === null) throw systemError('no locals found');
      f.locals.rc++;
      stack.push(f.locals);
      break;
    }
    case Op.DELETE_ATTR: {
      const obj = stack.pop()!;
      try {
        setAttr(obj, names[arg], null);
      } finally {
        decref(obj);
      }
      break;
    }
    case Op.LOAD_SUPER_ATTR: {
      const self = stack.pop()!;
      const cls = stack.pop()!;
      const gsuper = stack.pop()!;
      const name = names[arg >>> 2];
      try {
        const r = vmHooks.superLookup(gsuper, cls, self, name, (arg & 1) === 1);
        if (r.method) {
          stack.push(r.value);
          self.rc++;
          stack.push(self);
        } else {
          if (arg & 1) stack.push(null);
          stack.push(r.value);
        }
      } finally {
        decref(self);
        decref(cls);
        decref(gsuper);
      }
      break;
    }
    case Op.UNARY_NEGATIVE:
    case Op.UNARY_POSITIVE:
    case Op.UNARY_INVERT: {
      const a = stack.pop()!;
      const which = (w & 0xff) === Op.UNARY_NEGATIVE ? 'negative' : (w & 0xff) === Op.UNARY_POSITIVE ? 'positive' : 'invert';
      let r: PyObject;
      try {
        r = unaryOp(a, which);
      } finally {
        decref(a);
      }
      stack.push(r);
      break;
    }
    case Op.DELETE_SUBSCR: {
      const key = stack.pop()!;
      const container = stack.pop()!;
      try {
        delItem(container, key);
      } finally {
        decref(key);
        decref(container);
      }
      break;
    }
    case Op.BINARY_SLICE: {
      const stop = stack.pop()!;
      const start = stack.pop()!;
      const container = stack.pop()!;
      const slice = vmHooks.newSlice(start, stop, None);
      decref(start);
      decref(stop);
      let r: PyObject;
      try {
        r = getItem(container, slice);
      } finally {
        decref(slice);
        decref(container);
      }
      stack.push(r);
      break;
    }
    case Op.STORE_SLICE: {
      const stop = stack.pop()!;
      const start = stack.pop()!;
      const container = stack.pop()!;
      const v = stack.pop()!;
      const slice = vmHooks.newSlice(start, stop, None);
      decref(start);
      decref(stop);
      try {
        setItem(container, slice, v);
      } finally {
        decref(slice);
        decref(container);
        decref(v);
      }
      break;
    }
    case Op.BUILD_SLICE: {
      const step = arg === 3 ? stack.pop()! : null;
      const stop = stack.pop()!;
      const start = stack.pop()!;
      const s = vmHooks.newSlice(start, stop, step ?? None);
      decref(start);
      decref(stop);
      if (step !== null) decref(step);
      stack.push(s);
      break;
    }
    case Op.BUILD_SET: {
      const items = stack.splice(stack.length - arg, arg) as PyObject[];
      let s: PyObject;
      try {
        s = vmHooks.newSet(items);
      } finally {
        for (const x of items) decref(x);
      }
      stack.push(s);
      break;
    }
    case Op.BUILD_MAP: {
      const items = stack.splice(stack.length - 2 * arg, 2 * arg) as PyObject[];
      const d = newDict();
      dictPresize(d, arg);
      try {
        for (let i = 0; i < items.length; i += 2) dictSet(d, items[i], items[i + 1]);
      } catch (e) {
        decref(d);
        throw e;
      } finally {
        for (const x of items) decref(x);
      }
      stack.push(d);
      break;
    }
    case Op.BUILD_CONST_KEY_MAP: {
      const keys = stack.pop()! as PyTuple;
      const vals = stack.splice(stack.length - arg, arg) as PyObject[];
      const d = newDict();
      dictPresize(d, arg);
      try {
        for (let i = 0; i < arg; i++) dictSet(d, keys.items[i], vals[i]);
      } finally {
        for (const x of vals) decref(x);
        decref(keys);
      }
      stack.push(d);
      break;
    }
    case Op.BUILD_STRING: {
      const parts = stack.splice(stack.length - arg, arg) as PyStr[];
      let s = '';
      for (const p of parts) s += p.value;
      for (const p of parts) decref(p);
      stack.push(newStr(s));
      break;
    }
    case Op.LIST_EXTEND: {
      const iterable = stack.pop()!;
      const l = stack[stack.length - arg] as PyList;
      try {
        vmHooks.listExtend(l, iterable);
      } catch (e) {
        if (e instanceof PyThrown && e.exc.type === exceptionTypes['TypeError'] && !iterable.type.slots.iter && !iterable.type.slots.getitem) {
          decref(e.exc);
          const n = iterable.type.name;
          decref(iterable);
          throw typeError(`Value after * must be an iterable, not ${n}`);
        }
        decref(iterable);
        throw e;
      }
      decref(iterable);
      break;
    }
    case Op.SET_UPDATE: {
      const iterable = stack.pop()!;
      try {
        vmHooks.setUpdate(stack[stack.length - arg]!, iterable);
      } finally {
        decref(iterable);
      }
      break;
    }
    case Op.DICT_UPDATE:
    case Op.DICT_MERGE: {
      const m = stack.pop()!;
      const d = stack[stack.length - arg] as PyDict;
      try {
        if ((w & 0xff) === Op.DICT_MERGE) dictMerge(d, m, stack[stack.length - arg - 2]!);
        else vmHooks.dictUpdate(d, m);
      } finally {
        decref(m);
      }
      break;
    }
    case Op.LIST_TO_TUPLE: {
      const l = stack.pop()! as PyList;
      const items = l.items.slice();
      for (const x of items) x.rc++;
      decref(l);
      stack.push(newTuple(items));
      break;
    }
    case Op.UNPACK_EX: {
      const seq = stack.pop()!;
      try {
        unpack(seq, arg & 0xff, arg >>> 8, stack);
      } finally {
        decref(seq);
      }
      break;
    }
    case Op.JUMP_IF_FALSE_OR_POP:
    case Op.JUMP_IF_TRUE_OR_POP: {
      const v = stack[stack.length - 1]!;
      const t = isTrue(v);
      if (t === ((w & 0xff) === Op.JUMP_IF_TRUE_OR_POP)) f.pc = arg;
      else {
        stack.pop();
        decref(v);
      }
      break;
    }
    case Op.CALL_FUNCTION_EX: {
      const kwargs = arg & 1 ? (stack.pop()! as PyDict) : null;
      let callargs = stack.pop()!;
      const callable = stack.pop()!;
      const nul = stack.pop();
      xdecref(nul ?? null);
      let r: PyObject;
      try {
        if (callargs.type !== tupleType) {
          let items: PyObject[];
          try {
            items = iterToArray(callargs);
          } catch (e) {
            if (e instanceof PyThrown && e.exc.type === exceptionTypes['TypeError'] && !callargs.type.slots.iter) {
              decref(e.exc);
              throw typeError(`${funcDesc(callable)} argument after * must be an iterable, not ${callargs.type.name}`);
            }
            throw e;
          }
          decref(callargs);
          callargs = newTuple(items);
        }
        const { args, kwnames } = flattenCallEx((callargs as PyTuple).items, kwargs);
        const unpacked = stackUnpackDict(callable, (callargs as PyTuple).items.length, kwargs);
        const frameTakesArgs = unpacked !== null && callable instanceof PyFunction;
        if (frameTakesArgs) unpacked();
        // PyObject_Call hands a tp_call-only callable the tuple itself (objects/tp-call.ts)
        tpCall.fromTuple = callable instanceof PyType || callable.type.isHeapType || callable.type === wrapperDescrType || callable.type === methodWrapperType;
        try {
          r = call(callable, args, kwnames);
        } finally {
          tpCall.fromTuple = false;
          for (const a of args) decref(a);
          if (unpacked !== null && !frameTakesArgs) unpacked();
        }
      } finally {
        decref(callable);
        decref(callargs);
        if (kwargs !== null) decref(kwargs);
      }
      stack.push(r);
      break;
    }
    case Op.MAKE_FUNCTION: {
      const codeObj = stack.pop()! as PyCode;
      const fn = newFunction(codeObj, f.globals, f.builtins);
      decref(codeObj);
      if (arg & 0x08) fn.closure = stack.pop()! as PyTuple;
      if (arg & 0x04) fn.annotations = vmHooks.annotationsFromTuple(stack.pop()!);
      if (arg & 0x02) fn.kwdefaults = stack.pop()! as PyDict;
      if (arg & 0x01) fn.defaults = stack.pop()! as PyTuple;
      stack.push(fn);
      break;
    }
    case Op.RETURN_GENERATOR:
      // Generators are created by the call machinery before the frame runs; when a
      // generator frame is first resumed this instruction is skipped over by pc = 1.
      throw systemError('RETURN_GENERATOR executed');
    case Op.SEND: {
      const v = stack.pop()!;
      const receiver = stack[stack.length - 1]!;
      let r: { value: PyObject; done: boolean };
      try {
        r = vmHooks.send(receiver, v);
      } finally {
        decref(v);
      }
      if (r.done) {
        stack.pop();
        decref(receiver);
        stack.push(r.value);
        f.pc = arg;
      } else stack.push(r.value);
      break;
    }
    case Op.GET_YIELD_FROM_ITER: {
      const o = stack[stack.length - 1]!;
      if (o.type.layout !== 'generator') {
        const it = getIter(o);
        stack[stack.length - 1] = it;
        decref(o);
      }
      break;
    }
    case Op.LOAD_BUILD_CLASS: {
      const bc = f.builtins.getStr('__build_class__');
      if (bc === null) throw nameNotDefined('__build_class__');
      bc.rc++;
      stack.push(bc);
      break;
    }
    case Op.SETUP_ANNOTATIONS: {
      if (f.locals === null) throw systemError('no locals found when setting up annotations');
      const existing = mappingGet(f.locals, '__annotations__');
      if (existing === null) {
        const d = newDict();
        const key = newStr('__annotations__');
        try {
          mappingSet(f.locals, key, d);
        } finally {
          decref(key);
          decref(d);
        }
      } else decref(existing);
      break;
    }
    case Op.LOAD_ASSERTION_ERROR: {
      const t = exceptionTypes['AssertionError'];
      t.rc++;
      stack.push(t);
      break;
    }
    case Op.IMPORT_NAME: {
      const fromlist = stack.pop()!;
      const level = stack.pop()!;
      let m: PyObject;
      try {
        m = vmHooks.importName(names[arg], fromlist, level, f);
      } finally {
        decref(fromlist);
        decref(level);
      }
      stack.push(m);
      break;
    }
    case Op.IMPORT_FROM: {
      const m = stack[stack.length - 1]!;
      stack.push(vmHooks.importFrom(m, names[arg]));
      break;
    }
    case Op.IMPORT_STAR: {
      const m = stack.pop()!;
      try {
        vmHooks.importStar(m, f);
      } finally {
        decref(m);
      }
      break;
    }
    case Op.RAISE_VARARGS: {
      if (arg === 0) {
        const handled = topmostHandled();
        if (handled === null) throw runtimeError('No active exception to reraise');
        handled.rc++;
        throw new Reraise(handled);
      }
      const cause = arg === 2 ? stack.pop()! : null;
      const excArg = stack.pop()!;
      throw makeRaise(excArg, cause);
    }
    case Op.RERAISE: {
      const exc = stack.pop()!;
      throw new Reraise(exc);
    }
    case Op.GET_AWAITABLE: {
      const o = stack.pop()!;
      try {
        stack.push(vmHooks.getAwaitable(o, arg));
      } finally {
        decref(o);
      }
      break;
    }
    case Op.BEFORE_ASYNC_WITH: {
      const [exit, entered] = enterContext(stack.pop()!, true);
      stack.push(exit);
      stack.push(entered);
      break;
    }
    case Op.SETUP_ASYNC_WITH:
      (f.blocks ??= []).push(arg, stack.length - 1);
      break;
    case Op.ASYNC_WITH_EXIT: {
      const exit = stack.pop()!;
      try {
        stack.push(call(exit, [None, None, None]));
      } finally {
        decref(exit);
      }
      break;
    }
    case Op.GET_AITER: {
      const o = stack.pop()!;
      try {
        const m = lookupSpecial(o, '__aiter__');
        if (m === null) throw typeError(`'async for' requires an object with __aiter__ method, got ${o.type.name}`);
        let it: PyObject;
        try {
          it = call(m, []);
        } finally {
          decref(m);
        }
        if (lookupSpecial(it, '__anext__') === null) {
          const n = it.type.name;
          decref(it);
          throw typeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${n}`);
        }
        stack.push(it);
      } finally {
        decref(o);
      }
      break;
    }
    case Op.GET_ANEXT: {
      const it = stack[stack.length - 1]!;
      const m = lookupSpecial(it, '__anext__');
      if (m === null) throw typeError(`'async for' requires an iterator with __anext__ method, got ${it.type.name}`);
      let aw: PyObject;
      try {
        aw = call(m, []);
      } finally {
        decref(m);
      }
      try {
        stack.push(vmHooks.getAwaitable(aw, 0));
      } catch (e) {
        if (e instanceof PyThrown && e.exc.type.isSubtypeOf(exceptionTypes['TypeError'])) {
          decref(e.exc);
          const n = aw.type.name;
          decref(aw);
          throw typeError(`'async for' received an invalid object from __anext__: ${n}`);
        }
        decref(aw);
        throw e;
      }
      decref(aw);
      break;
    }
    case Op.END_ASYNC_FOR: {
      const exc = stack.pop()!;
      if (exc.type.isSubtypeOf(exceptionTypes['StopAsyncIteration'])) {
        decref(exc);
        decref(stack.pop()!);
        break;
      }
      throw new Reraise(exc);
    }
    case Op.BEFORE_WITH: {
      const [exit, entered] = enterContext(stack.pop()!, false);
      stack.push(exit);
      (f.blocks ??= []).push(arg, stack.length);
      stack.push(entered);
      break;
    }
    case Op.PUSH_EXC_INFO: {
      const exc = stack.pop()!;
      const prev = rt.handled ?? None;
      if (rt.handled === null) None.rc++;
      stack.push(prev);
      exc.rc++;
      rt.handled = exc;
      stack.push(exc);
      break;
    }
    case Op.POP_EXCEPT: {
      const prev = stack.pop()!;
      const cur = rt.handled;
      rt.handled = prev === None ? null : prev;
      if (prev === None) decref(prev);
      if (cur !== null) decref(cur);
      break;
    }
    case Op.CHECK_EXC_MATCH: {
      const t = stack.pop()!;
      const exc = stack[stack.length - 1]!;
      let r: boolean;
      try {
        r = excMatches(exc, t);
      } finally {
        decref(t);
      }
      stack.push(r ? True : False);
      break;
    }
    case Op.WITH_EXCEPT_START: {
      const exc = stack[stack.length - 1]! as PyBaseException;
      const exit = stack[stack.length - 3]!;
      const tb = exc.traceback ?? None;
      stack.push(call(exit, [exc.type, exc, tb]));
      break;
    }
    case Op.WITH_EXIT: {
      const exit = stack.pop()!;
      try {
        decref(call(exit, [None, None, None]));
      } finally {
        decref(exit);
      }
      break;
    }
    case Op.FORMAT_VALUE: {
      const spec = arg & 4 ? stack.pop()! : null;
      let v = stack.pop()!;
      try {
        const conv = arg & 3;
        if (conv !== 0) {
          const c = conv === 1 ? vmHooks.str(v) : conv === 2 ? vmHooks.repr(v) : vmHooks.ascii(v);
          decref(v);
          v = c;
        }
        if (v.type === strType && (spec === null || (spec as PyStr).value === '')) {
          v.rc++;
          stack.push(v);
        } else {
          stack.push(vmHooks.format(v, spec === null ? '' : (spec as PyStr).value));
        }
      } finally {
        decref(v);
        if (spec !== null) decref(spec);
      }
      break;
    }
    case Op.GET_LEN: {
      const o = stack[stack.length - 1]!;
      stack.push(newIntSsize(vmHooks.len(o))); // PyLong_FromSsize_t
      break;
    }
    case Op.MATCH_MAPPING:
    case Op.MATCH_SEQUENCE: {
      const o = stack[stack.length - 1]!;
      const isMap = (w & 0xff) === Op.MATCH_MAPPING;
      stack.push(newBool(isMap ? vmHooks.isMapping(o) : vmHooks.isSequence(o)));
      break;
    }
    case Op.MATCH_KEYS: {
      const keys = stack[stack.length - 1]! as PyTuple;
      const subject = stack[stack.length - 2]!;
      stack.push(vmHooks.matchKeys(subject, keys));
      break;
    }
    case Op.MATCH_CLASS: {
      const kwnames = stack.pop()! as PyTuple;
      const cls = stack.pop()!;
      const subject = stack.pop()!;
      try {
        stack.push(vmHooks.matchClass(subject, cls, arg, kwnames));
      } finally {
        decref(kwnames);
        decref(cls);
        decref(subject);
      }
      break;
    }
    case Op.PRINT_EXPR: {
      const v = stack.pop()!;
      try {
        vmHooks.displayHook(v);
      } finally {
        decref(v);
      }
      break;
    }
    case Op.CALL_INTRINSIC_1: {
      const v = stack.pop()!;
      let r: PyObject;
      try {
        r = intrinsic(arg, v, f);
      } finally {
        decref(v);
      }
      stack.push(r);
      break;
    }
    default:
      throw systemError(`unknown opcode ${w & 0xff}`);
  }
}

/** RERAISE / bare `raise`: re-raise without adding a traceback entry. */
/** V8's RangeErrors for an array/string/buffer it cannot allocate. */
/**
 * BEFORE_WITH / BEFORE_ASYNC_WITH: consume the context manager `mgr` and return its bound
 * `__exit__` (`__aexit__`) and what `__enter__()` (`__aenter__()`) returned.
 */
function enterContext(mgr: PyObject, isAsync: boolean): [PyObject, PyObject] {
  const [enterName, exitName, what] = isAsync
    ? ['__aenter__', '__aexit__', 'asynchronous context manager'] : ['__enter__', '__exit__', 'context manager'];
  let exit: PyObject | null = null;
  let entered: PyObject;
  try {
    const enterM = lookupSpecial(mgr, enterName);
    if (enterM === null) throw typeError(`'${mgr.type.name}' object does not support the ${what} protocol`);
    exit = lookupSpecial(mgr, exitName);
    if (exit === null) {
      decref(enterM);
      throw typeError(`'${mgr.type.name}' object does not support the ${what} protocol (missed ${exitName} method)`);
    }
    try {
      entered = call(enterM, []);
    } finally {
      decref(enterM);
    }
  } catch (e) {
    if (exit !== null) decref(exit);
    decref(mgr);
    throw e;
  }
  decref(mgr);
  return [exit, entered];
}

function isHostAllocationFailure(e: RangeError): boolean {
  return /Invalid (array|string|typed array) length|Array buffer allocation failed/i.test(e.message);
}

class Reraise {
  constructor(public exc: PyObject) {}
}

/**
 * A generator frame resumed by FOR_ITER inside run() finished (returned or raised): the
 * generator is exhausted and the exception state is swapped back, as genResume does.
 */
function leaveInlineGenerator(gf: Frame): void {
  const g = gf.generator as PyGenerator;
  g.frame = null;
  g.running = false;
  g.excState = rt.handled;
  rt.handled = g.callerHandled;
  g.callerHandled = null;
}

/** PEP 479: StopIteration raised inside a generator becomes RuntimeError (as genResume). */
function stopIterationInGenerator(stop: PyObject): PyObject {
  const e = runtimeError('generator raised StopIteration').exc as PyBaseException;
  e.cause = stop;
  stop.rc++;
  e.context = stop;
  e.suppressContext = true;
  return e;
}

/**
 * `Class(args)` where the class (a heap type whose metaclass keeps type.__call__) takes
 * object.__new__ and a Python `__init__` function: the function to run in the loop, or null.
 * What type_call → object_new → slot_tp_init does, minus the native recursion: the instance is
 * made, `__init__` gets new references to it and to the arguments (the caller's stack keeps
 * its own until the call is over, as for any call from native code), and the C recursion
 * budget of entering the evaluation loop from native code is taken as evalFrame takes it.
 */
function inlineInitOf(callable: PyObject): PyFunction | null {
  if (callable.type.slots.call !== typeType.slots.call) return null;
  const t = callable as PyType;
  if (!t.isHeapType || t.slots.init === objectType.slots.init) return null;
  // a class written in Python all the way down to object, taking object.__new__ (its new slot
  // calls that staticmethod, which makes the instance with object_new: objectNew)
  const mro = t.mro;
  for (let i = 0; i < mro.length; i++) if (!mro[i].isHeapType && mro[i] !== objectType) return null;
  if (t.lookup('__new__') !== objectType.dict.getStr('__new__')) return null;
  const init = t.lookup('__init__');
  if (init === null || init.type !== functionType) return null;
  if (((init as PyFunction).code.unit.flags & (CodeFlag.GENERATOR | CodeFlag.COROUTINE | CodeFlag.ASYNC_GENERATOR)) !== 0) return null;
  return init as PyFunction;
}

/** Release the call's callable and arguments left on the caller's stack (top first). */
function popCallRegion(stack: (PyObject | null)[], base: number): void {
  while (stack.length > base) xdecref(stack.pop()!);
}

function enterInit(t: PyType, init: PyFunction, stack: (PyObject | null)[], argStart: number, base: number, caller: Frame): Frame {
  // a class has no vectorcall: _PyObject_MakeTpCall packs the arguments into a tuple first
  // (objects/tp-call.ts), which holds them until the call returns
  const argsTuple = argStart < stack.length ? newTupleFromBorrowed(stack.slice(argStart) as PyObject[]) : null;
  const obj = objectNew(t);
  const owned: PyObject[] = [obj];
  obj.rc++;
  for (let i = argStart; i < stack.length; i++) {
    const a = stack[i]!;
    a.rc++;
    owned.push(a);
  }
  let nf: Frame;
  try {
    nf = makeFunctionFrame(init, owned, null);
  } catch (e) {
    decref(obj);
    if (argsTuple !== null) decref(argsTuple);
    popCallRegion(stack, base);
    throw e;
  }
  // evalFrame's entry: PY_EVAL_C_STACK_UNITS, then the frame depth
  const units = cRecursion.remaining;
  cRecursion.remaining--;
  let checked = false;
  try {
    enterRecursiveCall('');
    checked = true;
    enterFrame(nf, caller); // clears the frame itself when the depth limit is hit
  } catch (e) {
    cRecursion.remaining = units;
    if (!checked) clearFrame(nf);
    decref(obj);
    if (argsTuple !== null) decref(argsTuple);
    popCallRegion(stack, base);
    throw e;
  }
  nf.initSelf = obj;
  nf.initArgs = argsTuple;
  nf.callBase = base;
  nf.cUnits = units;
  return nf;
}

/** The __init__ frame returned `v` (the caller is current again): the instance, or TypeError. */
function leaveInit(done: Frame, v: PyObject, stack: (PyObject | null)[]): PyObject {
  const obj = done.initSelf!;
  done.initSelf = null;
  const argsTuple = done.initArgs;
  done.initArgs = null;
  cRecursion.remaining = done.cUnits;
  if (v !== None) {
    const name = v.type.name;
    decref(v);
    const err = typeError(`__init__() should return None, not '${name}'`);
    decref(obj);
    if (argsTuple !== null) decref(argsTuple);
    popCallRegion(stack, done.callBase);
    throw err;
  }
  decref(v);
  if (argsTuple !== null) decref(argsTuple);
  popCallRegion(stack, done.callBase);
  return obj;
}

/** An exception left the __init__ frame: type_call drops the instance, the call its arguments. */
function leaveInitByException(left: Frame, stack: (PyObject | null)[]): void {
  const obj = left.initSelf!;
  left.initSelf = null;
  const argsTuple = left.initArgs;
  left.initArgs = null;
  cRecursion.remaining = left.cUnits;
  decref(obj);
  if (argsTuple !== null) decref(argsTuple);
  popCallRegion(stack, left.callBase);
}

function unwindAll(f: Frame, entry: Frame): void {
  let cur: Frame | null = f;
  while (cur !== null) {
    const back: Frame | null = cur.back;
    if (cur.blocks !== null) cur.blocks.length = 0;
    cur.state = FrameState.COMPLETED;
    rt.depth--;
    clearFrame(cur);
    if (cur !== entry && cur.generator !== null) leaveInlineGenerator(cur);
    if (cur.initSelf !== null && back !== null) leaveInitByException(cur, back.stack);
    if (cur === entry) break;
    cur = back;
  }
  rt.frame = entry.back;
}

/** Implicit exception chaining: a new exception raised while handling another gets __context__. */
function setContext(exc: PyObject): void {
  const handled = topmostHandled();
  if (handled === null || handled === exc || !(exc instanceof PyBaseException)) return;
  if (exc.context !== null) return;
  // avoid creating a cycle in the context chain (as _PyErr_SetObject does)
  let o: PyObject | null = handled;
  while (o instanceof PyBaseException) {
    if (o.context === exc) {
      o.context = null;
      decref(exc);
      break;
    }
    o = o.context;
  }
  handled.rc++;
  exc.context = handled;
}

export function makeRaise(excArg: PyObject, cause: PyObject | null): PyThrown {
  let exc: PyObject;
  const baseExc = exceptionTypes['BaseException'];
  if (excArg instanceof PyType) {
    if (!excArg.isSubtypeOf(baseExc)) {
      decref(excArg);
      if (cause !== null) decref(cause);
      return typeError('exceptions must derive from BaseException');
    }
    try {
      exc = call(excArg, []);
    } finally {
      decref(excArg);
    }
    if (!exc.type.isSubtypeOf(baseExc)) {
      const n = exc.type.name;
      decref(exc);
      return typeError(`calling ${excArg.name} should have returned an instance of BaseException, not ${n}`);
    }
  } else if (excArg.type.isSubtypeOf(baseExc)) {
    exc = excArg;
  } else {
    decref(excArg);
    if (cause !== null) decref(cause);
    return typeError('exceptions must derive from BaseException');
  }
  if (cause !== null) {
    const e = exc as PyBaseException;
    let c: PyObject | null = cause;
    if (cause instanceof PyType) {
      if (!cause.isSubtypeOf(baseExc)) {
        decref(cause);
        decref(exc);
        return typeError('exception causes must derive from BaseException');
      }
      c = call(cause, []);
      decref(cause);
    } else if (cause === None) {
      c = null;
      decref(cause);
    } else if (!cause.type.isSubtypeOf(baseExc)) {
      decref(cause);
      decref(exc);
      return typeError('exception causes must derive from BaseException');
    }
    xdecref(e.cause);
    e.cause = c;
    e.suppressContext = true;
  }
  return new PyThrown(exc);
}

function excMatches(exc: PyObject, t: PyObject): boolean {
  const baseExc = exceptionTypes['BaseException'];
  const check = (x: PyObject): boolean => {
    if (!(x instanceof PyType) || !x.isSubtypeOf(baseExc)) {
      throw typeError('catching classes that do not inherit from BaseException is not allowed');
    }
    return exc.type.isSubtypeOf(x);
  };
  if (t instanceof PyTuple) {
    let r = false;
    for (const x of t.items) if (check(x)) r = true;
    return r;
  }
  return check(t);
}

function intrinsic(which: number, v: PyObject, f: Frame): PyObject {
  switch (which) {
    case Intrinsic.EG_MATCH:
    case Intrinsic.PREP_RERAISE_STAR:
      return exceptStarIntrinsic(which, v);
    case Intrinsic.PRINT:
      vmHooks.displayHook(v);
      None.rc++;
      return None;
    case Intrinsic.IMPORT_STAR:
      vmHooks.importStar(v, f);
      None.rc++;
      return None;
    case Intrinsic.UNARY_POSITIVE:
      return unaryOp(v, 'positive');
    case Intrinsic.ASYNC_GEN_WRAP:
      return vmHooks.asyncGenWrap(v);
    case Intrinsic.LIST_TO_TUPLE: {
      const items = (v as PyList).items.slice();
      for (const x of items) x.rc++;
      return newTuple(items);
    }
    case Intrinsic.STOPITERATION_ERROR: {
      // v is the exception; turn StopIteration into RuntimeError (PEP 479)
      const asyncGen = (f.code.unit.flags & CodeFlag.ASYNC_GENERATOR) !== 0;
      if (v.type.isSubtypeOf(exceptionTypes['StopIteration']) || (asyncGen && v.type.isSubtypeOf(exceptionTypes['StopAsyncIteration']))) {
        const msg = f.code.unit.flags & CodeFlag.GENERATOR ? 'generator raised StopIteration'
          : asyncGen ? `async generator raised ${v.type.isSubtypeOf(exceptionTypes['StopIteration']) ? 'StopIteration' : 'StopAsyncIteration'}`
          : 'coroutine raised StopIteration';
        const e = raise(exceptionTypes['RuntimeError'], msg).exc as PyBaseException;
        v.rc++;
        e.cause = v;
        v.rc++;
        e.context = v;
        e.suppressContext = true;
        return e;
      }
      v.rc++;
      return v;
    }
  }
  throw systemError(`unknown intrinsic ${which}`);
}

// ------------------------------------------------------------------ helpers
function unboundLocal(f: Frame, i: number) {
  const name = f.code.unit.localsplusnames[i];
  return unboundLocalError(`cannot access local variable '${name}' where it is not associated with a value`);
}

function unboundDeref(f: Frame, i: number) {
  const name = f.code.unit.localsplusnames[i];
  const kinds = f.code.unit.localspluskinds[i];
  if (kinds & 0x80) {
    return nameError(`cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  }
  return unboundLocalError(`cannot access local variable '${name}' where it is not associated with a value`);
}

export function nameNotDefined(name: string): PyThrown {
  const t = nameError(`name '${name}' is not defined`);
  nameErrorNames.set(t.exc, name);
  return t;
}
/** NameError.name for suggestions ("Did you mean: …?"). */
export const nameErrorNames = new WeakMap<PyObject, string>();

/** Get a name from a locals mapping (dict fast path); new reference or null. */
function mappingGet(m: PyObject, name: string): PyObject | null {
  if (m.type === dictType) {
    const v = (m as PyDict).getStr(name);
    if (v !== null) v.rc++;
    return v;
  }
  const k = newStr(name);
  try {
    return getItem(m, k);
  } catch (e) {
    if (e instanceof PyThrown && e.exc.type.isSubtypeOf(exceptionTypes['KeyError'])) {
      decref(e.exc);
      return null;
    }
    throw e;
  } finally {
    decref(k);
  }
}

function mappingSet(m: PyObject, key: PyObject, v: PyObject): void {
  if (m.type === dictType) dictSet(m as PyDict, key, v);
  else setItem(m, key, v);
}

function mappingDel(m: PyObject, key: PyObject, err: () => PyThrown): void {
  if (m.type === dictType) {
    const old = dictPop(m as PyDict, key);
    if (old === null) throw err();
    decref(old);
    return;
  }
  try {
    delItem(m, key);
  } catch (e) {
    if (e instanceof PyThrown && e.exc.type.isSubtypeOf(exceptionTypes['KeyError'])) {
      decref(e.exc);
      throw err();
    }
    throw e;
  }
}

function instanceHas(obj: PyObject, name: string): boolean {
  const g = obj as {
    inline?: { keys: { index: Map<string, number> }; vals: (PyObject | null)[] } | null;
    attrs?: Map<string, PyObject> | null;
    attrDict?: PyObject | null;
  };
  if (g.inline) {
    const ix = g.inline.keys.index.get(name);
    return ix !== undefined && (g.inline.vals[ix] ?? null) !== null;
  }
  if (g.attrs) return g.attrs.has(name);
  if (g.attrDict) return (g.attrDict as PyDict).getStr(name) !== null;
  return false;
}

/** The generic getattr function, to detect types whose attribute lookup is the default. */
export const genericGetAttrRef = { fn: genericGetAttr as unknown };

// int fast paths (both operands exact int with small values)
function fastBinary(a: PyObject, b: PyObject, op: number): PyObject {
  if (a.type === intType && b.type === intType) {
    const x = (a as PyInt).value;
    const y = (b as PyInt).value;
    if (typeof x === 'number' && typeof y === 'number') {
      let r: number;
      switch (op) {
        // + - *: only both-compact operands (|v| < 2**30) take the medium-value path; others
        // allocate as x_add / x_sub / x_mul do (int-type.ts)
        case NB.ADD:
          if (x < 1073741824 && x > -1073741824 && y < 1073741824 && y > -1073741824) return newInt(x + y);
          break;
        case NB.SUBTRACT:
          if (x < 1073741824 && x > -1073741824 && y < 1073741824 && y > -1073741824) return newInt(x - y);
          break;
        case NB.MULTIPLY:
          if (x < 1073741824 && x > -1073741824 && y < 1073741824 && y > -1073741824) return newInt(x * y);
          break;
        // % and //: only one-digit operands take fast_mod / fast_floor_div (int-type.ts divResults)
        case NB.REMAINDER:
          if (y !== 0 && x < 1073741824 && x > -1073741824 && y < 1073741824 && y > -1073741824) {
            r = x % y;
            if (r !== 0 && r < 0 !== y < 0) r += y;
            return newInt(r === 0 ? 0 : r);
          }
          break;
        case NB.FLOOR_DIVIDE:
          if (y !== 0 && x < 1073741824 && x > -1073741824 && y < 1073741824 && y > -1073741824) {
            let m = x % y;
            if (m !== 0 && m < 0 !== y < 0) m += y;
            const d = x - m;
            if (isSafe(d)) {
              r = d / y;
              return newInt(r === 0 ? 0 : r);
            }
          }
          break;
      }
    }
  }
  return binaryOp(a, b, op);
}

function fastCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (a.type === intType && b.type === intType) {
    const x = (a as PyInt).value;
    const y = (b as PyInt).value;
    switch (op) {
      case 0:
        return x < y ? True : False;
      case 1:
        return x <= y ? True : False;
      case 2:
        return x == y ? True : False;
      case 3:
        return x != y ? True : False;
      case 4:
        return x > y ? True : False;
      case 5:
        return x >= y ? True : False;
    }
  }
  if (a.type === strType && b.type === strType && (op === 2 || op === 3)) {
    return ((a as PyStr).value === (b as PyStr).value) === (op === 2) ? True : False;
  }
  return richCompare(a, b, op);
}

function containsOp(container: PyObject, v: PyObject): boolean {
  if (container.type === dictType) return dictGet(container as PyDict, v) !== null;
  return contains(container, v);
}

function subscript(container: PyObject, key: PyObject): PyObject {
  if (container.type === listType && key.type === intType) {
    const l = container as PyList;
    let i = (key as PyInt).value;
    if (typeof i === 'number') {
      if (i < 0) i += l.items.length;
      if (i >= 0 && i < l.items.length) {
        const v = l.items[i];
        v.rc++;
        return v;
      }
    }
  }
  if (container.type === dictType) {
    const v = dictGet(container as PyDict, key);
    if (v !== null) {
      v.rc++;
      return v;
    }
  }
  return getItem(container, key);
}

function unpack(seq: PyObject, before: number, after: number, stack: (PyObject | null)[]): void {
  let items: PyObject[];
  if (seq.type === tupleType || seq.type === listType) {
    items = (seq as PyTuple).items;
    const n = items.length;
    if (after < 0) {
      if (n !== before) {
        if (n < before) throw valueError(`not enough values to unpack (expected ${before}, got ${n})`);
        throw valueError(`too many values to unpack (expected ${before})`);
      }
      for (let i = n - 1; i >= 0; i--) {
        items[i].rc++;
        stack.push(items[i]);
      }
      return;
    }
    items = items.slice();
    for (const x of items) x.rc++;
  } else {
    if (!seq.type.slots.iter && !seq.type.slots.getitem) {
      throw typeError(`cannot unpack non-iterable ${seq.type.name} object`);
    }
    if (after < 0) {
      // read at most before+1 items (so infinite iterators work)
      const it = getIter(seq);
      items = [];
      try {
        for (;;) {
          const v = iterNext(it);
          if (v === null) break;
          items.push(v);
          if (items.length > before) {
            for (const x of items) decref(x);
            throw valueError(`too many values to unpack (expected ${before})`);
          }
        }
      } finally {
        decref(it);
      }
      if (items.length < before) {
        for (const x of items) decref(x);
        throw valueError(`not enough values to unpack (expected ${before}, got ${items.length})`);
      }
      for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]);
      return;
    }
    items = iterToArray(seq);
  }
  if (after < 0) {
    for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]);
    return;
  }
  const n = items.length;
  if (n < before + after) {
    for (const x of items) decref(x);
    throw valueError(`not enough values to unpack (expected at least ${before + after}, got ${n})`);
  }
  for (let i = n - 1; i >= n - after; i--) stack.push(items[i]);
  stack.push(newList(items.slice(before, n - after)));
  for (let i = before - 1; i >= 0; i--) stack.push(items[i]);
}

function dictMerge(d: PyDict, m: PyObject, callable: PyObject): void {
  if (m.type !== dictType && getAttrOrNullSafe(m, 'keys') === null) {
    throw typeError(`${funcDesc(callable)} argument after ** must be a mapping, not ${m.type.name}`);
  }
  const src = m.type === dictType ? (m as PyDict) : null;
  if (src !== null) {
    dictForEach(src, (k, v) => {
      if (dictGet(d, k) !== null) {
        throw typeError(`${funcDesc(callable)} got multiple values for keyword argument '${(k as PyStr).value}'`);
      }
      dictSet(d, k, v);
    });
    return;
  }
  vmHooks.dictUpdate(d, m);
}

function getAttrOrNullSafe(o: PyObject, name: string): PyObject | null {
  const r = getAttrOrNull(o, name);
  if (r !== null) decref(r);
  return r;
}

/** _PyObject_FunctionStr: "module.qualname()" (just "qualname()" for builtins). */
function funcDesc(callable: PyObject): string {
  if (callable instanceof PyFunction) {
    const m = callable.module;
    const mod = m instanceof PyStr ? m.value : m === null || m === None ? null : strText(m);
    return mod !== null && mod !== 'builtins' ? `${mod}.${callable.qualname}()` : `${callable.qualname}()`;
  }
  let qual: PyObject | null = null;
  try {
    qual = getAttrOrNull(callable, '__qualname__');
  } catch (e) {
    if (!(e instanceof PyThrown)) throw e;
    decref(e.exc);
  }
  if (qual === null) return strText(callable);
  let mod: PyObject | null = null;
  try {
    mod = getAttrOrNull(callable, '__module__');
  } catch (e) {
    if (!(e instanceof PyThrown)) throw e;
    decref(e.exc);
  }
  const q = strText(qual);
  decref(qual);
  const ms = mod === null || mod === None ? null : strText(mod);
  if (mod !== null) decref(mod);
  return ms !== null && ms !== 'builtins' ? `${ms}.${q}()` : `${q}()`;
}

