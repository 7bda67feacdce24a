/**
 * The symbol table: CPython 3.12's Python/symtable.c, decision for decision.
 *
 * Model. Two passes over the AST.
 *  1. Collection (`Builder`): one `Scope` ("symbol table entry") per module, class, function,
 *     lambda and comprehension. Every name occurrence records DEF_* flags in the scope where it
 *     occurs: DEF_LOCAL (assigned), DEF_PARAM, DEF_GLOBAL / DEF_NONLOCAL (declarations), USE,
 *     DEF_IMPORT, DEF_ANNOT. Names in classes are mangled (`__x` → `_C__x`). Declarations are
 *     checked against earlier uses here ("name 'x' is used prior to global declaration").
 *  2. Analysis (`analyzeBlock`): walking the tree top-down with the sets of names *bound* in
 *     enclosing function scopes and the *global* names, then bottom-up with the names that are
 *     *free* in children, each name gets a scope: LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE
 *     or CELL. Class scopes do not make their names visible to nested scopes; a free `__class__`
 *     reaching a class makes the class body create the implicit `__class__` cell.
 *
 * PEP 709 (3.12): list/set/dict comprehensions are analysed as their own function scopes and
 * then *inlined* into the enclosing scope (`inlineComprehension`): their bindings are copied
 * into the parent (which may make a module or class get fast-local or cell slots), and their
 * child scopes are spliced into the parent's children. Generator expressions stay separate.
 * The compiler still reads the comprehension's own entry to know which names to isolate.
 */
import type {
  Mod, Stmt, Expr, Arguments, Comprehension, Pattern, Pos, Keyword, ExceptHandler, Arg,
} from '../frontend/ast';
import { PySyntaxError, syntaxErrorAt } from './syntax-error';

// Flags recorded for a name in a scope (CPython's DEF_*).
export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE = 32;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
export const DEF_COMP_CELL = 2048;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/** The resolved scope of a name (CPython's LOCAL … CELL; 0 = not resolved / unknown). */
export const enum Sc { NONE = 0, LOCAL = 1, GLOBAL_EXPLICIT = 2, GLOBAL_IMPLICIT = 3, FREE = 4, CELL = 5 }

export type BlockType = 'module' | 'class' | 'function';
export type ComprehensionKind = 'list' | 'set' | 'dict' | 'genexpr' | null;

/** A symbol table entry (CPython's PySTEntryObject). */
export class Scope {
  /** name → DEF_* flags */
  readonly flags = new Map<string, number>();
  /** name → resolved scope (filled by the analysis) */
  readonly scopes = new Map<string, Sc>();
  /** parameters in order (posonly, regular, kwonly, *args, **kwargs) */
  readonly varnames: string[] = [];
  readonly children: Scope[] = [];
  /** `global` / `nonlocal` statements (and walrus targets), for error locations */
  readonly directives = new Map<string, Pos>();
  nested = false;
  generator = false;
  coroutine = false;
  varargs = false;
  varkeywords = false;
  comprehension: ComprehensionKind = null;
  /** set by the analysis on list/set/dict comprehensions merged into their parent */
  compInlined = false;
  /** the class body needs the implicit `__class__` cell */
  needsClassClosure = false;
  /** private name for mangling (the innermost enclosing class name) */
  privateName: string | null = null;
  compIterTarget = false;
  compIterExpr = 0;

  constructor(
    readonly name: string,
    readonly type: BlockType,
    readonly node: object,
    readonly lineno: number,
  ) {}

  /** Function-like scopes (functions, lambdas, comprehensions) use fast locals. */
  get isFunctionLike(): boolean {
    return this.type === 'function';
  }

  getScope(name: string): Sc {
    return this.scopes.get(name) ?? Sc.NONE;
  }

  getFlags(name: string): number {
    return this.flags.get(name) ?? 0;
  }
}

