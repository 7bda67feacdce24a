# Notes added with add_note() are printed after the message.
try:
    raise ValueError('bad input')
except ValueError as e:
    e.add_note('while parsing line 3')
    e.add_note('hint: use digits only')
    raise
