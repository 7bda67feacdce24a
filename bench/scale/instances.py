# objects per item: 2 (an instance with a managed dict, and its int)
N = 100_000
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
data = [Point(i + 1000, i + 1000) for i in range(N)]
print(len(data))
