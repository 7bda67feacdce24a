/**
 * The assembler: from the code generator's instruction list to final instruction words.
 *
 * Model (a reduced Python/flowgraph.c + assemble.c). The code generator appends `Instr`s and
 * binds `Label`s to positions in that list; jumps and block setups refer to labels. Assembly:
 *  1. a flow analysis from instruction 0 follows fall-through, jump and exception-handler
 *     edges, computing the value-stack depth and block-stack depth before every reachable
 *     instruction (each must be reached with one consistent depth, else the generator has a
 *     bug) — this yields `stacksize` and `blocksize`;
 *  2. unreachable instructions are dropped (as CPython does: code after `return`, the body of
 *     `if 0:`), jump targets renumbered to absolute instruction indices;
 *  3. constants no longer referenced are dropped (CPython's remove_unused_consts), except
 *     consts[0], which is a function's docstring slot.
 * Exception-handler edges: SETUP_FINALLY / SETUP_CLEANUP push a block whose level is the stack
 * depth at setup; its handler starts with that depth + 1 (the exception). BEFORE_WITH's block
 * level is the depth below the context manager plus one (the `__exit__` method).
 */
import { Op, encode } from './opcodes';
import type { Const } from './code-unit';

/** An instruction's source span (CPython's location); -1 fields = no position. */
export interface Loc { lineno: number; end_lineno: number; col: number; end_col: number }
export const NO_LOC: Loc = { lineno: -1, end_lineno: -1, col: -1, end_col: -1 };

export class Label {
  /** index into the instruction list, once bound */
  pos = -1;
}

export interface Instr { op: Op; arg: number; target: Label | null; loc: Loc }

/** Ops whose arg is a jump target (or handler) label. */
const JUMPS = new Set<Op>([
  Op.FOR_ITER, Op.JUMP, Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.POP_JUMP_IF_NONE,
  Op.POP_JUMP_IF_NOT_NONE, Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP, Op.SEND,
  Op.SETUP_FINALLY, Op.SETUP_CLEANUP, Op.BEFORE_WITH, Op.SETUP_ASYNC_WITH,
]);
const HANDLER_SETUPS = new Set<Op>([Op.SETUP_FINALLY, Op.SETUP_CLEANUP, Op.BEFORE_WITH, Op.SETUP_ASYNC_WITH]);
/** Instructions after which control never falls through. */
const TERMINAL = new Set<Op>([Op.JUMP, Op.RETURN_VALUE, Op.RETURN_CONST, Op.RAISE_VARARGS, Op.RERAISE]);

export const isJump = (op: Op): boolean => JUMPS.has(op);

const popcount = (n: number): number => (n & 1) + ((n >> 1) & 1) + ((n >> 2) & 1) + ((n >> 3) & 1);

