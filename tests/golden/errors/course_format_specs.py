import math
vals = [0, 1, -1, 3.14159, 1e10, 1.5e-7, 255, -0.0, float("inf"), float("nan"), 12345.6789, 2**70]
for v in vals:
    try:
        print(f"{v!r:>14} {v:<12.3g}|{v:^+12.2e}|{v:,}")
    except ValueError as e:
        print("err", e)
for n in (255, -42, 0, 65535):
    print(f"{n:b} {n:o} {n:x} {n:X} {n:#x} {n:#o} {n:#b} {n:08d} {n:+d} {n: d} {n:_} {n:c}" if n >= 0 else f"{n:b} {n:x} {n:08d}")
print("%5.2f|%-6d|%s|%r|%x|%%|%05.1f|%e" % (math.pi, 42, "s", "s", 255, 2.5, 12345.678))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("{0}{1}{0}".format("a", "b"), "{:*^20}".format("mid"), "{!r:>10}".format("q"))
print("{a[0]} {b.real} {c[k]}".format(a=[9], b=3+4j, c={"k": "v"}))
print(format(1234567.891, ",.2f"), format(0.25, ".1%"), format(10, "=+6"), format(-10, "=+6"))
print(f"{'nested':{'>'}{10}}", f"{3.0:g}", f"{1e16:g}", f"{0.0001:g}", f"{1/3:.10f}")
w = 7
print(f"{math.e:{w}.{w-4}f}", f"{'x'!a}", f"{'é'!a}", f"{w=}", f"{w*2 = }", f"{w!r:>4}")
print(str(1.0), str(1e-5), str(1e22), str(123456789012345678.0), repr(0.1 + 0.2), round(2.675, 2), round(0.5), round(1.5), round(-2.5))
print(f"{True:d} {True!s} {None!r} {b'ab'!r} {[1, 'a']} {(1,)} {{}} {{x}}")
print("tab\there", repr("tab\there"), repr("q'uote"), repr('d"q'), repr("both'\""), ascii("한국"))
print(f"{12:>{w}}|{'ab':.1}|{3.14159:.{2}f}|{123.456:10.2e}|{12345:e}")
print(f"{1.0e-4:.2g} {100000.0:g} {1e6:g} {1234567.0:g} {0.00001234:g}")
print(format(12, "z") if False else "skip", "%c" % 65, "%c" % "B", "%3s|%-3s|" % ("a", "b"))
print("%d" % "x")
