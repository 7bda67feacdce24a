/**
 * `os` and `os.path` on the simulated file system. As in CPython, `os` is Python code over a
 * native `posix` module (getcwd, chdir, listdir, stat, remove, rename, mkdir, getpid …) and
 * `os.path` is the Python module `posixpath`. The simulated machine is a Linux box whose
 * process id, environment and CPU count are fixed, so programs print the same thing every run.
 */
import { PyObject, decref } from '../objects/object';
import { PyModule } from '../objects/module';
import { dictSetStr, newDict } from '../objects/dict';
import { defineFunction, parseArgs } from '../objects/descriptors';
import { PyStr, newStr } from '../objects/str';
import { newInt, PyInt } from '../objects/int';
import { newTuple } from '../objects/tuple';
import { newList } from '../objects/list';
import { newBytes, bytesLike } from '../objects/bytes';
import { None } from '../objects/singletons';
import { typeError } from '../objects/errors';
import { rt } from '../vm/state';
import { registerNativeModule, registerPyModule } from './pymodule';
import { fsPathText, absPath, dirExists, ENOENT, EISDIR, EEXIST, ENOTDIR, osError } from './io';

export const SIM_PID = 4242;

/** Directories made by os.mkdir in this run (the FileSystem interface has files only). */
let madeDirs = new Set<string>();
let madeFor: object | null = null;
function dirs(): Set<string> {
  if (madeFor !== rt.modules) {
    madeFor = rt.modules;
    madeDirs = new Set();
  }
  return madeDirs;
}

function isDir(p: string): boolean {
  return dirExists(p) || dirs().has(p);
}

function pathArg(fname: string, v: PyObject | null | undefined, dflt = '.'): string {
  if (v === null || v === undefined) return dflt;
  if (v instanceof PyStr) return v.value;
  const b = bytesLike(v);
  if (b !== null) return new TextDecoder().decode(b);
  // os.PathLike: the str (or bytes) its __fspath__ returns (PyOS_FSPath)
  const viaFspath = fsPathText(v);
  if (viaFspath !== null) return viaFspath;
  throw typeError(`${fname}: path should be string, bytes or os.PathLike, not ${v.type.name}`);
}

