# __name__ == '__main__', sys.argv, __file__ (absolute: the normaliser keeps only its base name).
import os
import sys
def main(argv):
    print('main called with', argv)
    return 0
print(__name__)
print(sys.argv)
print(len(sys.argv), os.path.basename(sys.argv[0]))
print(__file__)
print(os.path.basename(__file__), os.path.isabs(__file__))
print(os.path.basename(os.getcwd()) == os.path.basename(os.path.dirname(os.path.abspath(__file__))))
if __name__ == '__main__':
    print('running as a script')
    result = main(sys.argv[1:])
    print('result', result)
print(__doc__)
print(__spec__, __package__, __loader__.__class__.__name__)
print(type(__builtins__).__name__, __builtins__.__name__)
print(sorted(k for k in globals() if k.startswith('__')))