/** Stack effect of an instruction; `jump` selects the effect along the jump edge. */
export function stackEffect(op: Op, arg: number, jump: boolean): number {
  switch (op) {
    case Op.NOP: case Op.SWAP: case Op.DELETE_FAST: case Op.MAKE_CELL: case Op.COPY_FREE_VARS:
    case Op.DELETE_DEREF: case Op.LOAD_FROM_DICT_OR_DEREF: case Op.DELETE_NAME: case Op.DELETE_GLOBAL:
    case Op.UNARY_NEGATIVE: case Op.UNARY_POSITIVE: case Op.UNARY_INVERT: case Op.UNARY_NOT:
    case Op.LIST_TO_TUPLE: case Op.GET_ITER: case Op.JUMP: case Op.YIELD_VALUE:
    case Op.GET_YIELD_FROM_ITER: case Op.SETUP_ANNOTATIONS: case Op.SETUP_FINALLY: case Op.SETUP_CLEANUP:
    case Op.POP_BLOCK: case Op.CHECK_EXC_MATCH: case Op.CALL_INTRINSIC_1: case Op.RESUME:
    case Op.RETURN_CONST: case Op.GET_AWAITABLE: case Op.SETUP_ASYNC_WITH: case Op.ASYNC_WITH_EXIT:
    case Op.GET_AITER:
      return 0;
    case Op.BEFORE_ASYNC_WITH: case Op.GET_ANEXT:
      return 1;
    case Op.END_ASYNC_FOR:
      return -2;
    case Op.POP_TOP: case Op.STORE_FAST: case Op.STORE_DEREF: case Op.STORE_NAME: case Op.STORE_GLOBAL:
    case Op.DELETE_ATTR: case Op.BINARY_OP: case Op.COMPARE_OP: case Op.IS_OP: case Op.CONTAINS_OP:
    case Op.BINARY_SUBSCR: case Op.LIST_APPEND: case Op.SET_ADD: case Op.LIST_EXTEND: case Op.SET_UPDATE:
    case Op.DICT_UPDATE: case Op.DICT_MERGE: case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE:
    case Op.POP_JUMP_IF_NONE: case Op.POP_JUMP_IF_NOT_NONE: case Op.RETURN_VALUE: case Op.IMPORT_NAME:
    case Op.IMPORT_STAR: case Op.RERAISE: case Op.POP_EXCEPT: case Op.WITH_EXIT: case Op.PRINT_EXPR:
      return -1;
    case Op.PUSH_NULL: case Op.COPY: case Op.LOAD_CONST: case Op.LOAD_FAST: case Op.LOAD_FAST_AND_CLEAR:
    case Op.LOAD_DEREF: case Op.LOAD_CLOSURE: case Op.LOAD_NAME: case Op.LOAD_LOCALS:
    case Op.LOAD_BUILD_CLASS: case Op.LOAD_ASSERTION_ERROR: case Op.IMPORT_FROM: case Op.PUSH_EXC_INFO:
    case Op.WITH_EXCEPT_START: case Op.GET_LEN: case Op.MATCH_MAPPING: case Op.MATCH_SEQUENCE:
    case Op.MATCH_KEYS: case Op.BEFORE_WITH: case Op.RETURN_GENERATOR:
      return 1;
    case Op.LOAD_GLOBAL: return 1 + (arg & 1);
    case Op.LOAD_ATTR: return arg & 1;
    case Op.STORE_ATTR: case Op.DELETE_SUBSCR: case Op.BINARY_SLICE: case Op.MAP_ADD: case Op.MATCH_CLASS:
      return -2;
    case Op.LOAD_SUPER_ATTR: return arg & 1 ? -1 : -2;
    case Op.STORE_SUBSCR: return -3;
    case Op.STORE_SLICE: return -4;
    case Op.BUILD_SLICE: return 1 - arg;
    case Op.BUILD_TUPLE: case Op.BUILD_LIST: case Op.BUILD_SET: case Op.BUILD_STRING: return 1 - arg;
    case Op.BUILD_MAP: return 1 - 2 * arg;
    case Op.BUILD_CONST_KEY_MAP: return -arg;
    case Op.UNPACK_SEQUENCE: return arg - 1;
    case Op.UNPACK_EX: return (arg & 0xff) + (arg >> 8);
    case Op.FOR_ITER: return jump ? -1 : 1;
    case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case Op.SEND: return jump ? -1 : 0;
    case Op.CALL: return -arg - 1;
    case Op.CALL_KW: return -arg - 2;
    case Op.CALL_FUNCTION_EX: return -2 - (arg & 1);
    case Op.MAKE_FUNCTION: return -popcount(arg);
    case Op.RAISE_VARARGS: return -arg;
    case Op.FORMAT_VALUE: return arg & 4 ? -1 : 0;
  }
  throw new Error(`assembler: no stack effect for op ${op}`);
}

export interface Assembled {
  code: Uint32Array;
  positions: Int32Array;
  consts: Const[];
  stacksize: number;
  blocksize: number;
}

/**
 * CPython's peephole rewrites within a basic block (flowgraph.c optimize_basic_block) that
 * change the instruction stream observably (co_stacksize, hence generator sizes):
 *  - `LOAD_CONST None; IS_OP k; POP_JUMP_IF_FALSE/TRUE` → POP_JUMP_IF_NONE / POP_JUMP_IF_NOT_NONE;
 *  - `LOAD_CONST c; RETURN_VALUE` → RETURN_CONST c.
 * The later instructions of a pattern must not be jump targets (they would start a new block).
 * Labels on a removed instruction move to the instruction that replaces it.
 */
