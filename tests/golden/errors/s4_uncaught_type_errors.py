class Cart:
    def __init__(self):
        self.items = []
    def add(self, name, price):
        self.items.append((name, price))
    def total(self):
        return sum(price for _, price in self.items)
cart = Cart()
cart.add('apple', 1.2)
cart.add('pear', price=2)
print(cart.total())
try:
    cart.add('x')
except TypeError as e:
    print(e)
try:
    cart.add('x', 1, 2)
except TypeError as e:
    print(e)
try:
    cart.add('x', cost=1)
except TypeError as e:
    print(e)
try:
    Cart(1)
except TypeError as e:
    print(e)
try:
    cart.total(1)
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    'abc'[1] = 'x'
except TypeError as e:
    print(e)
try:
    (1, 2).append(3)
except AttributeError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    [] + ()
except TypeError as e:
    print(e)
try:
    {}[[]]
except TypeError as e:
    print(e)
try:
    print('total: ' + cart.total())
except TypeError as e:
    print(e)
try:
    sum(['a', 'b'])
except TypeError as e:
    print(e)
try:
    max(1)
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    x, y = 5
except TypeError as e:
    print(e)
try:
    None()
except TypeError as e:
    print(e)
try:
    abs('x')
except TypeError as e:
    print(e)
try:
    round('1.5')
except TypeError as e:
    print(e)
try:
    -'x'
except TypeError as e:
    print(e)
try:
    'a' < 1
except TypeError as e:
    print(e)
try:
    divmod('a', 2)
except TypeError as e:
    print(e)
try:
    hash([])
except TypeError as e:
    print(e)
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    list(1, 2)
except TypeError as e:
    print(e)
try:
    str.upper(5)
except TypeError as e:
    print(e)
try:
    'x'.join([1])
except TypeError as e:
    print(e)
try:
    [1, 2][None]
except TypeError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
try:
    f'{cart:>10}'
except TypeError as e:
    print(e)
cart.total() + ' dollars'
