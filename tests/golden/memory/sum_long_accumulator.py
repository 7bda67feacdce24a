# sum() of ints keeps a C long accumulator (builtin_sum_impl): no int objects are made while the
# total fits in 64 bits — past 2**53 too — and the iterator is released before the result is made.
import tracemalloc, sys
big = [10**15 + i for i in range(3000)]
print(sum(big), sum(big, 5), sum([2**62, 2**62 - 1]), sum([2**62, 2**62]), sum([2**63, 1]), sum([-2**63, -1]))
print(sum([True, 2**53, 1, 1]), sum(x * x for x in range(100000)), sum([2**53 - 1, 1, -5]))
print(sum([1, 2.5, 2**60]), sum([2**62, 2**62, 2**62, -2**62]), sum([0.5, 0.25]))
tracemalloc.start()
s0 = tracemalloc.get_traced_memory()
r = sum(big)
s1 = tracemalloc.get_traced_memory()
print("peak during sum:", s1[1] - s0[0], "result:", sys.getsizeof(r))
fl = [0.5] * 1000
s2 = tracemalloc.get_traced_memory()
tracemalloc.reset_peak()
f = sum(fl)
s3 = tracemalloc.get_traced_memory()
print("float sum peak:", s3[1] - s2[0], f)
tracemalloc.stop()
