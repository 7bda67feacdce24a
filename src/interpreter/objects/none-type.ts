/** NoneType, NotImplementedType and ellipsis: repr, truth, hash. */
import { noneType, notImplementedType, ellipsisType } from './core-types';
import { newStr } from './str';
import { registerTypeInit } from './bootstrap';
import { pointerHash } from './object-type';
import { None, NotImplemented, Ellipsis } from './singletons';
import { typeError } from './errors';

registerTypeInit(() => {
  noneType.slots.repr = () => newStr('None');
  noneType.slots.bool = () => false;
  noneType.slots.hash = pointerHash;
  noneType.slots.new = (_t, args) => {
    if (args.length > 0) throw typeError('NoneType takes no arguments');
    return None;
  };
  notImplementedType.slots.repr = () => newStr('NotImplemented');
  notImplementedType.slots.new = () => NotImplemented;
  ellipsisType.slots.repr = () => newStr('Ellipsis');
  ellipsisType.slots.new = () => Ellipsis;
  noneType.isBaseType = false;
  notImplementedType.isBaseType = false;
  ellipsisType.isBaseType = false;
});
