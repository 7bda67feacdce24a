/** NoneType, NotImplementedType and ellipsis: repr, truth, hash. */
import { noneType, notImplementedType, ellipsisType } from './core-types';
import { newStr } from './str';
import { registerTypeInit } from './bootstrap';
import { pointerHash } from './object-type';
import { None, NotImplemented, Ellipsis } from './singletons';
import { typeError } from './errors';
import { warnHook } from './warn-hook';

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
  // notimplemented_bool (3.12): true, with a DeprecationWarning
  notImplementedType.slots.bool = () => {
    warnHook.warn('DeprecationWarning', 'NotImplemented should not be used in a boolean context');
    return true;
  };
  ellipsisType.slots.repr = () => newStr('Ellipsis');
  ellipsisType.slots.new = () => Ellipsis;
  noneType.isBaseType = false;
  notImplementedType.isBaseType = false;
  ellipsisType.isBaseType = false;
});
