/**
 * The compiler's recursion guard, applied once the tree is built.
 *
 * CPython's symbol table counts statement, expression and pattern nodes on the way down and
 * raises "RecursionError: maximum recursion depth exceeded during compilation" when a path from
 * the top holds 2997 of them (compiled from a script's top level, 3.12). Left-associative
 * chains (`1 + 1 + …`, `a.b.c…`, `f()()…`) are built by loops in our parser, so this is the only
 * place where such a tree is refused; past it, the compiler can recurse over any tree safely.
 *
 * Walking every tree would cost time on every compile, so a cheap bound comes first: each node
 * of a path owns at least one token of its logical line, except that a node may share all of
 * its tokens with its one child (an expression statement, a MatchValue); a path is therefore at
 * most twice as long as its line has tokens, plus one level per enclosing block and per `elif`
 * (each of which nests an If in the previous one's `orelse`).
 */

import type { Mod } from './ast';
import { COMPILE_RECURSION, PyCompileLimitError } from './errors';
import { Token, TokenKind } from './tokens';

const MAX_DEPTH = 2996;

/** Node kinds the symbol table does not count (they are not stmt, expr or pattern). */
const UNCOUNTED: ReadonlySet<string> = new Set([
  'Module', 'Interactive', 'Expression', 'comprehension', 'ExceptHandler', 'arguments', 'arg',
  'keyword', 'alias', 'withitem', 'match_case', 'TypeVar', 'ParamSpec', 'TypeVarTuple',
]);

export function checkCompileDepth(tree: Mod, tokens: Token[]): void {
  let longestLine = 0;
  let lineStart = 0;
  let blockDepth = 0;
  let maxBlockDepth = 0;
  let elifs = 0;
  for (let i = 0; i < tokens.length; i++) {
    const { kind, value } = tokens[i];
    if (kind === TokenKind.Keyword && value === 'elif') {
      elifs++;
    } else if (kind === TokenKind.Newline) {
      longestLine = Math.max(longestLine, i - lineStart);
      lineStart = i + 1;
    } else if (kind === TokenKind.Indent) {
      maxBlockDepth = Math.max(maxBlockDepth, ++blockDepth);
    } else if (kind === TokenKind.Dedent) {
      blockDepth--;
    }
  }
  longestLine = Math.max(longestLine, tokens.length - lineStart);
  if (2 * longestLine + maxBlockDepth + elifs + 2 <= MAX_DEPTH) return;
  if (maxDepth(tree) > MAX_DEPTH) throw new PyCompileLimitError('RecursionError', COMPILE_RECURSION);
}

/** Deepest count of stmt/expr/pattern nodes on a path, walked without recursion. */
function maxDepth(tree: Mod): number {
  const nodes: object[] = [tree];
  const depths: number[] = [0];
  let deepest = 0;
  while (nodes.length > 0) {
    const node = nodes.pop() as Record<string, unknown>;
    let depth = depths.pop()!;
    if (!UNCOUNTED.has(node.kind as string)) depth++;
    if (depth > deepest) deepest = depth;
    for (const key in node) {
      const value = node[key];
      if (Array.isArray(value)) {
        for (const item of value) {
          if (item !== null && typeof item === 'object' && 'kind' in item) {
            nodes.push(item);
            depths.push(depth);
          }
        }
      } else if (value !== null && typeof value === 'object' && 'kind' in value) {
        nodes.push(value);
        depths.push(depth);
      }
    }
  }
  return deepest;
}