/** CPython's _Py_Mangle: `__spam` inside class `Ham` → `_Ham__spam`. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__')) return name;
  if (name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  if (stripped === '') return name;
  return '_' + stripped + name;
}

export class SymbolTable {
  constructor(readonly top: Scope, private readonly byNode: Map<object, Scope>) {}

  /** The entry of a FunctionDef / Lambda / ClassDef / comprehension node (or the Mod). */
  lookup(node: object): Scope {
    const s = this.byNode.get(node);
    if (s === undefined) throw new Error('symtable: no scope for node');
    return s;
  }
}

export function buildSymbolTable(mod: Mod, filename: string, source?: string): SymbolTable {
  const b = new Builder(filename, source);
  b.run(mod);
  analyzeBlock(b.top!, null, new Set(), new Set(), b);
  return new SymbolTable(b.top!, b.byNode);
}

// ---------------------------------------------------------------------------- pass 1: collection

class Builder {
  top: Scope | null = null;
  readonly byNode = new Map<object, Scope>();
  private stack: Scope[] = [];
  private cur!: Scope;
  private privateName: string | null = null;

  constructor(readonly filename: string, readonly source?: string) {}

  error(msg: string, pos: Pos): PySyntaxError {
    return syntaxErrorAt(msg, this.filename, pos, this.source);
  }

  run(mod: Mod): void {
    this.enter('top', 'module', mod, 0);
    this.top = this.cur;
    if (mod.kind === 'Expression') this.visitExpr(mod.body);
    else for (const s of mod.body) this.visitStmt(s);
    this.exit();
  }

  private enter(name: string, type: BlockType, node: object, lineno: number): void {
    const prev = this.stack.length ? this.cur : null;
    const ste = new Scope(name, type, node, lineno);
    if (prev !== null) {
      if (prev.nested || prev.isFunctionLike) ste.nested = true;
      ste.compIterExpr = prev.compIterExpr;
      prev.children.push(ste);
    }
    ste.privateName = this.privateName;
    this.byNode.set(node, ste);
    this.stack.push(ste);
    this.cur = ste;
  }

  private exit(): void {
    this.stack.pop();
    this.cur = this.stack[this.stack.length - 1]!;
  }

