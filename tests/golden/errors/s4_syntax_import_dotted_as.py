import math.sqrt as s
