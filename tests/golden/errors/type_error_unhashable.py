# TypeError: unhashable type used as a dict key.
seen = {}
key = [1, 2]
seen[key] = True
