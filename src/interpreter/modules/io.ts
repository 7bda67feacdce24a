/**
 * File objects and `open` (Modules/_io): text files (`_io.TextIOWrapper`) and binary files
 * (`_io.BufferedReader` / `BufferedWriter` / `BufferedRandom`) on the program's simulated file
 * system (`rt.fs`), relative paths resolved against `rt.cwd`.
 *
 * Model. A file's bytes live in one growable buffer (`buf[0:len]`), loaded when the file is
 * opened; every write updates the buffer and writes it through to `rt.fs` (as a view, so an
 * append costs only the new bytes), so data is never lost when a program forgets `close()`.
 * Text mode decodes lazily: reading decodes the bytes from the current position once into a
 * string (universal newlines: "\r\n" and "\r" read as "\n") and then walks it by characters,
 * which keeps line iteration over a large log file cheap.
 *
 * Also the `io` and `_io` modules (open, TextIOWrapper & co., UnsupportedOperation,
 * StringIO/BytesIO, SEEK_* constants).
 */
import { PyObject, decref, release } from '../objects/object';
import { PyModule } from '../objects/module';
import { PyDict, dictSetStr, newDict } from '../objects/dict';
import { defineFunction, defineMethod, defineGetSet, parseArgs } from '../objects/descriptors';
import { PyStr, newStr } from '../objects/str';
import { strRepr } from '../objects/str-type';
import { PyInt, newInt, True, False } from '../objects/int';
import { newBytes, bytesLike } from '../objects/bytes';
import { newList } from '../objects/list';
import { None } from '../objects/singletons';
import { typeError, valueError } from '../objects/errors';
import { exceptionTypes, newException } from '../objects/exceptions';
import { PyThrown } from '../objects/errors';
import { reprText, iterToArray, call, lookupSpecial } from '../objects/abstract';
import { makeClass } from '../objects/classes';
import { allocBuffer, freeBuffer } from '../objects/alloc';
import { objectType, typeType } from '../objects/core-types';
import type { PyType } from '../objects/typeobject';
import { rt } from '../vm/state';
import { registerBuiltins } from './builtins';
import { registerNativeModule, registerPyModule } from './pymodule';
import { loadModule } from '../vm/import';

// ------------------------------------------------------------------------------------------------
// Paths and OS errors
// ------------------------------------------------------------------------------------------------

/** Absolute, normalised POSIX path of `p` relative to the program's working directory. */
/** PyOS_FSPath: the path text of a str, bytes or os.PathLike (`__fspath__`), else null. */
export function fsPathText(v: PyObject): string | null {
  if (v instanceof PyStr) return v.value;
  const b = bytesLike(v);
  if (b !== null) return new TextDecoder().decode(b);
  if (v.type.lookup('__fspath__') === null) return null;
  const f = lookupSpecial(v, '__fspath__');
  if (f === null) return null;
  let r: PyObject;
  try {
    r = call(f, []);
  } finally {
    decref(f);
  }
  try {
    if (r instanceof PyStr) return r.value;
    const rb = bytesLike(r);
    if (rb !== null) return new TextDecoder().decode(rb);
    throw typeError(`expected ${v.type.name}.__fspath__() to return str or bytes, not ${r.type.name}`);
  } finally {
    decref(r);
  }
}

export function absPath(p: string): string {
  const parts = (p.startsWith('/') ? p : `${rt.cwd}/${p}`).split('/');
  const out: string[] = [];
  for (const s of parts) {
    if (s === '' || s === '.') continue;
    if (s === '..') out.pop();
    else out.push(s);
  }
  return '/' + out.join('/');
}

/** A directory exists if the file system has it or it is (an ancestor of) the working or script directory. */
export function dirExists(p: string): boolean {
  if (p === '/' || rt.fs.isDir(p)) return true;
  for (const d of [rt.cwd, rt.mainDir]) if (d === p || d.startsWith(p + '/')) return true;
  return false;
}

