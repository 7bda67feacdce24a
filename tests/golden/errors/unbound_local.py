# UnboundLocalError: assignment later in the function makes the name local.
total = 0
def add(n):
    total += n
    return total
add(5)
