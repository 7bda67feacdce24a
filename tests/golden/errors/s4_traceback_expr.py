def get_config():
    return {'db': {'host': 'localhost', 'port': None}}

def port_plus(cfg):
    return cfg['db']['port'] + 1

matrix = [[1, 2], [3, 4]]
print(matrix[1][0])
data = {'users': [{'name': 'a'}]}
print(data['users'][0]['name'].upper())
x = port_plus(get_config())