/** OSError subclass instance with errno/strerror/filename, as PyErr_SetFromErrnoWithFilenameObject. */
export function osError(typeName: string, errno: number, strerror: string, filename: PyObject | null): PyThrown {
  const type = exceptionTypes[typeName] ?? exceptionTypes['OSError'];
  const e = newException(type, [newInt(errno), newStr(strerror)]);
  const attrs = (e.attrs ??= new Map());
  attrs.set('errno', newInt(errno));
  attrs.set('strerror', newStr(strerror));
  if (filename !== null) {
    filename.rc++;
    attrs.set('filename', filename);
  } else {
    None.rc++;
    attrs.set('filename', None);
  }
  None.rc++;
  attrs.set('filename2', None);
  return new PyThrown(e);
}

export const ENOENT = (f: PyObject | null) => osError('FileNotFoundError', 2, 'No such file or directory', f);
export const EISDIR = (f: PyObject | null) => osError('IsADirectoryError', 21, 'Is a directory', f);
export const EEXIST = (f: PyObject | null) => osError('FileExistsError', 17, 'File exists', f);
export const ENOTDIR = (f: PyObject | null) => osError('NotADirectoryError', 20, 'Not a directory', f);

// ------------------------------------------------------------------------------------------------
// File state
// ------------------------------------------------------------------------------------------------

interface FileState {
  path: string;
  name: PyObject;
  /** The mode as `file.mode` reports it ('r', 'w', 'rb', 'rb+' …). */
  mode: string;
  binary: boolean;
  readable: boolean;
  writable: boolean;
  append: boolean;
  closed: boolean;
  encoding: string;
  fd: number;
  buf: Uint8Array;
  len: number;
  /** Byte position; valid while `text` is null. */
  pos: number;
  /** Text mode read cache: the decoded text of buf[textStart:len] and the read index in it. */
  text: string | null;
  textStart: number;
  tidx: number;
  /** In-memory streams (StringIO / BytesIO) have no path. */
  memory: boolean;
  /** The BufferedReader/Writer buffer (DEFAULT_BUFFER_SIZE bytes of PyMem memory) while open. */
  bufAddr: number;
  /** TextIOWrapper's current decoded chunk and its input snapshot (CHUNK_SIZE bytes), as objects. */
  chunkIndex: number;
  chunkStr: PyObject | null;
  chunkBytes: PyObject | null;
}

const CHUNK = 8192;

/** Close: free the buffer and the chunk objects (also done when the file object dies). */
function closeState(s: FileState): void {
  s.closed = true;
  if (s.bufAddr !== 0) {
    freeBuffer(s.bufAddr);
    s.bufAddr = 0;
  }
  dropChunk(s);
}

function dropChunk(s: FileState): void {
  const a = s.chunkStr;
  const b = s.chunkBytes;
  s.chunkStr = null;
  s.chunkBytes = null;
  s.chunkIndex = -1;
  if (a !== null) decref(a);
  if (b !== null) decref(b);
}

/**
 * Text reading in CPython goes through 8 KiB chunks: the raw bytes are read into a bytes object
 * (kept as the decoder snapshot) and decoded into a str (decoded_chars) that lines are cut from.
 * Keep the same two objects alive for the chunk the read position is in.
 */
function touchChunk(s: FileState): void {
  if (s.memory || s.text === null) return;
  const idx = Math.floor(s.tidx / CHUNK);
  if (idx === s.chunkIndex || s.tidx >= s.text.length) return;
  dropChunk(s);
  const start = idx * CHUNK;
  const raw = s.buf.subarray(s.textStart + start, Math.min(s.len, s.textStart + start + CHUNK));
  s.chunkBytes = newBytes(raw, true);
  s.chunkStr = newStr(s.text.slice(start, start + CHUNK));
  s.chunkIndex = idx;
}

const states = new WeakMap<PyObject, FileState>();
const utf8 = new TextEncoder();

function stateOf(o: PyObject): FileState {
  const s = states.get(o);
  if (s === undefined) throw valueError('I/O operation on uninitialized object');
  return s;
}

function open_(s: FileState): FileState {
  if (s.closed) throw valueError('I/O operation on closed file.');
  return s;
}

