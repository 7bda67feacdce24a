# TypeError: 'NoneType' object is not callable.
handler = None
handler('event')
