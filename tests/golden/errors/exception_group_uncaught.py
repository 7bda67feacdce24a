# An uncaught ExceptionGroup: the nested box-drawing traceback format.
def task(n):
    raise ValueError(f'task {n} failed')
errors = []
for n in (1, 2):
    try:
        task(n)
    except ValueError as e:
        errors.append(e)
raise ExceptionGroup('tasks failed', errors)
