# Chained generators (seed 004 log-processing shape).
def numbers(n):
    for i in range(n):
        yield i

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

def scaled(it, k):
    for x in it:
        yield x * k

print(sum(scaled(evens(numbers(1_000_000)), 3)))
print(sum(x for x in range(1_000_000) if x % 3 == 0))