  /** symtable_add_def: record `flag` for `name` in the current scope (or `ste`). */
  addDef(name: string, flag: number, pos: Pos, ste: Scope = this.cur): void {
    const mangled = mangle(this.privateName, name);
    const old = ste.flags.get(mangled);
    let val = flag;
    if (old !== undefined) {
      if (flag & DEF_PARAM && old & DEF_PARAM) {
        throw this.error(`duplicate argument '${name}' in function definition`, pos);
      }
      val = old | flag;
    }
    if (ste.compIterTarget) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
        throw this.error(`comprehension inner loop cannot rebind assignment expression target '${name}'`, pos);
      }
      val |= DEF_COMP_ITER;
    }
    ste.flags.set(mangled, val);
    if (flag & DEF_PARAM) ste.varnames.push(mangled);
    else if (flag & DEF_GLOBAL) {
      const top = this.top!;
      top.flags.set(mangled, flag | (top.flags.get(mangled) ?? 0));
    }
  }

  private recordDirective(name: string, pos: Pos): void {
    const m = mangle(this.privateName, name);
    if (!this.cur.directives.has(m)) this.cur.directives.set(m, pos);
  }

  // ---- statements

  visitStmt(s: Stmt): void {
    switch (s.kind) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.args.defaults);
        for (const d of s.args.kw_defaults) if (d) this.visitExpr(d);
        this.visitExprs(s.decorator_list);
        this.visitAnnotations(s.args, s.returns);
        this.enter(s.name, 'function', s, s.lineno);
        if (s.kind === 'AsyncFunctionDef') this.cur.coroutine = true;
        this.visitArguments(s.args);
        for (const x of s.body) this.visitStmt(x);
        this.exit();
        break;
      }
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.bases);
        for (const k of s.keywords) this.visitExpr(k.value);
        this.visitExprs(s.decorator_list);
        const savedPrivate = this.privateName;
        this.privateName = s.name;
        this.enter(s.name, 'class', s, s.lineno);
        for (const x of s.body) this.visitStmt(x);
        this.exit();
        this.privateName = savedPrivate;
        break;
      }
      case 'Return':
        if (s.value) this.visitExpr(s.value);
        break;
      case 'Delete':
        this.visitExprs(s.targets);
        break;
      case 'Assign':
        this.visitExprs(s.targets);
        this.visitExpr(s.value);
        break;
      case 'AnnAssign': {
        const t = s.target;
        if (t.kind === 'Name') {
          const cur = this.cur.getFlags(mangle(this.privateName, t.id));
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur.flags !== this.top!.flags && s.simple) {
            const kind = cur & DEF_GLOBAL ? 'global' : 'nonlocal';
            throw this.error(`annotated name '${t.id}' can't be ${kind}`, s);
          }
          if (s.simple) this.addDef(t.id, DEF_ANNOT | DEF_LOCAL, t);
          else if (s.value) this.addDef(t.id, DEF_LOCAL, t);
        } else {
          this.visitExpr(t);
        }
        this.visitExpr(s.annotation);
        if (s.value) this.visitExpr(s.value);
        break;
      }
      case 'AugAssign':
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case 'For':
      case 'AsyncFor':
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'While':
      case 'If':
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'Match':
        this.visitExpr(s.subject);
        for (const c of s.cases) {
          this.visitPattern(c.pattern);
          if (c.guard) this.visitExpr(c.guard);
          this.visitStmts(c.body);
        }
        break;
      case 'Raise':
        if (s.exc) {
          this.visitExpr(s.exc);
          if (s.cause) this.visitExpr(s.cause);
        }
        break;
      case 'Try':
      case 'TryStar':
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        for (const h of s.handlers) this.visitHandler(h);
        this.visitStmts(s.finalbody);
        break;
      case 'Assert':
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) {
          const store = a.asname ?? a.name.split('.')[0]!;
          if (a.name === '*') {
            if (this.cur.type !== 'module') throw this.error('import * only allowed at module level', a);
          } else {
            this.addDef(store, DEF_IMPORT, a);
          }
        }
        break;
      case 'Global':
      case 'Nonlocal': {
        const isGlobal = s.kind === 'Global';
        const word = isGlobal ? 'global' : 'nonlocal';
        for (const name of s.names) {
          const cur = this.cur.getFlags(mangle(this.privateName, name));
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${word}`;
            else if (cur & USE) msg = `name '${name}' is used prior to ${word} declaration`;
            else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${word}`;
            else msg = `name '${name}' is assigned to before ${word} declaration`;
            throw this.error(msg, s);
          }
          this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
          this.recordDirective(name, s);
        }
        break;
      }
      case 'Expr':
        this.visitExpr(s.value);
        break;
      case 'With':
      case 'AsyncWith':
        for (const it of s.items) {
          this.visitExpr(it.context_expr);
          if (it.optional_vars) this.visitExpr(it.optional_vars);
        }
        this.visitStmts(s.body);
        break;
      case 'TypeAlias':
        throw this.error("the 'type' statement is not supported", s);
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
    }
  }

  private visitStmts(ss: Stmt[]): void {
    for (const s of ss) this.visitStmt(s);
  }

  private visitHandler(h: ExceptHandler): void {
    if (h.type) this.visitExpr(h.type);
    if (h.name) this.addDef(h.name, DEF_LOCAL, h);
    this.visitStmts(h.body);
  }

  private visitAnnotations(args: Arguments, returns: Expr | null): void {
    const all: Arg[] = [...args.posonlyargs, ...args.args, ...args.kwonlyargs];
    if (args.vararg) all.push(args.vararg);
    if (args.kwarg) all.push(args.kwarg);
    for (const a of all) if (a.annotation) this.visitExpr(a.annotation);
    if (returns) this.visitExpr(returns);
  }

  private visitArguments(a: Arguments): void {
    for (const p of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) this.addDef(p.arg, DEF_PARAM, p);
    if (a.vararg) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.varargs = true;
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.varkeywords = true;
    }
  }

  private visitPattern(p: Pattern): void {
    switch (p.kind) {
      case 'MatchValue':
        this.visitExpr(p.value);
        break;
      case 'MatchSingleton':
        break;
      case 'MatchSequence':
        for (const q of p.patterns) this.visitPattern(q);
        break;
      case 'MatchStar':
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchMapping':
        this.visitExprs(p.keys);
        for (const q of p.patterns) this.visitPattern(q);
        if (p.rest) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case 'MatchClass':
        this.visitExpr(p.cls);
        for (const q of p.patterns) this.visitPattern(q);
        for (const q of p.kwd_patterns) this.visitPattern(q);
        break;
      case 'MatchAs':
        if (p.pattern) this.visitPattern(p.pattern);
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchOr':
        for (const q of p.patterns) this.visitPattern(q);
        break;
    }
  }

  // ---- expressions

  private visitExprs(es: Expr[]): void {
    for (const e of es) this.visitExpr(e);
  }

  visitExpr(e: Expr): void {
    switch (e.kind) {
      case 'NamedExpr':
        this.handleNamedExpr(e);
        break;
      case 'BoolOp':
        this.visitExprs(e.values);
        break;
      case 'BinOp':
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case 'UnaryOp':
        this.visitExpr(e.operand);
        break;
      case 'Lambda': {
        this.visitExprs(e.args.defaults);
        for (const d of e.args.kw_defaults) if (d) this.visitExpr(d);
        this.enter('lambda', 'function', e, e.lineno);
        this.visitArguments(e.args);
        this.visitExpr(e.body);
        this.exit();
        break;
      }
      case 'IfExp':
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case 'Dict':
        for (const k of e.keys) if (k) this.visitExpr(k);
        this.visitExprs(e.values);
        break;
      case 'Set':
        this.visitExprs(e.elts);
        break;
      case 'GeneratorExp':
        this.handleComprehension(e, 'genexpr', e.generators, e.elt, null);
        break;
      case 'ListComp':
        this.handleComprehension(e, 'list', e.generators, e.elt, null);
        break;
      case 'SetComp':
        this.handleComprehension(e, 'set', e.generators, e.elt, null);
        break;
      case 'DictComp':
        this.handleComprehension(e, 'dict', e.generators, e.key, e.value);
        break;
      case 'Yield':
      case 'YieldFrom':
        if (e.value) this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension) {
          const what = { list: 'list comprehension', set: 'set comprehension', dict: 'dict comprehension', genexpr: 'generator expression' }[this.cur.comprehension];
          throw this.error(`'yield' inside ${what}`, e);
        }
        break;
      case 'Await':
        this.visitExpr(e.value);
        break;
      case 'Compare':
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        break;
      case 'Call':
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        this.visitKeywords(e.keywords);
        break;
      case 'FormattedValue':
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        break;
      case 'JoinedStr':
        this.visitExprs(e.values);
        break;
      case 'Constant':
        break;
      case 'Attribute':
        this.visitExpr(e.value);
        break;
      case 'Subscript':
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case 'Starred':
        this.visitExpr(e.value);
        break;
      case 'Slice':
        if (e.lower) this.visitExpr(e.lower);
        if (e.upper) this.visitExpr(e.upper);
        if (e.step) this.visitExpr(e.step);
        break;
      case 'Name':
        this.addDef(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL, e);
        // Special-case super: it counts as a use of __class__.
        if (e.ctx === 'Load' && this.cur.type === 'function' && e.id === 'super') {
          this.addDef('__class__', USE, e);
        }
        break;
      case 'List':
      case 'Tuple':
        this.visitExprs(e.elts);
        break;
    }
  }

  private visitKeywords(ks: Keyword[]): void {
    for (const k of ks) this.visitExpr(k.value);
  }

  /** symtable_handle_namedexpr */
  private handleNamedExpr(e: Extract<Expr, { kind: 'NamedExpr' }>): void {
    if (this.cur.compIterExpr > 0) {
      throw this.error('assignment expression cannot be used in a comprehension iterable expression', e);
    }
    if (this.cur.comprehension) this.extendNamedExprScope(e.target);
    this.visitExpr(e.value);
    this.visitExpr(e.target);
  }

  /** symtable_extend_namedexpr_scope: a walrus in a comprehension binds in the enclosing scope. */
  private extendNamedExprScope(target: Extract<Expr, { kind: 'Name' }>): void {
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i]!;
      if (ste.comprehension) {
        if (ste.getFlags(name) & DEF_COMP_ITER) {
          throw this.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, target);
        }
        continue;
      }
      if (ste.type === 'function') {
        const inScope = ste.getFlags(name);
        this.addDef(name, inScope & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, target);
        this.recordDirective(name, target);
        this.addDef(name, DEF_LOCAL, target, ste);
        return;
      }
      if (ste.type === 'module') {
        this.addDef(name, DEF_GLOBAL, target);
        this.recordDirective(name, target);
        this.addDef(name, DEF_GLOBAL, target, ste);
        return;
      }
      throw this.error('assignment expression within a comprehension cannot be used in a class body', target);
    }
  }

  /** symtable_handle_comprehension: the outermost iterable belongs to the enclosing scope. */
  private handleComprehension(
    e: Expr, kind: Exclude<ComprehensionKind, null>, gens: Comprehension[], elt: Expr, value: Expr | null,
  ): void {
    const outermost = gens[0]!;
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    const name = { list: 'listcomp', set: 'setcomp', dict: 'dictcomp', genexpr: 'genexpr' }[kind];
    this.enter(name, 'function', e, e.lineno);
    this.cur.comprehension = kind;
    this.addDef('.0', DEF_PARAM, e);
    this.cur.compIterTarget = true;
    this.visitExpr(outermost.target);
    this.cur.compIterTarget = false;
    this.visitExprs(outermost.ifs);
    for (const g of gens.slice(1)) {
      this.cur.compIterTarget = true;
      this.visitExpr(g.target);
      this.cur.compIterTarget = false;
      this.cur.compIterExpr++;
      this.visitExpr(g.iter);
      this.cur.compIterExpr--;
      this.visitExprs(g.ifs);
    }
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    this.cur.generator = kind === 'genexpr';
    this.exit();
  }
}

