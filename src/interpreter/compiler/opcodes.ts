/**
 * The bytecode: instruction set shared by the compiler (which emits it) and the VM (which runs it).
 *
 * Model. A code unit's instructions are 32-bit words: `op | (arg << 8)` (arg is 0..2^24-1).
 * The machine is CPython's: a value stack per frame, fast locals in `localsplus`, and the
 * calling convention of CPython 3.12 (`[NULL | method, callable | self, args...]` then CALL).
 * Where CPython 3.12 uses a zero-cost exception table, we keep a per-frame *block stack*
 * (CPython ≤ 3.10 style: SETUP_FINALLY / SETUP_CLEANUP / POP_BLOCK) but with 3.11+ handler
 * bodies (PUSH_EXC_INFO, POP_EXCEPT, RERAISE, CHECK_EXC_MATCH, WITH_EXCEPT_START). The
 * references held on the stack are the ones CPython holds, so reference counts agree.
 *
 * Stack notation: `[a, b] -> [c]` means pops b then a, pushes c (top of stack on the right).
 * NULL is JS `null` on the stack. "names[i]" = code.names[i] (a str), "consts[i]" = code.consts[i].
 * Jump targets are absolute instruction indices.
 *
 * Exception unwinding (done by the VM when an instruction raises, or by RERAISE):
 *   pop blocks from the frame's block stack until a block is found (blocks are exception
 *   handlers only: EXCEPT / CLEANUP); pop (and release) values above block.level; push the
 *   exception object; jump to block.handler. If the block stack is empty the frame exits
 *   with the exception (the caller re-raises it at its CALL).
 *   When an instruction (not RERAISE) raises, the VM first adds a traceback entry for this
 *   frame at this instruction; RERAISE does not add one (as in CPython).
 */

