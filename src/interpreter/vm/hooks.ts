/**
 * Services the evaluation loop needs from the rest of the runtime (sets, generators, imports,
 * formatting, tracebacks, gc …). They are installed at start-up by the modules that implement
 * them, which keeps the loop free of import cycles and lets each service live in its own file.
 */
import type { PyObject } from '../objects/object';
import type { PyList } from '../objects/list';
import type { PyDict } from '../objects/dict';
import type { PyTuple } from '../objects/tuple';
import type { Frame } from './frame';

const missing = (name: string) => (): never => {
  throw new Error(`vm hook '${name}' not installed`);
};

export const vmHooks = {
  newSlice: missing('newSlice') as (start: PyObject, stop: PyObject, step: PyObject) => PyObject,
  newSet: missing('newSet') as (items: PyObject[]) => PyObject,
  setAdd: missing('setAdd') as (set: PyObject, v: PyObject) => void,
  setUpdate: missing('setUpdate') as (set: PyObject, iterable: PyObject) => void,
  listExtend: missing('listExtend') as (l: PyList, iterable: PyObject) => void,
  dictUpdate: missing('dictUpdate') as (d: PyDict, m: PyObject) => void,
  newGenerator: missing('newGenerator') as (f: Frame) => PyObject,
  /** GET_AWAITABLE (vm/coroutine.ts): the iterator `await o` drives; `where` picks the message. */
  getAwaitable: missing('getAwaitable') as (o: PyObject, where: number) => PyObject,
  /** ASYNC_GEN_WRAP: a value an async generator yields. */
  asyncGenWrap: missing('asyncGenWrap') as (v: PyObject) => PyObject,
  /** Resume `receiver` with `v` (yield from): the value it yields, or its return value when done. */
  send: missing('send') as (receiver: PyObject, v: PyObject) => { value: PyObject; done: boolean },
  importName: missing('importName') as (name: string, fromlist: PyObject, level: PyObject, f: Frame) => PyObject,
  importFrom: missing('importFrom') as (module: PyObject, name: string) => PyObject,
  importStar: missing('importStar') as (module: PyObject, f: Frame) => void,
  str: missing('str') as (v: PyObject) => PyObject,
  repr: missing('repr') as (v: PyObject) => PyObject,
  ascii: missing('ascii') as (v: PyObject) => PyObject,
  format: missing('format') as (v: PyObject, spec: string) => PyObject,
  len: missing('len') as (v: PyObject) => number,
  isMapping: missing('isMapping') as (v: PyObject) => boolean,
  isSequence: missing('isSequence') as (v: PyObject) => boolean,
  matchKeys: missing('matchKeys') as (subject: PyObject, keys: PyTuple) => PyObject,
  matchClass: missing('matchClass') as (subject: PyObject, cls: PyObject, npos: number, kwnames: PyTuple) => PyObject,
  displayHook: missing('displayHook') as (v: PyObject) => void,
  annotationsFromTuple: missing('annotationsFromTuple') as (t: PyObject) => PyObject,
  superLookup: missing('superLookup') as (
    gsuper: PyObject,
    cls: PyObject,
    self: PyObject,
    name: string,
    method: boolean,
  ) => { value: PyObject; method: boolean },
  /** Add a traceback entry for frame f to exc (PyTraceBack_Here). */
  tracebackHere: (_exc: PyObject, _f: Frame): void => {},
  /** A frame that has a heap frame object finished: the object keeps its locals. */
  frameObjectTakeOwnership: (_f: Frame): void => {},
  /** Run the collection requested by the allocation counter (eval breaker). */
  collectPending: (): void => {},
};
