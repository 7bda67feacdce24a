# The lists str.split / rsplit / splitlines return: preallocated slots (PREALLOC_SIZE, bounded by
# the string length) then list_resize growth; getsizeof shows the allocated slots.
import sys
S=sys.getsizeof
print([ (S(' '.join(['w']*n).split())-56)//8 for n in range(0,16)])
print([ (S(','.join(['w']*n).split(','))-56)//8 for n in range(0,16)])
print([ (S(', '.join(['w']*n).split(', '))-56)//8 for n in range(0,16)])
print([ (S('\n'.join(['w']*n).splitlines())-56)//8 for n in range(0,16)])
print([ (S(' '.join(['w']*n).rsplit())-56)//8 for n in range(0,16)])
print([ (S(' '.join(['가']*n).split(None, 3))-56)//8 for n in range(0,8)], S('a  b'.split(' ')), S('aaa'.split('aaaa')), S('a b c d'.rsplit(' ', 2)))