// ---------------------------------------------------------------------------- pass 2: analysis

/** analyze_name: decide the scope of one name of `ste`. */
function analyzeName(
  ste: Scope, name: string, flags: number, bound: Set<string> | null,
  local: Set<string>, free: Set<string>, global: Set<string>, b: Builder,
): void {
  const directive = (): Pos => ste.directives.get(name) ?? { lineno: ste.lineno, col_offset: 0, end_lineno: ste.lineno, end_col_offset: 0 };
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) throw b.error(`name '${name}' is nonlocal and global`, directive());
    ste.scopes.set(name, Sc.GLOBAL_EXPLICIT);
    global.add(name);
    if (bound) bound.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (bound === null) throw b.error('nonlocal declaration not allowed at module level', directive());
    if (!bound.has(name)) throw b.error(`no binding for nonlocal '${name}' found`, directive());
    ste.scopes.set(name, Sc.FREE);
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    ste.scopes.set(name, Sc.LOCAL);
    local.add(name);
    global.delete(name);
    return;
  }
  if (bound !== null && bound.has(name)) {
    ste.scopes.set(name, Sc.FREE);
    free.add(name);
    return;
  }
  ste.scopes.set(name, Sc.GLOBAL_IMPLICIT);
}

/** analyze_block: resolve `ste` and its children; adds the names free in `ste` to `free`. */
function analyzeBlock(
  ste: Scope, bound: Set<string> | null, free: Set<string>, global: Set<string>, b: Builder,
): void {
  const local = new Set<string>();
  const newGlobal = new Set<string>();
  const newFree = new Set<string>();
  const newBound = new Set<string>();
  const inlinedCells = new Set<string>();

  // Class namespace has no effect on names visible in nested functions: populate the sets
  // passed to children before analysing the class's own names.
  if (ste.type === 'class') {
    for (const n of global) newGlobal.add(n);
    if (bound) for (const n of bound) newBound.add(n);
  }
  for (const [name, flags] of ste.flags) analyzeName(ste, name, flags, bound, local, free, global, b);

  if (ste.type !== 'class') {
    if (ste.isFunctionLike) for (const n of local) newBound.add(n);
    if (bound) for (const n of bound) newBound.add(n);
    for (const n of global) newGlobal.add(n);
  } else {
    newBound.add('__class__');
  }

  for (const child of ste.children) {
    const childFree = new Set(newFree);
    analyzeBlock(child, new Set(newBound), childFree, new Set(newGlobal), b);
    if (child.comprehension && !child.generator) {
      inlineComprehension(ste, child, childFree, inlinedCells);
      child.compInlined = true;
    }
    for (const n of childFree) newFree.add(n);
  }
  // Splice the children of inlined comprehensions into our children list.
  for (let i = ste.children.length - 1; i >= 0; i--) {
    const c = ste.children[i]!;
    if (c.compInlined) ste.children.splice(i, 1, ...c.children);
  }

  if (ste.isFunctionLike) analyzeCells(ste, newFree, inlinedCells);
  else if (ste.type === 'class' && newFree.delete('__class__')) ste.needsClassClosure = true;

  updateSymbols(ste, bound, newFree, inlinedCells, ste.type === 'class');
  for (const n of newFree) free.add(n);
}

