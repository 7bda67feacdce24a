# An error raised while constructing an object.
class Temperature:
    def __init__(self, celsius):
        if celsius < -273.15:
            raise ValueError(f'{celsius} is below absolute zero')
        self.celsius = celsius
ok = Temperature(20)
print('created', ok.celsius)
bad = Temperature(-300)
