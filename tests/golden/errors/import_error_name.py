# Importing a name that a module does not have.
from collections import OrderedDict, defaultdikt
