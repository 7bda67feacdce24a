/**
 * The disassembler: a CodeUnit as text, in the layout of CPython's `dis.dis`.
 *
 * Model. One line per instruction: source line (when it changes), `>>` for jump targets, the
 * instruction index (our "offset": instructions are one word each), the opcode name, its raw
 * argument and, in parentheses, what the argument means (constant repr, variable or attribute
 * name, jump target, operator). Nested code units (functions, classes, generator expressions)
 * follow, each under a "Disassembly of <code object ...>:" header. `constRepr` renders
 * constants the way Python's repr() does; tests compare it with CPython's `co_consts`.
 */
import { Op, argOf, opOf } from './opcodes';
import type { CodeUnit, Const } from './code-unit';
import { isJump } from './assembler';

/** Opcode names, keyed by opcode (the Record type makes this exhaustive). */
const OP_NAMES: Record<Op, string> = {
  [Op.NOP]: 'NOP', [Op.POP_TOP]: 'POP_TOP', [Op.PUSH_NULL]: 'PUSH_NULL', [Op.COPY]: 'COPY', [Op.SWAP]: 'SWAP',
  [Op.LOAD_CONST]: 'LOAD_CONST', [Op.LOAD_FAST]: 'LOAD_FAST', [Op.LOAD_FAST_AND_CLEAR]: 'LOAD_FAST_AND_CLEAR',
  [Op.STORE_FAST]: 'STORE_FAST', [Op.DELETE_FAST]: 'DELETE_FAST', [Op.MAKE_CELL]: 'MAKE_CELL',
  [Op.COPY_FREE_VARS]: 'COPY_FREE_VARS', [Op.LOAD_DEREF]: 'LOAD_DEREF', [Op.STORE_DEREF]: 'STORE_DEREF',
  [Op.DELETE_DEREF]: 'DELETE_DEREF', [Op.LOAD_CLOSURE]: 'LOAD_CLOSURE',
  [Op.LOAD_FROM_DICT_OR_DEREF]: 'LOAD_FROM_DICT_OR_DEREF', [Op.LOAD_NAME]: 'LOAD_NAME',
  [Op.STORE_NAME]: 'STORE_NAME', [Op.DELETE_NAME]: 'DELETE_NAME', [Op.LOAD_GLOBAL]: 'LOAD_GLOBAL',
  [Op.STORE_GLOBAL]: 'STORE_GLOBAL', [Op.DELETE_GLOBAL]: 'DELETE_GLOBAL', [Op.LOAD_LOCALS]: 'LOAD_LOCALS',
  [Op.LOAD_ATTR]: 'LOAD_ATTR', [Op.STORE_ATTR]: 'STORE_ATTR', [Op.DELETE_ATTR]: 'DELETE_ATTR',
  [Op.LOAD_SUPER_ATTR]: 'LOAD_SUPER_ATTR', [Op.BINARY_OP]: 'BINARY_OP', [Op.UNARY_NEGATIVE]: 'UNARY_NEGATIVE',
  [Op.UNARY_POSITIVE]: 'UNARY_POSITIVE', [Op.UNARY_INVERT]: 'UNARY_INVERT', [Op.UNARY_NOT]: 'UNARY_NOT',
  [Op.COMPARE_OP]: 'COMPARE_OP', [Op.IS_OP]: 'IS_OP', [Op.CONTAINS_OP]: 'CONTAINS_OP',
  [Op.BINARY_SUBSCR]: 'BINARY_SUBSCR', [Op.STORE_SUBSCR]: 'STORE_SUBSCR', [Op.DELETE_SUBSCR]: 'DELETE_SUBSCR',
  [Op.BINARY_SLICE]: 'BINARY_SLICE', [Op.STORE_SLICE]: 'STORE_SLICE', [Op.BUILD_SLICE]: 'BUILD_SLICE',
  [Op.BUILD_TUPLE]: 'BUILD_TUPLE', [Op.BUILD_LIST]: 'BUILD_LIST', [Op.BUILD_SET]: 'BUILD_SET',
  [Op.BUILD_MAP]: 'BUILD_MAP', [Op.BUILD_CONST_KEY_MAP]: 'BUILD_CONST_KEY_MAP', [Op.BUILD_STRING]: 'BUILD_STRING',
  [Op.LIST_APPEND]: 'LIST_APPEND', [Op.SET_ADD]: 'SET_ADD', [Op.MAP_ADD]: 'MAP_ADD', [Op.LIST_EXTEND]: 'LIST_EXTEND',
  [Op.SET_UPDATE]: 'SET_UPDATE', [Op.DICT_UPDATE]: 'DICT_UPDATE', [Op.DICT_MERGE]: 'DICT_MERGE',
  [Op.LIST_TO_TUPLE]: 'LIST_TO_TUPLE', [Op.UNPACK_SEQUENCE]: 'UNPACK_SEQUENCE', [Op.UNPACK_EX]: 'UNPACK_EX',
  [Op.GET_ITER]: 'GET_ITER', [Op.FOR_ITER]: 'FOR_ITER', [Op.JUMP]: 'JUMP',
  [Op.POP_JUMP_IF_FALSE]: 'POP_JUMP_IF_FALSE', [Op.POP_JUMP_IF_TRUE]: 'POP_JUMP_IF_TRUE',
  [Op.POP_JUMP_IF_NONE]: 'POP_JUMP_IF_NONE', [Op.POP_JUMP_IF_NOT_NONE]: 'POP_JUMP_IF_NOT_NONE',
  [Op.JUMP_IF_FALSE_OR_POP]: 'JUMP_IF_FALSE_OR_POP', [Op.JUMP_IF_TRUE_OR_POP]: 'JUMP_IF_TRUE_OR_POP',
  [Op.CALL]: 'CALL', [Op.CALL_KW]: 'CALL_KW', [Op.CALL_FUNCTION_EX]: 'CALL_FUNCTION_EX',
  [Op.MAKE_FUNCTION]: 'MAKE_FUNCTION', [Op.RETURN_VALUE]: 'RETURN_VALUE', [Op.RETURN_CONST]: 'RETURN_CONST',
  [Op.RETURN_GENERATOR]: 'RETURN_GENERATOR', [Op.YIELD_VALUE]: 'YIELD_VALUE', [Op.SEND]: 'SEND',
  [Op.GET_AWAITABLE]: 'GET_AWAITABLE', [Op.BEFORE_ASYNC_WITH]: 'BEFORE_ASYNC_WITH',
  [Op.SETUP_ASYNC_WITH]: 'SETUP_ASYNC_WITH', [Op.ASYNC_WITH_EXIT]: 'ASYNC_WITH_EXIT', [Op.GET_AITER]: 'GET_AITER',
  [Op.GET_ANEXT]: 'GET_ANEXT', [Op.END_ASYNC_FOR]: 'END_ASYNC_FOR',
  [Op.GET_YIELD_FROM_ITER]: 'GET_YIELD_FROM_ITER', [Op.LOAD_BUILD_CLASS]: 'LOAD_BUILD_CLASS',
  [Op.SETUP_ANNOTATIONS]: 'SETUP_ANNOTATIONS', [Op.LOAD_ASSERTION_ERROR]: 'LOAD_ASSERTION_ERROR',
  [Op.IMPORT_NAME]: 'IMPORT_NAME', [Op.IMPORT_FROM]: 'IMPORT_FROM', [Op.IMPORT_STAR]: 'IMPORT_STAR',
  [Op.RAISE_VARARGS]: 'RAISE_VARARGS', [Op.RERAISE]: 'RERAISE', [Op.SETUP_FINALLY]: 'SETUP_FINALLY',
  [Op.SETUP_CLEANUP]: 'SETUP_CLEANUP', [Op.BEFORE_WITH]: 'BEFORE_WITH', [Op.POP_BLOCK]: 'POP_BLOCK',
  [Op.PUSH_EXC_INFO]: 'PUSH_EXC_INFO', [Op.POP_EXCEPT]: 'POP_EXCEPT', [Op.CHECK_EXC_MATCH]: 'CHECK_EXC_MATCH',
  [Op.WITH_EXCEPT_START]: 'WITH_EXCEPT_START', [Op.WITH_EXIT]: 'WITH_EXIT', [Op.FORMAT_VALUE]: 'FORMAT_VALUE',
  [Op.GET_LEN]: 'GET_LEN', [Op.MATCH_MAPPING]: 'MATCH_MAPPING', [Op.MATCH_SEQUENCE]: 'MATCH_SEQUENCE',
  [Op.MATCH_KEYS]: 'MATCH_KEYS', [Op.MATCH_CLASS]: 'MATCH_CLASS', [Op.PRINT_EXPR]: 'PRINT_EXPR',
  [Op.CALL_INTRINSIC_1]: 'CALL_INTRINSIC_1', [Op.RESUME]: 'RESUME',
};