export const enum Op {
  // ---- stack manipulation
  NOP = 0,
  /** [a] -> [] */
  POP_TOP,
  /** [] -> [NULL] */
  PUSH_NULL,
  /** COPY n: [.., x, (n-1 items)] -> [.., x, (n-1 items), x]   (n >= 1; COPY 1 duplicates TOS) */
  COPY,
  /** SWAP n: exchange TOS and the n-th item (n >= 2) */
  SWAP,

  // ---- constants and names
  /** [] -> [consts[arg]] */
  LOAD_CONST,
  /** [] -> [localsplus[arg]]; UnboundLocalError if unset:
   *  "cannot access local variable 'x' where it is not associated with a value" */
  LOAD_FAST,
  /** [] -> [localsplus[arg] or NULL]; sets localsplus[arg] = NULL (inlined comprehensions, PEP 709) */
  LOAD_FAST_AND_CLEAR,
  /** [v] -> []; localsplus[arg] = v (v may be NULL: used to restore after an inlined comprehension) */
  STORE_FAST,
  /** [] -> []; unbind localsplus[arg]; UnboundLocalError if unset */
  DELETE_FAST,
  /** localsplus[arg] = new cell(localsplus[arg] or empty)  (function prologue, for cell variables) */
  MAKE_CELL,
  /** copy the function's closure cells into the last `arg` slots of localsplus (function prologue) */
  COPY_FREE_VARS,
  /** [] -> [cell contents of localsplus[arg]]; NameError "cannot access free variable 'x' where it
   *  is not associated with a value in enclosing scope" / UnboundLocalError for own cells */
  LOAD_DEREF,
  /** [v] -> []; set cell contents */
  STORE_DEREF,
  /** unbind cell contents */
  DELETE_DEREF,
  /** [] -> [the cell object localsplus[arg] itself] (to build a closure tuple) */
  LOAD_CLOSURE,
  /** class bodies: [mapping] -> [value]: mapping[localsplusnames[arg]] if present else cell contents */
  LOAD_FROM_DICT_OR_DEREF,
  /** [] -> [value]; frame.locals[names[arg]], then globals, then builtins; NameError */
  LOAD_NAME,
  /** [v] -> []; frame.locals[names[arg]] = v */
  STORE_NAME,
  DELETE_NAME,
  /** arg = (namei << 1) | pushNull. [] -> [NULL?, globals/builtins[names[namei]]]  (NULL pushed
   *  FIRST, below the value, when the low bit is set, as CPython 3.12 does for calls) */
  LOAD_GLOBAL,
  STORE_GLOBAL,
  DELETE_GLOBAL,
  /** [] -> [frame.locals] (class bodies) */
  LOAD_LOCALS,

  // ---- attributes
  /** arg = (namei << 1) | method.
   *  method=0: [obj] -> [obj.names[namei]]
   *  method=1: [obj] -> [meth, obj]   if the attribute is a plain function found on the type
   *                      (unbound method; obj becomes `self`), else [NULL, attr]. */
  LOAD_ATTR,
  /** [v, obj] -> []; obj.names[arg] = v */
  STORE_ATTR,
  /** [obj] -> [] */
  DELETE_ATTR,
  /** super().attr: [global_super, class, self] -> [attr]; arg = (namei << 2) | (method << 0) | (twoArgs << 1).
   *  method=1 pushes [meth, self] or [NULL, attr] like LOAD_ATTR. (CPython 3.12 LOAD_SUPER_ATTR) */
  LOAD_SUPER_ATTR,

  // ---- operators
  /** [a, b] -> [a <op> b]; arg is a BinaryOp value below (in-place variants try __iXXX__ first) */
  BINARY_OP,
  /** [a] -> [-a] */
  UNARY_NEGATIVE,
  /** [a] -> [+a] */
  UNARY_POSITIVE,
  /** [a] -> [~a] */
  UNARY_INVERT,
  /** [a] -> [not a] (a bool) */
  UNARY_NOT,
  /** [a, b] -> [a <cmp> b]; arg is a CompareOp value below */
  COMPARE_OP,
  /** [a, b] -> [a is b]  (arg 1: is not) */
  IS_OP,
  /** [a, b] -> [a in b]  (arg 1: not in) */
  CONTAINS_OP,

  // ---- subscripts and slices
  /** [container, key] -> [container[key]] */
  BINARY_SUBSCR,
  /** [v, container, key] -> []; container[key] = v */
  STORE_SUBSCR,
  /** [container, key] -> [] */
  DELETE_SUBSCR,
  /** [container, start, stop] -> [container[start:stop]] */
  BINARY_SLICE,
  /** [v, container, start, stop] -> []; container[start:stop] = v */
  STORE_SLICE,
  /** arg 2: [start, stop] -> [slice];  arg 3: [start, stop, step] -> [slice] */
  BUILD_SLICE,

  // ---- building
  /** [x1..xn] -> [(x1..xn)] */
  BUILD_TUPLE,
  /** [x1..xn] -> [[x1..xn]] */
  BUILD_LIST,
  /** [x1..xn] -> [{x1..xn}] */
  BUILD_SET,
  /** [k1, v1, .. kn, vn] -> [{k1: v1, ..}] (arg = n) */
  BUILD_MAP,
  /** [v1..vn, keys_tuple] -> [dict] */
  BUILD_CONST_KEY_MAP,
  /** [s1..sn] -> [s1 + .. + sn] (strings) */
  BUILD_STRING,
  /** [list, (arg-1 items), v] -> [list, (arg-1 items)]; list.append(v)  (comprehensions) */
  LIST_APPEND,
  /** like LIST_APPEND for sets */
  SET_ADD,
  /** [dict, (arg-1 items), k, v] -> [dict, ..]; dict[k] = v */
  MAP_ADD,
  /** [list, (arg-1 items), iterable] -> [list, ..]; list.extend(iterable) */
  LIST_EXTEND,
  /** [set, .., iterable] -> [set, ..]; set.update */
  SET_UPDATE,
  /** [dict, .., mapping] -> [dict, ..]; dict.update; TypeError "'int' object is not a mapping" */
  DICT_UPDATE,
  /** like DICT_UPDATE for `f(**a, **b)`: duplicate keys raise
   *  "f() got multiple values for keyword argument 'x'" (callable found at stack[-(arg+2)]) */
  DICT_MERGE,
  /** [list] -> [tuple(list)] */
  LIST_TO_TUPLE,
  /** arg = n: [seq] -> [x_n .. x_1] (x_1 on top); ValueError "not enough values to unpack
   *  (expected 2, got 1)" / "too many values to unpack (expected 2)" */
  UNPACK_SEQUENCE,
  /** arg = before | (after << 8): [seq] -> [after.., list, before..] (first item on top) */
  UNPACK_EX,

  // ---- iteration and jumps
  /** [obj] -> [iter(obj)] */
  GET_ITER,
  /** [iter] -> [iter, next(iter)]; when exhausted: pop iter and jump to arg */
  FOR_ITER,
  /** unconditional jump to arg */
  JUMP,
  /** [v] -> []; jump to arg if not truthy(v) */
  POP_JUMP_IF_FALSE,
  POP_JUMP_IF_TRUE,
  POP_JUMP_IF_NONE,
  POP_JUMP_IF_NOT_NONE,
  /** [v] -> [v] and jump if falsy, else [v] -> [] (and/or expressions) */
  JUMP_IF_FALSE_OR_POP,
  JUMP_IF_TRUE_OR_POP,

  // ---- calls and functions
  /** [NULL|meth, callable|self, a1..an] -> [result]   (arg = n) */
  CALL,
  /** [NULL|meth, callable|self, a1..an, kwnames_tuple] -> [result]: the last len(kwnames)
   *  arguments are keyword arguments named by the tuple of str (a constant). arg = n (all args) */
  CALL_KW,
  /** [NULL, callable, args_tuple, kwargs_dict?] -> [result]; arg & 1: kwargs dict present
   *  (args is a tuple, or an iterable the VM turns into a tuple) */
  CALL_FUNCTION_EX,
  /** [closure?, annotations?, kwdefaults?, defaults?, code] -> [function]  — order on the stack,
   *  bottom to top: defaults (0x01, a tuple), kwdefaults (0x02, a dict), annotations (0x04, a
   *  tuple of name/value pairs flattened), closure (0x08, a tuple of cells), then the code object.
   *  arg = those flags. qualname comes from the code object. */
  MAKE_FUNCTION,
  /** [v] -> return v to the caller */
  RETURN_VALUE,
  /** return consts[arg] */
  RETURN_CONST,
  /** first instruction of a generator/coroutine code: create the generator object holding this
   *  frame and return it to the caller (the frame is resumed by next()/send()). */
  RETURN_GENERATOR,
  /** [v] -> (suspend; yields v) -> [sent value]   (generator frames only) */
  YIELD_VALUE,
  /** [receiver, v] -> [receiver, result]: result = receiver.send(v) (or next(receiver) if v is None)
   *  and then the frame yields `result` (the VM re-executes SEND on resume, so `yield from`
   *  is SEND in a loop); when the receiver finishes: [receiver, v] -> [return value] and jump to arg */
  SEND,
  /** [obj] -> [iter(obj)] for `yield from` (generators pass through) */
  GET_YIELD_FROM_ITER,
  /** decorators/lambdas nothing special; classes: [] -> [builtins.__build_class__] */
  LOAD_BUILD_CLASS,
  /** create `__annotations__` dict in frame.locals if missing */
  SETUP_ANNOTATIONS,
  /** [] -> [AssertionError] (the class) */
  LOAD_ASSERTION_ERROR,

  // ---- imports
  /** [level, fromlist] -> [module]; imports names[arg] */
  IMPORT_NAME,
  /** [module] -> [module, module.names[arg]]; ImportError "cannot import name 'x' from 'm' (path)" */
  IMPORT_FROM,
  /** [module] -> []; from module import * into frame.locals */
  IMPORT_STAR,

  // ---- exceptions
  /** arg 0: re-raise the exception being handled ("RuntimeError: No active exception to reraise");
   *  arg 1: [exc] -> raise exc;  arg 2: [exc, cause] -> raise exc from cause */
  RAISE_VARARGS,
  /** [.., exc] -> re-raise exc without adding a traceback entry */
  RERAISE,
  /** push an EXCEPT block: handler = arg, level = current stack depth */
  SETUP_FINALLY,
  /** push a CLEANUP block (same mechanics as SETUP_FINALLY; separate name for readability and
   *  for the disassembler) */
  SETUP_CLEANUP,
  /** `with`: [ctxmgr] -> [__exit__ bound, __enter__() result] and push a block whose
   *  handler = arg and level = depth after pushing __exit__ (so the handler sees [.., exit, exc]).
   *  TypeError "'X' object does not support the context manager protocol" */
  BEFORE_WITH,
  /** pop the innermost block */
  POP_BLOCK,
  /** [exc] -> [previous handled exception or None, exc] and make exc the handled exception
   *  (sys.exc_info()) */
  PUSH_EXC_INFO,
  /** [prev] -> []; restore the handled exception to prev */
  POP_EXCEPT,
  /** [exc, type] -> [exc, bool]: isinstance match for `except type:` (type may be a tuple);
   *  TypeError "catching classes that do not inherit from BaseException is not allowed" */
  CHECK_EXC_MATCH,
  /** [exit, prev, exc] -> [exit, prev, exc, exit(type(exc), exc, exc.__traceback__)] */
  WITH_EXCEPT_START,
  /** [exit] -> []: call exit(None, None, None) and discard the result (normal `with` exit) */
  WITH_EXIT,

  // ---- strings
  /** arg & 3: conversion (0 none, 1 str, 2 repr, 3 ascii); arg & 4: a format spec is on the stack.
   *  [value, spec?] -> [formatted str] */
  FORMAT_VALUE,

  // ---- match statements
  /** [subject] -> [subject, len(subject)] */
  GET_LEN,
  /** [subject] -> [subject, bool] is a mapping (collections.abc.Mapping / dict) */
  MATCH_MAPPING,
  /** [subject] -> [subject, bool] is a sequence (not str/bytes/bytearray) */
  MATCH_SEQUENCE,
  /** [subject, keys_tuple] -> [subject, keys_tuple, values_tuple or None] */
  MATCH_KEYS,
  /** arg = number of positional sub-patterns: [subject, cls, kwnames_tuple] -> [attrs_tuple or None] */
  MATCH_CLASS,

  // ---- misc
  /** [v] -> [] ; REPL echo of an expression statement (sys.displayhook) */
  PRINT_EXPR,
  /** [x] -> [f(x)] for the intrinsic function arg (see Intrinsic) */
  CALL_INTRINSIC_1,
  /** the interpreter checks the instruction budget / eval breaker here (loop back-edges and
   *  function entry); no stack effect */
  RESUME,

  // ---- coroutines (vm/coroutine.ts)
  /** [x] -> [iterator to drive with SEND]: a coroutine itself, or x.__await__(); arg: where the
   *  await is (0 await, 1 after __aenter__, 2 after __aexit__) for the error messages */
  GET_AWAITABLE,
  /** [mgr] -> [mgr.__aexit__, mgr.__aenter__()] */
  BEFORE_ASYNC_WITH,
  /** [aexit, value] -> same, and push the `async with` block (handler arg; its level is below
   *  value: the handler starts with [aexit, exc]) */
  SETUP_ASYNC_WITH,
  /** [aexit] -> [aexit(None, None, None)]: the awaitable of a normal `async with` exit */
  ASYNC_WITH_EXIT,
  /** [aiterable] -> [aiterable.__aiter__()] */
  GET_AITER,
  /** [aiter] -> [aiter, awaitable of aiter.__anext__()] */
  GET_ANEXT,
  /** [aiter, exc] -> [] when exc is StopAsyncIteration (the loop ends); otherwise re-raise exc */
  END_ASYNC_FOR,
}

