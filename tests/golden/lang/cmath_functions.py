import cmath, math
vals = [1+2j, -3+0.5j, 0.25-4j, -1, 2, 1e-320+1e-320j, 1e200+1e200j, 0.9+0.3j, -0.0-0j, 3j]
for z in vals:
    out = []
    for f in ['sqrt','exp','log','log10','phase','polar','cos','sin','tan','cosh','sinh','tanh','asin','acos','atan','asinh','acosh','atanh']:
        try:
            out.append(repr(getattr(cmath, f)(z)))
        except Exception as e:
            out.append(type(e).__name__ + str(e))
    print(z, out)
print(cmath.rect(2, 0.5), cmath.log(8, 2), cmath.isclose(1+1j, 1+1.0000000001j), cmath.inf, cmath.infj, cmath.nanj)
for bad in [0, 1000+0j]:
    for f in [cmath.log, cmath.exp]:
        try: print(f(bad))
        except Exception as e: print(type(e).__name__, e)
