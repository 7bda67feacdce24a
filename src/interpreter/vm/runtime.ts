/**
 * Running a program (CPython's Python/pylifecycle.c + pythonrun.c): build the static object
 * world once, give each program a fresh simulated heap, create `builtins`, `sys` and
 * `__main__`, compile the source, run it, and report an uncaught exception the way CPython
 * does (traceback on stderr, exit status 1; SystemExit's code).
 */
import { resetRecursionGuard } from '../objects/recursion-guard';
import { asyncGenHooks } from './coroutine';
import { INT_MAX_STR_DIGITS_DEFAULT, setIntMaxStrDigits } from '../objects/text/int-text';
import '../objects/all-types';
import './generator';
import './frameobject';
import './super';
import './import';
import { startCollector, finalizeInterpreter } from '../gc';
import { populateStartup } from '../gc/startup';
import './caret-anchors';
import './function-call';
import './match';
import './eval-exec';
import '../modules/builtins-functions';
import '../modules/index';
import { PyObject, decref } from '../objects/object';
import { setAllocator, allocator, type Allocator } from '../objects/memory';
import { bootstrapObjects } from '../objects/bootstrap';
import { resetStrCaches, newStr, PyStr } from '../objects/str';
import { resetSubclassRegistry } from '../objects/subclass-registry';
import { PyDict, newDict, dictSet, dictSetStr, dictSetStrSteal, dictForEach } from '../objects/dict';
import { PyModule, newModule } from '../objects/module';
import { makeCode, ConstCache, PyCode } from '../objects/code';
import { PyThrown, raise } from '../objects/errors';
import { exceptionTypes, raiseWith, PyBaseException } from '../objects/exceptions';
import { PyInt } from '../objects/int';
import { None } from '../objects/singletons';
import { strText, reprText, getAttrOrNull, call } from '../objects/abstract';
import { loadModule } from './import';
import { createHeap, type Heap } from '../heap/allocator';
import { heapView } from '../heap/inspect';
import { traceHooks } from '../objects/alloc';
import { getsizeof } from '../modules/sys';
import { markProgramStart } from '../modules/psutil';
import { parse } from '../frontend/parser';
import { PySyntaxError, PyCompileLimitError } from '../frontend/errors';
import { compile, compilerWarnings } from '../compiler/compiler';
import type { CodeUnit } from '../compiler/code-unit';
import { setSyntaxField } from '../objects/exception-extras';
import { makeBuiltinsModule } from '../modules/builtins';
import { makeMathModule } from '../modules/math';
import { registerModule } from './import';
import { resetFloatFreeList } from '../objects/float';
import { setFreeLists, STARTUP_FREE_LISTS } from './freelist-state';
import { flushStdFiles, flushAllStdStreams, type StdioMode } from '../modules/stdio';
import { gcState } from '../gc/collector';
import { makeSysModule } from '../modules/sys';
import { Frame } from './frame';
import { evalFrame } from './interpreter';
import { rt, BudgetExceeded } from './state';
import { vmHooks } from './hooks';
import { moduleExec } from './import';
import { formatException, rememberSource, anchorFinder, sourceCache } from './traceback-print';
import type { FileSystem, RunOptions, RunResult } from '../index';
import { MemoryFileSystem } from './memory-fs';

let staticAllocator: Allocator | null = null;

registerModule('math', makeMathModule);

export interface Interpreter {
  heap: Heap;
  mainModule: PyModule;
  builtins: PyModule;
}

/** Counts createInterpreter calls: a prepared interpreter is current only until the next one. */
let interpreterGeneration = 0;

