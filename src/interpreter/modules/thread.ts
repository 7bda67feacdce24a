/**
 * `_thread`: the one-thread view of the low-level threading module — get_ident (a fixed
 * pthread-like id: programs run on one thread), allocate_lock/LockType are not provided.
 */
import { defineFunction } from '../objects/descriptors';
import { newInt } from '../objects/int';
import { registerNativeModule } from './pymodule';

const MAIN_THREAD_IDENT = 140245134661440;

registerNativeModule('_thread', (m) => {
  defineFunction(m.md, 'get_ident', () => newInt(MAIN_THREAD_IDENT));
  defineFunction(m.md, 'get_native_id', () => newInt(4242));
});
