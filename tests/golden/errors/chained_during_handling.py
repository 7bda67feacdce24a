# An error raised while handling another: both tracebacks, "During handling ..." between them.
def read_config(d):
    try:
        return d['path']
    except KeyError:
        return d.missing_attribute
read_config({})
