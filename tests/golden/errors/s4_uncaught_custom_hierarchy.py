class AppError(Exception):
    """Base error."""
class ConfigError(AppError):
    def __init__(self, key, reason):
        self.key = key
        self.reason = reason
        super().__init__(f'config key {key!r}: {reason}')
class MissingKey(ConfigError, KeyError):
    pass

def load(cfg, key):
    if key not in cfg:
        raise MissingKey(key, 'not present')
    return cfg[key]

cfg = {'host': 'localhost'}
print(load(cfg, 'host'))
try:
    load(cfg, 'port')
except KeyError as e:
    print('caught as KeyError:', e, e.key)
print(MissingKey.__mro__)
def start():
    try:
        load(cfg, 'debug')
    except AppError as e:
        raise RuntimeError('startup failed') from e
start()