export const opName = (op: Op): string => OP_NAMES[op] ?? `<${op}>`;

const BINARY_OPS = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^'];
const COMPARE_OPS = ['<', '<=', '==', '!=', '>', '>='];
const INTRINSICS: Record<number, string> = {
  1: 'INTRINSIC_PRINT', 2: 'INTRINSIC_IMPORT_STAR', 3: 'INTRINSIC_STOPITERATION_ERROR',
  5: 'INTRINSIC_UNARY_POSITIVE', 6: 'INTRINSIC_LIST_TO_TUPLE',
};
const LOCAL_OPS = new Set<Op>([
  Op.LOAD_FAST, Op.LOAD_FAST_AND_CLEAR, Op.STORE_FAST, Op.DELETE_FAST, Op.MAKE_CELL, Op.LOAD_DEREF,
  Op.STORE_DEREF, Op.DELETE_DEREF, Op.LOAD_CLOSURE, Op.LOAD_FROM_DICT_OR_DEREF,
]);
const NAME_OPS = new Set<Op>([
  Op.LOAD_NAME, Op.STORE_NAME, Op.DELETE_NAME, Op.STORE_GLOBAL, Op.DELETE_GLOBAL, Op.STORE_ATTR,
  Op.DELETE_ATTR, Op.IMPORT_NAME, Op.IMPORT_FROM,
]);

