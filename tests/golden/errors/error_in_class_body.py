# An error in a class body: the frame is named after the class.
print('defining')
class Broken:
    x = 1
    y = x / 0
