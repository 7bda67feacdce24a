/**
 * The import system (Python/import.c, importlib): `import x`, `from x import y`, relative
 * imports, `sys.modules` caching. Modules come from two places: the simulated standard library
 * (each registered with `registerModule(name, create)`) and `.py` files in the program's
 * directory, compiled and executed like CPython's source loader.
 */
import { PyObject, decref } from '../objects/object';
import { PyModule, newModule } from '../objects/module';
import { PyDict, dictSetStr, dictSetStrSteal, dictGet, dictPop, dictForEach } from '../objects/dict';
import { PyStr, newStr, internStr } from '../objects/str';
import { PyTuple } from '../objects/tuple';
import { newList, PyList } from '../objects/list';
import { PyInt } from '../objects/int';
import { None } from '../objects/singletons';
import { PyThrown, importError, raise, typeError } from '../objects/errors';
import { exceptionTypes, raiseWith } from '../objects/exceptions';
import { getAttrOrNull, isTrue, call } from '../objects/abstract';
import { True, False } from '../objects/int';
import { Frame } from './frame';
import { rt } from './state';
import { vmHooks } from './hooks';
import { registerTypeInit } from '../objects/bootstrap';
import { setImportErrorMembers } from '../objects/exception-extras';

type ModuleFactory = () => PyModule;
const stdlib = new Map<string, ModuleFactory>();

export function registerModule(name: string, create: ModuleFactory): void {
  stdlib.set(name, create);
}

/** The simulated standard library's module names (scripts/measure-import-footprint.py lists them). */
export function stdlibModuleNames(): string[] {
  return [...stdlib.keys()];
}

export function isStdlibModule(name: string): boolean {
  return stdlib.has(name);
}

/** Set by gc/import-footprint.ts: what CPython's import of a stdlib module does to the collector. */
export const importHooks = {
  begin: (_name: string): void => {},
  end: (_name: string, _ok: boolean): void => {},
  /** `import name` found it in sys.modules */
  found: (_name: string): void => {},
};

/** Set by the runtime: compile and run source as a module body in `m`. */
export const moduleExec = {
  run: (_m: PyModule, _source: string, _filename: string): void => {
    throw new Error('module execution not installed');
  },
};

function modulesDict(): PyDict {
  return rt.modules;
}

function lookupModule(name: string): PyObject | null {
  return modulesDict().getStr(name);
}

function moduleNotFound(name: string, notPackage?: string): PyThrown {
  // importlib._bootstrap._find_and_load_unlocked: a parent without __path__ is "not a package"
  const suffix = notPackage !== undefined ? `; '${notPackage}' is not a package` : '';
  const t = raise(exceptionTypes['ModuleNotFoundError'], `No module named '${name}'${suffix}`);
  setImportErrorMembers(t.exc, { name });
  return t;
}


function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}

/**
 * __spec__ (ModuleSpec), __loader__ (SourceFileLoader) and __cached__ of a module loaded from a
 * source file, made by _frozen_importlib._spec_for_file (the import system's Python classes).
 */
function setSpec(m: PyModule, fullname: string, path: string): void {
  const fi = loadModule('_frozen_importlib');
  try {
    const make = getAttrOrNull(fi, '_spec_for_file');
    if (make === null) return;
    const args = [newStr(fullname), newStr(path), path.endsWith('/__init__.py') ? True : False];
    let r: PyObject;
    try {
      r = call(make, args);
    } finally {
      for (const a of args) decref(a);
      decref(make);
    }
    const [spec, loader, cached] = (r as PyTuple).items;
    dictSetStr(m.md, '__loader__', loader!);
    dictSetStr(m.md, '__spec__', spec!);
    dictSetStr(m.md, '__cached__', cached!);
    decref(r);
  } finally {
    decref(fi);
  }
}

/** Load (or fetch from sys.modules) the module with this absolute dotted name. */
export function loadModule(fullname: string): PyObject {
  const existing = lookupModule(fullname);
  if (existing !== null) {
    importHooks.found(fullname);
    existing.rc++;
    return existing;
  }
  const dot = fullname.lastIndexOf('.');
  let searchDir = mainDir();
  if (dot > 0) {
    const parent = loadModule(fullname.slice(0, dot));
    const pmd = (parent as PyModule).md;
    const pfile = pmd?.getStr('__file__');
    const nsDir = pmd !== undefined ? namespaceDirs.get(pmd) : undefined;
    decref(parent);
    if (pfile instanceof PyStr && pfile.value.endsWith('/__init__.py')) searchDir = dirname(pfile.value);
    else if (nsDir !== undefined) searchDir = nsDir;
    else throw moduleNotFound(fullname, pmd?.getStr('__path__') ? undefined : fullname.slice(0, dot));
  }
  const create = stdlib.get(fullname);
  if (create !== undefined) {
    importHooks.begin(fullname);
    let m: PyObject;
    try {
      m = create();
    } catch (e) {
      importHooks.end(fullname, false);
      throw e;
    }
    importHooks.end(fullname, true);
    dictSetStr(modulesDict(), fullname, m);
    // CPython's import runs importlib's Python code: the eval breaker is checked during it
    if (rt.gcPending) vmHooks.collectPending();
    return m;
  }
  const short = fullname.slice(dot + 1);
  const candidates = [`${searchDir}/${short}.py`, `${searchDir}/${short}/__init__.py`];
  for (const path of candidates) {
    const data = rt.fs.readFile(path);
    if (data === null) continue;
    const source = new TextDecoder().decode(data);
    const m = newModule(fullname);
    dictSetStrSteal(m.md, '__file__', newStr(path));
    if (path.endsWith('__init__.py')) dictSetStrSteal(m.md, '__package__', newStr(fullname));
    else if (dot > 0) dictSetStrSteal(m.md, '__package__', newStr(fullname.slice(0, dot)));
    else dictSetStrSteal(m.md, '__package__', newStr(''));
    dictSetStr(modulesDict(), fullname, m);
    try {
      setSpec(m, fullname, path);
      moduleExec.run(m, source, path);
    } catch (e) {
      const k = newStr(fullname);
      const old = dictPop(modulesDict(), k);
      decref(k);
      if (old !== null) decref(old);
      decref(m);
      throw e;
    }
    const final = lookupModule(fullname) ?? m;
    final.rc++;
    decref(m);
    return final;
  }
  // PEP 420: a directory without __init__.py is a namespace package
  const dir = `${searchDir}/${short}`;
  if (rt.fs.isDir(dir)) {
    const m = newModule(fullname);
    const path = newList([newStr(dir)]);
    dictSetStr(m.md, '__path__', path);
    decref(path);
    dictSetStrSteal(m.md, '__package__', newStr(fullname));
    dictSetStr(m.md, '__file__', None);
    namespaceDirs.set(m.md, dir);
    dictSetStr(modulesDict(), fullname, m);
    return m;
  }
  throw moduleNotFound(fullname);
}

