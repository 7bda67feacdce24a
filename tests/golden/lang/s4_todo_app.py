from dataclasses import dataclass, field
from enum import Enum, auto
from datetime import date
from typing import Optional
import itertools

class Status(Enum):
    TODO = auto()
    DOING = auto()
    DONE = auto()
    def __str__(self):
        return self.name.lower()

_ids = itertools.count(1)

@dataclass
class Task:
    title: str
    priority: int = 3
    status: Status = Status.TODO
    tags: set[str] = field(default_factory=set)
    id: int = field(default_factory=lambda: next(_ids), compare=False)
    due: Optional[date] = None

    def advance(self):
        members = list(Status)
        i = members.index(self.status)
        if i == len(members) - 1:
            raise ValueError(f'task {self.id} already done')
        self.status = members[i + 1]

class TodoList:
    def __init__(self):
        self.tasks: list[Task] = []
    def add(self, title, **kw):
        t = Task(title, **kw)
        self.tasks.append(t)
        return t
    def by_status(self):
        out = {s: [] for s in Status}
        for t in self.tasks:
            out[t.status].append(t.title)
        return out
    def report(self):
        lines = [f"{'ID':>2} {'TITLE':<12} {'PRI':^5} {'STATUS':<6} TAGS"]
        for t in sorted(self.tasks, key=lambda t: (t.priority, t.title)):
            lines.append(f'{t.id:>2} {t.title:<12} {t.priority:^5} {str(t.status):<6} {",".join(sorted(t.tags)) or "-"}')
        return '\n'.join(lines)

todo = TodoList()
a = todo.add('write code', priority=1, tags={'dev'})
b = todo.add('test', priority=2)
c = todo.add('deploy', due=date(2024, 1, 31))
a.advance(); a.advance(); b.advance()
print(todo.report())
print(todo.by_status())
print(a)
print(c.due, c.due.isoformat(), c.due.strftime('%d/%m/%Y'), (date(2024, 3, 1) - c.due).days, c.due.weekday())
try:
    a.advance()
except ValueError as e:
    print(e)
print(Task('x') == Task('x'), Task('x', 1) == Task('x', 2), repr(Status.DONE), str(Status.DOING), f'{Status.TODO}')
try:
    Task()
except TypeError as e:
    print(e)
try:
    todo.add('bad', urgency=5)
except TypeError as e:
    print(e)
print(Task.__dataclass_fields__['id'].compare, [f for f in Task.__annotations__])