/** Prepare a fresh interpreter state (new heap, builtins, sys, __main__). */
export function createInterpreter(opts: {
  filename: string;
  argv?: string[];
  cwd?: string;
  fs?: FileSystem;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin?: string;
  maxInstructions?: number;
  /** RunOptions.inspect: keep the address → object registry for heap/inspect.ts. */
  inspect?: boolean;
  /** RunOptions.readStdin: asked for more input when `stdin` is used up. */
  readStdin?: () => string | null;
  /** Debug: a full gc collection at every eval-breaker check after an allocation. */
  gcStress?: boolean;
  /** Whether stdout is a pipe (block-buffered, the default) or a terminal (modules/stdio.ts). */
  stdio?: StdioMode;
}): Interpreter {
  interpreterGeneration++;
  if (staticAllocator === null) {
    staticAllocator = allocator; // the bump allocator: static objects live outside the heap
    bootstrapObjects();
  }
  const heap = createHeap();
  setAllocator(heap);
  traceHooks.registry = opts.inspect ? new Map() : null;
  traceHooks.reuse = null;
  resetFloatFreeList();
  resetStrCaches();
  resetSubclassRegistry();
  rt.frame = null;
  rt.handled = null;
  rt.depth = 0;
  rt.recursionLimit = 1000;
  resetRecursionGuard();
  rt.ticks = 0;
  rt.extraNs = 0;
  rt.finalizing = false;
  asyncGenHooks.firstiter = null;
  asyncGenHooks.finalizer = null;
  setIntMaxStrDigits(INT_MAX_STR_DIGITS_DEFAULT);
  rt.budget = opts.maxInstructions ?? Infinity;
  rt.gcPending = false;
  startCollector({ stress: opts.gcStress });
  rt.stdout = { write: opts.stdout };
  rt.stdoutIsTty = opts.stdio === 'tty';
  rt.stderr = { write: opts.stderr };
  rt.stdin = opts.stdin ?? '';
  rt.readStdin = opts.readStdin ?? null;
  rt.breakpointHook = null;
  rt.fs = opts.fs ?? new MemoryFileSystem();
  rt.cwd = opts.cwd ?? '/';
  rt.mainDir = opts.filename.includes('/') ? opts.filename.slice(0, opts.filename.lastIndexOf('/')) || '/' : rt.cwd;
  rt.argv = opts.argv ?? [];
  const modules = newDict();
  rt.modules = modules;
  const builtins = makeBuiltinsModule();
  rt.builtins = builtins.md;
  dictSetStr(modules, 'builtins', builtins);
  rt.builtinsCopy = copyBuiltinsNamespace(builtins.md);
  const sys = makeSysModule(modules, rt.argv, opts.filename);
  rt.sysDict = sys.md;
  dictSetStr(modules, 'sys', sys);
  decref(sys);
  const main = newModule('__main__');
  // CPython's __main__ namespace, in its order: __name__, __doc__, __package__, __loader__,
  // __spec__, __annotations__, __builtins__, __file__, __cached__ (9 keys: the 11th global
  // resizes the dict's key table, which tracemalloc reports at that line)
  const annotations = newDict();
  dictSetStr(main.md, '__annotations__', annotations);
  decref(annotations);
  dictSetStr(main.md, '__builtins__', builtins);
  dictSetStr(modules, '__main__', main);
  // the import machinery is part of every start-up; a script's __main__.__loader__ is made then
  // too (before the measured free lists, and before the start-up population is completed, so
  // the objects count among the start-up objects whatever the program's name)
  setMainLoader(main, opts.filename.startsWith('<') ? null : opts.filename);
  populateStartup({
    staticAllocator: staticAllocator!,
    compileFunctionCode: () => {
      const m = compileSource('def _(): pass\n', '<frozen site>', 'exec');
      return m.consts.find((c) => c instanceof PyCode) as PyCode;
    },
  });
  // CPython's free lists hold objects left by start-up and compilation (measured, see
  // freelist-state.ts); parked blocks were counted by the collector when CPython allocated them,
  // long before the script's first gc.get_count(), so the seeding does not count here
  const gen0 = gcState.generations[0].count;
  setFreeLists(STARTUP_FREE_LISTS);
  gcState.generations[0].count = gen0;
  markProgramStart(heap);
  return { heap, mainModule: main, builtins };
}

/**
 * Compiled units by (mode, filename, source). Compiling touches no heap (code-unit.ts) and a
 * CodeUnit is never changed after it is made, so the same text compiles to the same unit: every
 * program's start-up (the import machinery's Python source, the simulated library's modules) and
 * a program run again skip parsing and compiling. A compilation that warned is not kept (its
 * warnings must show again). Bounded: least recently used entries go first.
 */
const unitCache = new Map<string, CodeUnit>();
const UNIT_CACHE_ENTRIES = 256;
const UNIT_CACHE_MAX_SOURCE = 64 * 1024;
/** Characters of source held by the cache's keys (a bound on its size together with the entries). */
const UNIT_CACHE_MAX_CHARS = 2 * 1024 * 1024;
let unitCacheChars = 0;
function rememberUnit(key: string, unit: CodeUnit): void {
  unitCache.set(key, unit);
  unitCacheChars += key.length;
  while (unitCache.size > UNIT_CACHE_ENTRIES || unitCacheChars > UNIT_CACHE_MAX_CHARS) {
    const oldest = unitCache.keys().next().value!;
    unitCache.delete(oldest);
    unitCacheChars -= oldest.length;
  }
}

