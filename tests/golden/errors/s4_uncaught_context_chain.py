import json
def load_settings(text):
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return {}['settings']
print(load_settings('{"a": 1}'))
load_settings('{bad json}')
