import sys
print(sys.get_int_max_str_digits())
for bad in (5, -1):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(e)
try:
    sys.set_int_max_str_digits("x")
except TypeError as e:
    print(e)
try:
    sys.set_int_max_str_digits()
except TypeError as e:
    print(e)
sys.set_int_max_str_digits(maxdigits=1000)
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
try: int("1" * 1001)
except ValueError as e: print(e)
sys.set_int_max_str_digits(0)
print(len(str(10**10000)))
