# for/while with else, break, continue, nested loops, loop variables.
for i in range(3):
    print('for', i)
else:
    print('for-else runs when no break')
for i in range(5):
    if i == 2:
        print('break at', i)
        break
else:
    print('not printed')
n = 0
while n < 3:
    n += 1
    if n == 2:
        continue
    print('while', n)
else:
    print('while-else, n =', n)
while True:
    n -= 1
    if n < 0:
        break
print('after while True, n =', n)
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        print('pair', i, j)
found = None
for row, line in enumerate(['abc', 'def', 'ghi']):
    for col, ch in enumerate(line):
        if ch == 'e':
            found = (row, col)
            break
    else:
        continue
    break
print('found', found)
for x in []:
    print('never')
else:
    print('empty loop else')
total = 0
for v in range(1, 101):
    if v % 3 and v % 5:
        continue
    total += v
print('sum of multiples of 3 or 5:', total)
i = 10
for i in range(2):
    pass
print('loop variable keeps last value:', i)
for ch in 'hi':
    print(ch, end='')
print()
count = 0
while count < 10:
    count += 3
print(count)
for i, j in [(1, 2), (3, 4)]:
    print(i + j, end=' ')
print()
k = 0
while k < 100:
    k = k * 2 + 1
print(k)
primes = []
for candidate in range(2, 30):
    for p in primes:
        if candidate % p == 0:
            break
    else:
        primes.append(candidate)
print(primes)
