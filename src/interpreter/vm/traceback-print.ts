/**
 * Printing exceptions the way CPython 3.12 prints an uncaught one (Python/pythonrun.c
 * print_exception_recursive + Python/traceback.c tb_displayline): the chain of causes and
 * contexts, "Traceback (most recent call last):", one entry per frame with its source line and
 * the position markers (`^^^^`, or `~~~^^^~~~` anchors for binary operators and subscripts),
 * then "Type: message", with "Did you mean" suggestions for NameError/AttributeError.
 */
import { PyObject } from '../objects/object';
import { PyBaseException, exceptionTypes } from '../objects/exceptions';
import { PyType } from '../objects/typeobject';
import { PyStr } from '../objects/str';
import { strText, reprText, getAttrOrNull, iterToArray } from '../objects/abstract';
import { decref } from '../objects/object';
import { groupFields, syntaxField } from '../objects/exception-extras';
import { PyThrown } from '../objects/errors';
import { PyTraceback } from './frameobject';
import type { PyCode } from '../objects/code';
import { typeQualifiedName } from '../objects/object-type';
import { suggestionText } from './suggestions';

/** linecache: source text of every file the interpreter compiled, by filename. */
export const sourceCache = new Map<string, string[]>();

export function rememberSource(filename: string, source: string): void {
  sourceCache.set(filename, source.split(/\r?\n/));
}

export function formatException(exc: PyObject): string {
  return formatExceptionParts(exc, true).join('');
}

/**
 * The pieces traceback.format_exception returns: each chaining message, "Traceback …" header,
 * frame entry and exception-only line is one string (`formatException` joins them).
 */
export function formatExceptionParts(exc: PyObject, chain: boolean, limit: number | null = null): string[] {
  const ctx: PrintCtx = { seen: new Set<PyObject>(), depth: 0, needClose: false, parts: [], limit };
  formatChain(exc, ctx, chain);
  return ctx.parts;
}

/** traceback.py's _ExceptionPrintContext (the exception-group margins). */
interface PrintCtx {
  seen: Set<PyObject>;
  depth: number;
  needClose: boolean;
  /** the output, piece by piece */
  parts: string[];
  /** traceback.py's `limit`: at most this many frame entries per traceback (null: all) */
  limit: number | null;
}

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

function indentOf(ctx: PrintCtx): string {
  return ' '.repeat(2 * ctx.depth);
}

/** _ExceptionPrintContext.emit: prefix every line with the indent and margin character. */
function emit(ctx: PrintCtx, text: string, margin = '|'): string {
  if (ctx.depth === 0) return text;
  const prefix = indentOf(ctx) + margin + ' ';
  let out = '';
  let i = 0;
  while (i < text.length) {
    const j = text.indexOf('\n', i);
    const end = j < 0 ? text.length : j + 1;
    out += prefix + text.slice(i, end);
    i = end;
  }
  return out;
}

function formatChain(exc: PyObject, ctx: PrintCtx, chain: boolean): void {
  // TracebackException: follow __cause__ / __context__ (each exception once)
  const output: [string | null, PyObject][] = [];
  let e: PyObject | null = exc;
  ctx.seen.add(exc);
  while (e !== null) {
    let msg: string | null = null;
    let next: PyObject | null = null;
    if (chain && e instanceof PyBaseException) {
      if (e.cause !== null) {
        if (!ctx.seen.has(e.cause)) {
          msg = '\nThe above exception was the direct cause of the following exception:\n\n';
          next = e.cause;
        }
      } else if (e.context !== null && !e.suppressContext && !ctx.seen.has(e.context)) {
        msg = '\nDuring handling of the above exception, another exception occurred:\n\n';
        next = e.context;
      }
    }
    output.push([msg, e]);
    if (next !== null) ctx.seen.add(next);
    e = next;
  }
  for (let k = output.length - 1; k >= 0; k--) {
    const [msg, x] = output[k];
    if (msg !== null) ctx.parts.push(emit(ctx, msg));
    formatOne(x, ctx, chain);
  }
}

/** The exception-only text, one piece per line. */
function pushLines(ctx: PrintCtx, text: string): void {
  let i = 0;
  while (i < text.length) {
    const j = text.indexOf('\n', i);
    const end = j < 0 ? text.length : j + 1;
    ctx.parts.push(emit(ctx, text.slice(i, end)));
    i = end;
  }
}

