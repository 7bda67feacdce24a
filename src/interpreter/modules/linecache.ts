/**
 * `linecache`: getline / getlines / clearcache / checkcache. The source text comes from the
 * interpreter's own cache of every file it compiled (the one tracebacks print from), or from
 * the program's file system for other files; lines keep their newline, as in CPython.
 */
import { PyObject } from '../objects/object';
import { PyStr, newStr } from '../objects/str';
import { newList } from '../objects/list';
import { None } from '../objects/singletons';
import { defineFunction } from '../objects/descriptors';
import { typeError } from '../objects/errors';
import { rt } from '../vm/state';
import { sourceCache } from '../vm/traceback-print';
import { registerPyModule } from './pymodule';

/** The lines of a file (each ending in a newline), or null when it cannot be read. */
export function sourceLines(filename: string): string[] | null {
  let lines = sourceCache.get(filename);
  if (lines === undefined) {
    if (!filename.startsWith('/') || rt.fs === null) return null;
    const data = rt.fs.readFile(filename);
    if (data === null) return null;
    lines = new TextDecoder().decode(data).split(/\r?\n/);
  }
  const out = lines.map((l) => l + '\n');
  if (out.length > 0 && lines[lines.length - 1] === '') out.pop();
  return out;
}

registerPyModule(
  'linecache',
  String.raw`
__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    cache.clear()


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    pass


def updatecache(filename, module_globals=None):
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    lines = _source_lines(filename)
    if lines is None:
        return []
    size = sum(len(line) for line in lines)
    cache[filename] = size, None, lines, filename
    return lines


def lazycache(filename, module_globals):
    return False
`,
  (m) => {
    defineFunction(m.md, '_source_lines', (_s, args): PyObject => {
      const f = args[0];
      if (!(f instanceof PyStr)) throw typeError('expected str');
      const lines = sourceLines(f.value);
      if (lines === null) return (None.rc++, None);
      return newList(lines.map((l) => newStr(l)));
    });
  },
);
