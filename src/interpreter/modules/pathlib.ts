/**
 * `pathlib` (POSIX flavour), in Python over os / os.path: PurePath / PurePosixPath / Path /
 * PosixPath with the `/` operator, parts, name / stem / suffix(es), parent(s), with_name /
 * with_suffix / with_stem, relative_to, match, and the file-system methods (exists, is_file,
 * is_dir, iterdir, glob / rglob, read_text / write_text / read_bytes / write_bytes, open, mkdir,
 * touch, unlink, rmdir, rename, stat, resolve, cwd, home).
 */
import { registerPyModule } from './pymodule';

registerPyModule(
  'pathlib',
  String.raw`
import fnmatch
import io
import os
import posixpath
import re
import sys

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]


class PurePath(object):
    __slots__ = ('_raw_paths', '_drv', '_root', '_tail', '_str', '_hash')

    def __new__(cls, *args, **kwargs):
        if cls is PurePath:
            cls = PurePosixPath
        return object.__new__(cls)

    def __init__(self, *args):
        paths = []
        for arg in args:
            if isinstance(arg, PurePath):
                paths.append(str(arg))
            else:
                try:
                    path = os.fspath(arg)
                except TypeError:
                    path = arg
                if not isinstance(path, str):
                    raise TypeError(
                        "argument should be a str or an os.PathLike object where __fspath__ "
                        "returns a str, not %r" % type(path).__name__)
                paths.append(path)
        self._raw_paths = paths
        path = posixpath.join(*paths) if paths else ''
        root = '/' if path.startswith('/') else ''
        if path.startswith('//') and not path.startswith('///'):
            root = '//'
        parts = [p for p in path.split('/') if p and p != '.']
        self._drv = ''
        self._root = root
        self._tail = parts
        self._str = None
        self._hash = None

    def with_segments(self, *pathsegments):
        return type(self)(*pathsegments)

    def _from_parts(self, root, tail):
        p = object.__new__(type(self))
        p._raw_paths = [root + '/'.join(tail)]
        p._drv = ''
        p._root = root
        p._tail = list(tail)
        p._str = None
        p._hash = None
        return p

    def __str__(self):
        if self._str is None:
            self._str = (self._root + '/'.join(self._tail)) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return 'file://' + str(self)

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(str(self))
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) == str(other)

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._tail_key() < other._tail_key()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._tail_key() <= other._tail_key()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._tail_key() > other._tail_key()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._tail_key() >= other._tail_key()

    def _tail_key(self):
        return [self._root] + self._tail

    @property
    def drive(self):
        return self._drv

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._drv + self._root

    @property
    def parts(self):
        if self._root:
            return (self._root,) + tuple(self._tail)
        return tuple(self._tail)

    @property
    def name(self):
        return self._tail[-1] if self._tail else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + suffix for suffix in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parts(self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old_suffix = self.suffix
        if not old_suffix:
            name = name + suffix
        else:
            name = name[:-len(old_suffix)] + suffix
        return self._from_parts(self._root, self._tail[:-1] + [name])

    def relative_to(self, other, /, *_deprecated, walk_up=False):
        other = self.with_segments(other, *_deprecated)
        if self._root != other._root or self._tail[:len(other._tail)] != other._tail:
            if walk_up and self._root == other._root:
                common = 0
                for a, b in zip(self._tail, other._tail):
                    if a != b:
                        break
                    common += 1
                ups = ['..'] * (len(other._tail) - common)
                return self._from_parts('', ups + self._tail[common:])
            raise ValueError(f"{str(self)!r} is not in the subpath of {str(other)!r}")
        return self._from_parts('', self._tail[len(other._tail):])

    def is_relative_to(self, other, /, *_deprecated):
        other = self.with_segments(other, *_deprecated)
        return self._root == other._root and self._tail[:len(other._tail)] == other._tail

    def joinpath(self, *pathsegments):
        return self.with_segments(self, *pathsegments)

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self.with_segments(key, self)
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        if not self._tail:
            return self
        return self._from_parts(self._root, self._tail[:-1])

    @property
    def parents(self):
        result = []
        p = self
        while p._tail:
            p = p.parent
            result.append(p)
        return tuple(result)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern, *, case_sensitive=None):
        pat = self.with_segments(path_pattern)
        if not pat.parts:
            raise ValueError("empty pattern")
        pat_parts = pat.parts
        parts = self.parts
        if pat._root:
            if len(pat_parts) != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, p in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True


class PurePosixPath(PurePath):
    __slots__ = ()


class PureWindowsPath(PurePath):
    __slots__ = ()


class Path(PurePath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return object.__new__(cls)

    def stat(self, *, follow_symlinks=True):
        return os.stat(self)

    def exists(self, *, follow_symlinks=True):
        return os.path.exists(self)

    def is_dir(self):
        return os.path.isdir(self)

    def is_file(self):
        return os.path.isfile(self)

    def is_symlink(self):
        return False

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def iterdir(self):
        for name in os.listdir(self):
            yield self._from_parts(self._root, self._tail + [name])

    def _walk_all(self):
        yield self
        for child in sorted(os.listdir(self)) if self.is_dir() else ():
            p = self._from_parts(self._root, self._tail + [child])
            if p.is_dir():
                yield from p._walk_all()
            else:
                yield p

    def glob(self, pattern, *, case_sensitive=None):
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        pat_parts = [p for p in pattern.split('/') if p and p != '.']
        level = [self]
        for i, part in enumerate(pat_parts):
            nxt = []
            for base in level:
                if part == '**':
                    nxt.extend(p for p in base._walk_all() if p.is_dir())
                elif base.is_dir():
                    for name in os.listdir(base):
                        if fnmatch.fnmatchcase(name, part) and not (name.startswith('.') and not part.startswith('.')):
                            nxt.append(base._from_parts(base._root, base._tail + [name]))
            level = nxt
        seen = set()
        for p in level:
            if str(p) not in seen:
                seen.add(str(p))
                yield p

    def rglob(self, pattern, *, case_sensitive=None):
        return self.glob('**/' + pattern)

    def absolute(self):
        if self.is_absolute():
            return self
        return self.with_segments(os.getcwd(), self)

    def resolve(self, strict=False):
        return self.with_segments(os.path.realpath(self))

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def expanduser(self):
        return self.with_segments(os.path.expanduser(str(self)))

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            return
        with self.open('a'):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return self.with_segments(target)

    def replace(self, target):
        os.rename(self, target)
        return self.with_segments(target)

    def samefile(self, other_path):
        return str(self.resolve()) == str(self.with_segments(other_path).resolve())


class PosixPath(Path, PurePosixPath):
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError(f"cannot instantiate {cls.__name__!r} on your system")
`,
);
