# Three chained exceptions, mixing implicit and explicit chaining.
try:
    try:
        [][0]
    except IndexError as e:
        raise ValueError('second') from e
except ValueError:
    raise RuntimeError('third')
