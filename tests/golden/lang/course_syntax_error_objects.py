for src in ["1 +", "x = = 2", "def f(:", "if True\n  pass", "\tx\n  y"]:
    try:
        compile(src, "/some/dir/mod.py", "exec")
    except SyntaxError as e:
        print(str(e), "|", e.msg, e.filename, e.lineno, e.offset, repr(e.text), type(e).__name__)
e = SyntaxError("plain"); print(str(e), e.msg, e.filename, e.lineno)
try:
    eval("(1, 2")
except SyntaxError as e:
    print(e, e.args)
