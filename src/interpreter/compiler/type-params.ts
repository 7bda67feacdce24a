/**
 * PEP 695 (`type X = …`, `def f[T](…)`, `class C[T]: …`) lowered to ordinary code before the
 * symbol table is built, the way CPython 3.12 compiles them: the type parameters live in an
 * "annotation scope" — a hidden function `<generic parameters of f>` that creates the TypeVars,
 * defines the function or class inside (so its annotations and body see them, as closures), sets
 * `__type_params__` and returns it. The hidden function is marked `typeParamsScope` so the
 * compiler leaves it out of `__qualname__` (compiler_set_qualname), and is deleted after use.
 *
 *   type X[T] = V       →  X = (lambda: <T = TypeVar>; return TypeAliasType('X', lambda: V, (T,)))()
 *   def f[T](x: T): …   →  def <generic parameters of f>(): T = …; def f(x: T): …; f.__type_params__ = (T,); return f
 *                           f = <generic parameters of f>(); del <generic parameters of f>
 *   class C[T]: …       →  the same, with `typing.Generic[T]` appended to the bases
 *
 * The TypeVars come from our typing module (`_pep695_typevar`, with infer_variance so they
 * print as `T`); the alias value is evaluated lazily, on first `__value__`. Differences from
 * CPython (documented): bounds/constraints are evaluated eagerly; an annotation scope inside a
 * class body does not see the class's names.
 */
import type {
  Mod, Stmt, Expr, Pos, TypeParam, FunctionDef, ClassDef, Arguments, ConstValue,
} from '../frontend/ast';

const noArgs = (): Arguments => ({
  kind: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [],
});

function pos(p: Pos): Pos {
  return { lineno: p.lineno, col_offset: p.col_offset, end_lineno: p.end_lineno, end_col_offset: p.end_col_offset };
}

function name(p: Pos, id: string, ctx: 'Load' | 'Store' | 'Del' = 'Load'): Expr {
  return { kind: 'Name', id, ctx, ...pos(p) };
}

function str(p: Pos, v: string): Expr {
  return { kind: 'Constant', value: { t: 'str', v } as ConstValue, ...pos(p) };
}

/** __import__('typing').<attr> */
function typingAttr(p: Pos, attr: string): Expr {
  const imp: Expr = { kind: 'Call', func: name(p, '__import__'), args: [str(p, 'typing')], keywords: [], ...pos(p) };
  return { kind: 'Attribute', value: imp, attr, ctx: 'Load', ...pos(p) };
}

function call(p: Pos, func: Expr, args: Expr[]): Expr {
  return { kind: 'Call', func, args, keywords: [], ...pos(p) };
}

function tuple(p: Pos, elts: Expr[]): Expr {
  return { kind: 'Tuple', elts, ctx: 'Load', ...pos(p) };
}

/** `T = typing._pep695_typevar('T', kind, bound_or_constraints)` for each parameter. */
function typeParamAssigns(params: TypeParam[]): Stmt[] {
  return params.map((tp) => {
    const kind = tp.kind === 'TypeVar' ? 'typevar' : tp.kind === 'ParamSpec' ? 'paramspec' : 'typevartuple';
    const bound: Expr = tp.kind === 'TypeVar' && tp.bound !== null
      ? tp.bound
      : { kind: 'Constant', value: { t: 'None' }, ...pos(tp) };
    const value = call(tp, typingAttr(tp, '_pep695_typevar'), [str(tp, tp.name), str(tp, kind), bound]);
    return { kind: 'Assign', targets: [name(tp, tp.name, 'Store')], value, ...pos(tp) } as Stmt;
  });
}

function paramsTuple(p: Pos, params: TypeParam[]): Expr {
  return tuple(p, params.map((tp) => name(p, tp.name)));
}