function formatOne(exc: PyObject, ctx: PrintCtx, chain: boolean): void {
  const parts = ctx.parts;
  const tb = exc instanceof PyBaseException ? (exc.traceback as PyTraceback | null) : null;
  const group = groupFields(exc);
  if (group === null) {
    if (tb !== null) {
      parts.push(emit(ctx, 'Traceback (most recent call last):\n'));
      for (const entry of formatTracebackEntries(tb, ctx.limit)) parts.push(emit(ctx, entry));
    }
    pushLines(ctx, formatExceptionOnly(exc));
    return;
  }
  if (ctx.depth > MAX_GROUP_DEPTH) {
    parts.push(emit(ctx, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`));
    return;
  }
  const topLevel = ctx.depth === 0;
  if (topLevel) ctx.depth++;
  if (tb !== null) {
    parts.push(emit(ctx, 'Exception Group Traceback (most recent call last):\n', topLevel ? '+' : '|'));
    for (const entry of formatTracebackEntries(tb, ctx.limit)) parts.push(emit(ctx, entry));
  }
  pushLines(ctx, formatExceptionOnly(exc));
  const excs = group.excs.items;
  const n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    const title = truncated ? '...' : `${i + 1}`;
    parts.push(indentOf(ctx) + (i === 0 ? '+-' : '  ') + `+---------------- ${title} ----------------\n`);
    ctx.depth++;
    if (!truncated) {
      if (!ctx.seen.has(excs[i])) {
        formatChain(excs[i], ctx, chain);
      }
    } else {
      const remaining = excs.length - MAX_GROUP_WIDTH;
      parts.push(emit(ctx, `and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`));
    }
    if (last && ctx.needClose) {
      parts.push(indentOf(ctx) + '+------------------------------------\n');
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (topLevel) ctx.depth = 0;
}

const RECURSIVE_CUTOFF = 3;

export function formatTraceback(tb: PyTraceback | null): string {
  return formatTracebackEntries(tb).join('');
}

/** One string per traceback entry (and per "[Previous line repeated …]" line), oldest first. */
export function formatTracebackEntries(tb: PyTraceback | null, limit: number | null = null): string[] {
  const entries: { code: PyCode; lasti: number; lineno: number }[] = [];
  for (let t = tb; t !== null; t = t.next) entries.push({ code: t.frameObj.frame.code, lasti: t.lasti, lineno: t.lineno });
  // traceback.py: a negative limit keeps the last -limit entries
  const kept = limit === null ? entries : limit >= 0 ? entries.slice(0, limit) : entries.slice(Math.max(0, entries.length + limit));
  return formatStackEntries(kept);
}

/** StackSummary.format: entries with the recursion cut-off. */
export function formatStackEntries(entries: readonly { code: PyCode; lasti: number; lineno: number }[]): string[] {
  const out: string[] = [];
  let lastFile: string | null = null;
  let lastLine = -1;
  let lastName: string | null = null;
  let count = 0;
  for (const t of entries) {
    const file = t.code.filename;
    const name = t.code.name;
    const line = t.lineno;
    if (file === lastFile && line === lastLine && name === lastName) {
      count++;
      if (count > RECURSIVE_CUTOFF) continue;
    } else {
      if (count > RECURSIVE_CUTOFF) out.push(repeatedMessage(count - RECURSIVE_CUTOFF));
      lastFile = file;
      lastLine = line;
      lastName = name;
      count = 1;
    }
    out.push(formatEntry(t.code, t.lasti, t.lineno));
  }
  if (count > RECURSIVE_CUTOFF) out.push(repeatedMessage(count - RECURSIVE_CUTOFF));
  return out;
}

function repeatedMessage(n: number): string {
  return `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`;
}

/** One frame's entry: where, the source line, and the position markers of instruction `lasti`. */
export function formatEntry(code: PyCode, entryLasti: number, entryLineno: number, carets = true): string {
  const t = { lasti: entryLasti, lineno: entryLineno };
  let out = `  File "${code.filename}", line ${t.lineno}, in ${code.name}\n`;
  const lines = sourceCache.get(code.filename);
  const raw = lines?.[t.lineno - 1];
  if (raw === undefined) return out;
  const stripped = raw.trim();
  if (stripped === '') return out;
  out += `    ${stripped}\n`;
  if (!carets) return out;
  const p = code.unit.positions;
  const i = t.lasti * 4;
  const [lineno, endLineno, col, endCol] = [p[i], p[i + 1], p[i + 2], p[i + 3]];
  if (col < 0 || endCol < 0 || lineno !== t.lineno) return out;
  const leading = raw.length - raw.trimStart().length;
  let start = col;
  let end = endLineno === lineno ? endCol : leading + stripped.length;
  if (end <= start) return out;
  let anchors: Anchors | null = null;
  if (endLineno === lineno) anchors = caretAnchors(raw.slice(start, end));
  if (end - start < stripped.length || (anchors !== null && anchors.rightStart - anchors.leftEnd > 0)) {
    let marks = ' '.repeat(start - leading);
    if (anchors !== null) {
      marks += '~'.repeat(anchors.leftEnd) + '^'.repeat(anchors.rightStart - anchors.leftEnd) + '~'.repeat(end - start - anchors.rightStart);
    } else marks += '^'.repeat(end - start);
    out += `    ${marks}\n`;
  }
  void start;
  void end;
  return out;
}

interface Anchors {
  leftEnd: number;
  rightStart: number;
}

/** Installed by the runtime: find binary-operator / subscript anchors in an expression segment. */
export const anchorFinder = {
  find: (_segment: string): Anchors | null => null,
};

function caretAnchors(segment: string): Anchors | null {
  try {
    return anchorFinder.find(segment);
  } catch (e) {
    if (e instanceof PyThrown) return null;
    return null;
  }
}

export function formatExceptionOnly(exc: PyObject): string {
  const t = exc.type;
  let name = typeQualifiedName(t);
  if (t.isHeapType) {
    const mod = (t.dict.getStr('__module__') as PyStr | null)?.value;
    if (mod === '__main__' || mod === 'builtins') name = t.qualname;
  }
  if (t.isSubtypeOf(exceptionTypes['SyntaxError'])) return formatSyntaxError(exc, name);
  let msg: string;
  try {
    msg = strText(exc);
  } catch (e) {
    msg = '<exception str() failed>';
    if (e instanceof PyThrown) void e;
  }
  let out = msg === '' ? `${name}\n` : `${name}: ${msg}\n`;
  const suggestion = suggestionText(exc);
  if (suggestion !== null) out = out.slice(0, -1) + `. ${suggestion}\n`;
  out += formatNotes(exc);
  return out;
}

/** print_exception_notes: each note's lines, then a newline; a non-sequence is shown by repr. */
function formatNotes(exc: PyObject): string {
  if (!(exc instanceof PyBaseException)) return '';
  let notes: PyObject | null;
  try {
    notes = getAttrOrNull(exc, '__notes__');
  } catch (e) {
    if (e instanceof PyThrown) decref(e.exc);
    return '';
  }
  if (notes === null) return '';
  let out = '';
  try {
    const isSeq = notes.type.slots.getitem !== undefined && notes.type.slots.len !== undefined;
    if (!isSeq || notes instanceof PyStr || notes.type.name === 'bytes' || notes.type.name === 'dict') {
      try {
        out += reprText(notes);
      } catch (e) {
        if (!(e instanceof PyThrown)) throw e;
        decref(e.exc);
        out += '<__notes__ repr() failed>';
      }
      return out + '\n';
    }
    for (const note of iterToArray(notes)) {
      try {
        out += strText(note);
      } catch (e) {
        if (!(e instanceof PyThrown)) throw e;
        decref(e.exc);
        out += '<note str() failed>';
      } finally {
        decref(note);
      }
      out += '\n';
    }
  } finally {
    decref(notes);
  }
  return out;
}

function utf8Len(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

function formatSyntaxError(exc: PyObject, name: string): string {
  const e = exc as PyBaseException;
  const attr = (k: string): PyObject | undefined => syntaxField(e, k) ?? undefined;
  const msgObj = attr('msg') ?? e.args.items[0];
  const msg = msgObj !== undefined ? strText(msgObj) : '';
  const filename = attr('filename');
  const lineno = attr('lineno');
  const text = attr('text');
  const offset = attr('offset');
  const endOffset = attr('end_offset');
  let out = '';
  if (filename !== undefined && lineno !== undefined && filename instanceof PyStr) {
    out += `  File "${filename.value}", line ${strText(lineno)}\n`;
  }
  if (text instanceof PyStr) {
    // print_error_text (Python/pythonrun.c)
    const num = (o: PyObject | undefined): number | null =>
      o !== undefined && 'value' in o && typeof (o as { value: unknown }).value !== 'object'
        ? Number((o as unknown as { value: number | bigint }).value)
        : null;
    let off = num(offset);
    let endOff = num(endOffset) ?? -1;
    const endLine = num(attr('end_lineno'));
    const line = num(lineno);
    let t = text.value;
    const lineSize = utf8Len(t);
    if (endLine !== null && line !== null && endLine > line) endOff = lineSize;
    if (endOff > lineSize + 1) endOff = lineSize + 1;
    if (off === null) off = 0;
    // IndentationError / TabError are marked with a single caret
    const isIndent = e.type.isSubtypeOf(exceptionTypes['IndentationError']);
    const reps = !isIndent && endOff > 0 && endOff > off ? endOff - off : 1;
    let o = off - 1;
    let k = 0;
    while (k < t.length && (t[k] === ' ' || t[k] === '\t' || t[k] === '\f')) {
      k++;
      o--;
    }
    t = t.slice(k);
    let len = t.length;
    if (len > 0 && t[len - 1] === '\n') len--;
    if (o > len) o = len;
    for (;;) {
      const nl = t.indexOf('\n');
      if (nl < 0 || nl >= o) break;
      t = t.slice(nl + 1);
      len -= nl + 1;
      o -= nl + 1;
    }
    out += `    ${t}`;
    if (t[len] !== '\n') out += '\n';
    if (o >= 0) out += `    ${' '.repeat(o)}${'^'.repeat(reps)}\n`;
  }
  out += `${name}: ${msg}\n`;
  return out;
}

export { PyType };