/**
 * Compile source to a code object, or throw a Python SyntaxError (PyThrown).
 *
 * `astLifetime`: CPython keeps the parser's AST arena — which owns one reference to every
 * constant object the parser and AST optimiser created — alive until the main script (or a REPL
 * input) finishes running (pyrun_file → run_mod → _PyArena_Free). That is why
 * `x = 1000; sys.getrefcount(x)` is 3 + 1 in a script. When given, the compiler's constant
 * cache (one reference per distinct constant, standing for the arena's) is handed to the caller
 * to release after execution; otherwise (imports, compile()) it is released at once.
 */
export function compileSource(
  source: string,
  filename: string,
  mode: 'exec' | 'single' | 'eval',
  astLifetime?: { release(): void }[],
  /** false for text that is not a file (exec/eval strings, REPL input): like linecache, keep no lines */
  cacheSource = true,
): PyCode {
  // (a pseudo-file such as <stdin> has no lines for linecache to read back)
  if (cacheSource && !(filename.startsWith('<') && filename.endsWith('>'))) rememberSource(filename, source);
  const cacheKey = source.length <= UNIT_CACHE_MAX_SOURCE ? `${mode}\0${filename}\0${source}` : null;
  let unit = cacheKey === null ? undefined : unitCache.get(cacheKey);
  if (unit !== undefined) {
    unitCache.delete(cacheKey!);
    unitCache.set(cacheKey!, unit);
  } else {
    const warn = compilerWarnings.warn;
    let warned = false;
    compilerWarnings.warn = (...args) => {
      warned = true;
      warn(...args);
    };
    try {
      const tree = parse(source, filename, mode, (w) => compilerWarnings.warn(w.category, w.msg, w.filename, w.lineno));
      unit = compile(tree, filename, mode, source);
    } catch (e) {
      if (e instanceof PySyntaxError) throw syntaxErrorObject(e);
      // the parser's depth limits: CPython raises MemoryError / RecursionError from the compiler
      if (e instanceof PyCompileLimitError) throw raise(exceptionTypes[e.pyType], e.msg);
      throw e;
    } finally {
      compilerWarnings.warn = warn;
    }
    if (cacheKey !== null && !warned) rememberUnit(cacheKey, unit);
  }
  const cache = new ConstCache();
  const code = makeCode(unit, cache);
  if (astLifetime !== undefined) astLifetime.push(cache);
  else cache.release();
  return code;
}

// warnings.showwarning's format for compile-time warnings (SyntaxWarning …): no registry is
// passed by the compiler, so every occurrence is shown.
compilerWarnings.warn = (category, msg, filename, lineno) => {
  const line = sourceCache.get(filename)?.[lineno - 1];
  let text = `${filename}:${lineno}: ${category}: ${msg}\n`;
  if (line !== undefined && line.trim() !== '') text += `  ${line.trim()}\n`;
  rt.stderr.write(text);
};

function syntaxErrorObject(e: PySyntaxError): PyThrown {
  const type = exceptionTypes[e.pyType] ?? exceptionTypes['SyntaxError'];
  const t = raiseWith(type, []);
  const exc = t.exc as PyBaseException;
  const msg = newStr(e.msg);
  const info: [string, PyObject][] = [
    ['filename', newStr(e.filename)],
    ['lineno', intObj(e.lineno)],
    ['offset', intObj(e.offset)],
    ['text', e.text === null || e.text === undefined ? (None.rc++, None) : newStr(e.text)],
    ['end_lineno', intObj(e.end_lineno)],
    ['end_offset', intObj(e.end_offset)],
  ];
  setSyntaxField(exc, 'msg', msg);
  for (const [k, v] of info) setSyntaxField(exc, k, v);
  // args = (msg, (filename, lineno, offset, text, end_lineno, end_offset)), as SyntaxError_init keeps them
  const old = exc.args;
  exc.args = newTupleOf([msg, newTupleOf(info.map(([, v]) => v))]);
  decref(old);
  return t;
}

import { newInt } from '../objects/int';
import { newTuple } from '../objects/tuple';
function intObj(n: number | null | undefined): PyObject {
  if (n === null || n === undefined) {
    None.rc++;
    return None;
  }
  return newInt(n);
}
function newTupleOf(items: PyObject[]) {
  return newTuple(items);
}

