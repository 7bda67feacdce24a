# A package of helper modules for the lang/ golden programs (not a program itself).
print('  [modules package initialised]')
