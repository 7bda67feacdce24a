/**
 * The builtins eval(), exec() and compile() (Python/bltinmodule.c builtin_eval_impl,
 * builtin_exec_impl, builtin_compile_impl): source text is compiled with the filename
 * "<string>" and run in a module-style frame over the given (or the caller's) globals and
 * locals; `__builtins__` is put into a globals dict that lacks it.
 */
import { PyObject, decref } from '../objects/object';
import { PyDict, dictSetStr } from '../objects/dict';
import { PyStr } from '../objects/str';
import { PyCode } from '../objects/code';
import { PyModule } from '../objects/module';
import { None } from '../objects/singletons';
import { typeError, valueError } from '../objects/errors';
import { defineFunction, parseArgs } from '../objects/descriptors';
import { PyBytes } from '../objects/bytes';
import { registerBuiltins } from '../modules/builtins';
import { currentLocals } from '../modules/builtins-functions';
import { compileSource } from './runtime';
import { Frame } from './frame';
import { evalFrame } from './interpreter';
import { rt } from './state';

function sourceText(fname: string, src: PyObject, what: string): string {
  if (src instanceof PyStr) return src.value;
  if (src instanceof PyBytes) return new TextDecoder().decode(src.data);
  throw typeError(`${fname}() arg 1 must be a string, bytes or code object`.replace('string, bytes or code object', what));
}

/** Compile without leaving the text in the traceback line cache (CPython cannot show "<string>" lines). */
function compileString(source: string, filename: string, mode: 'exec' | 'eval' | 'single'): PyCode {
  return compileSource(source, filename, mode, undefined, false);
}

function resolveNamespaces(fname: string, g: PyObject | null, l: PyObject | null): { globals: PyDict; locals: PyObject } {
  let globals: PyObject;
  let locals: PyObject;
  if (g === null || g === None) {
    if (rt.frame === null) throw typeError(`${fname}() needs a frame`);
    globals = rt.frame.globals;
    globals.rc++;
    if (l === null || l === None) locals = currentLocals();
    else {
      l.rc++;
      locals = l;
    }
  } else {
    if (!(g instanceof PyDict)) {
      throw typeError(
        fname === 'eval'
          ? `globals must be a real dict; try eval(expr, {}, mapping)`
          : `exec() globals must be a dict, not ${g.type.name}`,
      );
    }
    g.rc++;
    globals = g;
    const loc = l === null || l === None ? g : l;
    loc.rc++;
    locals = loc;
  }
  if (locals !== globals && locals.type.slots.getitem === undefined) {
    decref(globals);
    decref(locals);
    throw typeError(fname === 'eval' ? 'locals must be a mapping' : `locals must be a mapping or None, not ${locals.type.name}`);
  }
  const gd = globals as PyDict;
  if (gd.getStr('__builtins__') === null) dictSetStr(gd, '__builtins__', rt.builtins);
  return { globals: gd, locals };
}

function builtinsOf(globals: PyDict): PyDict {
  const b = globals.getStr('__builtins__');
  if (b instanceof PyDict) return b;
  if (b instanceof PyModule) return b.md;
  return rt.builtins;
}

function run(code: PyCode, globals: PyDict, locals: PyObject): PyObject {
  const f = new Frame(code, globals, builtinsOf(globals), locals, null);
  return evalFrame(f);
}

function evalOrExec(fname: 'eval' | 'exec', args: PyObject[], kw: string[] | null): PyObject {
  const names = fname === 'eval' ? ['source', 'globals', 'locals'] : ['source', 'globals', 'locals', 'closure'];
  const [src, g, l] = parseArgs(fname, args, kw, names, 1, 3, 1);
  const { globals, locals } = resolveNamespaces(fname, g, l);
  let code: PyCode | null = null;
  try {
    if (src instanceof PyCode) {
      src.rc++;
      code = src;
    } else {
      let text = sourceText(
        fname,
        src!,
        'string, bytes or code object',
      );
      if (text.includes('\0')) throw valueError('source code string cannot contain null bytes');
      if (fname === 'eval') text = text.replace(/^[ \t]+/, '');
      code = compileString(text, '<string>', fname);
    }
    const r = run(code, globals, locals);
    if (fname === 'exec') {
      decref(r);
      None.rc++;
      return None;
    }
    return r;
  } finally {
    if (code !== null) decref(code);
    decref(globals);
    decref(locals);
  }
}

registerBuiltins((d: PyDict) => {
  defineFunction(d, 'eval', (_s, args, kw) => evalOrExec('eval', args, kw));
  defineFunction(d, 'exec', (_s, args, kw) => evalOrExec('exec', args, kw));
  defineFunction(d, 'compile', (_s, args, kw) => {
    const [src, filename, mode] = parseArgs(
      'compile',
      args,
      kw,
      ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize', '_feature_version'],
      3,
    );
    if (src instanceof PyCode) {
      src.rc++;
      return src;
    }
    const text = sourceText('compile', src!, 'string, bytes or AST object');
    if (!(mode instanceof PyStr)) throw typeError(`compile() argument 'mode' must be str, not ${mode!.type.name}`);
    const m = mode.value;
    if (m !== 'exec' && m !== 'eval' && m !== 'single') throw valueError("compile() mode must be 'exec', 'eval' or 'single'");
    const fn = filename instanceof PyStr ? filename.value : filename instanceof PyBytes ? new TextDecoder().decode(filename.data) : null;
    if (fn === null) throw typeError(`compile() argument 'filename' must be str, not ${filename!.type.name}`);
    return compileString(text, fn, m);
  });
});
