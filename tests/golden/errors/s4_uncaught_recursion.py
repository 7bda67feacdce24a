def countdown(n):
    if n == 0:
        return 'done'
    return countdown(n - 1)
print(countdown(10))
import sys
print(sys.getrecursionlimit())
def bad_factorial(n):
    return n * bad_factorial(n - 1)
try:
    bad_factorial(5)
except RecursionError as e:
    print('RecursionError:', e)
class Node:
    def __init__(self): self.child = self
    def depth(self): return 1 + self.child.depth()
Node().depth()