function peephole(instrs: Instr[], consts: Const[]): Instr[] {
  const targeted = new Set<number>();
  for (const ins of instrs) if (ins.target !== null) targeted.add(ins.target.pos);
  const out: Instr[] = [];
  const newPos = new Int32Array(instrs.length + 1);
  let changed = false;
  for (let i = 0; i < instrs.length; i++) {
    const ins = instrs[i]!;
    newPos[i] = out.length;
    if (ins.op === Op.LOAD_CONST) {
      const a = instrs[i + 1];
      const b = instrs[i + 2];
      if (a !== undefined && a.op === Op.RETURN_VALUE && !targeted.has(i + 1)) {
        newPos[i + 1] = out.length;
        out.push({ op: Op.RETURN_CONST, arg: ins.arg, target: null, loc: a.loc });
        i += 1;
        changed = true;
        continue;
      }
      if (consts[ins.arg]?.t === 'None' && a !== undefined && b !== undefined && a.op === Op.IS_OP
        && (b.op === Op.POP_JUMP_IF_FALSE || b.op === Op.POP_JUMP_IF_TRUE)
        && !targeted.has(i + 1) && !targeted.has(i + 2)) {
        // `x is None` jumping when true, or `x is not None` jumping when false → jump if None
        const jumpIfNone = (a.arg === 0) === (b.op === Op.POP_JUMP_IF_TRUE);
        newPos[i + 1] = newPos[i + 2] = out.length;
        out.push({ op: jumpIfNone ? Op.POP_JUMP_IF_NONE : Op.POP_JUMP_IF_NOT_NONE, arg: 0, target: b.target, loc: b.loc });
        i += 2;
        changed = true;
        continue;
      }
    }
    out.push(ins);
  }
  if (!changed) return instrs;
  newPos[instrs.length] = out.length;
  const labels = new Set<Label>();
  for (const ins of instrs) if (ins.target !== null) labels.add(ins.target);
  for (const l of labels) l.pos = newPos[l.pos]!;
  return out;
}

export function assemble(rawInstrs: Instr[], consts: Const[]): Assembled {
  const instrs = peephole(rawInstrs, consts);
  const n = instrs.length;
  const depth = new Int32Array(n).fill(-1);
  const blocks = new Int32Array(n).fill(-1);
  let maxDepth = 0;
  let maxBlocks = 0;
  const work: number[] = [];
  const reach = (i: number, d: number, b: number, from: number): void => {
    if (i >= n) throw new Error(`assembler: control falls off the end (from instruction ${from})`);
    if (d < 0) throw new Error(`assembler: negative stack depth at instruction ${i}`);
    if (depth[i] === -1) {
      depth[i] = d;
      blocks[i] = b;
      maxDepth = Math.max(maxDepth, d);
      maxBlocks = Math.max(maxBlocks, b);
      work.push(i);
    } else if (depth[i] !== d || blocks[i] !== b) {
      throw new Error(`assembler: inconsistent depth at instruction ${i}: ${depth[i]}/${blocks[i]} vs ${d}/${b} (from ${from})`);
    }
  };
  if (n > 0) reach(0, 0, 0, 0);
  while (work.length) {
    const i = work.pop()!;
    const ins = instrs[i]!;
    const d = depth[i]!;
    const b = blocks[i]!;
    if (ins.target !== null) {
      if (ins.target.pos < 0) throw new Error('assembler: unbound label');
      if (HANDLER_SETUPS.has(ins.op)) {
        // the block's level is `d` (for BEFORE_WITH: the context manager's slot, which then
        // holds `__exit__`; for SETUP_ASYNC_WITH: below the entered value); the handler starts
        // with the exception on top of it
        reach(ins.target.pos, ins.op === Op.SETUP_ASYNC_WITH ? d : d + 1, b, i);
        reach(i + 1, d + stackEffect(ins.op, ins.arg, false), b + 1, i);
        continue;
      }
      reach(ins.target.pos, d + stackEffect(ins.op, ins.arg, true), b, i);
    }
    if (!TERMINAL.has(ins.op)) {
      reach(i + 1, d + stackEffect(ins.op, ins.arg, false), ins.op === Op.POP_BLOCK ? b - 1 : b, i);
    }
  }

  // Drop unreachable instructions.
  const newIndex = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    newIndex[i] = k;
    if (depth[i] !== -1) k++;
  }
  newIndex[n] = k;

  // Drop unused constants (consts[0] stays: it is the docstring slot).
  const used = new Uint8Array(consts.length);
  if (consts.length) used[0] = 1;
  for (let i = 0; i < n; i++) {
    const ins = instrs[i]!;
    if (depth[i] !== -1 && (ins.op === Op.LOAD_CONST || ins.op === Op.RETURN_CONST)) used[ins.arg] = 1;
  }
  const constIndex = new Int32Array(consts.length);
  const newConsts: Const[] = [];
  for (let i = 0; i < consts.length; i++) {
    if (used[i]) {
      constIndex[i] = newConsts.length;
      newConsts.push(consts[i]!);
    }
  }

  const code = new Uint32Array(k);
  const positions = new Int32Array(k * 4);
  for (let i = 0; i < n; i++) {
    if (depth[i] === -1) continue;
    const ins = instrs[i]!;
    let arg = ins.arg;
    if (ins.target !== null) arg = newIndex[ins.target.pos]!;
    else if (ins.op === Op.LOAD_CONST || ins.op === Op.RETURN_CONST) arg = constIndex[arg]!;
    const j = newIndex[i]!;
    code[j] = encode(ins.op, arg);
    positions[j * 4] = ins.loc.lineno;
    positions[j * 4 + 1] = ins.loc.end_lineno;
    positions[j * 4 + 2] = ins.loc.col;
    positions[j * 4 + 3] = ins.loc.end_col;
  }
  return { code, positions, consts: newConsts, stacksize: cpythonStackSize(instrs, depth, maxDepth), blocksize: maxBlocks };
}

