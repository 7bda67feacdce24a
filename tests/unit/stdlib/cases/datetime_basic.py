from datetime import datetime, timedelta, date, timezone
START = datetime(2025, 1, 15, 9, 0, 0)
print(START, repr(START), START + timedelta(seconds=90), START.strftime('%Y-%m-%d %H:%M:%S'))
print(timedelta(days=1, hours=2), repr(timedelta(minutes=5)), timedelta(seconds=3.5), timedelta(0), repr(timedelta(0)))
print((START + timedelta(days=40)).isoformat(), START - datetime(2025, 1, 1), (START - datetime(2025, 1, 1)).total_seconds())
d = datetime.strptime('2025-01-15 09:00:03', '%Y-%m-%d %H:%M:%S'); print(d, d.year, d.second, d > START)
print(date(2024, 2, 28) + timedelta(days=1), date(2024, 3, 1).weekday(), date(2025, 1, 15).strftime('%A %B %d'))
print(START.date(), START.time(), datetime.fromisoformat('2025-01-15T09:00:00'), repr(date(2025, 1, 2)))
print(timedelta(hours=-1), abs(timedelta(hours=-1)), timedelta(weeks=1) // timedelta(days=1))
print(datetime(2025, 1, 15, 9, 0, 0, 500), datetime(2025,1,1).timestamp(), datetime.fromtimestamp(0))
print(type(datetime.now()), datetime.now().year >= 2024)
try:
    datetime(2025, 2, 30)
except ValueError as e:
    print(e)
