# Many small objects: instances with attributes, kept in a list (seed 001/004 shape).
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

points = [Point(i, i * 2) for i in range(200_000)]
total = 0
for p in points:
    total += p.x + p.y
print(total)
