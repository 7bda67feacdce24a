# An assert that fails with a message.
def safe_div(a, b):
    assert b != 0, 'divisor must not be zero'
    return a / b
print(safe_div(6, 3))
safe_div(1, 0)
