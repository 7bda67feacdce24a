for data, enc in [(b"\xff", "utf-8"), (b"ab\xe9\xff", "ascii"), (b"\xe4\xb8", "utf-8"), (b"\xc3\x28", "utf-8")]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(e, "|", e.encoding, e.object, e.start, e.end, e.reason, e.args[2:])
for s, enc in [("café", "ascii"), ("한국어", "latin-1"), ("x😀y", "ascii"), ("\udc80", "utf-8")]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(e, "|", e.encoding, repr(e.object), e.start, e.end, e.reason)
e = UnicodeDecodeError("utf-8", b"\x80abc", 0, 1, "invalid start byte")
print(e, repr(e), e.args)
e.start = 1; e.end = 3; print(e)
print(UnicodeEncodeError("ascii", "é", 0, 1, "bad"), str(UnicodeError("plain")), isinstance(e, ValueError))
print(UnicodeTranslateError("abc", 1, 2, "nope"))
b"\xff".decode()