/** Execute a code object as the body of a module (globals = locals = module dict). */
export function execModuleCode(code: PyCode, m: PyModule): PyObject {
  const f = new Frame(code, m.md, rt.builtins, m.md, null);
  m.md.rc++; // frame.locals reference
  try {
    return evalFrame(f);
  } finally {
    decref(m.md);
  }
}

moduleExec.run = (m, source, filename) => {
  const code = compileSource(source, filename, 'exec');
  try {
    decref(execModuleCode(code, m));
  } finally {
    decref(code);
  }
};

/** Print an uncaught exception to stderr; return the exit status. */
export function reportUncaught(exc: PyObject): number {
  if (exc.type.isSubtypeOf(exceptionTypes['SystemExit'])) {
    const e = exc as PyBaseException;
    const code = e.attrs?.get('code') ?? (e.args.items.length === 0 ? None : e.args.items.length === 1 ? e.args.items[0] : e.args);
    if (code === None) return 0;
    if (code instanceof PyInt) return Number(code.value) & 0xff;
    rt.stderr.write(strText(code) + '\n');
    return 1;
  }
  rt.stderr.write(formatException(exc));
  return 1;
}

/**
 * pycore_init_builtins keeps `interp->builtins_copy = PyDict_Copy(builtins)`: every builtin
 * function has one more reference than its namespace gives it (sys.getrefcount(len) is 3 in a
 * script). site.py adds exit/quit (and help, copyright, …) after the copy is made, and
 * init_set_builtins_open sets `open` (io.open) after it too.
 */
const ADDED_BY_SITE = new Set(['exit', 'quit', 'help', 'copyright', 'credits', 'license', 'open']);
function copyBuiltinsNamespace(ns: PyDict): PyDict {
  const copy = newDict();
  dictForEach(ns, (k, v) => {
    if (!(k instanceof PyStr && ADDED_BY_SITE.has(k.value))) dictSet(copy, k, v);
  });
  return copy;
}

/** pythonrun.c set_main_loader: __main__.__loader__ = SourceFileLoader('__main__', path). */
function setMainLoader(main: PyModule, filename: string | null): void {
  const ext = loadModule('_frozen_importlib_external');
  try {
    if (filename === null) return;
    const cls = getAttrOrNull(ext, 'SourceFileLoader');
    if (cls === null) return;
    const args = [newStr('__main__'), newStr(filename)];
    try {
      const loader = call(cls, args);
      dictSetStr(main.md, '__loader__', loader);
      decref(loader);
    } finally {
      for (const a of args) decref(a);
      decref(cls);
    }
  } finally {
    decref(ext);
  }
}

/**
 * An interpreter created ahead of its program (the site's worker makes one while it is idle, so
 * Run only compiles and executes). Creation depends on the program's name, argv, cwd and on
 * inspection mode (`key`); its output, stdin, file system and budget are attached at run time.
 * It is the interpreter state itself (there is one at a time): run it, or discard it — which
 * shuts it down as a run would — before anything else creates an interpreter.
 */
export interface PreparedProgram {
  readonly key: string;
  readonly interp: Interpreter;
  readonly generation: number;
  sink: { stdout: (s: string) => void; stderr: (s: string) => void; readStdin: (() => string | null) | null };
  state: 'ready' | 'used';
}

type PrepareOptions = Pick<RunOptions, 'filename' | 'argv' | 'cwd' | 'gcStress' | 'inspect' | 'onProgramEnd' | 'onBreakpoint' | 'stdio'>;


const wantsInspect = (o: PrepareOptions) => o.inspect === true || o.onProgramEnd !== undefined || o.onBreakpoint !== undefined;

/** What a prepared interpreter was made for; a program with another key needs a fresh one. */
export function preparedKey(o: PrepareOptions): string {
  return JSON.stringify([o.filename, o.argv ?? [], o.cwd ?? '/', o.gcStress === true, wantsInspect(o), o.stdio ?? 'pipe']);
}