/** ImportError.name / .name_from of `from m import x` failures (for "Did you mean"). */
export const importErrorContext = new WeakMap<PyObject, { modName: string; nameFrom: string }>();

/** Namespace packages' directories (their `__path__`), by module dict. */
const namespaceDirs = new WeakMap<PyObject, string>();


function mainDir(): string {
  return rt.mainDir;
}

function resolveName(name: string, level: number, f: Frame): string {
  if (level === 0) return name;
  const pkgObj = f.globals.getStr('__package__');
  let pkg = pkgObj instanceof PyStr ? pkgObj.value : '';
  if (pkg === '') {
    const n = f.globals.getStr('__name__');
    const isPkg = f.globals.getStr('__path__') !== null;
    pkg = n instanceof PyStr ? (isPkg ? n.value : n.value.split('.').slice(0, -1).join('.')) : '';
  }
  if (pkg === '') throw importError('attempted relative import with no known parent package');
  const parts = pkg.split('.');
  if (level - 1 > parts.length - 1 && level > 1) throw importError('attempted relative import beyond top-level package');
  const base = parts.slice(0, parts.length - (level - 1)).join('.');
  return name ? `${base}.${name}` : base;
}

registerTypeInit(() => {
  vmHooks.importName = (name, fromlist, level, f) => {
    const lvl = level instanceof PyInt ? Number(level.value) : 0;
    const full = resolveName(name, lvl, f);
    const parts = full.split('.');
    // import every package along the dotted path
    let m: PyObject | null = null;
    for (let i = 1; i <= parts.length; i++) {
      const sub = loadModule(parts.slice(0, i).join('.'));
      if (m !== null && i > 1) {
        // bind submodule as attribute of its parent
        const parent = lookupModule(parts.slice(0, i - 1).join('.'));
        if (parent instanceof PyModule) dictSetStr(parent.md, parts[i - 1], sub);
      }
      if (m !== null) decref(m);
      m = sub;
    }
    const hasFromlist = fromlist !== None && isTrue(fromlist);
    if (hasFromlist || lvl > 0 && name === '') return m!;
    decref(m!);
    const top = lookupModule(lvl > 0 ? full.split('.')[0] : parts[0])!;
    top.rc++;
    return top;
  };
  vmHooks.importFrom = (module, name) => {
    const v = getAttrOrNull(module, name);
    if (v !== null) return v;
    // a submodule not yet imported
    const modName = module instanceof PyModule ? module.moduleName() : '?';
    try {
      return loadModule(`${modName}.${name}`);
    } catch (e) {
      if (e instanceof PyThrown && e.exc.type === exceptionTypes['ModuleNotFoundError']) decref(e.exc);
      else throw e;
    }
    const file = module instanceof PyModule ? module.md.getStr('__file__') : null;
    const where = file instanceof PyStr ? file.value : 'unknown location';
    const t = importError(`cannot import name '${name}' from '${modName}' (${where})`);
    importErrorContext.set(t.exc, { modName, nameFrom: name });
    setImportErrorMembers(t.exc, file instanceof PyStr ? { name: modName, path: file.value, nameFrom: name } : { name: modName, nameFrom: name });
    throw t;
  };
  vmHooks.importStar = (module, f) => {
    if (f.locals === null) return;
    const md = (module as PyModule).md;
    const all = md.getStr('__all__');
    const target = f.locals as PyDict;
    if (all !== null && (all instanceof PyTuple || all instanceof PyList)) {
      for (const n of [...all.items]) {
        if (!(n instanceof PyStr)) throw typeError(`Item in ${(module as PyModule).moduleName()}.__all__ must be str, not ${n.type.name}`);
        const v = getAttrOrNull(module, (n as PyStr).value);
        if (v !== null) {
          dictSetStr(target, (n as PyStr).value, v);
          decref(v);
        }
      }
      return;
    }
    dictForEach(md, (k, v) => {
      if (k instanceof PyStr && !k.value.startsWith('_')) dictSetStr(target, k.value, v);
    });
  };
});

export { dictGet, internStr };