/** Operand of BINARY_OP: the values (and order) CPython 3.12 uses (NB_ADD …, NB_INPLACE_ADD …). */
export const enum BinaryOp {
  ADD = 0, AND = 1, FLOOR_DIVIDE = 2, LSHIFT = 3, MATRIX_MULTIPLY = 4, MULTIPLY = 5,
  REMAINDER = 6, OR = 7, POWER = 8, RSHIFT = 9, SUBTRACT = 10, TRUE_DIVIDE = 11, XOR = 12,
  INPLACE_ADD = 13, INPLACE_AND = 14, INPLACE_FLOOR_DIVIDE = 15, INPLACE_LSHIFT = 16,
  INPLACE_MATRIX_MULTIPLY = 17, INPLACE_MULTIPLY = 18, INPLACE_REMAINDER = 19, INPLACE_OR = 20,
  INPLACE_POWER = 21, INPLACE_RSHIFT = 22, INPLACE_SUBTRACT = 23, INPLACE_TRUE_DIVIDE = 24,
  INPLACE_XOR = 25,
}

/** Operand of COMPARE_OP (Py_LT … Py_GE). */
export const enum CompareOp { LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5 }

/** Operand of CALL_INTRINSIC_1 (subset of CPython 3.12's). */
export const enum Intrinsic {
  /** `from m import *` handled by IMPORT_STAR; this slot unused */
  INVALID = 0,
  PRINT = 1,
  IMPORT_STAR = 2,
  /** StopIteration raised inside a generator → RuntimeError("generator raised StopIteration") */
  STOPITERATION_ERROR = 3,
  /** `yield v` in an async generator: wrap v so the asend awaitable tells it from an await's */
  ASYNC_GEN_WRAP = 4,
  UNARY_POSITIVE = 5,
  LIST_TO_TUPLE = 6,
  /** except* (PEP 654): (exc, type) → (match, rest); see vm/except-star.ts */
  EG_MATCH = 12,
  /** except*: (orig, [raised…, rest]) → the exception to re-raise, or None */
  PREP_RERAISE_STAR = 13,
}

/** Code flags (same bits as CPython's CO_* flags, so `co_flags` prints the same numbers). */
export const enum CodeFlag {
  OPTIMIZED = 0x0001,
  NEWLOCALS = 0x0002,
  VARARGS = 0x0004,
  VARKEYWORDS = 0x0008,
  NESTED = 0x0010,
  GENERATOR = 0x0020,
  NOFREE = 0x0040,
  COROUTINE = 0x0080,
  ITERABLE_COROUTINE = 0x0100,
  ASYNC_GENERATOR = 0x0200,
}

/** Kinds of a `localsplus` slot (CPython's CO_FAST_LOCAL / CO_FAST_CELL / CO_FAST_FREE). */
export const enum FastKind { LOCAL = 0x20, CELL = 0x40, FREE = 0x80 }

export const OP_BITS = 8;
export const encode = (op: Op, arg = 0): number => (op | (arg << OP_BITS)) >>> 0;
export const opOf = (word: number): Op => (word & 0xff) as Op;
export const argOf = (word: number): number => word >>> OP_BITS;
