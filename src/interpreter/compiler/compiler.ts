/**
 * The code generator: AST → CodeUnit, after CPython 3.12's Python/compile.c.
 *
 * Model. `compile()` runs the AST optimiser (const-fold.ts), builds the symbol table
 * (symtable.ts), then walks the tree with one `Unit` per code object being generated (module,
 * class body, function, lambda, generator expression) on a stack. Each visit method names the
 * Python construct it compiles and emits instructions into the current unit with the source
 * position CPython gives them (these positions drive traceback carets). Names are resolved
 * with the symbol table exactly as compiler_nameop does (FAST / DEREF / GLOBAL / NAME ops).
 *
 * Control flow uses labels resolved by the assembler. Like compile.c, the generator keeps a
 * stack of "frame blocks" (loops, try bodies, handlers, with bodies) so that `break`,
 * `continue` and `return` can unwind them: pop iterators, POP_BLOCK, POP_EXCEPT, call
 * `__exit__`, and run `finally` bodies inline (compiler_unwind_fblock_stack).
 *
 * Exceptions: where CPython 3.12 has a zero-cost exception table, our VM keeps a block stack
 * (opcodes.ts). The handler *bodies* are CPython 3.11+'s; a handler is entered with the
 * exception pushed on top of the stack level recorded when its block was set up:
 *
 *   try/except:   SETUP_FINALLY L; body; POP_BLOCK; orelse; JUMP end
 *              L: SETUP_CLEANUP C; PUSH_EXC_INFO; <type> CHECK_EXC_MATCH; POP_JUMP_IF_FALSE next
 *                 (STORE e; SETUP_CLEANUP N | POP_TOP); handler body; (POP_BLOCK;) POP_BLOCK;
 *                 POP_EXCEPT; (e = None; del e); JUMP end
 *           next: ... RERAISE            (no handler matched)
 *              N: e = None; del e; RERAISE
 *              C: SWAP 2; POP_EXCEPT; RERAISE  (restore the previous exception, re-raise)
 *   try/finally: SETUP_FINALLY L; body; POP_BLOCK; finalbody; JUMP end
 *              L: SETUP_CLEANUP C; PUSH_EXC_INFO; finalbody; RERAISE;  C: as above
 *   with:        <ctx> BEFORE_WITH L; (store | POP_TOP); body; POP_BLOCK; WITH_EXIT; JUMP end
 *              L: SETUP_CLEANUP C; PUSH_EXC_INFO; WITH_EXCEPT_START; POP_JUMP_IF_TRUE S; RERAISE
 *              S: POP_TOP; POP_BLOCK; POP_EXCEPT; POP_TOP; JUMP end;  C: as above
 *
 * List/set/dict comprehensions are inlined (PEP 709): the iteration variables are isolated by
 * saving them with LOAD_FAST_AND_CLEAR, and restored with STORE_FAST afterwards (also on the
 * exception path). Generator expressions get their own code unit, called with the first
 * iterator as the argument `.0`.
 */
import { lowerTypeParams } from './type-params';
import type {
  Mod, Stmt, Expr, Pos, Arguments, Keyword, Comprehension, Pattern, Name, ExceptHandler,
  CmpOpName, OperatorName, MatchCase, Alias, FunctionDef, For, With, Try,
} from '../frontend/ast';
import { Op, BinaryOp, CompareOp, CodeFlag, FastKind, Intrinsic } from './opcodes';
import type { CodeUnit, Const } from './code-unit';
import { Label, NO_LOC, assemble, isJump, type Instr, type Loc } from './assembler';
import { optimize, constOf } from './const-fold';
import {
  buildSymbolTable, mangle, Sc, type Scope, type SymbolTable,
  DEF_LOCAL, DEF_NONLOCAL, DEF_COMP_CELL, DEF_FREE_CLASS, DEF_IMPORT,
} from './symtable';
import { syntaxErrorAt, type PySyntaxError } from './syntax-error';
import { constRepr } from './disassembler';

export type CompileMode = 'exec' | 'single' | 'eval';

/** Compile a module / interactive statement / expression into its top-level code unit. */
/**
 * Compile-time warnings (compiler_warn → PyErr_WarnExplicitObject): installed by the runtime,
 * which prints them the way the warnings module's default filter does.
 */
export const compilerWarnings = {
  warn: (_category: string, _msg: string, _filename: string, _lineno: number): void => {},
};

/** check_is_arg: a constant other than None, True, False and Ellipsis is a "literal". */
function isLiteralForIs(e: Expr): boolean {
  if (e.kind !== 'Constant') return false;
  const t = (e.value as { t: string }).t;
  return !(t === 'None' || t === 'bool' || t === 'Ellipsis');
}

/** infer_type's name for a constant. */
function constTypeName(e: Expr): string {
  const t = ((e as Extract<Expr, { kind: 'Constant' }>).value as { t: string }).t;
  return t === 'None' ? 'NoneType' : t === 'Ellipsis' ? 'ellipsis' : t;
}

/** compile.c infer_type: the type name an expression is known to produce, or null. */
function inferTypeName(e: Expr): string | null {
  switch (e.kind) {
    case 'Tuple': return 'tuple';
    case 'List': case 'ListComp': return 'list';
    case 'Dict': case 'DictComp': return 'dict';
    case 'Set': case 'SetComp': return 'set';
    case 'GeneratorExp': return 'generator';
    case 'Lambda': return 'function';
    case 'JoinedStr': case 'FormattedValue': return 'str';
    case 'Constant': return constTypeName(e);
    default: return null;
  }
}

/** check_caller: calling a literal ("'int' object is not callable; perhaps you missed a comma?"). */
function callerWarning(f: Expr): string | null {
  switch (f.kind) {
    case 'Constant': case 'Tuple': case 'List': case 'ListComp': case 'Dict': case 'DictComp': case 'Set':
    case 'SetComp': case 'GeneratorExp': case 'JoinedStr': case 'FormattedValue':
      return `'${inferTypeName(f)}' object is not callable; perhaps you missed a comma?`;
    default:
      return null;
  }
}

/** check_subscripter + check_index for a loaded subscript. */
function subscriptWarning(v: Expr, index: Expr): string | null {
  const t = inferTypeName(v);
  if (v.kind === 'Set' || v.kind === 'SetComp' || v.kind === 'GeneratorExp' || v.kind === 'Lambda' ||
      (v.kind === 'Constant' && ['None', 'Ellipsis', 'int', 'float', 'complex', 'frozenset', 'bool'].includes((v.value as { t: string }).t))) {
    return `'${t}' object is not subscriptable; perhaps you missed a comma?`;
  }
  const it = index.kind === 'Slice' ? 'slice' : inferTypeName(index);
  if (it === null || it === 'int' || it === 'bool' || it === 'slice') return null;
  const seqConst = v.kind === 'Constant' && ['str', 'bytes', 'tuple'].includes((v.value as { t: string }).t);
  if (seqConst || v.kind === 'Tuple' || v.kind === 'List' || v.kind === 'ListComp' || v.kind === 'JoinedStr' || v.kind === 'FormattedValue') {
    return `${t} indices must be integers or slices, not ${it}; perhaps you missed a comma?`;
  }
  return null;
}

export function compile(mod: Mod, filename: string, mode: CompileMode, source?: string): CodeUnit {
  const optimized = optimize(lowerTypeParams(mod));
  const st = buildSymbolTable(optimized, filename, source);
  return new Compiler(filename, source, st, mode).compileModule(optimized);
}

/** Above this many stack items CPython switches to incremental building (STACK_USE_GUIDELINE). */
const STACK_USE_GUIDELINE = 30;

const locOf = (p: Pos): Loc => ({ lineno: p.lineno, end_lineno: p.end_lineno, col: p.col_offset, end_col: p.end_col_offset });

/** Ops whose arg is a cell/free index until the unit is finished (then a localsplus index). */
const DEREF_OPS = new Set<Op>([
  Op.LOAD_DEREF, Op.STORE_DEREF, Op.DELETE_DEREF, Op.LOAD_CLOSURE, Op.MAKE_CELL, Op.LOAD_FROM_DICT_OR_DEREF,
]);

const BINOP: Record<OperatorName, BinaryOp> = {
  Add: BinaryOp.ADD, BitAnd: BinaryOp.AND, FloorDiv: BinaryOp.FLOOR_DIVIDE, LShift: BinaryOp.LSHIFT,
  MatMult: BinaryOp.MATRIX_MULTIPLY, Mult: BinaryOp.MULTIPLY, Mod: BinaryOp.REMAINDER, BitOr: BinaryOp.OR,
  Pow: BinaryOp.POWER, RShift: BinaryOp.RSHIFT, Sub: BinaryOp.SUBTRACT, Div: BinaryOp.TRUE_DIVIDE,
  BitXor: BinaryOp.XOR,
};
/** NB_INPLACE_* = NB_* + 13 */
const INPLACE_OFFSET = 13;

type ScopeType = 'module' | 'class' | 'function' | 'lambda' | 'comprehension';

/** Frame blocks (compile.c's fblockinfo): what `break` / `continue` / `return` must unwind. */
type FBlock =
  | { type: 'while_loop' | 'for_loop'; start: Label; exit: Label }
  | { type: 'try_except' }
  | { type: 'finally_try'; body: Stmt[] }
  | { type: 'finally_end' }
  | { type: 'with'; loc: Loc; async?: boolean }
  | { type: 'handler_cleanup'; name: string | null }
  | { type: 'eg_handler' }
  | { type: 'pop_value' };

/** One code object under construction (compile.c's compiler_unit). */
class Unit {
  readonly instrs: Instr[] = [];
  readonly labels: Label[] = [];
  readonly consts: Const[] = [];
  private readonly constIndex = new Map<string, number>();
  /** tuples folded from BUILD_TUPLE of constants: CPython's CFG optimiser adds them after all
   *  the constants of code generation; LOAD_CONST args -1, -2, … refer to them until then */
  readonly lateConsts: Const[] = [];
  readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  readonly varnames: string[];
  private readonly varIndex = new Map<string, number>();
  readonly cellvars: string[];
  readonly freevars: string[];
  readonly fblocks: FBlock[] = [];
  /** names temporarily made fast locals by an inlined comprehension in a module/class body */
  readonly fastHidden = new Set<string>();
  inInlinedComp = 0;
  /** a PEP 695 annotation scope (see type-params.ts): transparent for __qualname__ */
  isTypeParams = false;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;

  constructor(
    readonly ste: Scope,
    readonly scopeType: ScopeType,
    readonly name: string,
    readonly qualname: string,
    readonly privateName: string | null,
    readonly firstlineno: number,
  ) {
    this.varnames = [];
    for (const v of ste.varnames) this.addVarname(v);
    const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
    const cells: string[] = [];
    const frees: string[] = [];
    for (const [n, flags] of ste.flags) {
      const sc = ste.getScope(n);
      if (sc === Sc.CELL || flags & DEF_COMP_CELL) cells.push(n);
      if (sc === Sc.FREE || flags & DEF_FREE_CLASS) frees.push(n);
    }
    this.cellvars = cells.sort(byName);
    if (ste.needsClassClosure) this.cellvars.push('__class__');
    this.freevars = frees.sort(byName);
  }

  addVarname(n: string): number {
    let i = this.varIndex.get(n);
    if (i === undefined) {
      i = this.varnames.length;
      this.varnames.push(n);
      this.varIndex.set(n, i);
    }
    return i;
  }

  addName(n: string): number {
    let i = this.nameIndex.get(n);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(n);
      this.nameIndex.set(n, i);
    }
    return i;
  }

  addConst(c: Const): number {
    const key = constKey(c);
    let i = this.constIndex.get(key);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(c);
      this.constIndex.set(key, i);
    }
    return i;
  }

  /** Append the folded tuples to the constants and renumber their LOAD_CONSTs. */
  resolveLateConsts(): void {
    for (const ins of this.instrs) {
      if (ins.op === Op.LOAD_CONST && ins.arg < 0) ins.arg = this.addConst(this.lateConsts[-ins.arg - 1]!);
    }
  }

  /** Index of a cell (cellvars) or free (cellvars.length + freevars index) variable. */
  derefIndex(n: string, scope: Sc): number {
    if (scope === Sc.CELL) {
      const i = this.cellvars.indexOf(n);
      if (i >= 0) return i;
    }
    const j = this.freevars.indexOf(n);
    if (j >= 0) return this.cellvars.length + j;
    const i = this.cellvars.indexOf(n);
    if (i >= 0) return i;
    throw new Error(`compiler: '${n}' is neither a cell nor a free variable of ${this.qualname}`);
  }

  get isFunctionLike(): boolean {
    return this.ste.isFunctionLike;
  }
}

/** Constant identity for deduplication (CPython's _PyCode_ConstantKey: type + value). */
function constKey(c: Const): string {
  switch (c.t) {
    case 'None': return 'N';
    case 'Ellipsis': return 'E';
    case 'bool': return c.v ? 'T' : 'F';
    case 'int': return 'i' + c.v.toString();
    case 'float': return 'f' + (Object.is(c.v, -0) ? '-0' : String(c.v));
    case 'complex': return 'c' + (Object.is(c.imag, -0) ? '-0' : String(c.imag));
    case 'str': return 's' + c.v;
    case 'bytes': return 'b' + Array.from(c.v).join(',');
    case 'tuple': return 't(' + c.items.map(constKey).join('|') + ')';
    case 'frozenset': return 'z(' + c.items.map(constKey).join('|') + ')';
    case 'code': return 'code:' + codeId(c.unit);
  }
}

const codeIds = new WeakMap<CodeUnit, number>();
let nextCodeId = 0;
function codeId(u: CodeUnit): number {
  let id = codeIds.get(u);
  if (id === undefined) {
    id = nextCodeId++;
    codeIds.set(u, id);
  }
  return id;
}

const NONE: Const = { t: 'None' };
const str = (v: string): Const => ({ t: 'str', v });

/** Is the first statement a docstring? (_PyAST_GetDocString) */
function docString(body: Stmt[]): string | null {
  const s = body[0];
  if (s && s.kind === 'Expr' && s.value.kind === 'Constant') {
    const v = constOf(s.value);
    if (v.t === 'str') return v.v;
  }
  return null;
}

