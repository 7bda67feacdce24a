z = 3+4j
for spec in ['', '>12', '.2f', '+.3e', '^20', 'g', '.3', '10.1f', '<15', 'e', ',.2f', '_']:
    try: print(repr(format(z, spec)), repr(format(-1.5j, spec)), repr(format(complex(-0.0, 2), spec)), repr(format(1e20+1j, spec)))
    except Exception as e: print(type(e).__name__, e)
for spec in ['010', '=10', 'x', 'z.1f']:
    try: print(repr(format(z, spec)))
    except Exception as e: print(type(e).__name__, e)