/** Create the interpreter for a program not written yet (see PreparedProgram). */
export function prepareProgram(opts: PrepareOptions & Partial<Pick<RunOptions, 'fs' | 'stdin' | 'maxInstructions' | 'readStdin'>>): PreparedProgram {
  const sink: PreparedProgram['sink'] = { stdout: () => {}, stderr: () => {}, readStdin: null };
  const interp = createInterpreter({
    filename: opts.filename,
    argv: opts.argv,
    cwd: opts.cwd,
    fs: opts.fs,
    stdin: opts.stdin,
    maxInstructions: opts.maxInstructions,
    gcStress: opts.gcStress,
    stdio: opts.stdio,
    inspect: wantsInspect(opts),
    readStdin: () => (sink.readStdin === null ? null : sink.readStdin()),
    stdout: (s) => sink.stdout(s),
    stderr: (s) => sink.stderr(s),
  });
  return { key: preparedKey(opts), interp, generation: interpreterGeneration, sink, state: 'ready' };
}

/** Whether `p` can still run a program with these options (nothing else made an interpreter since). */
export function preparedFits(p: PreparedProgram, opts: PrepareOptions): boolean {
  return p.state === 'ready' && p.generation === interpreterGeneration && p.key === preparedKey(opts);
}

/** Shut down a prepared interpreter that will not run (as runProgram shuts down after a program). */
export function discardPrepared(p: PreparedProgram): void {
  if (p.state !== 'ready' || p.generation !== interpreterGeneration) return;
  p.state = 'used';
  try {
    finalizeInterpreter(p.interp.mainModule);
  } catch (e) {
    if (!(e instanceof BudgetExceeded)) throw e;
  }
}

export function runProgram(opts: RunOptions): RunResult {
  return runPrepared(prepareProgram(opts), opts);
}

/** Run a program on an interpreter made by prepareProgram with the same filename/argv/cwd/inspection. */
export function runPrepared(prepared: PreparedProgram, opts: RunOptions): RunResult {
  if (!preparedFits(prepared, opts)) throw new Error('runPrepared: the prepared interpreter does not fit or is gone');
  prepared.state = 'used';
  let stdout = '';
  let stderr = '';
  const interp = prepared.interp;
  prepared.sink.stdout = (s) => {
    stdout += s;
    opts.onStdout?.(s);
  };
  prepared.sink.stderr = (s) => {
    stderr += s;
    opts.onStderr?.(s);
  };
  prepared.sink.readStdin = opts.readStdin ?? null;
  rt.stdin = opts.stdin ?? '';
  rt.readStdin = opts.readStdin === undefined ? null : () => prepared.sink.readStdin!();
  rt.fs = opts.fs ?? rt.fs;
  rt.budget = opts.maxInstructions ?? Infinity;
  const main = interp.mainModule;
  const onBreakpoint = opts.onBreakpoint;
  rt.breakpointHook = onBreakpoint === undefined || traceHooks.registry === null ? null : () => {
    onBreakpoint({ heap: interp.heap, main: main.md, registry: traceHooks.registry!, frame: rt.frame });
  };
  dictSetStrSteal(main.md, '__file__', newStr(opts.filename));
  dictSetStr(main.md, '__cached__', None);
  let exitCode = 0;
  const arena: { release(): void }[] = [];
  try {
    const code = compileSource(opts.source, opts.filename, 'exec', arena);
    try {
      decref(execModuleCode(code, main));
    } finally {
      decref(code);
      for (const a of arena) a.release();
    }
    flushStdFiles();
  } catch (e) {
    // _PyRun_SimpleFileObject: flush_io() before PyErr_Print
    if (e instanceof PyThrown || e instanceof BudgetExceeded) flushStdFiles();
    if (e instanceof PyThrown) {
      exitCode = reportUncaught(e.exc);
      decref(e.exc);
    } else if (e instanceof BudgetExceeded) {
      rt.stderr.write(`Execution stopped: instruction budget of ${rt.budget} exhausted\n`);
      exitCode = 1;
    } else throw e;
  }
  const view = opts.inspect ? heapView(interp.heap, traceHooks.registry, { repr: reprText, sizeof: getsizeof }) : undefined;
  rt.breakpointHook = null;
  if (opts.onProgramEnd !== undefined && traceHooks.registry !== null) {
    opts.onProgramEnd({ heap: interp.heap, main: main.md, registry: traceHooks.registry });
  }
  // Py_FinalizeEx: atexit, collections, module teardown (objects' __del__ at exit)
  try {
    finalizeInterpreter(main);
  } catch (e) {
    if (!(e instanceof BudgetExceeded)) throw e;
  }
  flushAllStdStreams();
  return view === undefined ? { stdout, stderr, exitCode } : { stdout, stderr, exitCode, heapView: view };
}


export { vmHooks, anchorFinder, reprText, PyStr, PyDict };