let ioTypes: { unsupported: PyType } | null = null;
function unsupported(msg: string): PyThrown {
  const t = ioTypes?.unsupported ?? exceptionTypes['OSError'];
  return new PyThrown(newException(t, [newStr(msg)]));
}

function decode(bytes: Uint8Array, encoding: string): string {
  const enc = encoding.toLowerCase().replace(/_/g, '-');
  const label = enc === 'utf8' ? 'utf-8' : enc === 'latin-1' || enc === 'latin1' || enc === 'iso-8859-1' ? 'latin1' : enc;
  if (label === 'ascii') {
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] > 127) {
        throw unicodeDecodeError(`'ascii' codec can't decode byte 0x${bytes[i].toString(16)} in position ${i}: ordinal not in range(128)`);
      }
    }
  }
  try {
    return new TextDecoder(label === 'ascii' ? 'utf-8' : label, { fatal: true }).decode(bytes);
  } catch {
    throw unicodeDecodeError(`'${enc.replace(/-/g, '-')}' codec can't decode bytes: invalid data`);
  }
}

function unicodeDecodeError(msg: string): PyThrown {
  return new PyThrown(newException(exceptionTypes['UnicodeDecodeError'] ?? exceptionTypes['ValueError'], [newStr(msg)]));
}

function encode(text: string, encoding: string): Uint8Array {
  const enc = encoding.toLowerCase().replace(/_/g, '-');
  if (enc === 'latin-1' || enc === 'latin1' || enc === 'iso-8859-1' || enc === 'ascii') {
    const limit = enc === 'ascii' ? 128 : 256;
    const out = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= limit) {
        throw new PyThrown(
          newException(exceptionTypes['UnicodeEncodeError'] ?? exceptionTypes['ValueError'], [
            newStr(`'${enc === 'ascii' ? 'ascii' : 'latin-1'}' codec can't encode character '\\u${c.toString(16).padStart(4, '0')}' in position ${i}: ordinal not in range(${limit})`),
          ]),
        );
      }
      out[i] = c;
    }
    return out;
  }
  return utf8.encode(text);
}

/** Drop the text read cache, turning its position back into a byte position. */
function syncPos(s: FileState): void {
  if (s.text === null) return;
  if (s.tidx >= s.text.length) s.pos = s.len;
  else s.pos = s.textStart + encode(s.text.slice(0, s.tidx), s.encoding).length;
  s.text = null;
  dropChunk(s);
}

function ensureText(s: FileState): string {
  if (s.text === null) {
    let t = decode(s.buf.subarray(s.pos, s.len), s.encoding);
    if (t.includes('\r')) t = t.replace(/\r\n?/g, '\n');
    s.text = t;
    s.textStart = s.pos;
    s.tidx = 0;
  }
  return s.text;
}

function flushToFs(s: FileState): void {
  if (!s.memory) rt.fs.writeFile(s.path, s.buf.subarray(0, s.len));
}

function writeBytes(s: FileState, data: Uint8Array): void {
  syncPos(s);
  if (s.append) s.pos = s.len;
  const end = s.pos + data.length;
  if (end > s.buf.length) {
    const nb = new Uint8Array(Math.max(end, s.buf.length * 2, 256));
    nb.set(s.buf.subarray(0, s.len));
    s.buf = nb;
  } else if (s.pos < s.len && !s.memory) {
    // overwriting inside the file: copy so the view previously handed to the fs stays intact
    const nb = new Uint8Array(s.buf.length);
    nb.set(s.buf.subarray(0, s.len));
    s.buf = nb;
  }
  if (s.pos > s.len) s.buf.fill(0, s.len, s.pos);
  s.buf.set(data, s.pos);
  s.pos = end;
  if (end > s.len) s.len = end;
  flushToFs(s);
}

// ------------------------------------------------------------------------------------------------
// open()
// ------------------------------------------------------------------------------------------------

interface ParsedMode {
  reading: boolean;
  writing: boolean;
  appending: boolean;
  creating: boolean;
  updating: boolean;
  binary: boolean;
  text: boolean;
}

