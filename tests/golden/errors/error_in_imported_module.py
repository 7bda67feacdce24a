# An error raised inside a helper module: the traceback names its file.
from helpers.faulty_helper import risky
print(risky(5))
print(risky(0))
