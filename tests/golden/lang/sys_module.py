# sys facts of CPython 3.12 on 64-bit Linux.
import sys
print(sys.version_info[:3], sys.version_info.major, sys.version_info >= (3, 12), sys.implementation.name)
print(f'{sys.maxsize:_}', sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.platform)
print(sys.getrecursionlimit(), sys.int_info.bits_per_digit, sys.int_info.sizeof_digit, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.hash_info.width, sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.inf, sys.getdefaultencoding(), sys.getfilesystemencoding())
print(sys.stdout.encoding, sys.stderr.encoding, sys.stdin is not None, sys.flags.optimize, sys.flags.isolated)
print(type(sys.modules).__name__, '__main__' in sys.modules, 'sys' in sys.modules, sys.modules['__main__'].__name__)
print(sys.get_int_max_str_digits(), sys.getswitchinterval(), type(sys.path).__name__, sys.argv[1:])
print(sys.float_repr_style, sys.maxunicode, sys.api_version)
print(callable(sys.exit), sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2 ** 30), sys.getsizeof(''))
print(sys.is_finalizing(), hasattr(sys, 'getrefcount'), sys._getframe().f_code.co_name, sys._getframe().f_lineno)
def inner():
    return sys._getframe(1).f_code.co_name, sys._getframe().f_back.f_lineno
print(inner())