function parseMode(mode: string): ParsedMode {
  const m: ParsedMode = { reading: false, writing: false, appending: false, creating: false, updating: false, binary: false, text: false };
  const seen = new Set<string>();
  for (const c of mode) {
    if (!'rwaxb+t'.includes(c) || seen.has(c)) throw valueError(`invalid mode: '${mode}'`);
    seen.add(c);
    if (c === 'r') m.reading = true;
    else if (c === 'w') m.writing = true;
    else if (c === 'a') m.appending = true;
    else if (c === 'x') m.creating = true;
    else if (c === '+') m.updating = true;
    else if (c === 'b') m.binary = true;
    else if (c === 't') m.text = true;
  }
  if (m.text && m.binary) throw valueError("can't have text and binary mode at once");
  const n = +m.reading + +m.writing + +m.appending + +m.creating;
  if (n > 1) throw valueError('must have exactly one of create/read/write/append mode');
  if (n === 0) {
    throw valueError('Must have exactly one of create/read/write/append mode and at most one plus');
  }
  return m;
}

let nextFd = 3;

function openFile(args: PyObject[], kw: string[] | null): PyObject {
  const [file, modeArg, buffering, encodingArg, errors, newline] = parseArgs(
    'open', args, kw, ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'], 1,
  );
  void buffering;
  void errors;
  void newline;
  let path: string;
  let nameObj: PyObject = file!;
  let ownsName = false;
  const fail = (e: PyThrown): PyThrown => {
    if (ownsName) decref(nameObj);
    return e;
  };
  if (file instanceof PyStr) path = file.value;
  else if (file instanceof PyInt) throw unsupported('file descriptors are not supported');
  else {
    const p = fsPathText(file!);
    if (p === null) throw typeError(`expected str, bytes or os.PathLike object, not ${file!.type.name}`);
    path = p;
    // an os.PathLike is replaced by its path: the file's name and errors' filename are the str
    if (bytesLike(file!) === null) {
      nameObj = newStr(p);
      ownsName = true;
    }
  }
  if (modeArg !== null && !(modeArg instanceof PyStr)) {
    throw typeError(`open() argument 'mode' must be str, not ${modeArg.type.name}`);
  }
  const mode = modeArg === null ? 'r' : modeArg.value;
  const m = parseMode(mode);
  if (encodingArg !== null && encodingArg !== None && !(encodingArg instanceof PyStr)) {
    throw typeError(`open() argument 'encoding' must be str or None, not ${encodingArg.type.name}`);
  }
  if (m.binary && encodingArg !== null && encodingArg !== None) {
    throw valueError("binary mode doesn't take an encoding argument");
  }
  const encoding = encodingArg instanceof PyStr ? encodingArg.value : 'UTF-8';
  if (!m.binary && !isKnownEncoding(encoding)) {
    throw new PyThrown(newException(exceptionTypes['LookupError'], [newStr(`unknown encoding: ${encoding}`)]));
  }
  const abs = absPath(path);
  if (rt.fs.isDir(abs)) throw fail(EISDIR(nameObj));
  const dir = abs.slice(0, abs.lastIndexOf('/')) || '/';
  let data = rt.fs.readFile(abs);
  if (m.reading && data === null) throw fail(ENOENT(nameObj));
  if (m.creating && data !== null) throw fail(EEXIST(nameObj));
  if (!m.reading && data === null && !dirExists(dir)) throw fail(ENOENT(nameObj));
  if (m.writing || m.creating) data = new Uint8Array(0);
  const buf = new Uint8Array(data ?? new Uint8Array(0));
  const s: FileState = {
    path: abs,
    name: nameObj,
    mode: '',
    binary: m.binary,
    readable: m.reading || m.updating,
    writable: m.writing || m.appending || m.creating || m.updating,
    append: m.appending,
    closed: false,
    encoding,
    fd: nextFd++,
    buf,
    len: buf.length,
    pos: m.appending ? buf.length : 0,
    text: null,
    textStart: 0,
    tidx: 0,
    memory: false,
    bufAddr: 0,
    chunkIndex: -1,
    chunkStr: null,
    chunkBytes: null,
  };
  if (m.writing || m.creating || (m.appending && data === null)) flushToFs(s);
  const letter = m.reading ? 'r' : m.writing ? 'w' : m.appending ? 'a' : 'x';
  let typeName: string;
  if (m.binary) {
    s.mode = letter + 'b' + (m.updating ? '+' : '');
    typeName = m.updating ? 'BufferedRandom' : m.reading ? 'BufferedReader' : 'BufferedWriter';
  } else {
    s.mode = mode;
    typeName = 'TextIOWrapper';
  }
  if (!ownsName) nameObj.rc++; // the file keeps its name
  s.bufAddr = allocBuffer(8192);
  return newFileObject(typeName, s);
}

