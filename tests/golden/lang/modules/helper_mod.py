# Helper module imported by lang/modules_import.py (not a program itself).
print(f'  [helper_mod executing, __name__={__name__}]')
CONSTANT = 42
_private = 'underscore'
counter = 0
def greet(name):
    return f'hello, {name}'
def bump():
    global counter
    counter += 1
    return counter
class Widget:
    def __repr__(self):
        return 'Widget()'
if __name__ == '__main__':
    print('  never printed when imported')
