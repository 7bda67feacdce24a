/**
 * `importlib` (import_module, reload, invalidate_caches) and the two classes of the import
 * system that programs see on modules: ModuleSpec (`module.__spec__`) and SourceFileLoader
 * (`module.__loader__`), as `_frozen_importlib.ModuleSpec` and
 * `_frozen_importlib_external.SourceFileLoader` with CPython's reprs. A module imported from
 * a source file gets both (see import.ts); the simulated standard library keeps None.
 */
import { registerPyModule } from './pymodule';

registerPyModule(
  '_frozen_importlib_external',
  `
class FileLoader:
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (self.__class__ == other.__class__ and
                self.__dict__ == other.__dict__)

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as file:
            return file.read()

class SourceFileLoader(FileLoader):
    def get_source(self, fullname):
        return self.get_data(self.path).decode()

def cache_from_source(path):
    head, _, tail = path.rpartition('/')
    base = tail.rpartition('.')[0] if '.' in tail else tail
    return f'{head}/__pycache__/{base}.cpython-312.pyc'
`,
  undefined,
  { builtin: true },
);

registerPyModule(
  '_frozen_importlib',
  `
class ModuleSpec:
    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(args)})'

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and
                    self.loader == other.loader and
                    self.origin == other.origin and
                    smsl == other.submodule_search_locations and
                    self.cached == other.cached and
                    self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            from _frozen_importlib_external import cache_from_source
            self._cached = cache_from_source(self.origin)
        return self._cached

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

def _spec_for_file(name, path, is_package):
    from _frozen_importlib_external import SourceFileLoader, cache_from_source
    loader = SourceFileLoader(name, path)
    spec = ModuleSpec(name, loader, origin=path, is_package=is_package)
    spec._set_fileattr = True
    if is_package:
        spec.submodule_search_locations = [path.rpartition('/')[0]]
    return spec, loader, cache_from_source(path)
`,
  undefined,
  { builtin: true },
);

registerPyModule(
  'importlib',
  `
import sys

def invalidate_caches():
    pass

def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base

def import_module(name, package=None):
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]

def reload(module):
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    path = getattr(module, '__file__', None)
    spec = getattr(module, '__spec__', None)
    if path is not None and spec is not None:
        with open(path, encoding='utf-8') as f:
            source = f.read()
        exec(compile(source, path, 'exec'), module.__dict__)
    return sys.modules[name]
`,
  undefined,
  { package: true },
);
