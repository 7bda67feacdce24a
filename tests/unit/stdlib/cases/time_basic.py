import time
t = time.time()
print(type(t), t > 1.7e9)
print(time.gmtime(0))
print(time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(1736931600)))
a = time.perf_counter(); time.sleep(0.5); b = time.perf_counter()
print(round(b - a, 1))
