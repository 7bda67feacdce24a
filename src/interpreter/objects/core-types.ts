/**
 * The builtin type objects, created bare (no namespace yet) in one place so that every module of
 * the object model can refer to them without import cycles. `bootstrap.ts` gives each its
 * metatype, MRO and dict, and each type's own module fills in slots and methods.
 *
 * Sizes are CPython 3.12's 64-bit `tp_basicsize` / `tp_itemsize`.
 */
import { PyType } from './typeobject';

function t(name: string, layout: string, basicsize: number, itemsize = 0, gc = false): PyType {
  const ty = new PyType(null, name, layout);
  ty.basicsize = basicsize;
  ty.itemsize = itemsize;
  ty.hasGC = gc;
  return ty;
}

export const objectType = t('object', 'object', 16);
export const typeType = t('type', 'type', 920, 40, true);
export const intType = t('int', 'int', 24, 4);
export const boolType = t('bool', 'int', 24, 4);
export const floatType = t('float', 'float', 24);
export const complexType = t('complex', 'complex', 32);
export const strType = t('str', 'str', 64, 0);
export const bytesType = t('bytes', 'bytes', 33, 1);
export const bytearrayType = t('bytearray', 'bytearray', 56);
export const listType = t('list', 'list', 40, 0, true);
export const tupleType = t('tuple', 'tuple', 24, 8, true);
export const dictType = t('dict', 'dict', 48, 0, true);
export const setType = t('set', 'set', 200, 0, true);
export const frozensetType = t('frozenset', 'set', 200, 0, true);
export const rangeType = t('range', 'range', 48);
export const sliceType = t('slice', 'slice', 40, 0, true);
export const noneType = t('NoneType', 'none', 16);
export const notImplementedType = t('NotImplementedType', 'none', 16);
export const ellipsisType = t('ellipsis', 'none', 16);
export const functionType = t('function', 'function', 144, 0, true);
export const builtinFunctionType = t('builtin_function_or_method', 'builtin', 56, 0, true);
export const methodType = t('method', 'method', 48, 0, true);
export const methodDescrType = t('method_descriptor', 'descr', 56, 0, true); // PyDescr_COMMON (40) + d_method + vectorcall
export const wrapperDescrType = t('wrapper_descriptor', 'descr', 56, 0, true); // PyDescr_COMMON + d_base + d_wrapped
export const methodWrapperType = t('method-wrapper', 'builtin', 32, 0, true); // wrapperobject: head, descr, self
export const getsetDescrType = t('getset_descriptor', 'descr', 48, 0, true); // PyDescr_COMMON + d_getset
export const memberDescrType = t('member_descriptor', 'descr', 48, 0, true); // PyDescr_COMMON + d_member
export const classmethodType = t('classmethod', 'wrapper', 32, 0, true);
export const staticmethodType = t('staticmethod', 'wrapper', 32, 0, true);
export const propertyType = t('property', 'property', 64, 0, true);
export const cellType = t('cell', 'cell', 24, 0, true);
export const codeType = t('code', 'code', 200, 2);
export const frameType = t('frame', 'frame', 72, 0, true);
export const tracebackType = t('traceback', 'traceback', 48, 0, true);
export const moduleType = t('module', 'module', 56, 0, true);
export const generatorType = t('generator', 'generator', 144, 8, true);
export const superType = t('super', 'super', 40, 0, true);
export const mappingproxyType = t('mappingproxy', 'mappingproxy', 24, 0, true);

// iterators and views
export const listIteratorType = t('list_iterator', 'seqiter', 32, 0, true);
export const listRevIteratorType = t('list_reverseiterator', 'seqiter', 32, 0, true);
export const tupleIteratorType = t('tuple_iterator', 'seqiter', 32, 0, true);
export const strIteratorType = t('str_ascii_iterator', 'seqiter', 32, 0, true);
export const rangeIteratorType = t('range_iterator', 'rangeiter', 48);
export const dictKeysType = t('dict_keys', 'dictview', 24, 0, true);
export const dictValuesType = t('dict_values', 'dictview', 24, 0, true);
export const dictItemsType = t('dict_items', 'dictview', 24, 0, true);
export const dictKeyIteratorType = t('dict_keyiterator', 'dictiter', 56, 0, true);
export const dictValueIteratorType = t('dict_valueiterator', 'dictiter', 56, 0, true);
export const dictItemIteratorType = t('dict_itemiterator', 'dictiter', 56, 0, true);
export const setIteratorType = t('set_iterator', 'setiter', 56, 0, true);
export const seqIteratorType = t('iterator', 'seqiter', 32, 0, true);
export const callableIteratorType = t('callable_iterator', 'callableiter', 32, 0, true);
export const enumerateType = t('enumerate', 'enumerate', 48, 0, true);
export const zipType = t('zip', 'zip', 48, 0, true);
export const mapType = t('map', 'map', 32, 0, true);
export const filterType = t('filter', 'filter', 32, 0, true);
export const reversedType = t('reversed', 'reversed', 32, 0, true);

export const allCoreTypes: PyType[] = [
  objectType, typeType, intType, boolType, floatType, complexType, strType, bytesType, bytearrayType,
  listType, tupleType, dictType, setType, frozensetType, rangeType, sliceType, noneType,
  notImplementedType, ellipsisType, functionType, builtinFunctionType, methodType, methodDescrType,
  wrapperDescrType, methodWrapperType, getsetDescrType, memberDescrType, classmethodType,
  staticmethodType, propertyType, cellType, codeType, frameType, tracebackType, moduleType,
  generatorType, superType, mappingproxyType, listIteratorType, listRevIteratorType,
  tupleIteratorType, strIteratorType, rangeIteratorType, dictKeysType, dictValuesType,
  dictItemsType, dictKeyIteratorType, dictValueIteratorType, dictItemIteratorType,
  setIteratorType, seqIteratorType, callableIteratorType, enumerateType, zipType, mapType,
  filterType, reversedType,
];
