# An error inside a generator expression keeps its own <genexpr> frame.
values = [1, 2, 0, 4]
total = sum(10 // v for v in values)