/** Does a body contain an annotated assignment (outside nested scopes)? (find_ann) */
function findAnn(body: Stmt[]): boolean {
  for (const s of body) {
    switch (s.kind) {
      case 'AnnAssign': return true;
      case 'For': case 'AsyncFor': case 'While': case 'If':
        if (findAnn(s.body) || findAnn(s.orelse)) return true;
        break;
      case 'With': case 'AsyncWith':
        if (findAnn(s.body)) return true;
        break;
      case 'Try': case 'TryStar':
        if (findAnn(s.body) || findAnn(s.orelse) || findAnn(s.finalbody)) return true;
        for (const h of s.handlers) if (findAnn(h.body)) return true;
        break;
      case 'Match':
        for (const c of s.cases) if (findAnn(c.body)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

/** `a:b` (no step) subscripts use BINARY_SLICE / STORE_SLICE. */
const isTwoElementSlice = (e: Expr): boolean => e.kind === 'Slice' && e.step === null;

const isWildcard = (p: Pattern): boolean => p.kind === 'MatchAs' && p.pattern === null && p.name === null;

/** Per-pattern state while compiling one `case` (compile.c's pattern_context). */
interface PatternCtx {
  /** failPop[n]: label that pops n items then goes to the failure target */
  failPop: Label[];
  /** values on the stack above the case's base, not counting the subject being matched */
  onTop: number;
  allowIrrefutable: boolean;
  /** names bound so far by this pattern */
  stores: string[];
  /** the whole case pattern: CPython binds the captured names there, after the match */
  caseLoc: Loc;
}

class Compiler {
  private u!: Unit;
  private readonly stack: Unit[] = [];
  private readonly interactive: boolean;

  constructor(
    private readonly filename: string,
    private readonly source: string | undefined,
    private readonly st: SymbolTable,
    private readonly mode: CompileMode,
  ) {
    this.interactive = mode === 'single';
  }

  private error(msg: string, pos: Pos | Loc): PySyntaxError {
    const p: Pos = 'col' in pos
      ? { lineno: pos.lineno, end_lineno: pos.end_lineno, col_offset: pos.col, end_col_offset: pos.end_col }
      : pos;
    return syntaxErrorAt(msg, this.filename, p, this.source);
  }

  // ------------------------------------------------------------------ emission helpers

  private emit(op: Op, arg: number, loc: Loc): void {
    this.u.instrs.push({ op, arg, target: null, loc });
  }

  private emitJump(op: Op, target: Label, loc: Loc): void {
    this.u.instrs.push({ op, arg: 0, target, loc });
  }

  private newLabel(): Label {
    const l = new Label();
    this.u.labels.push(l);
    return l;
  }

  private bind(l: Label): void {
    l.pos = this.u.instrs.length;
  }

  private loadConst(c: Const, loc: Loc): void {
    this.emit(Op.LOAD_CONST, this.u.addConst(c), loc);
  }

  /** BUILD_TUPLE n, folded into one constant when the n items are constants (CFG folding). */
  private buildTuple(n: number, loc: Loc): void {
    const ins = this.u.instrs;
    const start = ins.length - n;
    const lastLabel = this.u.labels.reduce((m, l) => Math.max(m, l.pos), -1);
    if (start >= 0 && lastLabel <= start && ins.slice(start).every((i) => i.op === Op.LOAD_CONST)) {
      const items = ins.slice(start).map((i) => (i.arg < 0 ? this.u.lateConsts[-i.arg - 1]! : this.u.consts[i.arg]!));
      ins.length = start;
      this.u.lateConsts.push({ t: 'tuple', items });
      this.emit(Op.LOAD_CONST, -this.u.lateConsts.length, loc);
      return;
    }
    this.emit(Op.BUILD_TUPLE, n, loc);
  }

  // ------------------------------------------------------------------ units

  private enterScope(node: object, type: ScopeType, name: string, firstlineno: number, privateName: string | null): void {
    const ste = this.st.lookup(node);
    const qualname = this.qualnameFor(name, type);
    const unit = new Unit(ste, type, name, qualname, privateName, firstlineno);
    if (this.u) this.stack.push(this.u);
    this.u = unit;
    const loc = type === 'module'
      ? { lineno: 0, end_lineno: 1, col: 0, end_col: 0 }
      : { lineno: firstlineno, end_lineno: firstlineno, col: 0, end_col: 0 };
    this.emit(Op.RESUME, 0, loc);
  }

  /** compiler_set_qualname */
  private qualnameFor(name: string, type: ScopeType): string {
    if (!this.u) return name;
    let parent = this.u;
    if (parent.isTypeParams) {
      // the parent is a type-parameter scope: look at the grandparent
      const grand = this.stack[this.stack.length - 1];
      if (grand === undefined || grand.scopeType === 'module') return name;
      parent = grand;
    }
    if (type === 'function' || type === 'class') {
      const mangled = mangle(parent.privateName, name);
      if (parent.ste.getScope(mangled) === Sc.GLOBAL_EXPLICIT) return name;
    }
    if (parent.scopeType === 'module') return name;
    const base = parent.scopeType === 'function' || parent.scopeType === 'lambda'
      ? parent.qualname + '.<locals>'
      : parent.qualname;
    return base + '.' + name;
  }

  /** Finish the current unit: prefix, cell offsets, assembly; pop back to the parent. */
  private exitScope(addNone: boolean): CodeUnit {
    const u = this.u;
    if (addNone) this.emit(Op.RETURN_CONST, u.addConst(NONE), NO_LOC);
    u.resolveLateConsts();
    const ste = u.ste;
    let flags = 0;
    if (u.isFunctionLike) {
      flags |= CodeFlag.OPTIMIZED | CodeFlag.NEWLOCALS;
      if (ste.nested) flags |= CodeFlag.NESTED;
      if (ste.coroutine) flags |= ste.generator ? CodeFlag.ASYNC_GENERATOR : CodeFlag.COROUTINE;
      else if (ste.generator) flags |= CodeFlag.GENERATOR;
      if (ste.varargs) flags |= CodeFlag.VARARGS;
      if (ste.varkeywords) flags |= CodeFlag.VARKEYWORDS;
    }

    // localsplus layout: varnames, cells that are not also varnames, free variables.
    const fixed: number[] = [];
    const names = [...u.varnames];
    const kinds: number[] = u.varnames.map(() => FastKind.LOCAL);
    u.cellvars.forEach((c) => {
      const vi = u.varnames.indexOf(c);
      if (vi >= 0) {
        fixed.push(vi);
        kinds[vi] = kinds[vi]! | FastKind.CELL;
      } else {
        fixed.push(names.length);
        names.push(c);
        kinds.push(FastKind.CELL);
      }
    });
    for (const f of u.freevars) {
      fixed.push(names.length);
      names.push(f);
      kinds.push(FastKind.FREE);
    }

    // Prefix (insert_prefix_instructions). Unlike CPython, RETURN_GENERATOR comes first: the VM
    // creates the generator before the frame runs and starts it at instruction 1 (POP_TOP of
    // the first sent value), so the cells are made on the first resume.
    const prefix: Instr[] = [];
    if (flags & (CodeFlag.GENERATOR | CodeFlag.COROUTINE | CodeFlag.ASYNC_GENERATOR)) {
      prefix.push({ op: Op.RETURN_GENERATOR, arg: 0, target: null, loc: { lineno: u.firstlineno, end_lineno: u.firstlineno, col: -1, end_col: -1 } });
      prefix.push({ op: Op.POP_TOP, arg: 0, target: null, loc: NO_LOC });
    }
    if (u.freevars.length) prefix.push({ op: Op.COPY_FREE_VARS, arg: u.freevars.length, target: null, loc: NO_LOC });
    const cellOrder = u.cellvars.map((_, i) => i).sort((a, b) => fixed[a]! - fixed[b]!);
    for (const i of cellOrder) prefix.push({ op: Op.MAKE_CELL, arg: i, target: null, loc: NO_LOC });
    for (const l of u.labels) if (l.pos >= 0) l.pos += prefix.length;
    const instrs = [...prefix, ...u.instrs];
    for (const ins of instrs) if (DEREF_OPS.has(ins.op)) ins.arg = fixed[ins.arg]!;
    propagateLocations(instrs);

    const asm = assemble(instrs, u.consts);
    const unit: CodeUnit = {
      name: u.name,
      qualname: u.qualname,
      filename: this.filename,
      firstlineno: u.firstlineno,
      argcount: u.argcount + u.posonlyargcount,
      posonlyargcount: u.posonlyargcount,
      kwonlyargcount: u.kwonlyargcount,
      flags,
      code: asm.code,
      positions: asm.positions,
      consts: asm.consts,
      names: u.names,
      localsplusnames: names,
      localspluskinds: Uint8Array.from(kinds),
      nlocals: u.varnames.length,
      stacksize: asm.stacksize,
      blocksize: asm.blocksize,
    };
    this.u = this.stack.pop()!;
    return unit;
  }

  // ------------------------------------------------------------------ module

  compileModule(mod: Mod): CodeUnit {
    this.enterScope(mod, 'module', '<module>', 1, null);
    switch (mod.kind) {
      case 'Module':
        this.compileBody(mod.body, mod.body[0] ? locOf(mod.body[0]) : NO_LOC);
        return this.exitScope(true);
      case 'Interactive':
        if (findAnn(mod.body)) this.emit(Op.SETUP_ANNOTATIONS, 0, mod.body[0] ? locOf(mod.body[0]) : NO_LOC);
        for (const s of mod.body) this.visitStmt(s);
        return this.exitScope(true);
      case 'Expression':
        this.visitExpr(mod.body);
        this.emit(Op.RETURN_VALUE, 0, locOf(mod.body));
        return this.exitScope(false);
    }
  }

  /** compiler_body: module and class bodies (annotations dict, docstring → __doc__). */
  private compileBody(body: Stmt[], loc: Loc): void {
    if (findAnn(body)) this.emit(Op.SETUP_ANNOTATIONS, 0, loc);
    let first = 0;
    const doc = this.mode === 'single' ? null : docString(body);
    if (doc !== null) {
      first = 1;
      const s = body[0] as Extract<Stmt, { kind: 'Expr' }>;
      this.visitExpr(s.value);
      this.nameOp('__doc__', 'Store', NO_LOC);
    }
    for (let i = first; i < body.length; i++) this.visitStmt(body[i]!);
  }

  // ------------------------------------------------------------------ names

  /** compiler_nameop: load / store / delete a variable with the op its scope requires. */
  private nameOp(name: string, ctx: 'Load' | 'Store' | 'Del', loc: Loc): void {
    const u = this.u;
    const mangled = mangle(u.privateName, name);
    if (ctx !== 'Load' && name === '__debug__') {
      throw this.error(ctx === 'Store' ? 'cannot assign to __debug__' : 'cannot delete __debug__', loc);
    }
    const scope = u.ste.getScope(mangled);
    let kind: 'fast' | 'deref' | 'global' | 'name' = 'name';
    switch (scope) {
      case Sc.FREE:
      case Sc.CELL:
        kind = 'deref';
        break;
      case Sc.LOCAL:
        if (u.isFunctionLike || u.fastHidden.has(mangled)) kind = 'fast';
        break;
      case Sc.GLOBAL_IMPLICIT:
        if (u.isFunctionLike) kind = 'global';
        break;
      case Sc.GLOBAL_EXPLICIT:
        kind = 'global';
        break;
      default:
        break;
    }
    switch (kind) {
      case 'fast': {
        const i = u.addVarname(mangled);
        this.emit(ctx === 'Load' ? Op.LOAD_FAST : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST, i, loc);
        return;
      }
      case 'deref': {
        const i = u.derefIndex(mangled, scope);
        if (ctx === 'Load') {
          if (u.scopeType === 'class' && !u.inInlinedComp) {
            this.emit(Op.LOAD_LOCALS, 0, loc);
            this.emit(Op.LOAD_FROM_DICT_OR_DEREF, i, loc);
          } else {
            this.emit(Op.LOAD_DEREF, i, loc);
          }
        } else {
          this.emit(ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF, i, loc);
        }
        return;
      }
      case 'global': {
        const i = u.addName(mangled);
        if (ctx === 'Load') this.emit(Op.LOAD_GLOBAL, i << 1, loc);
        else this.emit(ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, i, loc);
        return;
      }
      case 'name': {
        const i = u.addName(mangled);
        if (ctx === 'Load') {
          if (u.scopeType === 'class' && u.inInlinedComp) this.emit(Op.LOAD_GLOBAL, i << 1, loc);
          else this.emit(Op.LOAD_NAME, i, loc);
        } else {
          this.emit(ctx === 'Store' ? Op.STORE_NAME : Op.DELETE_NAME, i, loc);
        }
      }
    }
  }

  private attrName(name: string): number {
    return this.u.addName(mangle(this.u.privateName, name));
  }

  // ------------------------------------------------------------------ statements

  private visitStmts(ss: Stmt[]): void {
    for (const s of ss) this.visitStmt(s);
  }

  private visitStmt(s: Stmt): void {
    const loc = locOf(s);
    switch (s.kind) {
      case 'FunctionDef':
        return this.visitFunctionDef(s);
      case 'AsyncFunctionDef':
        return this.visitFunctionDef(s as unknown as FunctionDef);
      case 'AsyncFor':
        if (!this.u.ste.coroutine) throw this.error("'async for' outside async function", loc);
        return this.visitAsyncFor(s as unknown as For);
      case 'AsyncWith':
        if (!this.u.ste.coroutine) throw this.error("'async with' outside async function", loc);
        return this.visitWith(s as unknown as With, 0, true);
      case 'ClassDef':
        return this.visitClassDef(s);
      case 'Return':
        return this.visitReturn(s);
      case 'Delete':
        for (const t of s.targets) this.visitExpr(t);
        return;
      case 'Assign':
        return this.visitAssign(s);
      case 'AugAssign':
        return this.visitAugAssign(s);
      case 'AnnAssign':
        return this.visitAnnAssign(s);
      case 'For':
        return this.visitFor(s);
      case 'While':
        return this.visitWhile(s);
      case 'If':
        return this.visitIf(s);
      case 'With':
        return this.visitWith(s, 0);
      case 'Match':
        return this.visitMatch(s);
      case 'Raise': {
        // raise [exc [from cause]]
        let n = 0;
        if (s.exc) {
          this.visitExpr(s.exc);
          n++;
          if (s.cause) {
            this.visitExpr(s.cause);
            n++;
          }
        }
        this.emit(Op.RAISE_VARARGS, n, loc);
        return;
      }
      case 'Try':
        if (s.finalbody.length) return this.visitTryFinally(s);
        return this.visitTryExcept(s);
      case 'TryStar':
        if (s.finalbody.length) return this.visitTryFinally(s);
        return this.visitTryStar(s);
      case 'Assert':
        return this.visitAssert(s);
      case 'Import':
        return this.visitImport(s);
      case 'ImportFrom':
        return this.visitImportFrom(s);
      case 'Global':
      case 'Nonlocal':
      case 'Pass':
        return;
      case 'Expr':
        return this.visitExprStmt(s.value, loc);
      case 'Break':
        return this.visitBreak(loc);
      case 'Continue':
        return this.visitContinue(loc);
      case 'TypeAlias':
        throw this.error("the 'type' statement is not supported", loc);
    }
  }

  /** Expression statement: evaluate and discard (REPL: echo via PRINT_EXPR). */
  private visitExprStmt(value: Expr, loc: Loc): void {
    if (this.interactive && this.stack.length === 0) {
      this.visitExpr(value);
      this.emit(Op.PRINT_EXPR, 0, loc);
      return;
    }
    if (value.kind === 'Constant') return; // constant statements compile to nothing
    this.visitExpr(value);
    this.emit(Op.POP_TOP, 0, NO_LOC);
  }

  /** def f(...): decorators, defaults, kwdefaults, annotations, closure, MAKE_FUNCTION, store. */
  private visitFunctionDef(s: FunctionDef): void {
    const loc = locOf(s);
    const firstlineno = s.decorator_list.length ? s.decorator_list[0]!.lineno : s.lineno;
    for (const d of s.decorator_list) this.visitExpr(d);
    let flags = this.defaultArguments(s.args, loc);
    if (this.visitAnnotations(s.args, s.returns, loc)) flags |= 0x04;

    this.enterScope(s, 'function', s.name, firstlineno, this.u.privateName);
    if ((s as { typeParamsScope?: boolean }).typeParamsScope) this.u.isTypeParams = true;
    const doc = docString(s.body);
    this.u.addConst(doc === null ? NONE : str(doc));
    this.setArgCounts(s.args);
    for (let i = doc === null ? 0 : 1; i < s.body.length; i++) this.visitStmt(s.body[i]!);
    if (this.u.ste.generator || this.u.ste.coroutine) this.wrapInStopIterationHandler();
    const code = this.exitScope(true);

    this.makeClosure(code, flags, loc);
    for (let i = s.decorator_list.length - 1; i >= 0; i--) this.emit(Op.CALL, 0, locOf(s.decorator_list[i]!));
    this.nameOp(s.name, 'Store', loc);
  }

  private setArgCounts(a: Arguments): void {
    this.u.argcount = a.args.length;
    this.u.posonlyargcount = a.posonlyargs.length;
    this.u.kwonlyargcount = a.kwonlyargs.length;
  }

  /** Generators: a StopIteration escaping the body becomes RuntimeError (PEP 479). */
  private wrapInStopIterationHandler(): void {
    const handler = this.newLabel();
    // SETUP_CLEANUP goes right after RESUME (instruction 0), before the body.
    this.u.instrs.splice(1, 0, { op: Op.SETUP_CLEANUP, arg: 0, target: handler, loc: NO_LOC });
    for (const l of this.u.labels) if (l.pos >= 1) l.pos += 1;
    this.emit(Op.RETURN_CONST, this.u.addConst(NONE), NO_LOC);
    this.bind(handler);
    this.emit(Op.CALL_INTRINSIC_1, Intrinsic.STOPITERATION_ERROR, NO_LOC);
    this.emit(Op.RERAISE, 0, NO_LOC);
  }

  /** Positional defaults tuple and keyword-only defaults dict (compiler_default_arguments). */
  private defaultArguments(a: Arguments, loc: Loc): number {
    let flags = 0;
    if (a.defaults.length) {
      for (const d of a.defaults) this.visitExpr(d);
      this.buildTuple(a.defaults.length, loc);
      flags |= 0x01;
    }
    const keys: Const[] = [];
    a.kwonlyargs.forEach((arg, i) => {
      const d = a.kw_defaults[i];
      if (!d) return;
      this.visitExpr(d);
      keys.push(str(mangle(this.u.privateName, arg.arg)));
    });
    if (keys.length) {
      this.loadConst({ t: 'tuple', items: keys }, loc);
      this.emit(Op.BUILD_CONST_KEY_MAP, keys.length, loc);
      flags |= 0x02;
    }
    return flags;
  }

  /** Annotations of a def: a flat tuple of name/value pairs (3.12 order: args, posonly, *, kwonly, **, return). */
  private visitAnnotations(a: Arguments, returns: Expr | null, loc: Loc): boolean {
    let n = 0;
    const one = (name: string, ann: Expr | null): void => {
      if (!ann) return;
      this.loadConst(str(mangle(this.u.privateName, name)), loc);
      this.visitExpr(ann);
      n += 2;
    };
    for (const x of a.args) one(x.arg, x.annotation);
    for (const x of a.posonlyargs) one(x.arg, x.annotation);
    if (a.vararg) one(a.vararg.arg, a.vararg.annotation);
    for (const x of a.kwonlyargs) one(x.arg, x.annotation);
    if (a.kwarg) one(a.kwarg.arg, a.kwarg.annotation);
    one('return', returns);
    if (n) this.buildTuple(n, loc);
    return n > 0;
  }

  /** Push the closure tuple (if the code has free variables), the code, and MAKE_FUNCTION. */
  private makeClosure(code: CodeUnit, flags: number, loc: Loc): void {
    const nfree = code.localspluskinds.filter((k) => k & FastKind.FREE).length;
    if (nfree) {
      const first = code.localsplusnames.length - nfree;
      for (let i = first; i < code.localsplusnames.length; i++) {
        const name = code.localsplusnames[i]!;
        const refType = this.u.scopeType === 'class' && name === '__class__' ? Sc.CELL : this.u.ste.getScope(name);
        this.emit(Op.LOAD_CLOSURE, this.u.derefIndex(name, refType), loc);
      }
      this.emit(Op.BUILD_TUPLE, nfree, loc);
      flags |= 0x08;
    }
    this.loadConst({ t: 'code', unit: code }, loc);
    this.emit(Op.MAKE_FUNCTION, flags, loc);
  }

  /** class C(bases, **kw): body code, then __build_class__(func, 'C', *bases, **kw), decorators. */
  private visitClassDef(s: Extract<Stmt, { kind: 'ClassDef' }>): void {
    const loc = locOf(s);
    const firstlineno = s.decorator_list.length ? s.decorator_list[0]!.lineno : s.lineno;
    for (const d of s.decorator_list) this.visitExpr(d);

    this.enterScope(s, 'class', s.name, firstlineno, s.name);
    const bodyLoc = { lineno: firstlineno, end_lineno: firstlineno, col: 0, end_col: 0 };
    this.nameOp('__name__', 'Load', bodyLoc);
    this.nameOp('__module__', 'Store', bodyLoc);
    this.loadConst(str(this.u.qualname), bodyLoc);
    this.nameOp('__qualname__', 'Store', bodyLoc);
    this.compileBody(s.body, bodyLoc);
    if (this.u.ste.needsClassClosure) {
      this.emit(Op.LOAD_CLOSURE, this.u.derefIndex('__class__', Sc.CELL), NO_LOC);
      this.emit(Op.COPY, 1, NO_LOC);
      this.nameOp('__classcell__', 'Store', NO_LOC);
      this.emit(Op.RETURN_VALUE, 0, NO_LOC);
    } else {
      this.emit(Op.RETURN_CONST, this.u.addConst(NONE), NO_LOC);
    }
    const code = this.exitScope(false);

    this.emit(Op.PUSH_NULL, 0, loc);
    this.emit(Op.LOAD_BUILD_CLASS, 0, loc);
    this.makeClosure(code, 0, loc);
    this.loadConst(str(s.name), loc);
    this.callHelper(loc, 2, s.bases, s.keywords);
    for (let i = s.decorator_list.length - 1; i >= 0; i--) this.emit(Op.CALL, 0, locOf(s.decorator_list[i]!));
    this.nameOp(s.name, 'Store', loc);
  }

  /** return [value]: unwind frame blocks (value kept on top), then RETURN_VALUE / RETURN_CONST. */
  private visitReturn(s: Extract<Stmt, { kind: 'Return' }>): void {
    const loc = locOf(s);
    if (!this.u.isFunctionLike) throw this.error("'return' outside function", loc);
    if (s.value !== null && this.u.ste.coroutine && this.u.ste.generator) {
      throw this.error("'return' with value in async generator", loc);
    }
    const value = s.value;
    const preserveTos = value !== null && value.kind !== 'Constant';
    if (preserveTos) this.visitExpr(value);
    const unwound = this.unwindFBlockStack(loc, preserveTos, false);
    const rloc = unwound ? NO_LOC : value && value.kind === 'Constant' ? locOf(value) : loc;
    if (value === null) this.emit(Op.RETURN_CONST, this.u.addConst(NONE), rloc);
    else if (!preserveTos) this.emit(Op.RETURN_CONST, this.u.addConst(constOf(value as Extract<Expr, { kind: 'Constant' }>)), rloc);
    else this.emit(Op.RETURN_VALUE, 0, unwound ? NO_LOC : loc);
  }

  /** break: unwind to the innermost loop, pop its iterator, jump past it (and its else). */
  private visitBreak(loc: Loc): void {
    const loop = this.unwindFBlockStack(loc, false, true);
    if (loop === null || (loop.type !== 'for_loop' && loop.type !== 'while_loop')) throw this.error("'break' outside loop", loc);
    this.unwindFBlock(loop, loc, false);
    this.emitJump(Op.JUMP, loop.exit, loc);
  }

  /** continue: unwind to the innermost loop and jump to its head. */
  private visitContinue(loc: Loc): void {
    const loop = this.unwindFBlockStack(loc, false, true);
    if (loop === null || (loop.type !== 'for_loop' && loop.type !== 'while_loop')) {
      throw this.error("'continue' not properly in loop", loc);
    }
    this.emitJump(Op.JUMP, loop.start, loc);
  }

  /**
   * compiler_unwind_fblock_stack: emit the unwinding code of every frame block, innermost
   * first, stopping at a loop when `stopAtLoop` (then that loop is returned). Returns a truthy
   * value when unwinding code that runs `finally` bodies was emitted (the final instruction
   * then has no position of its own), for `return`.
   */
  private unwindFBlockStack(loc: Loc, preserveTos: boolean, stopAtLoop: true): FBlock | null;
  private unwindFBlockStack(loc: Loc, preserveTos: boolean, stopAtLoop: false): boolean;
  private unwindFBlockStack(loc: Loc, preserveTos: boolean, stopAtLoop: boolean): FBlock | null | boolean {
    const fb = this.u.fblocks;
    if (fb.length === 0) return stopAtLoop ? null : false;
    const top = fb[fb.length - 1]!;
    if (stopAtLoop && (top.type === 'while_loop' || top.type === 'for_loop')) return top;
    fb.pop();
    const ranFinally = this.unwindFBlock(top, loc, preserveTos);
    const rest = stopAtLoop
      ? this.unwindFBlockStack(loc, preserveTos, true)
      : this.unwindFBlockStack(loc, preserveTos, false);
    fb.push(top);
    return stopAtLoop ? rest : ranFinally || (rest as boolean);
  }

  /** compiler_unwind_fblock: the code leaving one frame block early. */
  private unwindFBlock(info: FBlock, loc: Loc, preserveTos: boolean): boolean {
    switch (info.type) {
      case 'while_loop':
      case 'try_except':
        if (info.type === 'try_except') this.emit(Op.POP_BLOCK, 0, loc);
        return false;
      case 'for_loop':
        // pop the iterator
        if (preserveTos) this.emit(Op.SWAP, 2, loc);
        this.emit(Op.POP_TOP, 0, loc);
        return false;
      case 'pop_value':
        if (preserveTos) this.emit(Op.SWAP, 2, loc);
        this.emit(Op.POP_TOP, 0, loc);
        return false;
      case 'finally_try':
        this.emit(Op.POP_BLOCK, 0, loc);
        if (preserveTos) this.u.fblocks.push({ type: 'pop_value' });
        this.visitStmts(info.body);
        if (preserveTos) this.u.fblocks.pop();
        return true;
      case 'finally_end':
        if (preserveTos) this.emit(Op.SWAP, 2, loc);
        this.emit(Op.POP_TOP, 0, loc); // the exception
        if (preserveTos) this.emit(Op.SWAP, 2, loc);
        this.emit(Op.POP_BLOCK, 0, loc);
        this.emit(Op.POP_EXCEPT, 0, loc);
        return false;
      case 'with':
        this.emit(Op.POP_BLOCK, 0, loc);
        if (preserveTos) this.emit(Op.SWAP, 2, loc);
        if (info.async) this.asyncWithExit(info.loc);
        else this.emit(Op.WITH_EXIT, 0, info.loc);
        return false;
      case 'eg_handler':
        throw this.error("'break', 'continue' and 'return' cannot appear in an except* block", loc);
      case 'handler_cleanup':
        if (info.name !== null) this.emit(Op.POP_BLOCK, 0, loc);
        if (preserveTos) this.emit(Op.SWAP, 2, loc);
        this.emit(Op.POP_BLOCK, 0, loc);
        this.emit(Op.POP_EXCEPT, 0, loc);
        if (info.name !== null) {
          this.loadConst(NONE, loc);
          this.nameOp(info.name, 'Store', loc);
          this.nameOp(info.name, 'Del', loc);
        }
        return false;
    }
  }

  /** targets = value (each target gets a COPY of the value but the last). */
  private visitAssign(s: Extract<Stmt, { kind: 'Assign' }>): void {
    const loc = locOf(s);
    const n = s.targets.length;
    const t0 = s.targets[0]!;
    // `a, b = x, y` → no tuple is built: BUILD_TUPLE n + UNPACK_SEQUENCE n become SWAPs (n <= 3).
    if (n === 1 && (t0.kind === 'Tuple' || t0.kind === 'List') && s.value.kind === 'Tuple'
      && t0.elts.length === s.value.elts.length && t0.elts.length <= 3
      && !t0.elts.some((e) => e.kind === 'Starred') && !s.value.elts.some((e) => e.kind === 'Starred')) {
      for (const e of s.value.elts) this.visitExpr(e);
      if (t0.elts.length > 1) this.emit(Op.SWAP, t0.elts.length, locOf(s.value));
      for (const e of t0.elts) this.visitExpr(e);
      return;
    }
    this.visitExpr(s.value);
    s.targets.forEach((t, i) => {
      if (i < n - 1) this.emit(Op.COPY, 1, loc);
      this.visitExpr(t);
    });
  }

  /** target op= value: load the target (keeping container/key), BINARY_OP inplace, store back. */
  private visitAugAssign(s: Extract<Stmt, { kind: 'AugAssign' }>): void {
    const e = s.target;
    const eloc = locOf(e);
    switch (e.kind) {
      case 'Attribute':
        this.visitExpr(e.value);
        this.emit(Op.COPY, 1, eloc);
        this.emit(Op.LOAD_ATTR, this.attrName(e.attr) << 1, this.attrLoc(eloc, e));
        break;
      case 'Subscript':
        this.visitExpr(e.value);
        if (isTwoElementSlice(e.slice)) {
          this.sliceParts(e.slice as Extract<Expr, { kind: 'Slice' }>);
          this.emit(Op.COPY, 3, eloc);
          this.emit(Op.COPY, 3, eloc);
          this.emit(Op.COPY, 3, eloc);
          this.emit(Op.BINARY_SLICE, 0, eloc);
        } else {
          this.visitExpr(e.slice);
          this.emit(Op.COPY, 2, eloc);
          this.emit(Op.COPY, 2, eloc);
          this.emit(Op.BINARY_SUBSCR, 0, eloc);
        }
        break;
      case 'Name':
        this.nameOp(e.id, 'Load', eloc);
        break;
      default:
        throw this.error(`illegal expression for augmented assignment`, eloc);
    }
    this.visitExpr(s.value);
    this.emit(Op.BINARY_OP, BINOP[s.op] + INPLACE_OFFSET, locOf(s));
    switch (e.kind) {
      case 'Attribute':
        this.emit(Op.SWAP, 2, this.attrLoc(eloc, e));
        this.emit(Op.STORE_ATTR, this.attrName(e.attr), this.attrLoc(eloc, e));
        break;
      case 'Subscript':
        if (isTwoElementSlice(e.slice)) {
          this.emit(Op.SWAP, 4, eloc);
          this.emit(Op.SWAP, 3, eloc);
          this.emit(Op.SWAP, 2, eloc);
          this.emit(Op.STORE_SLICE, 0, eloc);
        } else {
          this.emit(Op.SWAP, 3, eloc);
          this.emit(Op.SWAP, 2, eloc);
          this.emit(Op.STORE_SUBSCR, 0, eloc);
        }
        break;
      case 'Name':
        this.nameOp(e.id, 'Store', eloc);
        break;
    }
  }

  /** target: annotation [= value]. Module/class simple names record __annotations__[name]. */
  private visitAnnAssign(s: Extract<Stmt, { kind: 'AnnAssign' }>): void {
    const loc = locOf(s);
    const t = s.target;
    if (s.value) {
      this.visitExpr(s.value);
      this.visitExpr(t);
    }
    const evaluatesAnnotations = this.u.scopeType === 'module' || this.u.scopeType === 'class';
    switch (t.kind) {
      case 'Name':
        if (t.id === '__debug__') throw this.error('cannot assign to __debug__', loc);
        if (s.simple && evaluatesAnnotations) {
          this.visitExpr(s.annotation);
          this.emit(Op.LOAD_NAME, this.u.addName('__annotations__'), loc);
          this.loadConst(str(mangle(this.u.privateName, t.id)), loc);
          this.emit(Op.STORE_SUBSCR, 0, loc);
        }
        break;
      case 'Attribute':
        if (!s.value) this.checkAnnExpr(t.value);
        break;
      case 'Subscript':
        if (!s.value) {
          this.checkAnnExpr(t.value);
          this.checkAnnSubscr(t.slice);
        }
        break;
      default:
        break;
    }
    if (!s.simple && evaluatesAnnotations) this.checkAnnExpr(s.annotation);
  }

  private checkAnnExpr(e: Expr): void {
    this.visitExpr(e);
    this.emit(Op.POP_TOP, 0, locOf(e));
  }

  private checkAnnSubscr(e: Expr): void {
    if (e.kind === 'Slice') {
      if (e.lower) this.checkAnnExpr(e.lower);
      if (e.upper) this.checkAnnExpr(e.upper);
      if (e.step) this.checkAnnExpr(e.step);
    } else if (e.kind === 'Tuple') {
      for (const x of e.elts) this.checkAnnSubscr(x);
    } else {
      this.checkAnnExpr(e);
    }
  }

  /** for target in iter: body else: orelse */
  private visitFor(s: For): void {
    const loc = locOf(s);
    const start = this.newLabel();
    const cleanup = this.newLabel();
    const end = this.newLabel();
    this.visitExpr(s.iter);
    this.emit(Op.GET_ITER, 0, loc);
    this.bind(start);
    this.emit(Op.RESUME, 0, loc);
    this.emitJump(Op.FOR_ITER, cleanup, loc);
    this.u.fblocks.push({ type: 'for_loop', start, exit: end });
    this.visitExpr(s.target);
    this.visitStmts(s.body);
    this.emitJump(Op.JUMP, start, NO_LOC);
    this.u.fblocks.pop();
    this.bind(cleanup);
    this.visitStmts(s.orelse);
    this.bind(end);
  }

  /** while test: body else: orelse  (the test is repeated at the bottom, as in 3.12) */
  private visitWhile(s: Extract<Stmt, { kind: 'While' }>): void {
    const loop = this.newLabel();
    const body = this.newLabel();
    const anchor = this.newLabel();
    const end = this.newLabel();
    this.bind(loop);
    this.emit(Op.RESUME, 0, locOf(s.test));
    this.u.fblocks.push({ type: 'while_loop', start: loop, exit: end });
    this.jumpIf(s.test, anchor, false);
    this.bind(body);
    this.emit(Op.RESUME, 0, locOf(s.test));
    this.visitStmts(s.body);
    this.jumpIf(s.test, body, true);
    this.u.fblocks.pop();
    this.bind(anchor);
    this.visitStmts(s.orelse);
    this.bind(end);
  }

  /** if test: body elif/else: orelse */
  private visitIf(s: Extract<Stmt, { kind: 'If' }>): void {
    const end = this.newLabel();
    const next = s.orelse.length ? this.newLabel() : end;
    this.jumpIf(s.test, next, false);
    this.visitStmts(s.body);
    if (s.orelse.length) {
      this.emitJump(Op.JUMP, end, NO_LOC);
      this.bind(next);
      this.visitStmts(s.orelse);
    }
    this.bind(end);
  }

  /** The value on the stack (from GET_AWAITABLE) driven to completion: await's SEND loop. */
  private awaitLoop(loc: Loc): void {
    this.loadConst(NONE, loc);
    const send = this.newLabel();
    const exit = this.newLabel();
    this.bind(send);
    this.emitJump(Op.SEND, exit, loc);
    this.emit(Op.YIELD_VALUE, 0, loc);
    this.emit(Op.RESUME, 3, loc);
    this.emitJump(Op.JUMP, send, loc);
    this.bind(exit);
  }

  /** async for target in aiterable: body else: orelse */
  private visitAsyncFor(s: For): void {
    const loc = locOf(s);
    const start = this.newLabel();
    const except = this.newLabel();
    const end = this.newLabel();
    this.visitExpr(s.iter);
    this.emit(Op.GET_AITER, 0, loc);
    this.bind(start);
    this.emitJump(Op.SETUP_FINALLY, except, loc);
    this.emit(Op.GET_ANEXT, 0, loc);
    this.awaitLoop(loc);
    this.emit(Op.POP_BLOCK, 0, NO_LOC);
    this.u.fblocks.push({ type: 'for_loop', start, exit: end });
    this.visitExpr(s.target);
    this.visitStmts(s.body);
    this.emitJump(Op.JUMP, start, NO_LOC);
    this.u.fblocks.pop();
    // [aiter, exc]: StopAsyncIteration ends the loop
    this.bind(except);
    this.emit(Op.END_ASYNC_FOR, 0, loc);
    this.visitStmts(s.orelse);
    this.bind(end);
  }

  /** [aexit] -> []: await aexit(None, None, None). */
  private asyncWithExit(loc: Loc): void {
    this.emit(Op.ASYNC_WITH_EXIT, 0, loc);
    this.emit(Op.GET_AWAITABLE, 2, loc);
    this.awaitLoop(loc);
    this.emit(Op.POP_TOP, 0, loc);
  }

  /**
   * with a as x, b as y: body — one nested block per item. `async with` awaits what __aenter__
   * and __aexit__ return (on every way out of the body).
   */
  private visitWith(s: With, pos: number, isAsync = false): void {
    const item = s.items[pos]!;
    const loc = locOf(s);
    const final = this.newLabel();
    const exit = this.newLabel();
    const cleanup = this.newLabel();
    const suppress = this.newLabel();
    this.visitExpr(item.context_expr);
    if (isAsync) {
      this.emit(Op.BEFORE_ASYNC_WITH, 0, loc);
      this.emit(Op.GET_AWAITABLE, 1, loc);
      this.awaitLoop(loc);
      this.emitJump(Op.SETUP_ASYNC_WITH, final, loc);
    } else {
      this.emitJump(Op.BEFORE_WITH, final, loc);
    }
    this.u.fblocks.push({ type: 'with', loc, async: isAsync });
    if (item.optional_vars) this.visitExpr(item.optional_vars);
    else this.emit(Op.POP_TOP, 0, loc);
    if (pos + 1 === s.items.length) this.visitStmts(s.body);
    else this.visitWith(s, pos + 1, isAsync);
    this.u.fblocks.pop();
    this.emit(Op.POP_BLOCK, 0, NO_LOC);
    if (isAsync) this.asyncWithExit(loc);
    else this.emit(Op.WITH_EXIT, 0, loc);
    this.emitJump(Op.JUMP, exit, loc);
    // exceptional exit: [exit, exc]
    this.bind(final);
    this.emitJump(Op.SETUP_CLEANUP, cleanup, loc);
    this.emit(Op.PUSH_EXC_INFO, 0, loc);
    this.emit(Op.WITH_EXCEPT_START, 0, loc);
    if (isAsync) {
      this.emit(Op.GET_AWAITABLE, 2, loc);
      this.awaitLoop(loc);
    }
    this.emitJump(Op.POP_JUMP_IF_TRUE, suppress, NO_LOC);
    this.emit(Op.RERAISE, 0, NO_LOC);
    this.bind(suppress);
    this.emit(Op.POP_TOP, 0, NO_LOC); // the exception
    this.emit(Op.POP_BLOCK, 0, NO_LOC);
    this.emit(Op.POP_EXCEPT, 0, NO_LOC);
    this.emit(Op.POP_TOP, 0, NO_LOC); // __exit__
    this.emitJump(Op.JUMP, exit, NO_LOC);
    this.bind(cleanup);
    this.popExceptAndReraise();
    this.bind(exit);
  }

  /** Handler of a handler: restore the previously handled exception and re-raise. */
  private popExceptAndReraise(): void {
    this.emit(Op.SWAP, 2, NO_LOC);
    this.emit(Op.POP_EXCEPT, 0, NO_LOC);
    this.emit(Op.RERAISE, 0, NO_LOC);
  }

  /** try: body finally: finalbody (with any except clauses compiled inside). */
  private visitTryFinally(s: Try): void {
    const loc = locOf(s);
    const end = this.newLabel();
    const exit = this.newLabel();
    const cleanup = this.newLabel();
    this.emitJump(Op.SETUP_FINALLY, end, loc);
    this.u.fblocks.push({ type: 'finally_try', body: s.finalbody });
    if (s.handlers.length) {
      if (s.kind === 'TryStar') this.visitTryStar(s);
      else this.visitTryExcept(s);
    } else this.visitStmts(s.body);
    this.emit(Op.POP_BLOCK, 0, NO_LOC);
    this.u.fblocks.pop();
    this.visitStmts(s.finalbody);
    this.emitJump(Op.JUMP, exit, NO_LOC);
    // exceptional path: [exc]
    this.bind(end);
    this.emitJump(Op.SETUP_CLEANUP, cleanup, NO_LOC);
    this.emit(Op.PUSH_EXC_INFO, 0, NO_LOC);
    this.u.fblocks.push({ type: 'finally_end' });
    this.visitStmts(s.finalbody);
    this.u.fblocks.pop();
    this.emit(Op.RERAISE, 0, NO_LOC);
    this.bind(cleanup);
    this.popExceptAndReraise();
    this.bind(exit);
  }

  /**
   * try: body except* T as e: handler … else: orelse (PEP 654, compiler_try_star_except). The
   * stack under the handlers is [prev, orig, raised-list, rest]: each clause splits `rest`
   * (Intrinsic.EG_MATCH = CHECK_EG_MATCH), runs its body with the matched group, and collects
   * what the body raises; finally the unhandled rest is appended and
   * Intrinsic.PREP_RERAISE_STAR combines the list into the exception to re-raise (or None).
   */
  private visitTryStar(s: Try): void {
    const loc = locOf(s);
    const except = this.newLabel();
    const end = this.newLabel();
    const cleanup = this.newLabel();
    const reraise = this.newLabel();
    this.emitJump(Op.SETUP_FINALLY, except, loc);
    this.u.fblocks.push({ type: 'try_except' });
    this.visitStmts(s.body);
    this.u.fblocks.pop();
    this.emit(Op.POP_BLOCK, 0, NO_LOC);
    this.visitStmts(s.orelse);
    this.emitJump(Op.JUMP, end, NO_LOC);
    // [exc]
    this.bind(except);
    this.emitJump(Op.SETUP_CLEANUP, cleanup, NO_LOC);
    this.emit(Op.PUSH_EXC_INFO, 0, NO_LOC);
    this.emit(Op.BUILD_LIST, 0, NO_LOC);
    this.emit(Op.COPY, 2, NO_LOC); // [prev, orig, list, rest]
    for (const h of s.handlers) {
      const hloc = locOf(h);
      const noMatch = this.newLabel();
      const next = this.newLabel();
      const handlerErr = this.newLabel();
      this.visitExpr(h.type!);
      this.emit(Op.BUILD_TUPLE, 2, hloc);
      this.emit(Op.CALL_INTRINSIC_1, Intrinsic.EG_MATCH, hloc);
      this.emit(Op.UNPACK_SEQUENCE, 2, hloc); // [.., list, rest', match]
      this.emit(Op.COPY, 1, hloc);
      this.emitJump(Op.POP_JUMP_IF_NONE, noMatch, hloc);
      if (h.name) this.nameOp(h.name, 'Store', hloc);
      else this.emit(Op.POP_TOP, 0, hloc);
      this.emitJump(Op.SETUP_CLEANUP, handlerErr, hloc);
      this.u.fblocks.push({ type: 'eg_handler' });
      this.visitStmts(h.body);
      this.u.fblocks.pop();
      this.emit(Op.POP_BLOCK, 0, NO_LOC);
      if (h.name) {
        this.loadConst(NONE, NO_LOC);
        this.nameOp(h.name, 'Store', NO_LOC);
        this.nameOp(h.name, 'Del', NO_LOC);
      }
      this.emitJump(Op.JUMP, next, NO_LOC);
      // the clause raised: [.., list, rest', raised]
      this.bind(handlerErr);
      if (h.name) {
        this.loadConst(NONE, NO_LOC);
        this.nameOp(h.name, 'Store', NO_LOC);
        this.nameOp(h.name, 'Del', NO_LOC);
      }
      this.emit(Op.LIST_APPEND, 2, NO_LOC);
      this.emitJump(Op.JUMP, next, NO_LOC);
      this.bind(noMatch);
      this.emit(Op.POP_TOP, 0, NO_LOC); // match (None)
      this.bind(next);
    }
    // [prev, orig, list, rest]
    this.emit(Op.LIST_APPEND, 1, NO_LOC);
    this.emit(Op.BUILD_TUPLE, 2, NO_LOC);
    this.emit(Op.CALL_INTRINSIC_1, Intrinsic.PREP_RERAISE_STAR, NO_LOC);
    this.emit(Op.COPY, 1, NO_LOC);
    this.emitJump(Op.POP_JUMP_IF_NOT_NONE, reraise, NO_LOC);
    this.emit(Op.POP_TOP, 0, NO_LOC);
    this.emit(Op.POP_BLOCK, 0, NO_LOC);
    this.emit(Op.POP_EXCEPT, 0, NO_LOC);
    this.emitJump(Op.JUMP, end, NO_LOC);
    this.bind(reraise);
    this.emit(Op.POP_BLOCK, 0, NO_LOC);
    this.popExceptAndReraise();
    this.bind(cleanup);
    this.popExceptAndReraise();
    this.bind(end);
  }

  /** try: body except T as e: handler ... else: orelse */
  private visitTryExcept(s: Try): void {
    const loc = locOf(s);
    const except = this.newLabel();
    const end = this.newLabel();
    const cleanup = this.newLabel();
    this.emitJump(Op.SETUP_FINALLY, except, loc);
    this.u.fblocks.push({ type: 'try_except' });
    this.visitStmts(s.body);
    this.u.fblocks.pop();
    this.emit(Op.POP_BLOCK, 0, NO_LOC);
    this.visitStmts(s.orelse);
    this.emitJump(Op.JUMP, end, NO_LOC);

    // [exc]
    this.bind(except);
    this.emitJump(Op.SETUP_CLEANUP, cleanup, NO_LOC);
    this.emit(Op.PUSH_EXC_INFO, 0, NO_LOC);
    const n = s.handlers.length;
    s.handlers.forEach((h: ExceptHandler, i) => {
      const hloc = locOf(h);
      if (!h.type && i < n - 1) throw this.error("default 'except:' must be last", hloc);
      const next = this.newLabel();
      if (h.type) {
        this.visitExpr(h.type);
        this.emit(Op.CHECK_EXC_MATCH, 0, hloc);
        this.emitJump(Op.POP_JUMP_IF_FALSE, next, hloc);
      }
      if (h.name) {
        const cleanupEnd = this.newLabel();
        this.nameOp(h.name, 'Store', hloc);
        this.emitJump(Op.SETUP_CLEANUP, cleanupEnd, hloc);
        this.u.fblocks.push({ type: 'handler_cleanup', name: h.name });
        this.visitStmts(h.body);
        this.u.fblocks.pop();
        this.emit(Op.POP_BLOCK, 0, NO_LOC);
        this.emit(Op.POP_BLOCK, 0, NO_LOC);
        this.emit(Op.POP_EXCEPT, 0, NO_LOC);
        this.loadConst(NONE, NO_LOC);
        this.nameOp(h.name, 'Store', NO_LOC);
        this.nameOp(h.name, 'Del', NO_LOC);
        this.emitJump(Op.JUMP, end, NO_LOC);
        // the handler body raised: [prev, exc2]
        this.bind(cleanupEnd);
        this.loadConst(NONE, NO_LOC);
        this.nameOp(h.name, 'Store', NO_LOC);
        this.nameOp(h.name, 'Del', NO_LOC);
        this.emit(Op.RERAISE, 0, NO_LOC);
      } else {
        this.emit(Op.POP_TOP, 0, hloc); // the exception
        this.u.fblocks.push({ type: 'handler_cleanup', name: null });
        this.visitStmts(h.body);
        this.u.fblocks.pop();
        this.emit(Op.POP_BLOCK, 0, NO_LOC);
        this.emit(Op.POP_EXCEPT, 0, NO_LOC);
        this.emitJump(Op.JUMP, end, NO_LOC);
      }
      this.bind(next);
    });
    // no handler matched: [prev, exc]
    this.emit(Op.RERAISE, 0, NO_LOC);
    this.bind(cleanup);
    this.popExceptAndReraise();
    this.bind(end);
  }

  /** assert test, msg */
  private visitAssert(s: Extract<Stmt, { kind: 'Assert' }>): void {
    const loc = locOf(s);
    // (the AST optimiser may already have folded a constant tuple)
    const t = s.test;
    const constTuple = t.kind === 'Constant' && (t.value as { t: string; items?: unknown[] }).t === 'tuple' && ((t.value as unknown as { items: unknown[] }).items.length > 0);
    if ((t.kind === 'Tuple' && t.elts.length > 0) || constTuple) {
      compilerWarnings.warn('SyntaxWarning', 'assertion is always true, perhaps remove parentheses?', this.filename, s.lineno);
    }
    const end = this.newLabel();
    this.jumpIf(s.test, end, true);
    this.emit(Op.LOAD_ASSERTION_ERROR, 0, loc);
    if (s.msg) {
      this.visitExpr(s.msg);
      this.emit(Op.CALL, 0, loc); // [AssertionError, msg]: CALL 0 calls AssertionError(msg)
    }
    this.emit(Op.RAISE_VARARGS, 1, loc);
    this.bind(end);
  }

  /** import a.b.c / import a.b as c */
  private visitImport(s: Extract<Stmt, { kind: 'Import' }>): void {
    const loc = locOf(s);
    for (const alias of s.names) {
      this.loadConst({ t: 'int', v: 0n }, loc);
      this.loadConst(NONE, loc);
      this.emit(Op.IMPORT_NAME, this.u.addName(alias.name), loc);
      if (alias.asname) this.importAs(alias, loc);
      else this.nameOp(alias.name.split('.')[0]!, 'Store', loc);
    }
  }

  /** `import a.b.c as d`: walk the submodules with IMPORT_FROM, bind the last one. */
  private importAs(alias: Alias, loc: Loc): void {
    const parts = alias.name.split('.');
    if (parts.length > 1) {
      for (let i = 1; i < parts.length; i++) {
        this.emit(Op.IMPORT_FROM, this.u.addName(parts[i]!), loc);
        if (i < parts.length - 1) {
          this.emit(Op.SWAP, 2, loc);
          this.emit(Op.POP_TOP, 0, loc);
        }
      }
      this.nameOp(alias.asname!, 'Store', loc);
      this.emit(Op.POP_TOP, 0, loc);
      return;
    }
    this.nameOp(alias.asname!, 'Store', loc);
  }

  /** from .mod import a as b, c / from mod import * */
  private visitImportFrom(s: Extract<Stmt, { kind: 'ImportFrom' }>): void {
    const loc = locOf(s);
    this.loadConst({ t: 'int', v: BigInt(s.level) }, loc);
    this.loadConst({ t: 'tuple', items: s.names.map((a) => str(a.name)) }, loc);
    this.emit(Op.IMPORT_NAME, this.u.addName(s.module ?? ''), loc);
    if (s.names.length === 1 && s.names[0]!.name === '*') {
      this.emit(Op.IMPORT_STAR, 0, loc);
      return;
    }
    for (const alias of s.names) {
      this.emit(Op.IMPORT_FROM, this.u.addName(alias.name), loc);
      this.nameOp(alias.asname ?? alias.name, 'Store', loc);
    }
    this.emit(Op.POP_TOP, 0, loc);
  }

  // ------------------------------------------------------------------ match statement

  /** match subject: case pattern if guard: body ... */
  private visitMatch(s: Extract<Stmt, { kind: 'Match' }>): void {
    this.visitExpr(s.subject);
    const end = this.newLabel();
    const cases = s.cases.length;
    const last = s.cases[cases - 1]!;
    const hasDefault = isWildcard(last.pattern) && cases > 1 ? 1 : 0;
    for (let i = 0; i < cases - hasDefault; i++) {
      const m: MatchCase = s.cases[i]!;
      const ploc = locOf(m.pattern);
      const notLast = i !== cases - hasDefault - 1;
      if (notLast) this.emit(Op.COPY, 1, ploc);
      const pc: PatternCtx = {
        failPop: [], onTop: 0, allowIrrefutable: m.guard !== null || i === cases - 1, stores: [], caseLoc: ploc,
      };
      this.pattern(m.pattern, pc);
      if (m.guard) this.jumpIf(m.guard, this.failPop(pc, 0), false);
      if (notLast) this.emit(Op.POP_TOP, 0, ploc);
      this.visitStmts(m.body);
      this.emitJump(Op.JUMP, end, NO_LOC);
      this.emitFailPops(pc, ploc);
    }
    if (hasDefault) {
      if (cases === 1) this.emit(Op.POP_TOP, 0, locOf(last.pattern));
      if (last.guard) this.jumpIf(last.guard, end, false);
      this.visitStmts(last.body);
    }
    this.bind(end);
  }

  /** The label that pops `n` stack items and then fails the current pattern. */
  private failPop(pc: PatternCtx, n: number): Label {
    while (pc.failPop.length <= n) pc.failPop.push(this.newLabel());
    return pc.failPop[n]!;
  }

  private jumpToFailPop(pc: PatternCtx, op: Op, loc: Loc): void {
    this.emitJump(op, this.failPop(pc, pc.onTop), loc);
  }

  /** Bind failPop[n] … failPop[0]: each pops one item and falls into the next. */
  private emitFailPops(pc: PatternCtx, loc: Loc): void {
    for (let n = pc.failPop.length - 1; n >= 0; n--) {
      this.bind(pc.failPop[n]!);
      if (n > 0) this.emit(Op.POP_TOP, 0, loc);
    }
    pc.failPop = [];
  }

  private storePatternName(name: string | null, pc: PatternCtx, loc: Loc): void {
    if (name === null) {
      this.emit(Op.POP_TOP, 0, loc);
      return;
    }
    if (pc.stores.includes(name)) throw this.error(`multiple assignments to name '${name}' in pattern`, loc);
    pc.stores.push(name);
    this.nameOp(name, 'Store', pc.caseLoc);
  }

  private subpattern(p: Pattern, pc: PatternCtx): void {
    const allow = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    this.pattern(p, pc);
    pc.allowIrrefutable = allow;
  }

  /** Match the subject on top of the stack against `p`, consuming it; jump to a fail label on mismatch. */
  private pattern(p: Pattern, pc: PatternCtx): void {
    const loc = locOf(p);
    switch (p.kind) {
      case 'MatchValue': {
        const v = p.value;
        if (v.kind !== 'Constant' && v.kind !== 'Attribute') {
          throw this.error('patterns may only match literals and attribute lookups', loc);
        }
        this.visitExpr(v);
        this.emit(Op.COMPARE_OP, CompareOp.EQ, loc);
        this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE, loc);
        return;
      }
      case 'MatchSingleton':
        if (p.value.t === 'None') {
          this.u.addConst(NONE);
          this.jumpToFailPop(pc, Op.POP_JUMP_IF_NOT_NONE, loc);
          return;
        }
        this.loadConst(p.value, loc);
        this.emit(Op.IS_OP, 0, loc);
        this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE, loc);
        return;
      case 'MatchAs':
        if (p.pattern === null) {
          if (!pc.allowIrrefutable) {
            if (p.name) throw this.error(`name capture '${p.name}' makes remaining patterns unreachable`, loc);
            throw this.error('wildcard makes remaining patterns unreachable', loc);
          }
          this.storePatternName(p.name, pc, loc);
          return;
        }
        pc.onTop++;
        this.emit(Op.COPY, 1, loc);
        this.pattern(p.pattern, pc);
        pc.onTop--;
        this.storePatternName(p.name, pc, loc);
        return;
      case 'MatchStar':
        this.storePatternName(p.name, pc, loc);
        return;
      case 'MatchSequence':
        return this.patternSequence(p, pc, loc);
      case 'MatchMapping':
        return this.patternMapping(p, pc, loc);
      case 'MatchClass':
        return this.patternClass(p, pc, loc);
      case 'MatchOr':
        return this.patternOr(p, pc, loc);
    }
  }

  /** case [a, *rest, b]: */
  private patternSequence(p: Extract<Pattern, { kind: 'MatchSequence' }>, pc: PatternCtx, loc: Loc): void {
    const pats = p.patterns;
    const size = pats.length;
    let star = -1;
    let onlyWildcard = true;
    pats.forEach((q, i) => {
      if (q.kind === 'MatchStar') {
        if (star >= 0) throw this.error('multiple starred names in sequence pattern', locOf(q));
        star = i;
      }
      if (!(isWildcard(q) || (q.kind === 'MatchStar' && q.name === null))) onlyWildcard = false;
    });
    pc.onTop++;
    this.emit(Op.MATCH_SEQUENCE, 0, loc);
    this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE, loc);
    if (star < 0) {
      this.emit(Op.GET_LEN, 0, loc);
      this.loadConst({ t: 'int', v: BigInt(size) }, loc);
      this.emit(Op.COMPARE_OP, CompareOp.EQ, loc);
      this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE, loc);
    } else if (size - 1 > 0) {
      this.emit(Op.GET_LEN, 0, loc);
      this.loadConst({ t: 'int', v: BigInt(size - 1) }, loc);
      this.emit(Op.COMPARE_OP, CompareOp.GE, loc);
      this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE, loc);
    }
    pc.onTop--;
    if (onlyWildcard) {
      this.emit(Op.POP_TOP, 0, loc);
      return;
    }
    if (star < 0) this.emit(Op.UNPACK_SEQUENCE, size, loc);
    else this.emit(Op.UNPACK_EX, star | ((size - star - 1) << 8), loc);
    pc.onTop += size;
    for (const q of pats) {
      pc.onTop--;
      this.subpattern(q, pc);
    }
  }

  /** case {"k": v, **rest}: */
  private patternMapping(p: Extract<Pattern, { kind: 'MatchMapping' }>, pc: PatternCtx, loc: Loc): void {
    const size = p.keys.length;
    pc.onTop++;
    this.emit(Op.MATCH_MAPPING, 0, loc);
    this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE, loc);
    if (!size && !p.rest) {
      pc.onTop--;
      this.emit(Op.POP_TOP, 0, loc);
      return;
    }
    if (size) {
      this.emit(Op.GET_LEN, 0, loc);
      this.loadConst({ t: 'int', v: BigInt(size) }, loc);
      this.emit(Op.COMPARE_OP, CompareOp.GE, loc);
      this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE, loc);
    }
    const seen = new Set<string>();
    for (const k of p.keys) {
      if (k.kind === 'Constant') {
        const key = constKey(constOf(k));
        if (seen.has(key)) throw this.error(`mapping pattern checks duplicate key (${constRepr(constOf(k))})`, locOf(k));
        seen.add(key);
      } else if (k.kind !== 'Attribute') {
        throw this.error('mapping pattern keys may only match literals and attribute lookups', locOf(k));
      }
      this.visitExpr(k);
    }
    this.buildTuple(size, loc);
    this.emit(Op.MATCH_KEYS, 0, loc);
    pc.onTop += 2;
    this.emit(Op.COPY, 1, loc);
    this.u.addConst(NONE); // CPython's LOAD_CONST None; IS_OP 1 → POP_JUMP_IF_NONE keeps the constant
    this.jumpToFailPop(pc, Op.POP_JUMP_IF_NONE, loc);
    this.emit(Op.UNPACK_SEQUENCE, size, loc);
    pc.onTop--; // the values tuple is replaced by its items
    pc.onTop += size;
    for (const q of p.patterns) {
      pc.onTop--;
      this.subpattern(q, pc);
    }
    // [subject, keys]
    pc.onTop -= 2;
    if (p.rest) {
      // rest = dict(subject); del rest[k] for each key
      this.emit(Op.BUILD_MAP, 0, loc);
      this.emit(Op.SWAP, 3, loc);
      this.emit(Op.DICT_UPDATE, 2, loc);
      this.emit(Op.UNPACK_SEQUENCE, size, loc);
      for (let n = size; n > 0; n--) {
        this.emit(Op.COPY, 1 + n, loc);
        this.emit(Op.SWAP, 2, loc);
        this.emit(Op.DELETE_SUBSCR, 0, loc);
      }
      this.storePatternName(p.rest, pc, loc);
    } else {
      this.emit(Op.POP_TOP, 0, loc);
      this.emit(Op.POP_TOP, 0, loc);
    }
  }

  /** case Point(x, y=0): */
  private patternClass(p: Extract<Pattern, { kind: 'MatchClass' }>, pc: PatternCtx, loc: Loc): void {
    const nargs = p.patterns.length;
    const nattrs = p.kwd_attrs.length;
    const seen = new Set<string>();
    for (const a of p.kwd_attrs) {
      if (seen.has(a)) throw this.error(`attribute name repeated in class pattern: ${a}`, loc);
      seen.add(a);
    }
    this.visitExpr(p.cls);
    this.loadConst({ t: 'tuple', items: p.kwd_attrs.map(str) }, loc);
    this.emit(Op.MATCH_CLASS, nargs, loc);
    pc.onTop++;
    this.emit(Op.COPY, 1, loc);
    this.u.addConst(NONE); // CPython's LOAD_CONST None; IS_OP 1 → POP_JUMP_IF_NONE keeps the constant
    this.jumpToFailPop(pc, Op.POP_JUMP_IF_NONE, loc);
    this.emit(Op.UNPACK_SEQUENCE, nargs + nattrs, loc);
    pc.onTop += nargs + nattrs - 1;
    const all = [...p.patterns, ...p.kwd_patterns];
    for (const q of all) {
      pc.onTop--;
      if (isWildcard(q)) this.emit(Op.POP_TOP, 0, loc);
      else this.subpattern(q, pc);
    }
  }

  /** case A | B | C: each alternative on a copy of the subject; all must bind the same names. */
  private patternOr(p: Extract<Pattern, { kind: 'MatchOr' }>, pc: PatternCtx, loc: Loc): void {
    const end = this.newLabel();
    const n = p.patterns.length;
    let names: string[] | null = null;
    const outerStores = pc.stores;
    p.patterns.forEach((alt, i) => {
      const isLast = i === n - 1;
      const alt_pc: PatternCtx = {
        failPop: [], onTop: 0, allowIrrefutable: isLast && pc.allowIrrefutable, stores: [...outerStores],
        caseLoc: pc.caseLoc,
      };
      if (isLast) {
        alt_pc.failPop = pc.failPop;
        alt_pc.onTop = pc.onTop;
        this.pattern(alt, alt_pc);
        pc.failPop = alt_pc.failPop;
      } else {
        this.emit(Op.COPY, 1, loc);
        this.pattern(alt, alt_pc);
        this.emit(Op.POP_TOP, 0, loc);
        this.emitJump(Op.JUMP, end, loc);
        this.emitFailPops(alt_pc, loc);
      }
      const bound = alt_pc.stores.slice(outerStores.length).sort();
      if (names === null) names = bound;
      else if (names.join(',') !== bound.join(',')) throw this.error('alternative patterns bind different names', loc);
    });
    pc.stores = [...outerStores, ...(names ?? [])];
    this.bind(end);
  }

  // ------------------------------------------------------------------ conditional jumps

  /** compiler_jump_if: jump to `next` if truthiness of `e` equals `cond` (short-circuiting). */
  private jumpIf(e: Expr, next: Label, cond: boolean): void {
    switch (e.kind) {
      case 'Constant': {
        // CPython emits LOAD_CONST + POP_JUMP and optimises them away: the constant stays listed
        const v = constOf(e);
        this.u.addConst(v);
        const truthy = constTruthy(v);
        if (truthy === cond) this.emitJump(Op.JUMP, next, locOf(e));
        return;
      }
      case 'UnaryOp':
        if (e.op === 'Not') return this.jumpIf(e.operand, next, !cond);
        break;
      case 'BoolOp': {
        const cond2 = e.op === 'Or';
        let next2 = next;
        if (cond2 !== cond) next2 = this.newLabel();
        const n = e.values.length - 1;
        for (let i = 0; i < n; i++) this.jumpIf(e.values[i]!, next2, cond2);
        this.jumpIf(e.values[n]!, next, cond);
        if (next2 !== next) this.bind(next2);
        return;
      }
      case 'IfExp': {
        const end = this.newLabel();
        const next2 = this.newLabel();
        this.jumpIf(e.test, next2, false);
        this.jumpIf(e.body, next, cond);
        this.emitJump(Op.JUMP, end, NO_LOC);
        this.bind(next2);
        this.jumpIf(e.orelse, next, cond);
        this.bind(end);
        return;
      }
      case 'Compare': {
        const n = e.ops.length - 1;
        if (n > 0) {
          this.checkCompare(e);
          const loc = locOf(e);
          const cleanup = this.newLabel();
          this.visitExpr(e.left);
          for (let i = 0; i < n; i++) {
            this.visitExpr(e.comparators[i]!);
            this.emit(Op.SWAP, 2, loc);
            this.emit(Op.COPY, 2, loc);
            this.compareOp(e.ops[i]!, loc);
            this.emitJump(Op.POP_JUMP_IF_FALSE, cleanup, loc);
          }
          this.visitExpr(e.comparators[n]!);
          this.compareOp(e.ops[n]!, loc);
          this.emitJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, loc);
          const end = this.newLabel();
          this.emitJump(Op.JUMP, end, NO_LOC);
          this.bind(cleanup);
          this.emit(Op.POP_TOP, 0, loc);
          if (!cond) this.emitJump(Op.JUMP, next, NO_LOC);
          this.bind(end);
          return;
        }
        break;
      }
      default:
        break;
    }
    this.visitExpr(e);
    this.emitJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, locOf(e));
  }

  private compareOp(op: CmpOpName, loc: Loc): void {
    switch (op) {
      case 'Is': return this.emit(Op.IS_OP, 0, loc);
      case 'IsNot': return this.emit(Op.IS_OP, 1, loc);
      case 'In': return this.emit(Op.CONTAINS_OP, 0, loc);
      case 'NotIn': return this.emit(Op.CONTAINS_OP, 1, loc);
      case 'Eq': return this.emit(Op.COMPARE_OP, CompareOp.EQ, loc);
      case 'NotEq': return this.emit(Op.COMPARE_OP, CompareOp.NE, loc);
      case 'Lt': return this.emit(Op.COMPARE_OP, CompareOp.LT, loc);
      case 'LtE': return this.emit(Op.COMPARE_OP, CompareOp.LE, loc);
      case 'Gt': return this.emit(Op.COMPARE_OP, CompareOp.GT, loc);
      case 'GtE': return this.emit(Op.COMPARE_OP, CompareOp.GE, loc);
    }
  }

  // ------------------------------------------------------------------ expressions

  /** update_start_location_to_match_attr: a multi-line `a\n.b` points at `.b`'s line. */
  private attrLoc(loc: Loc, attr: Extract<Expr, { kind: 'Attribute' }>): Loc {
    if (loc.lineno === attr.end_lineno) return loc;
    const r = { ...loc, lineno: attr.end_lineno };
    const len = attr.attr.length;
    if (len <= attr.end_col_offset) r.col = attr.end_col_offset - len;
    else {
      r.col = -1;
      r.end_col = -1;
    }
    r.end_lineno = Math.max(r.lineno, r.end_lineno);
    if (r.lineno === r.end_lineno) r.end_col = Math.max(r.col, r.end_col);
    return r;
  }

  private visitExpr(e: Expr): void {
    const loc = locOf(e);
    switch (e.kind) {
      case 'NamedExpr':
        // target := value
        this.visitExpr(e.value);
        this.emit(Op.COPY, 1, loc);
        this.visitExpr(e.target);
        return;
      case 'BoolOp': {
        // a and b / a or b
        const end = this.newLabel();
        const op = e.op === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
        const n = e.values.length - 1;
        for (let i = 0; i < n; i++) {
          this.visitExpr(e.values[i]!);
          this.emitJump(op, end, loc);
        }
        this.visitExpr(e.values[n]!);
        this.bind(end);
        return;
      }
      case 'BinOp':
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        this.emit(Op.BINARY_OP, BINOP[e.op], loc);
        return;
      case 'UnaryOp':
        this.visitExpr(e.operand);
        this.emit(
          e.op === 'Not' ? Op.UNARY_NOT : e.op === 'USub' ? Op.UNARY_NEGATIVE : e.op === 'UAdd' ? Op.UNARY_POSITIVE : Op.UNARY_INVERT,
          0, loc,
        );
        return;
      case 'Lambda':
        return this.visitLambda(e);
      case 'IfExp': {
        // body if test else orelse
        const end = this.newLabel();
        const next = this.newLabel();
        this.jumpIf(e.test, next, false);
        this.visitExpr(e.body);
        this.emitJump(Op.JUMP, end, NO_LOC);
        this.bind(next);
        this.visitExpr(e.orelse);
        this.bind(end);
        return;
      }
      case 'Dict':
        return this.visitDict(e);
      case 'Set':
        return this.starunpack(e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false, loc);
      case 'ListComp':
        return this.visitComprehension(e, 'list', e.generators, e.elt, null);
      case 'SetComp':
        return this.visitComprehension(e, 'set', e.generators, e.elt, null);
      case 'DictComp':
        return this.visitComprehension(e, 'dict', e.generators, e.key, e.value);
      case 'GeneratorExp':
        return this.visitComprehension(e, 'genexpr', e.generators, e.elt, null);
      case 'Yield':
        // yield [value]
        if (!this.u.isFunctionLike) throw this.error("'yield' outside function", loc);
        if (e.value) this.visitExpr(e.value);
        else this.loadConst(NONE, loc);
        if (this.u.ste.coroutine) this.emit(Op.CALL_INTRINSIC_1, Intrinsic.ASYNC_GEN_WRAP, loc);
        this.emit(Op.YIELD_VALUE, 0, loc);
        this.emit(Op.RESUME, 1, loc);
        return;
      case 'YieldFrom': {
        // yield from iterable: L: SEND exit; YIELD_VALUE; RESUME; JUMP L; exit: (the VM
        // recognises a suspended `yield from` by SEND right before the YIELD_VALUE)
        if (!this.u.isFunctionLike) throw this.error("'yield' outside function", loc);
        if (this.u.ste.coroutine) throw this.error("'yield from' inside async function", loc);
        this.visitExpr(e.value);
        this.emit(Op.GET_YIELD_FROM_ITER, 0, loc);
        this.loadConst(NONE, loc);
        const send = this.newLabel();
        const exit = this.newLabel();
        this.bind(send);
        this.emitJump(Op.SEND, exit, loc);
        this.emit(Op.YIELD_VALUE, 0, loc);
        this.emit(Op.RESUME, 2, loc);
        this.emitJump(Op.JUMP, send, loc);
        this.bind(exit);
        return;
      }
      case 'Await':
        if (!this.u.isFunctionLike) throw this.error("'await' outside function", loc);
        if (!this.u.ste.coroutine) throw this.error("'await' outside async function", loc);
        this.visitExpr(e.value);
        this.emit(Op.GET_AWAITABLE, 0, loc);
        this.awaitLoop(loc);
        return;
      case 'Compare':
        return this.visitCompare(e);
      case 'Call':
        return this.visitCall(e);
      case 'FormattedValue': {
        // f"{value!r:spec}"
        this.visitExpr(e.value);
        let arg = e.conversion === 115 ? 1 : e.conversion === 114 ? 2 : e.conversion === 97 ? 3 : 0;
        if (e.format_spec) {
          this.visitExpr(e.format_spec);
          arg |= 4;
        }
        this.emit(Op.FORMAT_VALUE, arg, loc);
        return;
      }
      case 'JoinedStr':
        // f"..." : the pieces then BUILD_STRING (''.join([...]) for very many pieces)
        if (e.values.length > STACK_USE_GUIDELINE) {
          this.loadConst(str(''), loc);
          this.emit(Op.LOAD_ATTR, (this.u.addName('join') << 1) | 1, loc);
          this.emit(Op.BUILD_LIST, 0, loc);
          for (const v of e.values) {
            this.visitExpr(v);
            this.emit(Op.LIST_APPEND, 1, loc);
          }
          this.emit(Op.CALL, 1, loc);
        } else {
          for (const v of e.values) this.visitExpr(v);
          if (e.values.length !== 1) this.emit(Op.BUILD_STRING, e.values.length, loc);
        }
        return;
      case 'Constant':
        this.loadConst(constOf(e), loc);
        return;
      case 'Attribute':
        return this.visitAttribute(e, loc);
      case 'Subscript':
        return this.visitSubscript(e, loc);
      case 'Starred':
        if (e.ctx === 'Store') throw this.error('starred assignment target must be in a list or tuple', loc);
        throw this.error("can't use starred expression here", loc);
      case 'Slice':
        this.sliceParts(e);
        if (e.step) {
          this.visitExpr(e.step);
          this.emit(Op.BUILD_SLICE, 3, loc);
        } else {
          this.emit(Op.BUILD_SLICE, 2, loc);
        }
        return;
      case 'Name':
        return this.nameOp(e.id, e.ctx, loc);
      case 'List':
        if (e.ctx === 'Store') return this.assignmentHelper(e.elts, loc);
        if (e.ctx === 'Del') return this.visitExprs(e.elts);
        return this.starunpack(e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false, loc);
      case 'Tuple':
        if (e.ctx === 'Store') return this.assignmentHelper(e.elts, loc);
        if (e.ctx === 'Del') return this.visitExprs(e.elts);
        return this.starunpack(e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true, loc);
    }
  }

  private visitExprs(es: Expr[]): void {
    for (const e of es) this.visitExpr(e);
  }

  /** Lower and upper bounds of a slice (None when absent). */
  private sliceParts(s: Extract<Expr, { kind: 'Slice' }>): void {
    if (s.lower) this.visitExpr(s.lower);
    else this.loadConst(NONE, locOf(s));
    if (s.upper) this.visitExpr(s.upper);
    else this.loadConst(NONE, locOf(s));
  }

  /** obj.attr (load / store / delete; `super().attr` via LOAD_SUPER_ATTR) */
  private visitAttribute(e: Extract<Expr, { kind: 'Attribute' }>, loc: Loc): void {
    if (e.ctx === 'Load' && this.canOptimizeSuperCall(e)) {
      const call = e.value as Extract<Expr, { kind: 'Call' }>;
      this.loadArgsForSuper(call);
      const twoArgs = call.args.length ? 2 : 0;
      this.emit(Op.LOAD_SUPER_ATTR, (this.attrName(e.attr) << 2) | twoArgs, loc);
      return;
    }
    this.visitExpr(e.value);
    const aloc = this.attrLoc(loc, e);
    switch (e.ctx) {
      case 'Load': return this.emit(Op.LOAD_ATTR, this.attrName(e.attr) << 1, aloc);
      case 'Store': return this.emit(Op.STORE_ATTR, this.attrName(e.attr), aloc);
      case 'Del': return this.emit(Op.DELETE_ATTR, this.attrName(e.attr), aloc);
    }
  }

  /** container[key] / container[a:b] (load / store / delete) */
  private visitSubscript(e: Extract<Expr, { kind: 'Subscript' }>, loc: Loc): void {
    if (e.ctx === 'Load') {
      const w = subscriptWarning(e.value, e.slice);
      if (w !== null) compilerWarnings.warn('SyntaxWarning', w, this.filename, e.value.lineno);
    }
    this.visitExpr(e.value);
    if (e.ctx !== 'Del' && isTwoElementSlice(e.slice)) {
      this.sliceParts(e.slice as Extract<Expr, { kind: 'Slice' }>);
      this.emit(e.ctx === 'Load' ? Op.BINARY_SLICE : Op.STORE_SLICE, 0, loc);
      return;
    }
    this.visitExpr(e.slice);
    this.emit(e.ctx === 'Load' ? Op.BINARY_SUBSCR : e.ctx === 'Store' ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR, 0, loc);
  }

  /** Unpacking assignment targets: UNPACK_SEQUENCE / UNPACK_EX, then each target. */
  private assignmentHelper(elts: Expr[], loc: Loc): void {
    const n = elts.length;
    let seenStar = false;
    elts.forEach((elt, i) => {
      if (elt.kind === 'Starred' && !seenStar) {
        if (i >= 1 << 8 || n - i - 1 >= 1 << 23) throw this.error('too many expressions in star-unpacking assignment', loc);
        this.emit(Op.UNPACK_EX, i + ((n - i - 1) << 8), loc);
        seenStar = true;
      } else if (elt.kind === 'Starred') {
        throw this.error('multiple starred expressions in assignment', loc);
      }
    });
    if (!seenStar) this.emit(Op.UNPACK_SEQUENCE, n, loc);
    for (const elt of elts) this.visitExpr(elt.kind === 'Starred' ? elt.value : elt);
  }

  /** List / tuple / set displays and *args packing (starunpack_helper). */
  private starunpack(elts: Expr[], pushed: number, build: Op, add: Op, extend: Op, tuple: boolean, loc: Loc): void {
    const n = elts.length;
    if (n > 2 && elts.every((e) => e.kind === 'Constant')) {
      const items = elts.map((e) => constOf(e as Extract<Expr, { kind: 'Constant' }>));
      if (tuple && !pushed) {
        this.loadConst({ t: 'tuple', items }, loc);
      } else {
        this.emit(build, pushed, loc);
        this.loadConst(add === Op.SET_ADD ? { t: 'frozenset', items } : { t: 'tuple', items }, loc);
        this.emit(extend, 1, loc);
        if (tuple) this.emit(Op.LIST_TO_TUPLE, 0, loc);
      }
      return;
    }
    const big = n + pushed > STACK_USE_GUIDELINE;
    const seenStar = elts.some((e) => e.kind === 'Starred');
    if (!seenStar && !big) {
      for (const e of elts) this.visitExpr(e);
      if (tuple) this.buildTuple(n + pushed, loc);
      else this.emit(build, n + pushed, loc);
      return;
    }
    let built = false;
    if (big) {
      this.emit(build, pushed, loc);
      built = true;
    }
    elts.forEach((e, i) => {
      if (e.kind === 'Starred') {
        if (!built) {
          this.emit(build, i + pushed, loc);
          built = true;
        }
        this.visitExpr(e.value);
        this.emit(extend, 1, loc);
      } else {
        this.visitExpr(e);
        if (built) this.emit(add, 1, loc);
      }
    });
    if (tuple) this.emit(Op.LIST_TO_TUPLE, 0, loc);
  }

  /** {k: v, **m} */
  private visitDict(e: Extract<Expr, { kind: 'Dict' }>): void {
    const loc = locOf(e);
    const n = e.values.length;
    let haveDict = false;
    let elements = 0;
    for (let i = 0; i < n; i++) {
      if (e.keys[i] === null) {
        if (elements) {
          this.subdict(e, i - elements, i);
          if (haveDict) this.emit(Op.DICT_UPDATE, 1, loc);
          haveDict = true;
          elements = 0;
        }
        if (!haveDict) {
          this.emit(Op.BUILD_MAP, 0, loc);
          haveDict = true;
        }
        this.visitExpr(e.values[i]!);
        this.emit(Op.DICT_UPDATE, 1, loc);
      } else if (elements * 2 > STACK_USE_GUIDELINE) {
        this.subdict(e, i - elements, i + 1);
        if (haveDict) this.emit(Op.DICT_UPDATE, 1, loc);
        haveDict = true;
        elements = 0;
      } else {
        elements++;
      }
    }
    if (elements) {
      this.subdict(e, n - elements, n);
      if (haveDict) this.emit(Op.DICT_UPDATE, 1, loc);
      haveDict = true;
    }
    if (!haveDict) this.emit(Op.BUILD_MAP, 0, loc);
  }

  private subdict(e: Extract<Expr, { kind: 'Dict' }>, begin: number, end: number): void {
    const loc = locOf(e);
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    const keys = e.keys.slice(begin, end) as Expr[];
    if (n > 1 && !big && keys.every((k) => k.kind === 'Constant')) {
      for (let i = begin; i < end; i++) this.visitExpr(e.values[i]!);
      this.loadConst({ t: 'tuple', items: keys.map((k) => constOf(k as Extract<Expr, { kind: 'Constant' }>)) }, loc);
      this.emit(Op.BUILD_CONST_KEY_MAP, n, loc);
      return;
    }
    if (big) this.emit(Op.BUILD_MAP, 0, loc);
    for (let i = begin; i < end; i++) {
      this.visitExpr(e.keys[i]!);
      this.visitExpr(e.values[i]!);
      if (big) this.emit(Op.MAP_ADD, 1, loc);
    }
    if (!big) this.emit(Op.BUILD_MAP, n, loc);
  }

  /** a < b, a < b < c (chained: SWAP/COPY and a cleanup that drops the leftover operand) */
  /** check_compare: SyntaxWarning for `is` / `is not` with a literal operand. */
  private checkCompare(e: Extract<Expr, { kind: 'Compare' }>): void {
    let leftExpr = e.left;
    let left = !isLiteralForIs(leftExpr);
    for (let i = 0; i < e.ops.length; i++) {
      const op = e.ops[i]!;
      const rightExpr = e.comparators[i]!;
      const right = !isLiteralForIs(rightExpr);
      if ((op === 'Is' || op === 'IsNot') && (!right || !left)) {
        const literal = !left ? leftExpr : rightExpr;
        const msg =
          op === 'Is'
            ? `"is" with '${constTypeName(literal)}' literal. Did you mean "=="?`
            : `"is not" with '${constTypeName(literal)}' literal. Did you mean "!="?`;
        compilerWarnings.warn('SyntaxWarning', msg, this.filename, e.lineno);
        return;
      }
      left = right;
      leftExpr = rightExpr;
    }
  }

  private visitCompare(e: Extract<Expr, { kind: 'Compare' }>): void {
    this.checkCompare(e);
    const loc = locOf(e);
    this.visitExpr(e.left);
    const n = e.ops.length - 1;
    if (n === 0) {
      this.visitExpr(e.comparators[0]!);
      this.compareOp(e.ops[0]!, loc);
      return;
    }
    const cleanup = this.newLabel();
    for (let i = 0; i < n; i++) {
      this.visitExpr(e.comparators[i]!);
      this.emit(Op.SWAP, 2, loc);
      this.emit(Op.COPY, 2, loc);
      this.compareOp(e.ops[i]!, loc);
      this.emitJump(Op.JUMP_IF_FALSE_OR_POP, cleanup, loc);
    }
    this.visitExpr(e.comparators[n]!);
    this.compareOp(e.ops[n]!, loc);
    const end = this.newLabel();
    this.emitJump(Op.JUMP, end, NO_LOC);
    this.bind(cleanup);
    this.emit(Op.SWAP, 2, loc);
    this.emit(Op.POP_TOP, 0, loc);
    this.bind(end);
  }

  // ------------------------------------------------------------------ calls

  /** f(args, kw=v, *a, **k); method calls obj.m(...) keep `obj` as self (LOAD_ATTR method bit). */
  private visitCall(e: Extract<Expr, { kind: 'Call' }>): void {
    const w = callerWarning(e.func);
    if (w !== null) compilerWarnings.warn('SyntaxWarning', w, this.filename, e.func.lineno);
    this.validateKeywords(e.keywords);
    if (this.maybeOptimizeMethodCall(e)) return;
    const f = e.func;
    if (f.kind === 'Name' && this.loadsGlobal(f)) {
      // LOAD_GLOBAL with the NULL bit replaces PUSH_NULL + LOAD_GLOBAL
      this.nameOp(f.id, 'Load', locOf(f));
      const last = this.u.instrs[this.u.instrs.length - 1]!;
      last.arg |= 1;
    } else {
      this.emit(Op.PUSH_NULL, 0, locOf(f));
      this.visitExpr(f);
    }
    this.callHelper(locOf(e), 0, e.args, e.keywords);
  }

  /** Would loading this name emit LOAD_GLOBAL? */
  private loadsGlobal(n: Name): boolean {
    const u = this.u;
    const sc = u.ste.getScope(mangle(u.privateName, n.id));
    if (sc === Sc.GLOBAL_EXPLICIT) return true;
    if (sc === Sc.GLOBAL_IMPLICIT) return u.isFunctionLike || (u.scopeType === 'class' && u.inInlinedComp > 0);
    if (sc === Sc.NONE || (sc === Sc.LOCAL && !u.isFunctionLike && !u.fastHidden.has(n.id))) {
      return u.scopeType === 'class' && u.inInlinedComp > 0;
    }
    return false;
  }

  private validateKeywords(kws: Keyword[]): void {
    for (let i = 0; i < kws.length; i++) {
      const k = kws[i]!;
      if (k.arg === null) continue;
      for (let j = i + 1; j < kws.length; j++) {
        const o = kws[j]!;
        if (o.arg === k.arg) throw this.error(`keyword argument repeated: ${k.arg}`, locOf(o));
      }
    }
  }

  /** maybe_optimize_method_call */
  private maybeOptimizeMethodCall(e: Extract<Expr, { kind: 'Call' }>): boolean {
    const meth = e.func;
    if (meth.kind !== 'Attribute' || meth.ctx !== 'Load') return false;
    // a module bound by `import` is not a method call target (is_import_originated)
    if (meth.value.kind === 'Name' && this.st.top.getFlags(meth.value.id) & DEF_IMPORT) return false;
    const argsl = e.args.length;
    const kwdsl = e.keywords.length;
    if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
    if (e.args.some((a) => a.kind === 'Starred') || e.keywords.some((k) => k.arg === null)) return false;
    const loc = locOf(meth);
    if (this.canOptimizeSuperCall(meth)) {
      const call = meth.value as Extract<Expr, { kind: 'Call' }>;
      this.loadArgsForSuper(call);
      const twoArgs = call.args.length ? 2 : 0;
      this.emit(Op.LOAD_SUPER_ATTR, (this.attrName(meth.attr) << 2) | twoArgs | 1, loc);
    } else {
      this.visitExpr(meth.value);
      this.emit(Op.LOAD_ATTR, (this.attrName(meth.attr) << 1) | 1, this.attrLoc(loc, meth));
    }
    this.visitExprs(e.args);
    const cloc = this.attrLoc(locOf(e), meth);
    if (kwdsl) {
      for (const k of e.keywords) this.visitExpr(k.value);
      this.loadConst({ t: 'tuple', items: e.keywords.map((k) => str(k.arg!)) }, cloc);
      this.emit(Op.CALL_KW, argsl + kwdsl, cloc);
    } else {
      this.emit(Op.CALL, argsl, cloc);
    }
    return true;
  }

  /** `super().x` / `super(C, self).x` where `super` is the builtin (can_optimize_super_call). */
  private canOptimizeSuperCall(attr: Extract<Expr, { kind: 'Attribute' }>): boolean {
    const e = attr.value;
    if (e.kind !== 'Call' || e.func.kind !== 'Name' || e.func.id !== 'super' || attr.attr === '__class__' || e.keywords.length) {
      return false;
    }
    if (this.u.ste.getScope('super') !== Sc.GLOBAL_IMPLICIT) return false;
    if (this.st.top.getScope('super') !== Sc.NONE) return false;
    if (e.args.length === 2) return !e.args.some((a) => a.kind === 'Starred');
    if (e.args.length !== 0) return false;
    if (this.u.argcount === 0 && this.u.posonlyargcount === 0) return false;
    return this.u.ste.getScope('__class__') === Sc.FREE;
  }

  /** [super, class, self] for LOAD_SUPER_ATTR */
  private loadArgsForSuper(call: Extract<Expr, { kind: 'Call' }>): void {
    const loc = locOf(call);
    this.nameOp('super', 'Load', locOf(call.func));
    if (call.args.length === 2) {
      this.visitExpr(call.args[0]!);
      this.visitExpr(call.args[1]!);
      return;
    }
    this.nameOp('__class__', 'Load', loc);
    this.nameOp(this.u.varnames[0]!, 'Load', loc);
  }

  /** compiler_call_helper: `n` values already pushed (class: function and name). */
  private callHelper(loc: Loc, n: number, args: Expr[], keywords: Keyword[]): void {
    this.validateKeywords(keywords);
    const nelts = args.length;
    const nkw = keywords.length;
    const simple = nelts + nkw * 2 <= STACK_USE_GUIDELINE
      && !args.some((a) => a.kind === 'Starred') && !keywords.some((k) => k.arg === null);
    if (simple) {
      this.visitExprs(args);
      if (nkw) {
        for (const k of keywords) this.visitExpr(k.value);
        this.loadConst({ t: 'tuple', items: keywords.map((k) => str(k.arg!)) }, loc);
        this.emit(Op.CALL_KW, n + nelts + nkw, loc);
      } else {
        this.emit(Op.CALL, n + nelts, loc);
      }
      return;
    }
    // CALL_FUNCTION_EX: positional arguments as one tuple, keywords as one dict
    if (n === 0 && nelts === 1 && args[0]!.kind === 'Starred') {
      this.visitExpr(args[0]!.value);
    } else {
      this.starunpack(args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true, loc);
    }
    if (nkw) {
      let haveDict = false;
      let nseen = 0;
      keywords.forEach((kw, i) => {
        if (kw.arg === null) {
          if (nseen) {
            this.subkwargs(keywords, i - nseen, i, loc);
            if (haveDict) this.emit(Op.DICT_MERGE, 1, loc);
            haveDict = true;
            nseen = 0;
          }
          if (!haveDict) {
            this.emit(Op.BUILD_MAP, 0, loc);
            haveDict = true;
          }
          this.visitExpr(kw.value);
          this.emit(Op.DICT_MERGE, 1, loc);
        } else {
          nseen++;
        }
      });
      if (nseen) {
        this.subkwargs(keywords, nkw - nseen, nkw, loc);
        if (haveDict) this.emit(Op.DICT_MERGE, 1, loc);
      }
    }
    this.emit(Op.CALL_FUNCTION_EX, nkw > 0 ? 1 : 0, loc);
  }

  /** A dict of plain keyword arguments keywords[begin:end] (compiler_subkwargs). */
  private subkwargs(keywords: Keyword[], begin: number, end: number, loc: Loc): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    const kws = keywords.slice(begin, end);
    if (n > 1 && !big) {
      for (const k of kws) this.visitExpr(k.value);
      this.loadConst({ t: 'tuple', items: kws.map((k) => str(k.arg!)) }, loc);
      this.emit(Op.BUILD_CONST_KEY_MAP, n, loc);
      return;
    }
    if (big) this.emit(Op.BUILD_MAP, 0, NO_LOC);
    for (const k of kws) {
      this.loadConst(str(k.arg!), loc);
      this.visitExpr(k.value);
      if (big) this.emit(Op.MAP_ADD, 1, NO_LOC);
    }
    if (!big) this.emit(Op.BUILD_MAP, n, loc);
  }

  // ------------------------------------------------------------------ functions and comprehensions

  /** lambda args: body */
  private visitLambda(e: Extract<Expr, { kind: 'Lambda' }>): void {
    const loc = locOf(e);
    const flags = this.defaultArguments(e.args, loc);
    this.enterScope(e, 'lambda', '<lambda>', e.lineno, this.u.privateName);
    this.u.addConst(NONE); // None first: a lambda has no docstring
    this.setArgCounts(e.args);
    this.visitExpr(e.body);
    let code: CodeUnit;
    if (this.u.ste.generator) {
      code = this.exitScope(true);
    } else {
      this.emit(Op.RETURN_VALUE, 0, locOf(e.body));
      code = this.exitScope(false);
    }
    this.makeClosure(code, flags, loc);
  }

  /** [elt for ...] / {elt for ...} / {k: v for ...} inlined; (elt for ...) as its own code unit. */
  private visitComprehension(
    e: Expr, type: 'list' | 'set' | 'dict' | 'genexpr', gens: Comprehension[], elt: Expr, val: Expr | null,
  ): void {
    const loc = locOf(e);
    const entry = this.st.lookup(e);
    const outermost = gens[0]!;
    const isAsync = gens.some((g) => g.is_async);
    if (isAsync && type !== 'genexpr' && !this.u.ste.coroutine) {
      throw this.error('asynchronous comprehension outside of an asynchronous function', loc);
    }
    if (entry.compInlined) {
      this.visitExpr(outermost.iter);
      this.emit(outermost.is_async ? Op.GET_AITER : Op.GET_ITER, 0, loc);
      const state = this.pushInlinedComprehensionState(entry, loc);
      this.emit(type === 'list' ? Op.BUILD_LIST : type === 'set' ? Op.BUILD_SET : Op.BUILD_MAP, 0, loc);
      this.emit(Op.SWAP, 2, loc);
      this.comprehensionGenerator(gens, 0, 0, elt, val, type, true, loc);
      this.popInlinedComprehensionState(state, loc);
      return;
    }
    this.enterScope(e, 'comprehension', '<genexpr>', e.lineno, this.u.privateName);
    if (isAsync) this.u.ste.coroutine = true; // an asynchronous generator expression
    this.comprehensionGenerator(gens, 0, 0, elt, val, type, false, loc);
    this.wrapInStopIterationHandler();
    const code = this.exitScope(false);
    this.makeClosure(code, 0, loc);
    this.visitExpr(outermost.iter);
    this.emit(outermost.is_async ? Op.GET_AITER : Op.GET_ITER, 0, loc);
    this.emit(Op.CALL, 0, loc); // [func, iter]: CALL 0 calls func(iter)
  }

  /** compiler_sync_comprehension_generator: one `for` clause (and, recursively, the rest). */
  private comprehensionGenerator(
    gens: Comprehension[], index: number, depth: number, elt: Expr, val: Expr | null,
    type: 'list' | 'set' | 'dict' | 'genexpr', iterOnStack: boolean, loc: Loc,
  ): void {
    let start: Label | null = this.newLabel();
    const ifCleanup = this.newLabel();
    const anchor = this.newLabel();
    const gen = gens[index]!;
    if (!iterOnStack) {
      if (index === 0) {
        // the outermost iterator is the implicit argument `.0`
        this.u.argcount = 1;
        this.emit(Op.LOAD_FAST, 0, loc);
      } else {
        // `for y in [f(x)]`: a one-item list/tuple binds without a loop
        const it = gen.iter;
        const elts = it.kind === 'List' || it.kind === 'Tuple' ? it.elts : null;
        if (elts && elts.length === 1 && elts[0]!.kind !== 'Starred') {
          this.visitExpr(elts[0]!);
          start = null;
        } else {
          this.visitExpr(it);
          this.emit(gen.is_async ? Op.GET_AITER : Op.GET_ITER, 0, loc);
        }
      }
    }
    if (start !== null && gen.is_async) {
      // async for: [aiter] -> await __anext__(); StopAsyncIteration ends the loop at `anchor`
      depth++;
      this.bind(start);
      this.emitJump(Op.SETUP_FINALLY, anchor, loc);
      this.emit(Op.GET_ANEXT, 0, loc);
      this.awaitLoop(loc);
      this.emit(Op.POP_BLOCK, 0, NO_LOC);
    } else if (start !== null) {
      depth++;
      this.bind(start);
      this.emit(Op.RESUME, 0, loc);
      this.emitJump(Op.FOR_ITER, anchor, loc);
    }
    this.visitExpr(gen.target);
    for (const cond of gen.ifs) this.jumpIf(cond, ifCleanup, false);
    if (index + 1 < gens.length) {
      this.comprehensionGenerator(gens, index + 1, depth, elt, val, type, false, loc);
    } else {
      let eltLoc = locOf(elt);
      switch (type) {
        case 'genexpr':
          this.visitExpr(elt);
          if (this.u.ste.coroutine) this.emit(Op.CALL_INTRINSIC_1, Intrinsic.ASYNC_GEN_WRAP, eltLoc);
          this.emit(Op.YIELD_VALUE, 0, eltLoc);
          this.emit(Op.RESUME, 1, eltLoc);
          this.emit(Op.POP_TOP, 0, eltLoc);
          break;
        case 'list':
          this.visitExpr(elt);
          this.emit(Op.LIST_APPEND, depth + 1, eltLoc);
          break;
        case 'set':
          this.visitExpr(elt);
          this.emit(Op.SET_ADD, depth + 1, eltLoc);
          break;
        case 'dict':
          this.visitExpr(elt);
          this.visitExpr(val!);
          eltLoc = { lineno: elt.lineno, end_lineno: val!.end_lineno, col: elt.col_offset, end_col: val!.end_col_offset };
          this.emit(Op.MAP_ADD, depth + 1, eltLoc);
          break;
      }
    }
    this.bind(ifCleanup);
    if (start !== null) {
      this.emitJump(Op.JUMP, start, NO_LOC);
      this.bind(anchor);
      if (gen.is_async) this.emit(Op.END_ASYNC_FOR, 0, loc);
    }
  }

  /**
   * Isolate an inlined comprehension's own names: save them with LOAD_FAST_AND_CLEAR (making
   * them fast locals of a module/class body for the duration), give names the scope they have
   * inside the comprehension, and set up the block that restores them if the body raises.
   */
  private pushInlinedComprehensionState(entry: Scope, loc: Loc): InlinedState {
    const u = this.u;
    const inClassBlock = u.scopeType === 'class' && !u.inInlinedComp;
    u.inInlinedComp++;
    const state: InlinedState = { pushed: [], tempScopes: new Map(), fastHidden: [], cleanup: null };
    for (const [k, flags] of entry.flags) {
      const scope = entry.getScope(k);
      const outFlags = u.ste.flags.get(k);
      const outsc = u.ste.getScope(k);
      if ((scope !== outsc && scope !== Sc.FREE && !(scope === Sc.CELL && outsc === Sc.FREE)) || inClassBlock) {
        state.tempScopes.set(k, { flags: outFlags, scope: u.ste.scopes.get(k) });
        u.ste.flags.set(k, flags);
        u.ste.scopes.set(k, scope);
      }
      if ((flags & DEF_LOCAL && !(flags & DEF_NONLOCAL)) || inClassBlock) {
        if (!u.isFunctionLike && !u.fastHidden.has(k)) {
          u.fastHidden.add(k);
          state.fastHidden.push(k);
        }
        this.emit(Op.LOAD_FAST_AND_CLEAR, u.addVarname(k), loc);
        if (scope === Sc.CELL) this.emit(Op.MAKE_CELL, u.derefIndex(k, outsc === Sc.FREE ? Sc.FREE : Sc.CELL), loc);
        state.pushed.push(k);
      }
    }
    if (state.pushed.length) {
      this.emit(Op.SWAP, state.pushed.length + 1, loc);
      state.cleanup = this.newLabel();
      this.emitJump(Op.SETUP_FINALLY, state.cleanup, loc);
    }
    return state;
  }

  private popInlinedComprehensionState(state: InlinedState, loc: Loc): void {
    const u = this.u;
    u.inInlinedComp--;
    if (state.cleanup) {
      const end = this.newLabel();
      this.emit(Op.POP_BLOCK, 0, NO_LOC);
      this.emitJump(Op.JUMP, end, NO_LOC);
      // the comprehension raised: [saved..., partial result, exc]
      this.bind(state.cleanup);
      this.emit(Op.SWAP, 2, NO_LOC);
      this.emit(Op.POP_TOP, 0, NO_LOC);
      this.restoreInlinedLocals(state, loc);
      this.emit(Op.RERAISE, 0, NO_LOC);
      this.bind(end);
      this.restoreInlinedLocals(state, loc);
    }
    for (const [k, v] of state.tempScopes) {
      if (v.flags === undefined) u.ste.flags.delete(k);
      else u.ste.flags.set(k, v.flags);
      if (v.scope === undefined) u.ste.scopes.delete(k);
      else u.ste.scopes.set(k, v.scope);
    }
    for (const k of state.fastHidden) u.fastHidden.delete(k);
  }

  private restoreInlinedLocals(state: InlinedState, loc: Loc): void {
    this.emit(Op.SWAP, state.pushed.length + 1, loc);
    for (let i = state.pushed.length - 1; i >= 0; i--) {
      this.emit(Op.STORE_FAST, this.u.addVarname(state.pushed[i]!), loc);
    }
  }
}