function fillPosix(m: PyModule): void {
  const d = m.md;
  defineFunction(d, 'getcwd', () => newStr(rt.cwd));
  defineFunction(d, 'chdir', (_s, args, kw) => {
    const [p] = parseArgs('chdir', args, kw, ['path'], 1);
    const abs = absPath(pathArg('chdir', p));
    if (!isDir(abs)) {
      if (rt.fs.readFile(abs) !== null) throw ENOTDIR(p);
      throw ENOENT(p);
    }
    rt.cwd = abs;
    None.rc++;
    return None;
  });
  defineFunction(d, 'listdir', (_s, args, kw) => {
    const [p] = parseArgs('listdir', args, kw, ['path'], 0);
    const abs = absPath(pathArg('listdir', p));
    if (rt.fs.readFile(abs) !== null) throw ENOTDIR(p ?? newStr('.'));
    if (!isDir(abs)) throw ENOENT(p ?? newStr('.'));
    const names = new Set(rt.fs.listDir(abs) ?? []);
    const prefix = abs === '/' ? '/' : abs + '/';
    for (const dd of dirs()) if (dd.startsWith(prefix)) names.add(dd.slice(prefix.length).split('/')[0]);
    return newList([...names].map((n) => newStr(n)));
  });
  const removeFn = (name: string) => (_s: PyObject, args: PyObject[], kw: string[] | null) => {
    const [p] = parseArgs(name, args, kw, ['path'], 1);
    const abs = absPath(pathArg(name, p));
    if (rt.fs.readFile(abs) === null) {
      if (isDir(abs)) throw osError('IsADirectoryError', 21, 'Is a directory', p);
      throw ENOENT(p);
    }
    rt.fs.remove(abs);
    None.rc++;
    return None;
  };
  defineFunction(d, 'remove', removeFn('remove'));
  defineFunction(d, 'unlink', removeFn('unlink'));
  defineFunction(d, 'rename', (_s, args, kw) => {
    const [a, b] = parseArgs('rename', args, kw, ['src', 'dst'], 2);
    const src = absPath(pathArg('rename', a));
    const data = rt.fs.readFile(src);
    if (data === null) {
      const e = ENOENT(a);
      (e.exc as unknown as { attrs: Map<string, PyObject> }).attrs.set('filename2', (b!.rc++, b!));
      throw e;
    }
    rt.fs.writeFile(absPath(pathArg('rename', b)), data);
    rt.fs.remove(src);
    None.rc++;
    return None;
  });
  defineFunction(d, 'mkdir', (_s, args, kw) => {
    const [p] = parseArgs('mkdir', args, kw, ['path', 'mode'], 1);
    const abs = absPath(pathArg('mkdir', p));
    if (isDir(abs) || rt.fs.readFile(abs) !== null) throw EEXIST(p);
    const parent = abs.slice(0, abs.lastIndexOf('/')) || '/';
    if (!isDir(parent)) throw ENOENT(p);
    dirs().add(abs);
    None.rc++;
    return None;
  });
  defineFunction(d, 'rmdir', (_s, args, kw) => {
    const [p] = parseArgs('rmdir', args, kw, ['path'], 1);
    const abs = absPath(pathArg('rmdir', p));
    if (!isDir(abs)) throw ENOENT(p);
    if ((rt.fs.listDir(abs) ?? []).length > 0) throw osError('OSError', 39, 'Directory not empty', p);
    dirs().delete(abs);
    None.rc++;
    return None;
  });
  // _stat(path) -> (st_mode, st_size) for the Python stat_result; raises like os.stat
  defineFunction(d, '_stat', (_s, args) => {
    const p = args[0];
    const abs = absPath(pathArg('stat', p));
    const data = rt.fs.readFile(abs);
    if (data !== null) return newTuple([newInt(0o100644), newInt(data.length)]);
    if (isDir(abs)) return newTuple([newInt(0o40755), newInt(4096)]);
    throw ENOENT(p);
  });
  defineFunction(d, '_kind', (_s, args) => {
    // 0 = missing, 1 = file, 2 = directory
    const abs = absPath(pathArg('stat', args[0]));
    return newInt(rt.fs.readFile(abs) !== null ? 1 : isDir(abs) ? 2 : 0);
  });
  defineFunction(d, 'getpid', () => newInt(SIM_PID));
  defineFunction(d, 'getppid', () => newInt(SIM_PID - 1));
  defineFunction(d, 'cpu_count', () => newInt(2));
  defineFunction(d, 'urandom', (_s, args) => {
    const n = args[0] instanceof PyInt ? Number(args[0].value) : 0;
    const out = new Uint8Array(n);
    let x = 0x9e3779b9 ^ n;
    for (let i = 0; i < n; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      out[i] = x & 0xff;
    }
    return newBytes(out, false);
  });
  const env = newDict();
  for (const [k, v] of Object.entries({
    PATH: '/usr/local/bin:/usr/bin:/bin', HOME: '/home/user', LANG: 'C.UTF-8', USER: 'user', SHELL: '/bin/bash',
  })) {
    const s = newStr(v);
    dictSetStr(env, k, s);
    decref(s);
  }
  dictSetStr(d, 'environ', env);
  decref(env);
}


registerNativeModule('posix', fillPosix);

