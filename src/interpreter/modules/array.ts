/**
 * The `array` module (Modules/arraymodule.c): `array.array` / `ArrayType`, `typecodes`.
 * The types live in objects/array.ts.
 */
import { dictSetStr } from '../objects/dict';
import { arrayType, TYPECODES } from '../objects/array';
import { registerNativeModule, setStr } from './pymodule';

registerNativeModule('array', (m) => {
  dictSetStr(m.md, 'array', arrayType);
  dictSetStr(m.md, 'ArrayType', arrayType);
  setStr(m, 'typecodes', TYPECODES);
});
