import sys
# builtin sorted = PySequence_List(iterable) (list_extend: exact presize rounded to even) + sort
print(sys.getsizeof(sorted(range(9))), sys.getsizeof(sorted((3, 1, 2))), sys.getsizeof(sorted(x for x in range(5))))
