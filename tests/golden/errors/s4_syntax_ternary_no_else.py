a = 1 if True
