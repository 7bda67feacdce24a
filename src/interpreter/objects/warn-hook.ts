/**
 * PyErr_WarnEx for the object model and the VM: `warnHook.warn('DeprecationWarning', msg, 1)`
 * issues a warning as if `warnings.warn(msg, category, stacklevel)` were called from the running
 * Python frame (the `warnings` module installs the implementation; it may raise a PyThrown when
 * a filter turns the warning into an error).
 */
export const warnHook = {
  warn: (_category: string, _message: string, _stacklevel = 1, _source: import('./object').PyObject | null = null): void => {},
};
