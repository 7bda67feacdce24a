# NameError for a standard-library module that was not imported.
print(sys.argv)
