# Exceptions raised inside except blocks of different kinds.
try:
    raise KeyboardInterrupt
except KeyboardInterrupt:
    print('interrupted (simulated)')
try:
    int('x')
except ValueError as e:
    raise TypeError('converted') from e