function isKnownEncoding(e: string): boolean {
  const x = e.toLowerCase().replace(/[-_ ]/g, '');
  return ['utf8', 'ascii', 'latin1', 'iso88591', 'usascii', 'utf16', 'cp1252', 'utf8sig'].includes(x);
}

function ioModule(): PyModule {
  const m = loadModule('_io') as PyModule;
  decref(m);
  return m;
}

function newFileObject(typeName: string, s: FileState): PyObject {
  const t = ioModule().md.getStr(typeName)!;
  const o = call(t, []);
  states.set(o, s);
  return o;
}

// ------------------------------------------------------------------------------------------------
// Methods
// ------------------------------------------------------------------------------------------------

function sizeArg(fname: string, v: PyObject | null | undefined): number {
  if (v === null || v === undefined || v === None) return -1;
  if (!(v instanceof PyInt)) throw typeError(`argument should be integer or None, not '${v.type.name}'`);
  return Number(v.value);
}

function checkReadable(s: FileState): void {
  open_(s);
  if (!s.readable) throw unsupported(s.binary ? 'read' : 'not readable');
}

function checkWritable(s: FileState): void {
  open_(s);
  if (!s.writable) throw unsupported(s.binary ? 'write' : 'not writable');
}

function readText(s: FileState, n: number): string {
  const t = ensureText(s);
  const start = s.tidx;
  const end = n < 0 ? t.length : Math.min(t.length, start + n);
  if (n >= 0) touchChunk(s);
  s.tidx = end;
  return t.slice(start, end);
}

function readLineText(s: FileState, limit: number): string {
  const t = ensureText(s);
  touchChunk(s);
  const start = s.tidx;
  let end = t.indexOf('\n', start);
  end = end < 0 ? t.length : end + 1;
  if (limit >= 0 && end - start > limit) end = start + limit;
  s.tidx = end;
  return t.slice(start, end);
}

function readBytes(s: FileState, n: number): Uint8Array {
  const start = s.pos;
  const end = n < 0 ? s.len : Math.min(s.len, start + n);
  s.pos = Math.max(start, end);
  return s.buf.slice(start, Math.max(start, end));
}

function readLineBytes(s: FileState, limit: number): Uint8Array {
  const start = s.pos;
  let end = s.buf.subarray(0, s.len).indexOf(10, start);
  end = end < 0 ? s.len : end + 1;
  if (limit >= 0 && end - start > limit) end = start + limit;
  s.pos = Math.max(start, end);
  return s.buf.slice(start, Math.max(start, end));
}

function readLine(s: FileState, limit: number): PyObject {
  return s.binary ? newBytes(readLineBytes(s, limit), false) : newStr(readLineText(s, limit));
}

function atEof(s: FileState): boolean {
  if (s.binary) return s.pos >= s.len;
  const t = ensureText(s);
  return s.tidx >= t.length;
}

