def area(width, height):
    return width * height

def describe(shape, **opts):
    return f"{shape}: {area(**opts)}"

print(describe('rect', width=2, height=3))
print(describe('square', width=4, height=4))
result = [describe('bad', width=1, depth=2) for _ in range(1)]