/** inline_comprehension: merge an inlined comprehension's bindings into its parent. */
function inlineComprehension(ste: Scope, comp: Scope, compFree: Set<string>, inlinedCells: Set<string>): void {
  let removeDunderClass = false;
  for (const [k, compFlags] of comp.flags) {
    if (compFlags & DEF_PARAM) continue; // the `.0` parameter
    let scope = comp.getScope(k);
    if (scope === Sc.CELL || compFlags & DEF_COMP_CELL) inlinedCells.add(k);
    const existing = ste.flags.get(k);
    if (scope === Sc.FREE && ste.type === 'class' && k === '__class__') removeDunderClass = true;
    if (existing === undefined) {
      let onlyFlags = compFlags;
      if (scope === Sc.FREE && ste.type === 'class' && k === '__class__') {
        scope = Sc.GLOBAL_IMPLICIT;
        onlyFlags &= ~DEF_FREE;
        compFree.delete(k);
      }
      ste.flags.set(k, onlyFlags);
      ste.scopes.set(k, scope);
    } else if (existing & DEF_BOUND && !isFreeInAnyChild(comp, k) && ste.type !== 'class') {
      // free vars of the comprehension that are locals of the parent are just locals now
      compFree.delete(k);
    }
  }
  if (removeDunderClass) {
    comp.flags.delete('__class__');
    comp.scopes.delete('__class__');
  }
}