function defineFileMethods(t: PyType, binary: boolean): void {
  defineMethod(t, 'read', (self, args, kw) => {
    const [n] = parseArgs('read', args, kw, ['size'], 0, 1, 1);
    const s = stateOf(self);
    checkReadable(s);
    const size = sizeArg('read', n);
    if (s.binary) return newBytes(readBytes(s, size), false);
    if (size >= 0 || s.memory) return newStr(readText(s, size));
    // read(): CPython reads all remaining bytes into one bytes object and decodes it to the result
    syncPos(s);
    const raw = newBytes(s.buf.subarray(s.pos, s.len), true);
    try {
      return newStr(readText(s, size));
    } finally {
      decref(raw);
    }
  });
  defineMethod(t, 'readline', (self, args, kw) => {
    const [n] = parseArgs('readline', args, kw, ['size'], 0, 1, 1);
    const s = stateOf(self);
    checkReadable(s);
    return readLine(s, sizeArg('readline', n));
  });
  defineMethod(t, 'readlines', (self, args, kw) => {
    const [h] = parseArgs('readlines', args, kw, ['hint'], 0, 1, 1);
    const s = stateOf(self);
    checkReadable(s);
    const hint = sizeArg('readlines', h);
    const items: PyObject[] = [];
    let total = 0;
    while (!atEof(s)) {
      const line = readLine(s, -1);
      items.push(line);
      total += (line as unknown as { length?: number }).length ?? 0;
      if (hint > 0 && total >= hint) break;
    }
    return newList(items);
  });
  defineMethod(t, '__iter__', (self) => {
    open_(stateOf(self));
    self.rc++;
    return self;
  });
  const iternext = (self: PyObject): PyObject | null => {
    const s = stateOf(self);
    checkReadable(s);
    if (atEof(s)) return null;
    return readLine(s, -1);
  };
  defineMethod(t, '__next__', (self) => {
    const r = iternext(self);
    if (r === null) throw new PyThrown(newException(exceptionTypes['StopIteration'], []));
    return r;
  });
  t.slots.iternext = iternext;
  t.slots.iter = (self) => {
    open_(stateOf(self));
    self.rc++;
    return self;
  };
  defineMethod(t, 'write', (self, args, kw) => {
    parseArgs('write', args, kw, [binary ? 'buffer' : 'text'], 1, 1, 1);
    const s = stateOf(self);
    checkWritable(s);
    const v = args[0];
    if (binary) {
      const b = bytesLike(v);
      if (b === null) throw typeError(`a bytes-like object is required, not '${v.type.name}'`);
      writeBytes(s, b.slice());
      return newInt(b.length);
    }
    if (!(v instanceof PyStr)) throw typeError(`write() argument must be str, not ${v.type.name}`);
    writeBytes(s, encode(v.value, s.encoding));
    return newInt(v.length);
  });
  defineMethod(t, 'writelines', (self, args, kw) => {
    parseArgs('writelines', args, kw, ['lines'], 1, 1, 1);
    const s = stateOf(self);
    checkWritable(s);
    const items = iterToArray(args[0]);
    try {
      for (const v of items) {
        if (binary) {
          const b = bytesLike(v);
          if (b === null) throw typeError(`a bytes-like object is required, not '${v.type.name}'`);
          writeBytes(s, b.slice());
        } else {
          if (!(v instanceof PyStr)) throw typeError(`write() argument must be str, not ${v.type.name}`);
          writeBytes(s, encode(v.value, s.encoding));
        }
      }
    } finally {
      for (const v of items) decref(v);
    }
    return None;
  });
  defineMethod(t, 'seek', (self, args, kw) => {
    const [off, wh] = parseArgs('seek', args, kw, ['cookie', 'whence'], 1, 2, 2);
    const s = stateOf(self);
    open_(s);
    if (!(off instanceof PyInt)) throw typeError(`'${off!.type.name}' object cannot be interpreted as an integer`);
    const whence = wh === null ? 0 : Number((wh as PyInt).value);
    let o = Number(off.value);
    syncPos(s);
    if (!binary && whence !== 0 && o !== 0) {
      throw unsupported(whence === 1 ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks");
    }
    if (whence === 1) o += s.pos;
    else if (whence === 2) o += s.len;
    else if (whence !== 0) throw valueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
    if (o < 0) throw (binary ? osError('OSError', 22, 'Invalid argument', null) : valueError(`negative seek position ${o}`));
    s.pos = o;
    return newInt(o);
  });
  defineMethod(t, 'tell', (self) => {
    const s = stateOf(self);
    open_(s);
    syncPos(s);
    return newInt(s.pos);
  });
  defineMethod(t, 'truncate', (self, args, kw) => {
    const [n] = parseArgs('truncate', args, kw, ['pos'], 0, 1, 1);
    const s = stateOf(self);
    checkWritable(s);
    syncPos(s);
    const size = n === null || n === None ? s.pos : Number((n as PyInt).value);
    if (size < s.len) {
      s.buf = s.buf.slice(0, Math.max(size, 0));
      s.len = size;
    } else if (size > s.len) {
      const nb = new Uint8Array(size);
      nb.set(s.buf.subarray(0, s.len));
      s.buf = nb;
      s.len = size;
    }
    flushToFs(s);
    return newInt(size);
  });
  defineMethod(t, 'flush', (self) => {
    open_(stateOf(self));
    return None;
  });
  defineMethod(t, 'close', (self) => {
    const s = states.get(self);
    if (s !== undefined) closeState(s);
    return None;
  });
  defineMethod(t, 'readable', (self) => (open_(stateOf(self)).readable ? True : False));
  defineMethod(t, 'writable', (self) => (open_(stateOf(self)).writable ? True : False));
  defineMethod(t, 'seekable', (self) => (open_(stateOf(self)), True));
  defineMethod(t, 'isatty', (self) => (open_(stateOf(self)), False));
  defineMethod(t, 'fileno', (self) => {
    const s = open_(stateOf(self));
    if (s.memory) throw unsupported('fileno');
    return newInt(s.fd);
  });
  defineMethod(t, '__enter__', (self) => {
    open_(stateOf(self));
    self.rc++;
    return self;
  });
  defineMethod(t, '__exit__', (self) => {
    const s = states.get(self);
    if (s !== undefined) closeState(s);
    return None;
  });
  defineGetSet(t, 'closed', (self) => (stateOf(self).closed ? True : False));
  defineGetSet(t, 'name', (self) => {
    const s = stateOf(self);
    if (s.memory) throw new PyThrown(newException(exceptionTypes['AttributeError'], [newStr(`'${self.type.name}' object has no attribute 'name'`)]));
    s.name.rc++;
    return s.name;
  });
  defineGetSet(t, 'mode', (self) => newStr(stateOf(self).mode));
  if (!binary) {
    defineGetSet(t, 'encoding', (self) => newStr(stateOf(self).encoding));
    defineGetSet(t, 'errors', () => newStr('strict'));
    defineGetSet(t, 'newlines', () => (None.rc++, None));
  }
  const reprFn = (self: PyObject): PyObject => {
    const s = states.get(self);
    const tn = `_io.${self.type.name}`;
    if (s === undefined) return newStr(`<${tn}>`);
    if (s.memory) return newStr(`<${tn} object at 0x${self.addr.toString(16)}>`);
    if (s.binary) return newStr(`<${tn} name=${reprText(s.name)}>`);
    return newStr(`<${tn} name=${reprText(s.name)} mode=${strRepr(s.mode)} encoding=${strRepr(s.encoding)}>`);
  };
  defineMethod(t, '__repr__', reprFn);
  t.slots.repr = reprFn;
}


// ------------------------------------------------------------------------------------------------
// In-memory streams: StringIO and BytesIO
// ------------------------------------------------------------------------------------------------

function memoryStream(self: PyObject, binary: boolean, init: PyObject | null): void {
  let data = new Uint8Array(0);
  if (init !== null && init !== None) {
    if (binary) {
      const b = bytesLike(init);
      if (b === null) throw typeError(`a bytes-like object is required, not '${init.type.name}'`);
      data = b.slice();
    } else {
      if (!(init instanceof PyStr)) throw typeError(`initial_value must be str or None, not ${init.type.name}`);
      data = utf8.encode(init.value);
    }
  }
  states.set(self, {
    path: '', name: None, mode: binary ? 'rb+' : 'r+', binary, readable: true, writable: true, append: false,
    closed: false, encoding: 'utf-8', fd: -1, buf: data, len: data.length, pos: 0, text: null, textStart: 0,
    tidx: 0, memory: true, bufAddr: 0, chunkIndex: -1, chunkStr: null, chunkBytes: null,
  });
}

function fillIo(m: PyModule): void {
  const d = m.md;
  const mk = (name: string, bases: PyType[]): PyType => {
    const ns = newDict();
    const t = makeClass(typeType, name, bases, ns);
    decref(ns);
    const mod = newStr('_io');
    dictSetStr(t.dict, '__module__', mod);
    decref(mod);
    dictSetStr(d, name, t);
    decref(t);
    return t;
  };
  let unsupportedType: PyType;
  try {
    unsupportedType = mk('UnsupportedOperation', [exceptionTypes['OSError'], exceptionTypes['ValueError']]);
  } catch (e) {
    if (!(e instanceof PyThrown)) throw e;
    decref(e.exc);
    unsupportedType = mk('UnsupportedOperation', [exceptionTypes['OSError']]);
  }
  const modName = newStr('io');
  dictSetStr(unsupportedType.dict, '__module__', modName);
  decref(modName);
  ioTypes = { unsupported: unsupportedType };
  const releaseName = (t: PyType): void => {
    const base = t.dealloc;
    t.dealloc = (o) => {
      const st = states.get(o);
      if (st !== undefined) {
        states.delete(o);
        closeState(st);
        if (!st.memory) release(st.name);
      }
      return base(o);
    };
  };
  const text = mk('TextIOWrapper', [objectType]);
  defineFileMethods(text, false);
  releaseName(text);
  for (const name of ['BufferedReader', 'BufferedWriter', 'BufferedRandom']) {
    const t = mk(name, [objectType]);
    defineFileMethods(t, true);
    releaseName(t);
  }
  const stringIO = mk('StringIO', [objectType]);
  defineFileMethods(stringIO, false);
  const stringInit = (self: PyObject, args: PyObject[], kw: string[] | null): void => {
    const [init] = parseArgs('StringIO', args, kw, ['initial_value', 'newline'], 0);
    memoryStream(self, false, init);
  };
  defineMethod(stringIO, '__init__', (self, args, kw) => (stringInit(self, args, kw), None));
  stringIO.slots.init = stringInit;
  defineMethod(stringIO, 'getvalue', (self) => {
    const s = open_(stateOf(self));
    return newStr(decode(s.buf.subarray(0, s.len), 'utf-8'));
  });
  const bytesIO = mk('BytesIO', [objectType]);
  defineFileMethods(bytesIO, true);
  const bytesInit = (self: PyObject, args: PyObject[], kw: string[] | null): void => {
    const [init] = parseArgs('BytesIO', args, kw, ['initial_bytes'], 0);
    memoryStream(self, true, init);
  };
  defineMethod(bytesIO, '__init__', (self, args, kw) => (bytesInit(self, args, kw), None));
  bytesIO.slots.init = bytesInit;
  defineMethod(bytesIO, 'getvalue', (self) => {
    const s = open_(stateOf(self));
    return newBytes(s.buf.slice(0, s.len), false);
  });
  defineFunction(d, 'open', (_s, args, kw) => openFile(args, kw));
  for (const [k, v] of [['SEEK_SET', 0], ['SEEK_CUR', 1], ['SEEK_END', 2], ['DEFAULT_BUFFER_SIZE', 8192]] as const) {
    const n = newInt(v);
    dictSetStr(d, k, n);
    decref(n);
  }
}

registerNativeModule('_io', fillIo);

registerPyModule(
  'io',
  String.raw`
from _io import (open, TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom,
                 StringIO, BytesIO, UnsupportedOperation, DEFAULT_BUFFER_SIZE)
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

class IOBase:
    pass

class RawIOBase(IOBase):
    pass

class BufferedIOBase(IOBase):
    pass

class TextIOBase(IOBase):
    pass
`,
);

registerBuiltins((d: PyDict) => {
  // CPython imports _io at start-up (sys.stdout is one of its objects), before any user code or
  // tracemalloc.start(): create it now so that its types are not charged to the program.
  // builtins.open is _io.open itself (init_set_builtins_open), set after the builtins copy.
  const io = loadModule('_io') as PyModule;
  const open = io.md.getStr('open');
  if (open !== null) dictSetStr(d, 'open', open);
  decref(io);
});

