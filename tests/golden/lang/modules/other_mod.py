# Second helper module: imports its sibling (not a program itself).
from . import helper_mod
from .helper_mod import greet as hello
VALUE = helper_mod.CONSTANT + 1
def shout(name):
    return hello(name).upper()
__all__ = ['shout']