interface InlinedState {
  pushed: string[];
  tempScopes: Map<string, { flags: number | undefined; scope: Sc | undefined }>;
  fastHidden: string[];
  cleanup: Label | null;
}

function constTruthy(v: Const): boolean {
  switch (v.t) {
    case 'None': return false;
    case 'bool': return v.v;
    case 'int': return v.v !== 0n;
    case 'float': return v.v !== 0;
    case 'complex': return v.imag !== 0;
    case 'str': return v.v.length > 0;
    case 'bytes': return v.v.length > 0;
    case 'tuple': case 'frozenset': return v.items.length > 0;
    case 'Ellipsis': case 'code': return true;
  }
}

/**
 * Instructions without a position inherit the previous instruction's when control falls
 * through from it (as CPython propagates line numbers within a basic block), so artificial
 * instructions still point somewhere sensible.
 */
function propagateLocations(instrs: Instr[]): void {
  const targets = new Set<number>();
  for (const i of instrs) if (i.target && isJump(i.op)) targets.add(i.target.pos);
  for (let i = 1; i < instrs.length; i++) {
    const ins = instrs[i]!;
    const prev = instrs[i - 1]!;
    if (ins.loc.lineno !== -1 || prev.loc.lineno === -1 || targets.has(i)) continue;
    if (prev.op === Op.JUMP || prev.op === Op.RETURN_VALUE || prev.op === Op.RETURN_CONST
      || prev.op === Op.RAISE_VARARGS || prev.op === Op.RERAISE) continue;
    if (ins.op === Op.MAKE_CELL || ins.op === Op.COPY_FREE_VARS) continue;
    ins.loc = prev.loc;
  }
}
