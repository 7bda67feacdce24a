/**
 * Where the `~~~^^^~~~` markers go in a traceback line (CPython 3.12's
 * _extract_caret_anchors_from_line_segment, Lib/traceback.py, mirrored by Python/traceback.c):
 * the failing instruction's source segment is parsed; for a binary operation the operator gets
 * `^` and the operands `~`; for a subscript the brackets and index get `^`. Anything else gets
 * plain `^^^^`.
 */
import { parse } from '../frontend/parser';
import type { Expr } from '../frontend/ast';
import { anchorFinder } from './traceback-print';

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v';

export function findAnchors(segment: string): { leftEnd: number; rightStart: number } | null {
  let tree;
  try {
    tree = parse(segment, '<segment>', 'exec');
  } catch {
    return null;
  }
  if (tree.kind !== 'Module' || tree.body.length !== 1) return null;
  const stmt = tree.body[0];
  if (stmt.kind !== 'Expr') return null;
  const expr: Expr = stmt.value;
  if (expr.kind === 'BinOp') {
    const opStart = expr.left.end_col_offset;
    const opEnd = expr.right.col_offset;
    const opStr = segment.slice(opStart, opEnd);
    const opOffset = opStr.length - opStr.trimStart().length;
    let left = expr.left.end_col_offset + opOffset;
    let right = left + 1;
    if (opOffset + 1 < opStr.length && !isSpace(opStr[opOffset + 1])) right++;
    while (left < segment.length && (isSpace(segment[left]) || ')#'.includes(segment[left]))) {
      left++;
      right++;
    }
    return { leftEnd: left, rightStart: right };
  }
  if (expr.kind === 'Subscript') {
    let left = expr.value.end_col_offset;
    let right = expr.slice.end_col_offset + 1;
    while (left < segment.length && (isSpace(segment[left]) || segment[left] !== '[')) left++;
    while (right < segment.length && (isSpace(segment[right]) || segment[right] !== ']')) right++;
    if (right < segment.length) right++;
    return { leftEnd: left, rightStart: right };
  }
  return null;
}

anchorFinder.find = findAnchors;