const POSIXPATH = String.raw`
import posix as _posix

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'

def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(p).__name__}')
    return f(p)

def isabs(s):
    return _fspath(s).startswith('/')

def join(a, *p):
    a = _fspath(a)
    path = a
    for b in map(_fspath, p):
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path

def split(p):
    p = _fspath(p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail

def splitext(p):
    p = _fspath(p)
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]

def splitdrive(p):
    p = _fspath(p)
    return p[:0], p

def normcase(s):
    return _fspath(s)


def basename(p):
    p = _fspath(p)
    return p[p.rfind('/') + 1:]

def dirname(p):
    p = _fspath(p)
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head

def normpath(path):
    path = _fspath(path)
    if not path:
        return '.'
    initial_slashes = 1 if path.startswith('/') else 0
    if initial_slashes and path.startswith('//') and not path.startswith('///'):
        initial_slashes = 2
    comps = path.split('/')
    new_comps = []
    for comp in comps:
        if comp in ('', '.'):
            continue
        if (comp != '..' or (not initial_slashes and not new_comps) or
             (new_comps and new_comps[-1] == '..')):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = '/'.join(new_comps)
    if initial_slashes:
        path = '/' * initial_slashes + path
    return path or '.'

def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        path = join(_posix.getcwd(), path)
    return normpath(path)

def realpath(filename, *, strict=False):
    return abspath(filename)

def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    if start is None:
        start = curdir
    start_list = [x for x in abspath(start).split('/') if x]
    path_list = [x for x in abspath(path).split('/') if x]
    i = 0
    for a, b in zip(start_list, path_list):
        if a != b:
            break
        i += 1
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)

def exists(path):
    try:
        return _posix._kind(_fspath(path)) != 0
    except (OSError, ValueError, TypeError):
        return False

lexists = exists

def isfile(path):
    try:
        return _posix._kind(_fspath(path)) == 1
    except (OSError, ValueError, TypeError):
        return False

def isdir(s):
    try:
        return _posix._kind(_fspath(s)) == 2
    except (OSError, ValueError, TypeError):
        return False

def islink(path):
    return False

def ismount(path):
    return abspath(path) == '/'

def getsize(filename):
    return _posix._stat(_fspath(filename))[1]

def getmtime(filename):
    _posix._stat(_fspath(filename))
    return 1736931600.0

getatime = getctime = getmtime

def expanduser(path):
    path = _fspath(path)
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i == 1:
        userhome = _posix.environ.get('HOME', '/home/user')
    else:
        userhome = '/home/' + path[1:i]
    userhome = userhome.rstrip('/')
    return (userhome + path[i:]) or '/'

def expandvars(path):
    path = _fspath(path)
    if '$' not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c == '$' and i + 1 < n:
            if path[i + 1] == '{':
                j = path.find('}', i + 2)
                if j < 0:
                    out.append(path[i:])
                    break
                name = path[i + 2:j]
                end = j + 1
            else:
                j = i + 1
                while j < n and (path[j].isalnum() or path[j] == '_'):
                    j += 1
                name = path[i + 1:j]
                end = j
            if name and name in _posix.environ:
                out.append(_posix.environ[name])
            else:
                out.append(path[i:end])
            i = end
        else:
            out.append(c)
            i += 1
    return ''.join(out)

def commonprefix(m):
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1
`;

registerPyModule('posixpath', POSIXPATH);

const OS = String.raw`
import sys
import posix
from posix import (getcwd, chdir, listdir, remove, unlink, rename, mkdir, rmdir, getpid,
                   getppid, cpu_count, urandom, environ)
import posixpath as path

sys.modules['os.path'] = path
name = 'posix'
linesep = '\n'
sep = path.sep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
altsep = path.altsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
error = OSError


class stat_result(tuple):
    # a C struct sequence in CPython: no __dict__ (getsizeof 120), untracked when os.stat makes it
    __slots__ = ()
    n_sequence_fields = 10
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
              'st_atime', 'st_mtime', 'st_ctime')

    def __repr__(self):
        return 'os.stat_result(' + ', '.join(
            '%s=%r' % (n, v) for n, v in zip(self._names, self)) + ')'

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self[7])
    st_mtime = property(lambda self: self[8])
    st_ctime = property(lambda self: self[9])

stat_result.__module__ = 'os'

_inode = [1000]

def stat(path, *, dir_fd=None, follow_symlinks=True):
    mode, size = posix._stat(fspath(path))
    t = 1736931600
    from _simlib import untracked
    return untracked(stat_result((mode, 0, 2049, 1, 1000, 1000, size, t, t, t)))

lstat = stat

def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    f = getattr(type(path), '__fspath__', None)
    if f is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(path).__name__)
    return f(path)

def getenv(key, default=None):
    return environ.get(key, default)

def putenv(key, value):
    environ[key] = value

def unsetenv(key):
    environ.pop(key, None)

def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise

def removedirs(name):
    rmdir(name)

def access(path_, mode):
    return posix._kind(fspath(path_)) != 0

def walk(top, topdown=True, onerror=None, followlinks=False):
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = [n for n in names if path.isdir(path.join(top, n))]
    nondirs = [n for n in names if not path.isdir(path.join(top, n))]
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
    else:
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
        yield top, dirs, nondirs

def getlogin():
    return environ.get('USER', 'user')

def get_terminal_size(fd=1):
    return (80, 24)

def times():
    import time
    t = time.process_time()
    return (t, 0.0, 0.0, 0.0, 0.0)
`;

registerPyModule('os', OS);