/** Python's repr() of a float. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant, expStr] = x.toExponential().split('e') as [string, string];
  const exp = Number(expStr);
  if (exp < -4 || exp >= 16) {
    const e = Math.abs(exp).toString().padStart(2, '0');
    return `${mant}e${exp < 0 ? '-' : '+'}${e}`;
  }
  const s = x.toString();
  return s.includes('.') ? s : s + '.0';
}

/** Python's repr() of a str. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

function bytesRepr(b: Uint8Array): string {
  const quote = b.includes(0x27) && !b.includes(0x22) ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

/** Python's repr() of a constant (code objects as `<code object NAME>`). */
export function constRepr(c: Const): string {
  switch (c.t) {
    case 'None': return 'None';
    case 'Ellipsis': return 'Ellipsis';
    case 'bool': return c.v ? 'True' : 'False';
    case 'int': return c.v.toString();
    case 'float': return floatRepr(c.v);
    case 'complex': {
      const r = floatRepr(c.imag);
      return (r.endsWith('.0') ? r.slice(0, -2) : r) + 'j';
    }
    case 'str': return strRepr(c.v);
    case 'bytes': return bytesRepr(c.v);
    case 'tuple':
      return c.items.length === 1 ? `(${constRepr(c.items[0]!)},)` : `(${c.items.map(constRepr).join(', ')})`;
    case 'frozenset':
      return c.items.length ? `frozenset({${c.items.map(constRepr).join(', ')}})` : 'frozenset()';
    case 'code': return `<code object ${c.unit.name}>`;
  }
}

function argRepr(unit: CodeUnit, op: Op, arg: number): string {
  if (op === Op.LOAD_CONST || op === Op.RETURN_CONST) {
    const c = unit.consts[arg];
    return c === undefined ? '?' : c.t === 'code' ? `<code object ${c.unit.name}, line ${c.unit.firstlineno}>` : constRepr(c);
  }
  if (LOCAL_OPS.has(op)) return unit.localsplusnames[arg] ?? '?';
  if (NAME_OPS.has(op)) return unit.names[arg] ?? '?';
  switch (op) {
    case Op.LOAD_GLOBAL: return (arg & 1 ? 'NULL + ' : '') + unit.names[arg >> 1];
    case Op.LOAD_ATTR: return (arg & 1 ? 'NULL|self + ' : '') + unit.names[arg >> 1];
    case Op.LOAD_SUPER_ATTR: return (arg & 1 ? 'NULL|self + ' : '') + unit.names[arg >> 2];
    case Op.BINARY_OP: return arg >= 13 ? BINARY_OPS[arg - 13] + '=' : BINARY_OPS[arg] ?? '?';
    case Op.COMPARE_OP: return COMPARE_OPS[arg] ?? '?';
    case Op.IS_OP: return arg ? 'is not' : 'is';
    case Op.CONTAINS_OP: return arg ? 'not in' : 'in';
    case Op.CALL_INTRINSIC_1: return INTRINSICS[arg] ?? '?';
    case Op.FORMAT_VALUE: {
      const conv = ['', 'str', 'repr', 'ascii'][arg & 3]!;
      return [conv, arg & 4 ? 'with format' : ''].filter(Boolean).join(', ');
    }
    case Op.MAKE_FUNCTION:
      return ['defaults', 'kwdefaults', 'annotations', 'closure'].filter((_, i) => arg & (1 << i)).join(', ');
    case Op.UNPACK_EX: return `${arg & 0xff}, ${arg >> 8}`;
    default:
      return isJump(op) ? `to ${arg}` : '';
  }
}

/** Disassemble a code unit and, after it, every code unit among its constants. */
export function disassemble(unit: CodeUnit): string {
  const out: string[] = [];
  disassembleOne(unit, out);
  for (const c of unit.consts) {
    if (c.t === 'code') {
      out.push('', `Disassembly of <code object ${c.unit.name}, file "${c.unit.filename}", line ${c.unit.firstlineno}>:`);
      out.push(disassemble(c.unit));
    }
  }
  return out.join('\n');
}

function disassembleOne(unit: CodeUnit, out: string[]): void {
  const targets = new Set<number>();
  for (const w of unit.code) if (isJump(opOf(w))) targets.add(argOf(w));
  let lastLine = -2;
  unit.code.forEach((w, i) => {
    const op = opOf(w);
    const arg = argOf(w);
    const line = unit.positions[i * 4]!;
    let lineCol = '';
    if (line !== lastLine && line !== -1) {
      if (i > 0) out.push('');
      lineCol = String(line);
      lastLine = line;
    }
    const marker = targets.has(i) ? '>>' : '  ';
    const ar = argRepr(unit, op, arg);
    let text = `${lineCol.padStart(4)}    ${marker} ${String(i).padStart(4)} ${opName(op).padEnd(24)}${String(arg).padStart(4)}`;
    if (ar) text += ` (${ar})`;
    out.push(text.trimEnd());
  });
}
