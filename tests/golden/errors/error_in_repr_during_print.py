# An exception raised by __repr__ while print() formats a list.
class Fragile:
    def __repr__(self):
        raise RuntimeError('repr failed')
print('before')
print([1, Fragile()])
