try:
    compile("1 +", "f", "exec")
except SyntaxError as e:
    print(e.__dict__, vars(e))
e = SyntaxError("m", ("f.py", 3, 4, "txt", 3, 5)); print(e, e.text, e.__dict__, e.args)
e.lineno = 9; print(e)
raise SyntaxError("custom", ("prog.py", 2, 5, "x = = 1\n"))
