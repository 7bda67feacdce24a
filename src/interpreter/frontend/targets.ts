/**
 * Assignment and deletion targets: CPython's Parser/action_helpers.c helpers for them.
 *
 * The parser reads a would-be target as an ordinary expression and only then learns (from a
 * following `=`, `in`, …) that it is one. `setContext` turns it into a Store/Del target in place;
 * `invalidTarget` finds the sub-expression that cannot be one (`_PyPegen_get_invalid_target`),
 * and `exprName` gives the noun CPython's messages use for it ("function call", "literal", …).
 */

import type { Expr, ExprContext } from './ast';

/** Which statement the target belongs to; it changes what counts as invalid. */
export type TargetsKind = 'star' | 'for' | 'del';

/** The noun for `e` in "cannot assign to …" messages (`_PyPegen_get_expr_name`). */
export function exprName(e: Expr): string {
  switch (e.kind) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant':
      switch (e.value.t) {
        case 'None': return 'None';
        case 'bool': return e.value.v ? 'True' : 'False';
        case 'Ellipsis': return 'ellipsis';
        default: return 'literal';
      }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
  }
}

/** The first sub-expression of `e` that cannot be a target, or null if `e` is a valid one. */
export function invalidTarget(e: Expr, kind: TargetsKind): Expr | null {
  switch (e.kind) {
    case 'List':
    case 'Tuple':
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, kind);
        if (bad !== null) return bad;
      }
      return null;
    case 'Starred':
      return kind === 'del' ? e : invalidTarget(e.value, kind);
    case 'Compare':
      // `for a in b`: read as an expression, the target swallows the `in`
      if (kind === 'for') return e.ops[0] === 'In' ? invalidTarget(e.left, kind) : null;
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

/** Marks a (valid) target expression and its nested elements as Store or Del. */
export function setContext(e: Expr, ctx: ExprContext): void {
  switch (e.kind) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      e.ctx = ctx;
      break;
    case 'Starred':
      e.ctx = ctx;
      setContext(e.value, ctx);
      break;
    case 'List':
    case 'Tuple':
      e.ctx = ctx;
      for (const elt of e.elts) setContext(elt, ctx);
      break;
  }
}
