import sys
tests = [
    ("list mul", lambda: [0] * 10**12),
    ("str mul", lambda: "x" * 10**11),
    ("bytes", lambda: bytes(10**13)),
    ("bytearray", lambda: bytearray(10**13)),
    ("tuple mul", lambda: (0,) * 10**12),
    ("list mul huge", lambda: [0] * sys.maxsize),
    ("str huge", lambda: "ab" * (sys.maxsize // 2 + 1)),
    ("bytes mul", lambda: b"x" * 10**13),
    ("range len", lambda: len(range(10**20))),
    ("list range", lambda: list(range(10**13))),
]
for name, fn in tests:
    try:
        fn()
        print(name, "ok")
    except MemoryError as e:
        print(name, "MemoryError", repr(e), e.args)
    except OverflowError as e:
        print(name, "OverflowError", e)
