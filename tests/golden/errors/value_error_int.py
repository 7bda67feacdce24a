# ValueError from int() on bad text.
raw = ['1', '2', 'three']
numbers = [int(x) for x in raw]