/**
 * `co_stacksize` as CPython 3.12 computes it (flowgraph.c stackdepth over its own instruction
 * sequence), derived from our depths. It decides the size of a generator's frame, so
 * `sys.getsizeof` of generators depends on it. Our bytecode differs from CPython's in a few
 * places, each accounted for here:
 *  - CPython's SETUP_CLEANUP and SETUP_WITH handlers are entered with `lasti` pushed below the
 *    exception (exception-table entries marked "lasti"). We model it as a virtual slot above
 *    item L of our stack (L = the block's level); it disappears when our stack drops below L
 *    (CPython pops the lasti together with that item, e.g. `__exit__` after a suppressed
 *    exception).
 *  - Cleanup handlers: CPython's `COPY 3; POP_EXCEPT; RERAISE 1` where ours is `SWAP 2;
 *    POP_EXCEPT; RERAISE`: one more transient slot.
 *  - `a and b`: CPython 3.12 has `COPY 1; POP_JUMP_IF_FALSE; POP_TOP` where ours has
 *    JUMP_IF_FALSE_OR_POP: one more transient slot.
 *  - `yield from` / `await`: CPython wraps the YIELD_VALUE after SEND in a SETUP_FINALLY
 *    (to CLEANUP_THROW), whose handler has one more slot.
 *  - keyword calls: CPython's KW_NAMES does not push the names tuple; ours is on the stack
 *    just before CALL_KW.
 */
function cpythonStackSize(instrs: Instr[], depth: Int32Array, ourMax: number): number {
  const n = instrs.length;
  if (n === 0) return ourMax;
  const anchors: (number[] | null)[] = new Array(n).fill(null);
  const work: number[] = [];
  const reach = (i: number, a: number[], d: number): void => {
    if (i >= n || anchors[i] !== null) return;
    anchors[i] = d < 0 ? a : a.filter((l) => l <= d);
    work.push(i);
  };
  let max = 0;
  reach(0, [], 0);
  while (work.length) {
    const i = work.pop()!;
    const ins = instrs[i]!;
    const d = depth[i]!;
    const a = anchors[i]!;
    let cd = d + a.length;
    if (ins.op === Op.CALL_KW) cd -= 1; // the kwnames tuple is not on CPython's stack
    let transient = cd;
    switch (ins.op) {
      case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP: case Op.SEND:
        transient = cd + 1;
        break;
      case Op.SWAP:
        if (ins.arg === 2 && instrs[i + 1]?.op === Op.POP_EXCEPT) transient = cd + 1;
        break;
    }
    max = Math.max(max, cd, transient);
    if (ins.target !== null) {
      const t = ins.target.pos;
      if (ins.op === Op.SETUP_CLEANUP || ins.op === Op.BEFORE_WITH) reach(t, [...a, d], depth[t]!);
      else if (ins.op === Op.SETUP_ASYNC_WITH) reach(t, [...a, d - 1], depth[t]!);
      else reach(t, a, depth[t]!);
    }
    if (!TERMINAL.has(ins.op) && i + 1 < n) reach(i + 1, a, depth[i + 1]!);
  }
  return max;
}