/** Wrap a generic def/class in its annotation scope; returns the replacing statements. */
function lowerGeneric(s: FunctionDef | ClassDef): Stmt[] {
  const params = s.type_params;
  const scopeName = `<generic parameters of ${s.name}>`;
  const inner = { ...s, type_params: [] } as FunctionDef | ClassDef;
  if (inner.kind === 'ClassDef') {
    // INTRINSIC_SUBSCRIPT_GENERIC: Generic[T, …] (a TypeVarTuple as *Ts)
    const generic: Expr = {
      kind: 'Subscript',
      value: typingAttr(s, 'Generic'),
      slice: tuple(s, params.map((tp) => (tp.kind === 'TypeVarTuple'
        ? { kind: 'Starred', value: name(s, tp.name), ctx: 'Load', ...pos(s) } as Expr
        : name(s, tp.name)))),
      ctx: 'Load',
      ...pos(s),
    };
    inner.bases = [...inner.bases, generic];
  }
  const setParams: Stmt = {
    kind: 'Assign',
    targets: [{ kind: 'Attribute', value: name(s, s.name), attr: '__type_params__', ctx: 'Store', ...pos(s) }],
    value: paramsTuple(s, params),
    ...pos(s),
  };
  const helper: FunctionDef & { typeParamsScope?: boolean } = {
    kind: 'FunctionDef',
    name: scopeName,
    args: noArgs(),
    body: [...typeParamAssigns(params), inner, setParams, { kind: 'Return', value: name(s, s.name), ...pos(s) }],
    decorator_list: [],
    returns: null,
    type_params: [],
    typeParamsScope: true,
    ...pos(s),
  };
  return [
    helper,
    { kind: 'Assign', targets: [name(s, s.name, 'Store')], value: call(s, name(s, scopeName), []), ...pos(s) },
    { kind: 'Delete', targets: [name(s, scopeName, 'Del')], ...pos(s) },
  ];
}

function lowerAlias(s: Extract<Stmt, { kind: 'TypeAlias' }>): Stmt[] {
  const aliasName = (s.name as Extract<Expr, { kind: 'Name' }>).id;
  const lazy: Expr = { kind: 'Lambda', args: noArgs(), body: s.value, ...pos(s.value) };
  const make = (params: Expr) => call(s, typingAttr(s, '_pep695_alias'), [str(s, aliasName), lazy, params]);
  if (s.type_params.length === 0) {
    return [{ kind: 'Assign', targets: [name(s, aliasName, 'Store')], value: make(tuple(s, [])), ...pos(s) }];
  }
  const scopeName = `<generic parameters of ${aliasName}>`;
  const helper: FunctionDef & { typeParamsScope?: boolean } = {
    kind: 'FunctionDef',
    name: scopeName,
    args: noArgs(),
    body: [...typeParamAssigns(s.type_params), { kind: 'Return', value: make(paramsTuple(s, s.type_params)), ...pos(s) }],
    decorator_list: [],
    returns: null,
    type_params: [],
    typeParamsScope: true,
    ...pos(s),
  };
  return [
    helper,
    { kind: 'Assign', targets: [name(s, aliasName, 'Store')], value: call(s, name(s, scopeName), []), ...pos(s) },
    { kind: 'Delete', targets: [name(s, scopeName, 'Del')], ...pos(s) },
  ];
}

function lowerBody(body: Stmt[]): Stmt[] {
  let changed = false;
  const out: Stmt[] = [];
  for (const s of body) {
    const r = lowerStmt(s);
    if (r !== null) {
      changed = true;
      out.push(...r);
    } else out.push(s);
  }
  return changed ? out : body;
}

/** Lowers one statement in place (nested bodies) and returns replacements, or null to keep it. */
function lowerStmt(s: Stmt): Stmt[] | null {
  switch (s.kind) {
    case 'FunctionDef':
    case 'AsyncFunctionDef':
    case 'ClassDef':
      s.body = lowerBody(s.body);
      return s.type_params.length > 0 ? lowerGeneric(s) : null;
    case 'TypeAlias':
      return lowerAlias(s);
    case 'If':
    case 'For':
    case 'AsyncFor':
    case 'While':
      s.body = lowerBody(s.body);
      s.orelse = lowerBody(s.orelse);
      return null;
    case 'With':
    case 'AsyncWith':
      s.body = lowerBody(s.body);
      return null;
    case 'Try':
    case 'TryStar':
      s.body = lowerBody(s.body);
      s.orelse = lowerBody(s.orelse);
      s.finalbody = lowerBody(s.finalbody);
      for (const h of s.handlers) h.body = lowerBody(h.body);
      return null;
    case 'Match':
      for (const c of s.cases) c.body = lowerBody(c.body);
      return null;
    default:
      return null;
  }
}

/** Lower every PEP 695 construct of a module (statement lists are rewritten in place). */
export function lowerTypeParams(mod: Mod): Mod {
  if (mod.kind === 'Expression') return mod;
  mod.body = lowerBody(mod.body);
  return mod;
}
