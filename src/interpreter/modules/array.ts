/**
 * The `array` module (Modules/arraymodule.c): `array.array` / `ArrayType`, `typecodes`.
 * The types live in objects/array.ts.
 */
import { dictSetStr } from '../objects/dict';
import { arrayType, TYPECODES } from '../objects/array';
import { decref } from '../objects/object';
import { callMethod, getAttr } from '../objects/abstract';
import { PyThrown } from '../objects/errors';
import { loadModule } from '../vm/import';
import { registerNativeModule, setStr, LIB_DIR } from './pymodule';

registerNativeModule('array', (m) => {
  dictSetStr(m.md, 'array', arrayType);
  dictSetStr(m.md, 'ArrayType', arrayType);
  setStr(m, 'typecodes', TYPECODES);
  // an extension module in lib-dynload on CPython's Linux builds
  setStr(m, '__file__', `${LIB_DIR}/lib-dynload/array.cpython-312-x86_64-linux-gnu.so`);
  // array_modexec: collections.abc.MutableSequence.register(array)
  try {
    const abc = loadModule('collections.abc');
    try {
      const ms = getAttr(abc, 'MutableSequence');
      try {
        decref(callMethod(ms, 'register', [arrayType]));
      } finally {
        decref(ms);
      }
    } finally {
      decref(abc);
    }
  } catch (e) {
    if (!(e instanceof PyThrown)) throw e;
  }
});