function isFreeInAnyChild(entry: Scope, key: string): boolean {
  return entry.children.some((c) => c.getScope(key) === Sc.FREE);
}

/** analyze_cells: locals of a function that children use freely become cells. */
function analyzeCells(ste: Scope, free: Set<string>, inlinedCells: Set<string>): void {
  for (const [name, scope] of ste.scopes) {
    if (scope !== Sc.LOCAL) continue;
    if (!free.has(name) && !inlinedCells.has(name)) continue;
    ste.scopes.set(name, Sc.CELL);
    free.delete(name);
  }
}

/** update_symbols: record the results, and propagate free names of children upward. */
function updateSymbols(
  ste: Scope, bound: Set<string> | null, free: Set<string>, inlinedCells: Set<string>, classFlag: boolean,
): void {
  for (const [name, flags] of ste.flags) {
    if (inlinedCells.has(name)) ste.flags.set(name, flags | DEF_COMP_CELL);
  }
  for (const name of free) {
    const v = ste.flags.get(name);
    if (v !== undefined) {
      // a free variable of a method with the same name as a local or global of the class
      if (classFlag) ste.flags.set(name, v | DEF_FREE_CLASS);
      continue;
    }
    if (bound !== null && !bound.has(name)) continue; // a global
    ste.flags.set(name, DEF_FREE);
    ste.scopes.set(name, Sc.FREE);
  }
}
