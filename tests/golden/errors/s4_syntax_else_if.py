if True:
    pass
else if False:
    pass
