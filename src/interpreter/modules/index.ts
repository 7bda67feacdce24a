/**
 * The simulated standard library: importing this file registers every module (each file calls
 * `registerModule` / `registerPyModule` at load time). Modules are created on first import.
 */
import './time';
import './functools';
import './contextlib';
import './collections';
import './operator';
import './itertools';
import './typing';
import './io';
import './random';
import './bisect';
import './re';
import './json';
import './os';
import './string';
import './copy';
import './abc';
import './datetime';
import './simlib';
import './dataclasses';
import './enum';
import './collections-abc';
import './inspect';
import './types';
import './tracemalloc';
import './array';
import './struct';
import './cmath';
import './heapq';
import './reprlib';
import './thread';
import './importlib';
import './unicodedata';
import './pprint';
import './fractions';
import './statistics';
import './textwrap';
import './warnings';
import './linecache';
import './traceback';
import './small-stdlib';
import './atexit';
import './logging';
import './decimal';
import './pathlib';
