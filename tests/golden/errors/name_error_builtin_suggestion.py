# NameError for a misspelled built-in.
values = [3, 1, 2]
pritn(sorted(values))
